import { MEMBERSHIP } from '../../../curation/relation-kinds';
import { endRelation, type EndRelationInput } from '../../../curation/relations';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { relationMutation } from '../types/relation-mutation';

export const endMembership: MutationResolvers['endMembership'] = relationMutation<EndRelationInput>(
  'endMembership',
  MEMBERSHIP,
  endRelation,
);
