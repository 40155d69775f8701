import type { ConflictRecord } from '../../../conflict/records';
import type { OperationRecord } from '../../../operation/records';
import type { ConflictResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { adjacentNodes, relationConnection } from './relation-fields';

export const Conflict: ConflictResolvers = {
  ...entityFields,
  participants: (conflict, args, ctx, info) => relationConnection(ctx, 'participants', conflict.id, args, info),
  operations: (conflict, _args, ctx) => adjacentNodes<OperationRecord>(ctx, conflict.id, 'PART_OF', 'in', 'Operation'),
  partOf: (conflict, _args, ctx) => adjacentNodes<ConflictRecord>(ctx, conflict.id, 'PART_OF', 'out', 'Conflict'),
  parts: (conflict, _args, ctx) => adjacentNodes<ConflictRecord>(ctx, conflict.id, 'PART_OF', 'in', 'Conflict'),
};
