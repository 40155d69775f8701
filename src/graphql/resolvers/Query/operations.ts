import { listEntities } from '../../../entity/list';
import type { OperationRecord } from '../../../operation/records';
import { readList } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const operations: QueryResolvers['operations'] = (_parent, args, ctx, info) =>
  ctx.readPlanner
    ? readList<OperationRecord>(ctx, info, 'Operation', args)
    : listEntities<OperationRecord>(ctx.db, 'Operation', args);
