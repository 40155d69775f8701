import { curate } from '../../../curation/run';
import { TREATY_PARTY } from '../../../curation/relation-kinds';
import { endRelation } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { edgePayload } from '../types/payloads';

export const endTreatyParty: MutationResolvers['endTreatyParty'] = async (_parent, { input }, ctx) =>
  edgePayload(
    ctx,
    await curate(ctx, {
      mutation: 'endTreatyParty',
      role: 'editor',
      input,
      write: (tx) => endRelation(tx, TREATY_PARTY, { startId: input.stateId, endId: input.treatyId }, input),
    }),
  );
