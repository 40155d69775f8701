import { listEntities } from '../../../entity/list';
import type { OperationRecord } from '../../../operation/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const operations: QueryResolvers['operations'] = (_parent, args, { db }) =>
  listEntities<OperationRecord>(db, 'Operation', args);
