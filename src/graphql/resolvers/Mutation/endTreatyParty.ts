import { TREATY_PARTY } from '../../../curation/relation-kinds';
import { endRelation, type EndRelationInput } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { relationMutation } from '../types/relation-mutation';

export const endTreatyParty: MutationResolvers['endTreatyParty'] = relationMutation<EndRelationInput>(
  'endTreatyParty',
  TREATY_PARTY,
  endRelation,
);
