import { isLinkSet, type LinkSet } from './link-sets';

/**
 * What the page shows, as the URL hash holds it, so a link restores the view:
 * #find/<text>, #ego/<id>/<date>[/<hops>/<links>], #path/<from>/<to>/<date>, #defenders/<id>/<date>[/<attacker>],
 * #timeline/<id>.
 */
export type ViewState =
  | { view: 'find'; text: string }
  /** hops and links: how far, and along which kinds of link, a neighbourhood reaches (the API's defaults without them). */
  | { view: 'ego'; id: string; asOf: string; hops?: number; links?: LinkSet }
  | { view: 'path'; from: string; to: string; asOf: string }
  /** With an attacker: the escalation rounds if it attacked the state that day. */
  | { view: 'defenders'; id: string; asOf: string; attacker?: string }
  | { view: 'timeline'; id: string };

/** Reads a hash (with or without its #); anything it cannot read opens the search. `today` fills a missing date. */
export function parseHash(hash: string, today: string): ViewState {
  const [view, ...rest] = hash
    .replace(/^#/, '')
    .split('/')
    .map((part) => decodeURIComponent(part));
  // A date that is not ISO is kept as written: the API says what is wrong with it.
  const date = (value: string | undefined): string => (value === undefined || value === '' ? today : value);
  switch (view) {
    case 'ego':
      if (rest[0]) {
        const hops = Number(rest[2]);
        return {
          view,
          id: rest[0],
          asOf: date(rest[1]),
          ...(hops >= 1 && hops <= 3 ? { hops } : {}),
          ...(isLinkSet(rest[3]) ? { links: rest[3] } : {}),
        };
      }
      break;
    case 'path':
      if (rest[0] && rest[1]) return { view, from: rest[0], to: rest[1], asOf: date(rest[2]) };
      break;
    case 'defenders':
      if (rest[0]) return { view, id: rest[0], asOf: date(rest[1]), ...(rest[2] ? { attacker: rest[2] } : {}) };
      break;
    case 'timeline':
      if (rest[0]) return { view, id: rest[0] };
      break;
  }
  return { view: 'find', text: view === 'find' ? (rest[0] ?? '') : '' };
}

/** The hash for a view, its parts escaped so that any id or text comes back as it was. */
export function formatHash(state: ViewState): string {
  const parts: string[] = (() => {
    switch (state.view) {
      case 'find':
        return [state.text];
      case 'ego':
        return state.hops || state.links
          ? [state.id, state.asOf, String(state.hops ?? ''), state.links ?? '']
          : [state.id, state.asOf];
      case 'path':
        return [state.from, state.to, state.asOf];
      case 'defenders':
        return state.attacker ? [state.id, state.asOf, state.attacker] : [state.id, state.asOf];
      case 'timeline':
        return [state.id];
    }
  })();
  return '#' + [state.view, ...parts.map((part) => encodeURIComponent(part))].join('/');
}
