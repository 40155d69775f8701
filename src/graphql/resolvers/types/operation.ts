import type { OperationResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { relationField } from './relation-fields';

export const Operation: OperationResolvers = {
  ...entityFields,
  conductedBy: relationField('Operation', 'conductedBy'),
  authorizedBy: relationField('Operation', 'authorizedBy'),
  partOf: relationField('Operation', 'partOf'),
  conflict: relationField('Operation', 'conflict'),
};
