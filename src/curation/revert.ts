import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../db/cypher';
import type { EntityLabel } from '../shared/labels';
import { findChange, type ChangeDraft, type ChangeRecord } from './audit';
import type { Reference } from './entity-kinds';
import { InputProblems, versionConflict } from './problems';
import { checkReferences, referencesTo } from './references';
import { snapshotFromJson, versionOf, type EntitySnapshot, type RelationshipSnapshot, type StoredProps } from './snapshot';

const LOCK_ENTITY = cypher('curation/lock-entity');
const READ_ENTITY = cypher('curation/read-entity');
const REPLACE_ENTITY = cypher('curation/replace-entity');
const RESTORE_ENTITY = cypher('curation/restore-entity');
const DELETE_ENTITY = cypher('curation/delete-entity');
const ENTITY_RELATIONSHIPS = cypher('curation/entity-relationships');
const PAIR_RELATIONSHIPS = cypher('curation/pair-relationships');
const CREATE_RELATIONSHIP = cypher('curation/create-relationship');
const REPLACE_RELATIONSHIP = cypher('curation/replace-relationship');
const DELETE_RELATIONSHIP = cypher('curation/delete-relationship');

/**
 * Restores what a change replaced, as a new change. Only while the target is as that change left
 * it: if anyone changed it since, reverting would silently undo their work too, so it is a
 * CONFLICT (revert the later changes first). Its sources are those of the change it reverts.
 */
export async function revertChange(tx: ManagedTransaction, changeId: string): Promise<ChangeDraft> {
  const problems = new InputProblems();
  const change = await findChange(tx, changeId);
  if (!change) problems.add('input.changeId', `no change has the id "${changeId}"`);
  problems.throwIfAny();
  const reverted = change as ChangeRecord;
  const draft =
    reverted.targetKind === 'ENTITY' ? await revertEntity(tx, reverted, problems) : await revertRelationship(tx, reverted);
  return { ...draft, revertOf: reverted.id, sourceIds: reverted.sourceIds };
}

type DraftWithoutSources = Omit<ChangeDraft, 'sourceIds'>;

async function revertEntity(tx: ManagedTransaction, change: ChangeRecord, problems: InputProblems): Promise<DraftWithoutSources> {
  const before = snapshotFromJson(change.before) as EntitySnapshot | null;
  const id = change.targetId;
  await tx.run(LOCK_ENTITY.text, { id });
  const current = (await tx.run(READ_ENTITY.text, { id })).records[0];
  const currentProps = current?.get('props') as StoredProps | undefined;
  const label = change.targetType as EntityLabel;
  const base = { targetKind: 'ENTITY' as const, targetType: label, targetId: id };

  if (!change.after) {
    // It was deleted: bring it back with every relationship the deletion took.
    if (currentProps) problems.add('input.changeId', `${id} exists again, so its deletion cannot be reverted`);
    const snapshot = before as EntitySnapshot;
    const relationships = snapshot.relationships ?? [];
    await checkReferences(tx, restoredReferences(snapshot.properties, relationships, id), problems);
    problems.throwIfAny();
    const properties = { ...snapshot.properties, version: neo4j.int(versionOf(snapshot.properties) + 1) };
    await tx.run(RESTORE_ENTITY.text, { label, props: properties });
    for (const r of relationships)
      await tx.run(CREATE_RELATIONSHIP.text, { type: r.type, startId: r.startId, endId: r.endId, props: r.properties });
    const ids = [...new Set([id, ...relationships.flatMap((r) => [r.startId, r.endId])])];
    return { ...base, entityIds: ids, before: null, after: { label, properties, relationships }, derive: ids };
  }

  const version = versionOf(currentProps);
  if (!currentProps || version !== change.versionAfter)
    throw versionConflict(`${label} ${id}`, change.versionAfter ?? 0, currentProps ? version : null);
  if (!before) {
    // It was created: delete it, but only if nothing has come to hang on it since.
    const attached = (await tx.run(ENTITY_RELATIONSHIPS.text, { id })).records.length;
    if (attached > 0)
      problems.add('input.changeId', `${id} has ${attached} relationship(s) now: delete them before reverting its creation`);
    const { citing, organs } = await referencesTo(tx, id);
    const naming = citing + organs;
    if (naming > 0)
      problems.add(
        'input.changeId',
        `${naming} record(s) now name ${id} (as a source or a parent): reverting its creation would leave them dangling`,
      );
    problems.throwIfAny();
    await tx.run(DELETE_ENTITY.text, { id });
    return { ...base, entityIds: [id], before: { label, properties: currentProps }, after: null, derive: [] };
  }
  await checkReferences(tx, restoredReferences(before.properties, [], id), problems);
  problems.throwIfAny();
  const properties = { ...before.properties, version: neo4j.int(version + 1) };
  await tx.run(REPLACE_ENTITY.text, { id, label, props: properties });
  return {
    ...base,
    entityIds: [id],
    before: { label, properties: currentProps },
    after: { label, properties },
    derive: label === 'Alliance' ? [id] : [],
  };
}

async function revertRelationship(tx: ManagedTransaction, change: ChangeRecord): Promise<DraftWithoutSources> {
  const after = snapshotFromJson(change.after) as RelationshipSnapshot;
  const before = snapshotFromJson(change.before) as RelationshipSnapshot | null;
  const { type, startId, endId } = after;
  await tx.run(LOCK_ENTITY.text, { id: startId });
  const pair = await tx.run(PAIR_RELATIONSHIPS.text, { type, startId, endId });
  const currentProps = pair.records.map((r) => r.get('props') as StoredProps).find((p) => p.id === change.targetId);
  const version = versionOf(currentProps);
  if (!currentProps || version !== change.versionAfter)
    throw versionConflict(`The relationship ${change.targetId}`, change.versionAfter ?? 0, currentProps ? version : null);
  const snapshot = (properties: StoredProps): RelationshipSnapshot => ({ type, startId, endId, properties });
  const base = {
    targetKind: 'RELATIONSHIP' as const,
    targetType: type,
    targetId: change.targetId,
    entityIds: [startId, endId],
    derive: [startId],
  };
  const where = { type, startId, endId, relId: change.targetId };
  if (!before) {
    await tx.run(DELETE_RELATIONSHIP.text, where);
    return { ...base, before: snapshot(currentProps), after: null };
  }
  const properties = { ...before.properties, version: neo4j.int(version + 1) };
  await tx.run(REPLACE_RELATIONSHIP.text, { ...where, props: properties });
  return { ...base, before: snapshot(currentProps), after: snapshot(properties) };
}

/** The sources a restored record cites, and the ends of its relationships, must still exist. */
function restoredReferences(properties: StoredProps, relationships: RelationshipSnapshot[], selfId: string): Reference[] {
  const sources = (ids: unknown, field: string): Reference[] =>
    ((ids as string[] | undefined) ?? []).filter((id) => id !== selfId).map((id) => ({ field, id, expect: ['Source'] }));
  return [
    ...sources(properties.sourceIds, 'input.changeId'),
    ...relationships.flatMap((r) => [
      ...sources(r.properties.sourceIds, 'input.changeId'),
      ...[r.startId, r.endId]
        .filter((id) => id !== selfId)
        .map((id): Reference => ({
          field: 'input.changeId',
          id,
          expect: ['State', 'Alliance', 'Treaty', 'Conflict', 'Operation'],
        })),
    ]),
  ];
}
