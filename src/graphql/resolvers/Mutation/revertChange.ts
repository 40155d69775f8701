import { revertChange as revert } from '../../../curation/revert';
import { curate } from '../../../curation/run';
import type { MutationResolvers } from '../../generated/resolvers-types';

export const revertChange: MutationResolvers['revertChange'] = (_parent, { input }, ctx) =>
  curate(ctx, { mutation: 'revertChange', role: 'admin', input, write: (tx) => revert(tx, input.changeId) });
