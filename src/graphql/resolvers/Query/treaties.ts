import { listEntities } from '../../../entity/list';
import type { TreatyRecord } from '../../../treaty/records';
import { readList } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const treaties: QueryResolvers['treaties'] = (_parent, args, ctx, info) =>
  ctx.readPlanner ? readList<TreatyRecord>(ctx, info, 'Treaty', args) : listEntities<TreatyRecord>(ctx.db, 'Treaty', args);
