import { loadAs } from '../../../entity/loader';
import type { StateRecord } from '../../../state/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const state: QueryResolvers['state'] = (_parent, { id }, { loaders }) => loadAs<StateRecord>(loaders.entity, id, 'State');
