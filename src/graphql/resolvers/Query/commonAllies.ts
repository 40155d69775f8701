import { requireIds } from '../../../entity/require-ids';
import { dateOrToday, linkKinds } from '../../../path/limits';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const commonAllies: QueryResolvers['commonAllies'] = async (_parent, args, { db, loaders }) => {
  const params = { asOf: dateOrToday(args.asOf), via: linkKinds(args.via) };
  const [a, b] = await requireIds(db, [
    { argument: 'a', id: args.a, labels: ['State'] },
    { argument: 'b', id: args.b, labels: ['State'] },
  ]);
  const [alliesOfA, alliesOfB] = await Promise.all([
    loaders.allies.load({ id: a, params }),
    loaders.allies.load({ id: b, params }),
  ]);
  const ofB = new Set(alliesOfB.map((s) => s.id));
  return alliesOfA.filter((s) => ofB.has(s.id));
};
