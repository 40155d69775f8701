import type { Context } from '../../../context';
import { loadMany } from '../../../entity/loader';
import type { AnyEntity } from '../../../entity/any';
import type { SourceRecord } from '../../../source/records';

/** Interfaces resolve to the GraphQL type named by the node's label. */
export const resolveEntityType = (entity: AnyEntity): AnyEntity['label'] => entity.label;

/** Every entity and edge lists its sources by id; one batched load per request level. */
export const sourcesOf = (
  holder: { sourceIds: readonly string[] },
  _args: unknown,
  { loaders }: Context,
): Promise<SourceRecord[]> => loadMany<SourceRecord>(loaders.entity, holder.sourceIds);
