import { loadAs } from '../../../entity/loader';
import type { TreatyRecord } from '../../../treaty/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const treaty: QueryResolvers['treaty'] = (_parent, { id }, { loaders }) =>
  loadAs<TreatyRecord>(loaders.entity, id, 'Treaty');
