export type Role = 'editor' | 'admin';

/** Who sent a verified token. Roles are normalised: admin implies editor, unknown role strings are dropped. */
export interface Curator {
  id: string;
  roles: Role[];
}

export type Authentication =
  /** No Authorization header. `writesDisabled`: the server has no key, so no token could ever write. */
  | { kind: 'anonymous'; writesDisabled?: boolean }
  /** A valid token; a curator with no roles is a viewer. */
  | { kind: 'curator'; curator: Curator }
  /** A header was sent but is unusable; `reason` is safe to show the client. */
  | { kind: 'invalid'; reason: string };

export interface Authenticator {
  readonly writesEnabled: boolean;
  authenticate(authorizationHeader: string | undefined): Promise<Authentication>;
}
