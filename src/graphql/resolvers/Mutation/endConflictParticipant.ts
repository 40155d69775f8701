import { PARTICIPATION } from '../../../curation/relation-kinds';
import { endRelation, type EndRelationInput } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { relationMutation } from '../types/relation-mutation';

export const endConflictParticipant: MutationResolvers['endConflictParticipant'] = relationMutation<EndRelationInput>(
  'endConflictParticipant',
  PARTICIPATION,
  endRelation,
);
