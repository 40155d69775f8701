import type { StateResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { dateOrToday, linkKinds } from '../../../path/limits';
import { stateTimeline } from '../../../state/timeline';
import { plannedOr } from '../../../read/planned';
import { adjacent, relationField } from './relation-fields';

export const State: StateResolvers = {
  ...entityFields,
  memberships: relationField('State', 'memberships'),
  treaties: relationField('State', 'treaties'),
  participations: relationField('State', 'participations'),
  predecessors: relationField('State', 'predecessors'),
  successors: relationField('State', 'successors'),
  allies: (state, args, { loaders }) =>
    plannedOr(state, 'allies', args, () =>
      loaders.allies.load({ id: state.id, params: { asOf: dateOrToday(args.asOf), via: linkKinds(args.via) } }),
    ),
  timeline: async (state, _args, ctx) => {
    const [memberships, parties] = await Promise.all([
      adjacent(ctx, state.id, 'MEMBER_OF', 'out'),
      adjacent(ctx, state.id, 'PARTY_TO', 'out'),
    ]);
    return stateTimeline(state.id, memberships, parties);
  },
};
