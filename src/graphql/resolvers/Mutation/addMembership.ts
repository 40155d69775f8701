import { curate } from '../../../curation/run';
import { MEMBERSHIP } from '../../../curation/relation-kinds';
import { addRelation } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { edgePayload } from '../types/payloads';

export const addMembership: MutationResolvers['addMembership'] = async (_parent, { input }, ctx) =>
  edgePayload(
    ctx,
    await curate(ctx, {
      mutation: 'addMembership',
      role: 'editor',
      input,
      write: (tx) => addRelation(tx, MEMBERSHIP, { startId: input.stateId, endId: input.allianceId }, input),
    }),
  );
