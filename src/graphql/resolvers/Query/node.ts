import type { QueryResolvers } from '../../generated/resolvers-types';

export const node: QueryResolvers['node'] = (_parent, { id }, { loaders }) => loaders.entity.load(id);
