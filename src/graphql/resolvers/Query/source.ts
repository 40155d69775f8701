import { loadAs } from '../../../entity/loader';
import type { SourceRecord } from '../../../source/records';
import { readLookup } from '../../../read/root';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const source: QueryResolvers['source'] = (_parent, { id }, ctx, info) =>
  ctx.readPlanner
    ? (readLookup(ctx, info, id, 'Source') as Promise<SourceRecord | null>)
    : loadAs<SourceRecord>(ctx.loaders.entity, id, 'Source');
