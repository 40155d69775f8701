import { listEntities } from '../../../entity/list';
import type { StateRecord } from '../../../state/records';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const states: QueryResolvers['states'] = (_parent, args, { db }) => listEntities<StateRecord>(db, 'State', args);
