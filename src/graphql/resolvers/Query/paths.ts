import { requirePathEnds } from '../../../entity/require-ids';
import { bounded, dateOrToday, linkKinds, PATH_LIMITS } from '../../../path/limits';
import { enumeratePaths } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const paths: QueryResolvers['paths'] = async (_parent, args, { db }) => {
  const [from, to] = await requirePathEnds(db, args.from, args.to);
  return enumeratePaths(db, {
    from,
    to,
    asOf: dateOrToday(args.asOf),
    via: linkKinds(args.via),
    maxHops: bounded(args.maxHops, 'maxHops', PATH_LIMITS.enumerationHops),
    first: bounded(args.first, 'first', PATH_LIMITS.enumerationFirst),
  });
};
