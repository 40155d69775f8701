import { dateOrToday, linkKinds } from '../../../path/limits';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const commonAllies: QueryResolvers['commonAllies'] = async (_parent, args, { loaders }) => {
  const params = { asOf: dateOrToday(args.asOf), via: linkKinds(args.via) };
  const [alliesOfA, alliesOfB] = await Promise.all([
    loaders.allies.load({ id: args.a, params }),
    loaders.allies.load({ id: args.b, params }),
  ]);
  const ofB = new Set(alliesOfB.map((s) => s.id));
  return alliesOfA.filter((s) => ofB.has(s.id));
};
