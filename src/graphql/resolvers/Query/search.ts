import type { EntityLabel } from '../../../shared/labels';
import { searchEntities } from '../../../entity/search';
import { readSearch } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

const LABELS: Record<string, EntityLabel> = {
  STATE: 'State',
  ALLIANCE: 'Alliance',
  TREATY: 'Treaty',
  CONFLICT: 'Conflict',
  OPERATION: 'Operation',
  SOURCE: 'Source',
};

export const search: QueryResolvers['search'] = (_parent, { text, types, first }, ctx, info) => {
  const labels = types?.map((type) => LABELS[type] as EntityLabel) ?? null;
  return ctx.readPlanner ? readSearch(ctx, info, text, labels, first) : searchEntities(ctx.db, text, labels, first);
};
