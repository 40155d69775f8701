import { loadAs } from '../../../entity/loader';
import type { AllianceRecord } from '../../../alliance/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const alliance: QueryResolvers['alliance'] = (_parent, { id }, { loaders }) =>
  loadAs<AllianceRecord>(loaders.entity, id, 'Alliance');
