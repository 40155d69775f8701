import { LABEL_OF_ENTITY_TYPE, type EntityLabel } from '../../../shared/labels';
import { searchEntities } from '../../../entity/search';
import { readSearch } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const search: QueryResolvers['search'] = (_parent, { text, types, first }, ctx, info) => {
  const labels = types?.map((type) => LABEL_OF_ENTITY_TYPE[type] as EntityLabel) ?? null;
  return ctx.readPlanner ? readSearch(ctx, info, text, labels, first) : searchEntities(ctx.db, text, labels, first);
};
