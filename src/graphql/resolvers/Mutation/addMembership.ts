import { MEMBERSHIP } from '../../../curation/relation-kinds';
import { addRelation, type AddRelationInput } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { relationMutation } from '../types/relation-mutation';

export const addMembership: MutationResolvers['addMembership'] = relationMutation<AddRelationInput>(
  'addMembership',
  MEMBERSHIP,
  addRelation,
);
