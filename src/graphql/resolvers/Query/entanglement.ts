import { requireIds } from '../../../entity/require-ids';
import { bounded, dateOrToday, PATH_LIMITS } from '../../../path/limits';
import { entanglement as findEntanglement } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const entanglement: QueryResolvers['entanglement'] = async (_parent, args, { db }) => {
  const [conflict] = await requireIds(db, [{ argument: 'conflict', id: args.conflict, labels: ['Conflict'] }]);
  return findEntanglement(db, {
    conflict,
    asOf: dateOrToday(args.asOf),
    maxHops: bounded(args.maxHops, 'maxHops', PATH_LIMITS.entanglementHops),
    first: bounded(args.first, 'first', PATH_LIMITS.entanglementFirst),
  });
};
