import { loadAs } from '../../../entity/loader';
import type { ConflictRecord } from '../../../conflict/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const conflict: QueryResolvers['conflict'] = (_parent, { id }, { loaders }) =>
  loadAs<ConflictRecord>(loaders.entity, id, 'Conflict');
