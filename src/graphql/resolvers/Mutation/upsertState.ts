import { STATE } from '../../../curation/entity-kinds';
import { curate } from '../../../curation/run';
import { upsertEntity } from '../../../curation/upsert';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { entityPayload } from '../types/payloads';

export const upsertState: MutationResolvers['upsertState'] = async (_parent, { input }, ctx) =>
  entityPayload(
    await curate(ctx, { mutation: 'upsertState', role: 'editor', input, write: (tx) => upsertEntity(tx, STATE, input) }),
  );
