import { bounded, dateOrToday, linkKinds, PATH_LIMITS } from '../../../path/limits';
import { shortestPath as findShortestPath } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const shortestPath: QueryResolvers['shortestPath'] = (_parent, args, { db }) =>
  findShortestPath(db, {
    from: args.from,
    to: args.to,
    asOf: dateOrToday(args.asOf),
    via: linkKinds(args.via),
    maxHops: bounded(args.maxHops, 'maxHops', PATH_LIMITS.shortestHops),
  });
