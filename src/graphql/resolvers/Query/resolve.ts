import { resolveNames } from '../../../entity/resolve-names';
import { FACT_LABELS, LABEL_OF_ENTITY_TYPE, type EntityLabel } from '../../../shared/labels';
import type { QueryResolvers } from '../../generated/resolvers-types';

export const resolve: QueryResolvers['resolve'] = (_parent, { names, asOf, types }, { db }) =>
  resolveNames(db, names, types?.map((type) => LABEL_OF_ENTITY_TYPE[type] as EntityLabel) ?? FACT_LABELS, asOf ?? null);
