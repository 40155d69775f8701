import { CONFLICT } from '../../../curation/entity-kinds';
import { curate } from '../../../curation/run';
import { upsertEntity } from '../../../curation/upsert';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { entityPayload } from '../types/payloads';

export const upsertConflict: MutationResolvers['upsertConflict'] = async (_parent, { input }, ctx) =>
  entityPayload(
    await curate(ctx, { mutation: 'upsertConflict', role: 'editor', input, write: (tx) => upsertEntity(tx, CONFLICT, input) }),
  );
