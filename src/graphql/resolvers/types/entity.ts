import type { Context } from '../../../context';
import type { AnyEntity } from '../../../entity/any';
import { parseClaims, type ClaimRecord } from '../../../entity/claims';
import { loadMany } from '../../../entity/loader';
import type { SourceRecord } from '../../../source/records';

/** Interfaces and unions resolve to the GraphQL type named by the node's label. */
export const resolveEntityType = (entity: AnyEntity): AnyEntity['label'] => entity.label;

/** Every entity and edge lists its sources by id; one batched load per request level. */
export const sourcesOf = (
  holder: { sourceIds: readonly string[] },
  _args: unknown,
  { loaders }: Context,
): Promise<SourceRecord[]> => loadMany<SourceRecord>(loaders.entity, holder.sourceIds);

export const claimsOf = (entity: { claimsJson: string | null }): ClaimRecord[] => parseClaims(entity.claimsJson);

/** The fields every entity type resolves the same way. */
export const entityFields = {
  sources: sourcesOf,
  claims: claimsOf,
  aliases: (entity: AnyEntity) => entity.aliases ?? [],
};
