import type { DatePrecision, IsoDate } from '../dates';
import type { AnyEntity } from '../entity/any';

/** A relationship's properties as stored (dates as ISO strings). */
export interface RelationshipProps {
  id: string;
  sourceIds: string[];
  note: string | null;
  /** Raised by one at every change (optimistic concurrency). */
  version: number;
  from?: IsoDate | null;
  fromPrecision?: DatePrecision | null;
  until?: IsoDate | null;
  untilPrecision?: DatePrecision | null;
  role?: string | null;
  side?: string | null;
  /** Participations: the wartime coalition the side belongs to. */
  coalitionId?: string | null;
  /** Memberships of an organ with two kinds of seat: PERMANENT or ELECTED. */
  seat?: string | null;
  /** Memberships: whether this period is a founding member's first. */
  founding?: boolean | null;
  signed?: IsoDate | null;
  signedPrecision?: DatePrecision | null;
  obligationsJson?: string | null;
  type?: string | null;
  conditional?: boolean | null;
  via?: string | null;
  date?: IsoDate | null;
  datePrecision?: DatePrecision | null;
}

/**
 * One relationship seen from one end: `parentId` is the entity whose field was asked for, `node`
 * the entity at the other end, `cursor` its place in a paginated list.
 */
export interface RelationEdge<N extends AnyEntity = AnyEntity> {
  cursor: string;
  parentId: string;
  /** Whether the relationship points away from the parent (out) or at it (in). */
  direction: 'out' | 'in';
  node: N;
  rel: RelationshipProps;
}
