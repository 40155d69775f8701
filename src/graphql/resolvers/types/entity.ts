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

/** Lists and relations load entities without their long texts; a field that wants them loads the whole entity. */
async function complete(entity: AnyEntity, { loaders }: Context): Promise<AnyEntity> {
  return entity.partial ? ((await loaders.entity.load(entity.id)) ?? entity) : entity;
}

/** The fields every entity type resolves the same way. */
export const entityFields = {
  sources: sourcesOf,
  claims: async (entity: AnyEntity, _args: unknown, ctx: Context): Promise<ClaimRecord[]> =>
    parseClaims((await complete(entity, ctx)).claimsJson),
  notes: async (entity: AnyEntity, _args: unknown, ctx: Context): Promise<string | null> =>
    (await complete(entity, ctx)).notes ?? null,
  aliases: (entity: AnyEntity) => entity.aliases ?? [],
};
