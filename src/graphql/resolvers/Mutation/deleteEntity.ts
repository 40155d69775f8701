import { deleteEntity as deleteIt } from '../../../curation/delete';
import { curate } from '../../../curation/run';
import type { MutationResolvers } from '../../generated/resolvers-types';

export const deleteEntity: MutationResolvers['deleteEntity'] = (_parent, { input }, ctx) =>
  curate(ctx, { mutation: 'deleteEntity', role: 'admin', input, write: (tx) => deleteIt(tx, input) });
