import { parseObligations } from '../../../entity/obligations';
import type { TreatyResolvers } from '../../generated/resolvers-types';
import { entityFields } from './entity';
import { relationField } from './relation-fields';

export const Treaty: TreatyResolvers = {
  ...entityFields,
  obligations: (treaty) => parseObligations(treaty.obligationsJson),
  parties: relationField('Treaty', 'parties'),
  establishes: relationField('Treaty', 'establishes'),
  pledges: (treaty, { asOf }, { loaders }) => loaders.relations.pledges.load({ id: treaty.id, params: { asOf: asOf ?? null } }),
  authorized: relationField('Treaty', 'authorized'),
};
