import { bounded, dateOrToday, linkKinds, PATH_LIMITS } from '../../../path/limits';
import { enumeratePaths } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const paths: QueryResolvers['paths'] = (_parent, args, { db }) =>
  enumeratePaths(db, {
    from: args.from,
    to: args.to,
    asOf: dateOrToday(args.asOf),
    via: linkKinds(args.via),
    maxHops: bounded(args.maxHops, 'maxHops', PATH_LIMITS.enumerationHops),
    first: bounded(args.first, 'first', PATH_LIMITS.enumerationFirst),
  });
