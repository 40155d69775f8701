import { listEntities } from '../../../entity/list';
import type { AllianceRecord } from '../../../alliance/records';
import { readList } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const alliances: QueryResolvers['alliances'] = (_parent, args, ctx, info) =>
  ctx.readPlanner
    ? readList<AllianceRecord>(ctx, info, 'Alliance', args)
    : listEntities<AllianceRecord>(ctx.db, 'Alliance', args);
