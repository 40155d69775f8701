import { curate } from '../../../curation/run';
import { MEMBERSHIP } from '../../../curation/relation-kinds';
import { endRelation } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { edgePayload } from '../types/payloads';

export const endMembership: MutationResolvers['endMembership'] = async (_parent, { input }, ctx) =>
  edgePayload(
    ctx,
    await curate(ctx, {
      mutation: 'endMembership',
      role: 'editor',
      input,
      write: (tx) => endRelation(tx, MEMBERSHIP, { startId: input.stateId, endId: input.allianceId }, input),
    }),
  );
