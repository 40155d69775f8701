import { listEntities } from '../../../entity/list';
import type { ConflictRecord } from '../../../conflict/records';
import { readList } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const conflicts: QueryResolvers['conflicts'] = (_parent, args, ctx, info) =>
  ctx.readPlanner
    ? readList<ConflictRecord>(ctx, info, 'Conflict', args)
    : listEntities<ConflictRecord>(ctx.db, 'Conflict', args);
