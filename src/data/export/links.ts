import type { EntityLabel, RelationshipType } from '../../shared/labels';
import { compact, curatedDate, jsonRows, type Row } from './fields';
import type { GraphEntity, GraphLink } from './graph';

/** Where the curated files keep one type of relationship, and how one becomes a row again. */
interface LinkPlacement {
  /** The entity whose file holds the row. */
  ownerId(link: GraphLink): unknown;
  ownerKinds: EntityLabel[];
  /** The list of the owner's document the row goes in. */
  field: string;
  row(link: GraphLink, owner: GraphEntity): Row;
}

const sourced = (link: GraphLink): Row => ({ sourceIds: link.props.sourceIds, note: link.props.note });
const period = (link: GraphLink): Row => ({ from: curatedDate(link.props, 'from'), until: curatedDate(link.props, 'until') });

/** The inverse of build-dataset.ts, one entry per relationship type it writes. */
export const LINK_PLACEMENTS: Record<RelationshipType, LinkPlacement> = {
  MEMBER_OF: {
    ownerId: (link) => link.end,
    ownerKinds: ['Alliance'],
    field: 'members',
    // MEMBER is the role the loader assumes when a row names none, as most curated rows do.
    row: (link) => ({ state: link.start, ...period(link), role: link.props.role === 'MEMBER' ? undefined : link.props.role, founding: link.props.founding === true ? true : undefined, seat: link.props.seat, ...sourced(link) }),
  },
  PARTY_TO: {
    ownerId: (link) => link.end,
    ownerKinds: ['Treaty'],
    field: 'parties',
    row: (link, treaty) => ({
      state: link.start,
      signed: curatedDate(link.props, 'signed'),
      ...period(link),
      // A party without obligations of its own takes the treaty's: only the others are written.
      obligations: link.props.obligationsJson === treaty.props.obligationsJson ? undefined : jsonRows(link.props, 'obligationsJson'),
      ...sourced(link),
    }),
  },
  ESTABLISHES: {
    ownerId: (link) => link.start,
    ownerKinds: ['Treaty'],
    field: 'establishes',
    row: (link) => ({ alliance: link.end, ...sourced(link) }),
  },
  PLEDGES: {
    // A pledge joins two states; the treaty that makes it is named by `via`.
    ownerId: (link) => link.props.via,
    ownerKinds: ['Treaty'],
    field: 'pledges',
    row: (link) => ({
      state: link.start,
      protects: link.end,
      type: link.props.type,
      conditional: link.props.conditional,
      ...period(link),
      ...sourced(link),
    }),
  },
  PARTICIPATED_IN: {
    ownerId: (link) => link.end,
    ownerKinds: ['Conflict'],
    field: 'participants',
    row: (link) => ({
      entity: link.start,
      side: link.props.side,
      coalition: link.props.coalitionId,
      role: link.props.role,
      ...period(link),
      ...sourced(link),
    }),
  },
  CONDUCTED: {
    ownerId: (link) => link.end,
    ownerKinds: ['Operation'],
    field: 'conductedBy',
    row: (link) => ({ entity: link.start, role: link.props.role, ...period(link), ...sourced(link) }),
  },
  PART_OF: {
    ownerId: (link) => link.start,
    ownerKinds: ['Conflict', 'Operation'],
    field: 'partOf',
    row: (link) => ({ conflict: link.end, ...sourced(link) }),
  },
  AUTHORIZED: {
    ownerId: (link) => link.end,
    ownerKinds: ['Operation'],
    field: 'authorizedBy',
    row: (link) => ({ treaty: link.start, date: curatedDate(link.props, 'date'), ...sourced(link) }),
  },
  SUCCEEDED_BY: {
    // The loader copies `date` into `from` for path queries; the file has `date` only.
    ownerId: (link) => link.start,
    ownerKinds: ['State', 'Alliance'],
    field: 'succeededBy',
    row: (link, predecessor) => ({
      [predecessor.kinds[0] === 'State' ? 'state' : 'alliance']: link.end,
      date: curatedDate(link.props, 'date'),
      ...sourced(link),
    }),
  },
};

export const linkRow = (placement: LinkPlacement, link: GraphLink, owner: GraphEntity): Row => compact(placement.row(link, owner));
