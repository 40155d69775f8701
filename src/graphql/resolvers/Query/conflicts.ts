import { listEntities } from '../../../entity/list';
import type { ConflictRecord } from '../../../conflict/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const conflicts: QueryResolvers['conflicts'] = (_parent, args, { db }) =>
  listEntities<ConflictRecord>(db, 'Conflict', args);
