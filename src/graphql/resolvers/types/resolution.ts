import type { AnyEntity } from '../../../entity/any';
import { loadMany } from '../../../entity/loader';
import type { Resolvers } from '../../generated/resolvers-types';

export const resolutionResolvers: Resolvers = {
  Resolution: {
    entity: async (r, _a, { loaders }) => (r.entityId ? ((await loaders.entity.load(r.entityId)) as AnyEntity) : null),
    candidates: (r, _a, { loaders }) => loadMany<AnyEntity>(loaders.entity, r.candidateIds),
  },
};
