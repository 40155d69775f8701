import type { RelationshipType } from './dataset';

/** A relationship's id: type, ends and the period's start, so that reloading finds it again. */
export const relationshipId = (type: RelationshipType, startId: string, endId: string, key: string): string =>
  `${type.toLowerCase().replace(/_/g, '-')}:${startId}:${endId}:${key}`;
