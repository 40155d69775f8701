import type { EntityLabel } from '../../../entity/records';
import { searchEntities } from '../../../entity/search';
import type { QueryResolvers } from '../../generated/resolvers-types';

const LABELS: Record<string, EntityLabel> = {
  STATE: 'State',
  ALLIANCE: 'Alliance',
  TREATY: 'Treaty',
  CONFLICT: 'Conflict',
  OPERATION: 'Operation',
  SOURCE: 'Source',
};

export const search: QueryResolvers['search'] = (_parent, { text, types, first }, { db }) =>
  searchEntities(db, text, types?.map((type) => LABELS[type] as EntityLabel) ?? null, first);
