import { LINKED_LABELS } from '../../../path/limits';
import { requireIds } from '../../../entity/require-ids';
import { bounded, dateOrToday, linkKinds, PATH_LIMITS } from '../../../path/limits';
import { shortestPath as findShortestPath } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const shortestPath: QueryResolvers['shortestPath'] = async (_parent, args, { db }) => {
  const [from, to] = await requireIds(db, [
    { argument: 'from', id: args.from, labels: LINKED_LABELS },
    { argument: 'to', id: args.to, labels: LINKED_LABELS },
  ]);
  return findShortestPath(db, {
    from,
    to,
    asOf: dateOrToday(args.asOf),
    via: linkKinds(args.via),
    maxHops: bounded(args.maxHops, 'maxHops', PATH_LIMITS.shortestHops),
  });
};
