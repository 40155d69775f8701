import type { RelationshipType } from './labels';

/** Ids as the data files write them: states ISO 3166-1 alpha-3 or kebab-case, everything else kebab-case. */
export const STATE_ID = /^([A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*)$/;
export const SLUG_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A relationship's id: type, ends and the period's start, so that reloading finds it again. */
export const relationshipId = (type: RelationshipType, startId: string, endId: string, key: string): string =>
  `${type.toLowerCase().replace(/_/g, '-')}:${startId}:${endId}:${key}`;
