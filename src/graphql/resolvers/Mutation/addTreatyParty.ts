import { curate } from '../../../curation/run';
import { TREATY_PARTY } from '../../../curation/relation-kinds';
import { addRelation } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { edgePayload } from '../types/payloads';

export const addTreatyParty: MutationResolvers['addTreatyParty'] = async (_parent, { input }, ctx) =>
  edgePayload(
    ctx,
    await curate(ctx, {
      mutation: 'addTreatyParty',
      role: 'editor',
      input,
      write: (tx) => addRelation(tx, TREATY_PARTY, { startId: input.stateId, endId: input.treatyId }, input),
    }),
  );
