import { FACT_LABELS } from '../../../shared/labels';
import { requireIds } from '../../../entity/require-ids';
import { bounded, dateOrToday, linkKinds, PATH_LIMITS } from '../../../path/limits';
import { neighbourhood as findNeighbourhood } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const neighbourhood: QueryResolvers['neighbourhood'] = async (_parent, args, { db }) => {
  const [id] = await requireIds(db, [{ argument: 'id', id: args.id, labels: FACT_LABELS }]);
  return findNeighbourhood(db, {
    id,
    hops: bounded(args.hops, 'hops', PATH_LIMITS.neighbourhoodHops),
    asOf: dateOrToday(args.asOf),
    via: linkKinds(args.via),
    first: bounded(args.first, 'first', PATH_LIMITS.neighbourhoodFirst),
  });
};
