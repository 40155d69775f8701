import { TREATY_PARTY } from '../../../curation/relation-kinds';
import { addRelation, type AddRelationInput } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { relationMutation } from '../types/relation-mutation';

export const addTreatyParty: MutationResolvers['addTreatyParty'] = relationMutation<AddRelationInput>(
  'addTreatyParty',
  TREATY_PARTY,
  addRelation,
);
