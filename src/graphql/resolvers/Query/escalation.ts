import { requireIds } from '../../../entity/require-ids';
import { escalation as findEscalation } from '../../../path/escalation';
import { bounded, dateOrToday, PATH_LIMITS } from '../../../path/limits';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const escalation: QueryResolvers['escalation'] = async (_parent, args, { db }) => {
  const rounds = bounded(args.rounds, 'rounds', PATH_LIMITS.escalationRounds);
  const [attacker, target] = await requireIds(db, [
    { argument: 'attacker', id: args.attacker, labels: ['State'] },
    { argument: 'target', id: args.target, labels: ['State'] },
  ]);
  return findEscalation(db, attacker, target, dateOrToday(args.asOf), rounds);
};
