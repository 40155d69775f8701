import { dateOrToday } from '../../../path/limits';
import { defenders as findDefenders } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const defenders: QueryResolvers['defenders'] = (_parent, args, { db }) =>
  findDefenders(db, args.of, dateOrToday(args.asOf));
