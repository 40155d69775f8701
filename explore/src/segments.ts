import type { ExploreSegmentFieldsFragment } from './gql/graphql';

/** The columns of every table of links (a neighbourhood's, a chain's): one row per link. */
export const SEGMENT_COLUMNS = ['start_id', 'start_name', 'type', 'end_id', 'end_name', 'role', 'from', 'until'];

/** One link's row under SEGMENT_COLUMNS. */
export const segmentRow = (segment: ExploreSegmentFieldsFragment): unknown[] => [
  segment.start.id,
  segment.start.name,
  segment.type,
  segment.end.id,
  segment.end.name,
  segment.role,
  segment.from,
  segment.until,
];
