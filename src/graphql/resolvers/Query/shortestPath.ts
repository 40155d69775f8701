import { requirePathEnds } from '../../../entity/require-ids';
import { bounded, dateOrToday, linkKinds, PATH_LIMITS } from '../../../path/limits';
import { shortestPath as findShortestPath } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const shortestPath: QueryResolvers['shortestPath'] = async (_parent, args, { db }) => {
  const [from, to] = await requirePathEnds(db, args.from, args.to);
  return findShortestPath(db, {
    from,
    to,
    asOf: dateOrToday(args.asOf),
    via: linkKinds(args.via),
    maxHops: bounded(args.maxHops, 'maxHops', PATH_LIMITS.shortestHops),
  });
};
