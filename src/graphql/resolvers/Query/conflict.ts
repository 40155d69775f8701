import { loadAs } from '../../../entity/loader';
import type { ConflictRecord } from '../../../conflict/records';
import { readLookup } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const conflict: QueryResolvers['conflict'] = (_parent, { id }, ctx, info) =>
  ctx.readPlanner
    ? (readLookup(ctx, info, id, 'Conflict') as Promise<ConflictRecord | null>)
    : loadAs<ConflictRecord>(ctx.loaders.entity, id, 'Conflict');
