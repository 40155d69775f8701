import { DateScalar } from '../scalars/date';
import type { Resolvers } from '../generated/resolvers-types';
import { node } from './Query/node';
import { source } from './Query/source';
import { state } from './Query/state';
import { resolveEntityType, sourcesOf } from './types/entity';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: { node, state, source },
  Node: { __resolveType: resolveEntityType },
  Entity: { __resolveType: resolveEntityType },
  State: { sources: sourcesOf },
  // A source is its own provenance: it lists itself.
  Source: { sources: (source) => [source] },
};
