import type { ConflictRecord } from '../../../conflict/records';
import type { TreatyRecord } from '../../../treaty/records';
import type { OperationResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { adjacent, adjacentNodes } from './relation-fields';

export const Operation: OperationResolvers = {
  ...entityFields,
  conductedBy: (operation, { asOf }, ctx) => adjacent(ctx, operation.id, 'CONDUCTED', 'in', asOf),
  authorizedBy: (operation, _args, ctx) => adjacentNodes<TreatyRecord>(ctx, operation.id, 'AUTHORIZED', 'in', 'Treaty'),
  partOf: (operation, _args, ctx) => adjacentNodes<ConflictRecord>(ctx, operation.id, 'PART_OF', 'out', 'Conflict'),
  conflict: async (operation, _args, ctx) =>
    (await adjacentNodes<ConflictRecord>(ctx, operation.id, 'PART_OF', 'out', 'Conflict'))[0] ?? null,
};
