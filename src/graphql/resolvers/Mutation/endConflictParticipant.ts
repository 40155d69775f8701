import { curate } from '../../../curation/run';
import { PARTICIPATION } from '../../../curation/relation-kinds';
import { endRelation } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { edgePayload } from '../types/payloads';

export const endConflictParticipant: MutationResolvers['endConflictParticipant'] = async (_parent, { input }, ctx) =>
  edgePayload(
    ctx,
    await curate(ctx, {
      mutation: 'endConflictParticipant',
      role: 'editor',
      input,
      write: (tx) => endRelation(tx, PARTICIPATION, { startId: input.actorId, endId: input.conflictId }, input),
    }),
  );
