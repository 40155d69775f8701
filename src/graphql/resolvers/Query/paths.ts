import { LINKED_LABELS } from '../../../path/limits';
import { requireIds } from '../../../entity/require-ids';
import { bounded, dateOrToday, linkKinds, PATH_LIMITS } from '../../../path/limits';
import { enumeratePaths } from '../../../path/repository';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const paths: QueryResolvers['paths'] = async (_parent, args, { db }) => {
  const [from, to] = await requireIds(db, [
    { argument: 'from', id: args.from, labels: LINKED_LABELS },
    { argument: 'to', id: args.to, labels: LINKED_LABELS },
  ]);
  return enumeratePaths(db, {
    from,
    to,
    asOf: dateOrToday(args.asOf),
    via: linkKinds(args.via),
    maxHops: bounded(args.maxHops, 'maxHops', PATH_LIMITS.enumerationHops),
    first: bounded(args.first, 'first', PATH_LIMITS.enumerationFirst),
  });
};
