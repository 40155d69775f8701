import { listEntities } from '../../../entity/list';
import type { StateRecord } from '../../../state/records';
import { readList } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const states: QueryResolvers['states'] = (_parent, args, ctx, info) =>
  ctx.readPlanner ? readList<StateRecord>(ctx, info, 'State', args) : listEntities<StateRecord>(ctx.db, 'State', args);
