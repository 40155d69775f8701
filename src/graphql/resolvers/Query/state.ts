import { loadAs } from '../../../entity/loader';
import type { StateRecord } from '../../../state/records';
import { readLookup } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const state: QueryResolvers['state'] = (_parent, { id }, ctx, info) =>
  ctx.readPlanner
    ? (readLookup(ctx, info, id, 'State') as Promise<StateRecord | null>)
    : loadAs<StateRecord>(ctx.loaders.entity, id, 'State');
