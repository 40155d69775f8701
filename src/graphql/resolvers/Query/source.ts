import { loadAs } from '../../../entity/loader';
import type { SourceRecord } from '../../../source/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const source: QueryResolvers['source'] = (_parent, { id }, { loaders }) =>
  loadAs<SourceRecord>(loaders.entity, id, 'Source');
