import type { StateResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { adjacent, relationConnection } from './relation-fields';

export const State: StateResolvers = {
  ...entityFields,
  memberships: (state, args, ctx) => relationConnection(ctx, 'memberships', state.id, args),
  treaties: (state, args, ctx) => relationConnection(ctx, 'stateTreaties', state.id, args),
  participations: (state, { asOf }, ctx) => adjacent(ctx, state.id, 'PARTICIPATED_IN', 'out', asOf),
  predecessors: (state, _args, ctx) => adjacent(ctx, state.id, 'SUCCEEDED_BY', 'in'),
  successors: (state, _args, ctx) => adjacent(ctx, state.id, 'SUCCEEDED_BY', 'out'),
};
