import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationshipType, EntityLabel } from '../shared/labels';
import { cypher } from '../db/cypher';
import type { ChangeDraft } from './audit';
import { InputProblems, versionConflict } from './problems';
import { checkReferences, referencesTo, sourceReferences } from './references';
import { versionOf, type RelationshipSnapshot, type StoredProps } from './snapshot';
import { cleanSourceIds } from './text';

const LOCK_ENTITY = cypher('curation/lock-entity');
const READ_ENTITY = cypher('curation/read-entity');
const ENTITY_RELATIONSHIPS = cypher('curation/entity-relationships');
const DELETE_ENTITY = cypher('curation/delete-entity');

export interface DeleteInput {
  id: string;
  detach?: boolean | null;
  sourceIds: string[];
  expectedVersion?: number | null;
}

/**
 * Deletes an entity. Its relationships go with it only when the curator says so (`detach`); what
 * names it in a property (a citation, an organ's parent) always blocks, since deleting would leave
 * those dangling. The audit record keeps the entity and every relationship taken, for revertChange.
 */
export async function deleteEntity(tx: ManagedTransaction, input: DeleteInput): Promise<ChangeDraft> {
  const problems = new InputProblems();
  const sourceIds = cleanSourceIds(problems, 'input.sourceIds', input.sourceIds);
  problems.throwIfAny();
  const locked = (await tx.run(LOCK_ENTITY.text, { id: input.id })).records.length > 0;
  if (!locked) problems.add('input.id', `no entity has the id "${input.id}"`);
  await checkReferences(tx, sourceReferences('input.sourceIds', sourceIds), problems);
  problems.throwIfAny();

  const entity = (await tx.run(READ_ENTITY.text, { id: input.id })).records[0];
  const label = entity?.get('label') as EntityLabel;
  const properties = entity?.get('props') as StoredProps;
  const relationships: RelationshipSnapshot[] = (await tx.run(ENTITY_RELATIONSHIPS.text, { id: input.id })).records.map((r) => ({
    type: r.get('type') as RelationshipType,
    startId: r.get('startId') as string,
    endId: r.get('endId') as string,
    properties: r.get('props') as StoredProps,
  }));
  if (relationships.length > 0 && !input.detach) {
    problems.add(
      'input.detach',
      `${input.id} still has ${relationships.length} relationship(s): delete them first, or pass detach: true to delete them with it`,
    );
  }
  const { citing, organs } = await referencesTo(tx, input.id);
  if (citing > 0)
    problems.add('input.id', `${input.id} is cited as a source by ${citing} record(s): it cannot be deleted while they cite it`);
  if (organs > 0) problems.add('input.id', `${input.id} is the parent of ${organs} alliance(s): change their parentId first`);
  problems.throwIfAny();
  const version = versionOf(properties);
  if (input.expectedVersion !== undefined && input.expectedVersion !== null && input.expectedVersion !== version) {
    throw versionConflict(`${label} ${input.id}`, input.expectedVersion, version);
  }

  await tx.run(DELETE_ENTITY.text, { id: input.id });
  const neighbours = relationships.flatMap((r) => [r.startId, r.endId]).filter((id) => id !== input.id);
  return {
    targetKind: 'ENTITY',
    targetType: label,
    targetId: input.id,
    entityIds: [...new Set([input.id, ...neighbours])],
    before: { label, properties, relationships },
    after: null,
    sourceIds,
    derive: [],
  };
}
