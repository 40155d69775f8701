import { readLookup } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const node: QueryResolvers['node'] = (_parent, { id }, ctx, info) =>
  ctx.readPlanner ? readLookup(ctx, info, id, null) : ctx.loaders.entity.load(id);
