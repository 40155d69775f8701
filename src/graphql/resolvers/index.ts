import { DateScalar } from '../scalars/date';
import type { Resolvers } from '../generated/resolvers-types';
import { alliance } from './Query/alliance';
import { alliances } from './Query/alliances';
import { conflict } from './Query/conflict';
import { conflicts } from './Query/conflicts';
import { node } from './Query/node';
import { operation } from './Query/operation';
import { operations } from './Query/operations';
import { search } from './Query/search';
import { source } from './Query/source';
import { state } from './Query/state';
import { states } from './Query/states';
import { treaties } from './Query/treaties';
import { treaty } from './Query/treaty';
import { Alliance } from './types/alliance';
import { Conflict } from './types/conflict';
import { edgeResolvers } from './types/edges';
import { resolveEntityType } from './types/entity';
import { Operation } from './types/operation';
import { State } from './types/state';
import { Treaty } from './types/treaty';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    node,
    state,
    states,
    source,
    alliance,
    alliances,
    treaty,
    treaties,
    conflict,
    conflicts,
    operation,
    operations,
    search,
  },
  Node: { __resolveType: resolveEntityType },
  Entity: { __resolveType: resolveEntityType },
  Actor: { __resolveType: resolveEntityType as never },
  State,
  Alliance,
  Treaty,
  Conflict,
  Operation,
  // A source is its own provenance: it lists itself.
  Source: { sources: (source) => [source], aliases: () => [] },
  ...edgeResolvers,
};
