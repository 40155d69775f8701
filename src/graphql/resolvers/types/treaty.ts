import type { AllianceRecord } from '../../../alliance/records';
import { parseObligations } from '../../../entity/obligations';
import type { OperationRecord } from '../../../operation/records';
import type { TreatyResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { adjacentNodes, relationConnection } from './relation-fields';

export const Treaty: TreatyResolvers = {
  ...entityFields,
  obligations: (treaty) => parseObligations(treaty.obligationsJson),
  parties: (treaty, args, ctx, info) => relationConnection(ctx, 'parties', treaty.id, args, info),
  establishes: (treaty, _args, ctx) => adjacentNodes<AllianceRecord>(ctx, treaty.id, 'ESTABLISHES', 'out', 'Alliance'),
  pledges: (treaty, { asOf }, { loaders }) => loaders.relations.pledges.load({ id: treaty.id, params: { asOf: asOf ?? null } }),
  authorized: (treaty, _args, ctx) => adjacentNodes<OperationRecord>(ctx, treaty.id, 'AUTHORIZED', 'out', 'Operation'),
};
