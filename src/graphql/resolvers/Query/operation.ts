import { loadAs } from '../../../entity/loader';
import type { OperationRecord } from '../../../operation/records';
import { readLookup } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const operation: QueryResolvers['operation'] = (_parent, { id }, ctx, info) =>
  ctx.readPlanner
    ? (readLookup(ctx, info, id, 'Operation') as Promise<OperationRecord | null>)
    : loadAs<OperationRecord>(ctx.loaders.entity, id, 'Operation');
