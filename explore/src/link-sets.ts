import type { LinkKind } from './gql/graphql';

/** The kinds of link an ego network may follow, as a reader chooses them. */
export const LINK_SETS = {
  defence: { label: 'military alliances and defence treaties', kinds: ['MILITARY_ALLIANCE', 'DEFENSE_TREATY'] },
  ties: { label: 'any membership or treaty', kinds: ['ORGANIZATION', 'TREATY'] },
  all: {
    label: 'everything (wars, operations, successions too)',
    kinds: ['ORGANIZATION', 'TREATY', 'CONFLICT', 'OPERATION', 'SUCCESSION'],
  },
} satisfies Record<string, { label: string; kinds: LinkKind[] }>;

export type LinkSet = keyof typeof LINK_SETS;

export const isLinkSet = (value: string | undefined): value is LinkSet => value !== undefined && Object.hasOwn(LINK_SETS, value);
