import { listEntities } from '../../../entity/list';
import type { TreatyRecord } from '../../../treaty/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const treaties: QueryResolvers['treaties'] = (_parent, args, { db }) => listEntities<TreatyRecord>(db, 'Treaty', args);
