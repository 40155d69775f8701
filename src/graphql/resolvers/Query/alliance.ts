import { loadAs } from '../../../entity/loader';
import type { AllianceRecord } from '../../../alliance/records';
import { readLookup } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const alliance: QueryResolvers['alliance'] = (_parent, { id }, ctx, info) =>
  ctx.readPlanner
    ? (readLookup(ctx, info, id, 'Alliance') as Promise<AllianceRecord | null>)
    : loadAs<AllianceRecord>(ctx.loaders.entity, id, 'Alliance');
