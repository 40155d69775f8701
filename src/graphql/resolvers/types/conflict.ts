import type { ConflictResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { relationField } from './relation-fields';

export const Conflict: ConflictResolvers = {
  ...entityFields,
  participants: relationField('Conflict', 'participants'),
  operations: relationField('Conflict', 'operations'),
  partOf: relationField('Conflict', 'partOf'),
  parts: relationField('Conflict', 'parts'),
};
