import type { StateResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { dateOrToday, linkKinds } from '../../../path/limits';
import { stateTimeline } from '../../../state/timeline';
import { adjacent, relationConnection } from './relation-fields';

export const State: StateResolvers = {
  ...entityFields,
  memberships: (state, args, ctx, info) => relationConnection(ctx, 'memberships', state.id, args, info),
  treaties: (state, args, ctx, info) => relationConnection(ctx, 'stateTreaties', state.id, args, info),
  participations: (state, { asOf }, ctx) => adjacent(ctx, state.id, 'PARTICIPATED_IN', 'out', asOf),
  predecessors: (state, _args, ctx) => adjacent(ctx, state.id, 'SUCCEEDED_BY', 'in'),
  successors: (state, _args, ctx) => adjacent(ctx, state.id, 'SUCCEEDED_BY', 'out'),
  allies: (state, { asOf, via }, { loaders }) =>
    loaders.allies.load({ id: state.id, params: { asOf: dateOrToday(asOf), via: linkKinds(via) } }),
  timeline: async (state, _args, ctx) => {
    const [memberships, parties] = await Promise.all([
      adjacent(ctx, state.id, 'MEMBER_OF', 'out'),
      adjacent(ctx, state.id, 'PARTY_TO', 'out'),
    ]);
    return stateTimeline(state.id, memberships, parties);
  },
};
