import { curate } from '../../../curation/run';
import { PARTICIPATION } from '../../../curation/relation-kinds';
import { addRelation } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { edgePayload } from '../types/payloads';

export const addConflictParticipant: MutationResolvers['addConflictParticipant'] = async (_parent, { input }, ctx) =>
  edgePayload(
    ctx,
    await curate(ctx, {
      mutation: 'addConflictParticipant',
      role: 'editor',
      input,
      write: (tx) => addRelation(tx, PARTICIPATION, { startId: input.actorId, endId: input.conflictId }, input),
    }),
  );
