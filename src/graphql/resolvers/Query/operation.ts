import { loadAs } from '../../../entity/loader';
import type { OperationRecord } from '../../../operation/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const operation: QueryResolvers['operation'] = (_parent, { id }, { loaders }) =>
  loadAs<OperationRecord>(loaders.entity, id, 'Operation');
