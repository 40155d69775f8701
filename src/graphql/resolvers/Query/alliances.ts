import { listEntities } from '../../../entity/list';
import type { AllianceRecord } from '../../../alliance/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const alliances: QueryResolvers['alliances'] = (_parent, args, { db }) =>
  listEntities<AllianceRecord>(db, 'Alliance', args);
