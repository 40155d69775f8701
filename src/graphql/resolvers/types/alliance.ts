import { membershipTimeline } from '../../../alliance/timeline';
import type { AllianceRecord } from '../../../alliance/records';
import { loadAs } from '../../../entity/loader';
import { parseObligations } from '../../../entity/obligations';
import type { AllianceResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { adjacent, relationField } from './relation-fields';

export const Alliance: AllianceResolvers = {
  ...entityFields,
  obligations: (alliance) => parseObligations(alliance.obligationsJson),
  parent: (alliance, _args, { loaders }) =>
    alliance.parentId ? loadAs<AllianceRecord>(loaders.entity, alliance.parentId, 'Alliance') : null,
  organs: (alliance, _args, { loaders }) => loaders.relations.organs.load({ id: alliance.id, params: null }),
  members: relationField('Alliance', 'members'),
  establishedBy: relationField('Alliance', 'establishedBy'),
  timeline: async (alliance, _args, ctx) => membershipTimeline(await adjacent(ctx, alliance.id, 'MEMBER_OF', 'in')),
  participations: relationField('Alliance', 'participations'),
  predecessors: relationField('Alliance', 'predecessors'),
  successors: relationField('Alliance', 'successors'),
};
