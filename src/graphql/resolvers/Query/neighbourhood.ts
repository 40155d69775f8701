import { bounded, dateOrToday, linkKinds, PATH_LIMITS } from '../../../path/limits';
import { neighbourhood as findNeighbourhood } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const neighbourhood: QueryResolvers['neighbourhood'] = (_parent, args, { db }) =>
  findNeighbourhood(db, {
    id: args.id,
    hops: bounded(args.hops, 'hops', PATH_LIMITS.neighbourhoodHops),
    asOf: dateOrToday(args.asOf),
    via: linkKinds(args.via),
    first: bounded(args.first, 'first', PATH_LIMITS.neighbourhoodFirst),
  });
