import { loadAs } from '../../../entity/loader';
import type { TreatyRecord } from '../../../treaty/records';
import { readLookup } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const treaty: QueryResolvers['treaty'] = (_parent, { id }, ctx, info) =>
  ctx.readPlanner
    ? (readLookup(ctx, info, id, 'Treaty') as Promise<TreatyRecord | null>)
    : loadAs<TreatyRecord>(ctx.loaders.entity, id, 'Treaty');
