import { requireIds } from '../../../entity/require-ids';
import { dateOrToday } from '../../../path/limits';
import { defenders as findDefenders } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const defenders: QueryResolvers['defenders'] = async (_parent, args, { db }) => {
  const [of] = await requireIds(db, [{ argument: 'of', id: args.of, labels: ['State'] }]);
  return findDefenders(db, of, dateOrToday(args.asOf));
};
