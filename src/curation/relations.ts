import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { checkOverlaps } from '../data/checks';
import { emptyDataset } from '../data/dataset';
import { ProblemLog } from '../data/problems';
import { compareIso, RowBuilder } from '../data/row-builder';
import { fromNeo4jDate } from '../dates';
import { cypher } from '../db/cypher';
import type { ChangeDraft } from './audit';
import { setObligationsFrom, type ObligationInput } from './entity-kinds';
import { checkStateLifetime } from './lifetimes';
import { InputProblems, versionConflict } from './problems';
import { checkReferences, sourceReferences } from './references';
import { relationshipId } from '../shared/ids';
import type { RelationKind } from './relation-kinds';
import { versionOf, withoutNulls, type StoredProps } from './snapshot';
import { cleanSourceIds, cleanText, LIMITS } from './text';

const LOCK_ENTITY = cypher('curation/lock-entity');
const READ_ENTITY = cypher('curation/read-entity');
const PAIR_RELATIONSHIPS = cypher('curation/pair-relationships');
const CREATE_RELATIONSHIP = cypher('curation/create-relationship');
const REPLACE_RELATIONSHIP = cypher('curation/replace-relationship');

export interface AddRelationInput {
  from?: string | null;
  until?: string | null;
  note?: string | null;
  sourceIds: string[];
  role?: string | null;
  side?: string | null;
  coalition?: string | null;
  seat?: string | null;
  founding?: boolean | null;
  signed?: string | null;
  obligations?: ObligationInput[] | null;
  idempotencyKey?: string | null;
}

export interface EndRelationInput {
  until: string;
  side?: string | null;
  sourceIds: string[];
  expectedVersion?: number | null;
  idempotencyKey?: string | null;
}

interface Ends {
  startId: string;
  endId: string;
}

/**
 * Adds one dated period of a relationship. The start entity is locked first, so that two
 * curators adding periods of the same pair at once are checked one after the other: the loader's
 * own overlap and lifetime checks then run on the pair as it will be.
 */
export async function addRelation(
  tx: ManagedTransaction,
  kind: RelationKind,
  ends: Ends,
  input: AddRelationInput,
): Promise<ChangeDraft> {
  const problems = new InputProblems();
  const log = new ProblemLog();
  const row = new RowBuilder(log, 'input', []);
  const { from } = row.period('from', input.from, 'until', input.until);
  const signed = kind.type === 'PARTY_TO' ? row.date('signed', input.signed) : undefined;
  if (kind.type === 'MEMBER_OF') {
    const role = input.role ?? 'MEMBER';
    row.set('role', role === 'FOUNDING' ? 'MEMBER' : role).set('founding', input.founding === true || role === 'FOUNDING');
    row.set('seat', input.seat ?? null);
  }
  if (kind.type === 'PARTICIPATED_IN') {
    row.set('side', cleanText(problems, 'input.side', input.side, LIMITS.side) ?? null);
    row.set('coalitionId', input.coalition ?? null);
    row.set('role', input.role);
  }
  row.set('note', cleanText(problems, 'input.note', input.note, LIMITS.notes, true) ?? null);
  const sourceIds = cleanSourceIds(problems, 'input.sourceIds', input.sourceIds);
  problems.addFromLog(log);
  problems.throwIfAny();

  await lockAndCheckEnds(tx, kind, ends, sourceIds, problems);
  if (kind.type === 'PARTICIPATED_IN' && input.coalition) await checkCoalition(tx, input.coalition, problems);
  if (kind.type === 'PARTY_TO') await setPartyObligations(tx, ends.endId, row, problems, input.obligations);

  const id = relationshipId(kind.type, ends.startId, ends.endId, from ?? signed ?? 'undated');
  const props = withoutNulls({ ...row.props, sourceIds, id, version: neo4j.int(1) });
  const existing = await pairRelationships(tx, kind, ends);
  const dataset = emptyDataset();
  dataset.relationships[kind.type].push(
    ...existing.map((p) => ({ id: String(p.id), start: ends.startId, end: ends.endId, props: p })),
    { id, start: ends.startId, end: ends.endId, props, origin: { file: 'input', path: ['from'] } },
  );
  const overlapLog = new ProblemLog();
  checkOverlaps(dataset, overlapLog);
  for (const problem of overlapLog.problems) problems.add('input.from', problem.reason);
  const start = (await tx.run(READ_ENTITY.text, { id: ends.startId })).records[0];
  if (start?.get('label') === 'State') {
    const field = (reason: string) => (reason.includes('came into being') ? 'input.from' : 'input.until');
    await checkStateLifetime(tx, { id: ends.startId, props: start.get('props') as StoredProps }, problems, field, {
      type: kind.type,
      endId: ends.endId,
      props,
    });
  }
  problems.throwIfAny();

  await tx.run(CREATE_RELATIONSHIP.text, { type: kind.type, startId: ends.startId, endId: ends.endId, props });
  return relationDraft(kind, ends, id, null, props, sourceIds);
}

/** Ends the pair's open period (the one with no until) on `until`. */
export async function endRelation(
  tx: ManagedTransaction,
  kind: RelationKind,
  ends: Ends,
  input: EndRelationInput,
): Promise<ChangeDraft> {
  const problems = new InputProblems();
  const log = new ProblemLog();
  const row = new RowBuilder(log, 'input', []);
  const until = row.date('until', input.until);
  const side = cleanText(problems, 'input.side', input.side, LIMITS.side);
  const sourceIds = cleanSourceIds(problems, 'input.sourceIds', input.sourceIds);
  problems.addFromLog(log);
  problems.throwIfAny();

  await lockAndCheckEnds(tx, kind, ends, sourceIds, problems);
  const open = (await pairRelationships(tx, kind, ends)).filter(
    (p) => !p.until && (side === undefined || side === null || p.side === side),
  );
  const current = open[0];
  if (!current)
    problems.add(
      `input.${kind.endField}`,
      `${ends.startId} has no open ${kind.what} of ${ends.endId}${side ? ` on the side "${side}"` : ''}`,
    );
  else if (open.length > 1)
    problems.add('input.side', `${ends.startId} has open ${kind.what}s of ${ends.endId} on more than one side: name the side`);
  problems.throwIfAny();
  const before = current as StoredProps;
  const start = fromNeo4jDate(before.from);
  if (until && start && compareIso(until, start) <= 0)
    problems.add('input.until', `until ${until} must be after the period's from ${start} (the end is exclusive)`);
  problems.throwIfAny();
  const version = versionOf(before);
  if (input.expectedVersion !== undefined && input.expectedVersion !== null && input.expectedVersion !== version) {
    throw versionConflict(`The ${kind.what} ${String(before.id)}`, input.expectedVersion, version);
  }

  const currentSources = (before.sourceIds as string[] | undefined) ?? [];
  const after = withoutNulls({
    ...before,
    ...row.props,
    sourceIds: [...new Set([...currentSources, ...sourceIds])],
    version: neo4j.int(version + 1),
  });
  await tx.run(REPLACE_RELATIONSHIP.text, {
    type: kind.type,
    startId: ends.startId,
    endId: ends.endId,
    relId: before.id,
    props: after,
  });
  return relationDraft(kind, ends, String(before.id), before, after, sourceIds);
}

/**
 * Locks the start entity, so that writes to the same pair are checked one after the other, and
 * checks that both ends and the sources exist and are of the right kind.
 */
async function lockAndCheckEnds(
  tx: ManagedTransaction,
  kind: RelationKind,
  ends: Ends,
  sourceIds: string[],
  problems: InputProblems,
): Promise<void> {
  await tx.run(LOCK_ENTITY.text, { id: ends.startId });
  await checkReferences(
    tx,
    [
      { field: `input.${kind.startField}`, id: ends.startId, expect: kind.startLabels },
      { field: `input.${kind.endField}`, id: ends.endId, expect: [kind.endLabel] },
      ...sourceReferences('input.sourceIds', sourceIds),
    ],
    problems,
  );
  problems.throwIfAny();
}

/** As in data/: a side's coalition is an alliance of kind WARTIME_COALITION, not any alliance. */
async function checkCoalition(tx: ManagedTransaction, id: string, problems: InputProblems): Promise<void> {
  await checkReferences(tx, [{ field: 'input.coalition', id, expect: ['Alliance'] }], problems);
  problems.throwIfAny();
  const kind = (await tx.run(READ_ENTITY.text, { id })).records[0]?.get('props').kind as string | undefined;
  if (kind !== 'WARTIME_COALITION')
    problems.add('input.coalition', `"${id}" is a ${String(kind)}, not an alliance of kind WARTIME_COALITION`);
  problems.throwIfAny();
}

async function pairRelationships(tx: ManagedTransaction, kind: RelationKind, ends: Ends): Promise<StoredProps[]> {
  const result = await tx.run(PAIR_RELATIONSHIPS.text, { type: kind.type, startId: ends.startId, endId: ends.endId });
  return result.records.map((r) => r.get('props') as StoredProps);
}

/** A party's obligations are the treaty's unless the input says otherwise, as in the data files. */
async function setPartyObligations(
  tx: ManagedTransaction,
  treatyId: string,
  row: RowBuilder,
  problems: InputProblems,
  given: ObligationInput[] | null | undefined,
): Promise<void> {
  if (given !== undefined && given !== null) {
    setObligationsFrom(row, problems, given);
    return;
  }
  const treaty = (await tx.run(READ_ENTITY.text, { id: treatyId })).records[0]?.get('props') as StoredProps | undefined;
  const json = (treaty?.obligationsJson as string | undefined) ?? '[]';
  setObligationsFrom(row, problems, JSON.parse(json) as ObligationInput[]);
}

function relationDraft(
  kind: RelationKind,
  ends: Ends,
  id: string,
  before: StoredProps | null,
  after: StoredProps,
  sourceIds: string[],
): ChangeDraft {
  const snapshot = (properties: StoredProps) => ({ type: kind.type, startId: ends.startId, endId: ends.endId, properties });
  return {
    targetKind: 'RELATIONSHIP',
    targetType: kind.type,
    targetId: id,
    entityIds: [ends.startId, ends.endId],
    before: before ? snapshot(before) : null,
    after: snapshot(after),
    sourceIds,
    derive: [ends.startId],
  };
}
