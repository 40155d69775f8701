import { membershipTimeline } from '../../../alliance/timeline';
import type { AllianceRecord } from '../../../alliance/records';
import { loadAs } from '../../../entity/loader';
import { parseObligations } from '../../../entity/obligations';
import type { TreatyRecord } from '../../../treaty/records';
import type { AllianceResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { adjacent, adjacentNodes, relationConnection } from './relation-fields';

export const Alliance: AllianceResolvers = {
  ...entityFields,
  obligations: (alliance) => parseObligations(alliance.obligationsJson),
  parent: (alliance, _args, { loaders }) =>
    alliance.parentId ? loadAs<AllianceRecord>(loaders.entity, alliance.parentId, 'Alliance') : null,
  organs: (alliance, _args, { loaders }) => loaders.relations.organs.load({ id: alliance.id, params: null }),
  members: (alliance, args, ctx, info) => relationConnection(ctx, 'members', alliance.id, args, info),
  establishedBy: (alliance, _args, ctx) => adjacentNodes<TreatyRecord>(ctx, alliance.id, 'ESTABLISHES', 'in', 'Treaty'),
  timeline: async (alliance, _args, ctx) => membershipTimeline(await adjacent(ctx, alliance.id, 'MEMBER_OF', 'in')),
  participations: (alliance, { asOf }, ctx) => adjacent(ctx, alliance.id, 'PARTICIPATED_IN', 'out', asOf),
  predecessors: (alliance, _args, ctx) => adjacent(ctx, alliance.id, 'SUCCEEDED_BY', 'in'),
  successors: (alliance, _args, ctx) => adjacent(ctx, alliance.id, 'SUCCEEDED_BY', 'out'),
};
