import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { fromNeo4jDate } from '../dates';
import { ProblemLog } from '../data/problems';
import { compareIso, RowBuilder, sortableDate } from '../data/row-builder';
import { cypher } from '../db/cypher';
import type { EntityLabel } from '../shared/labels';
import type { ChangeDraft } from './audit';
import type { EntityKind } from './entity-kinds';
import { checkStateLifetime } from './lifetimes';
import { InputProblems, versionConflict } from './problems';
import { checkReferences, sourceReferences } from './references';
import { versionOf, withoutNulls, type StoredProps } from './snapshot';
import { checkNewId, cleanSourceIds, cleanText, cleanTextList, LIMITS } from './text';

const CLAIM_ENTITY = cypher('curation/claim-entity');
const READ_ENTITY = cypher('curation/read-entity');
const REPLACE_ENTITY = cypher('curation/replace-entity');

export interface UpsertCommon {
  id: string;
  name?: string | null;
  aliases?: string[] | null;
  notes?: string | null;
  sourceIds?: string[] | null;
  expectedVersion?: number | null;
}

/**
 * Creates or updates one entity. Fields the input leaves out keep their value; the entity's
 * sources gain the change's sources and lose none. Properties are built as the data loader builds
 * them (RowBuilder, the same derived fields), so what curators write exports back to data/.
 */
export async function upsertEntity<I extends UpsertCommon>(
  tx: ManagedTransaction,
  kind: EntityKind<I>,
  input: I,
): Promise<ChangeDraft> {
  const problems = new InputProblems();
  const log = new ProblemLog();
  const row = new RowBuilder(log, 'input', []);
  const isSource = kind.label === 'Source';
  checkNewId(problems, 'input.id', input.id, kind.label === 'State');
  if (!isSource) {
    const name = cleanText(problems, 'input.name', input.name, LIMITS.name);
    if (name !== undefined) row.set('name', name);
    const aliases = cleanTextList(problems, 'input.aliases', input.aliases, LIMITS.aliases, LIMITS.alias);
    if (aliases !== undefined) row.set('aliases', aliases);
    const notes = cleanText(problems, 'input.notes', input.notes, LIMITS.notes, true);
    if (notes !== undefined) row.set('notes', notes);
  }
  const sourceIds = isSource ? [input.id] : cleanSourceIds(problems, 'input.sourceIds', input.sourceIds ?? []);
  const references = [...kind.apply(input, row, problems), ...(isSource ? [] : sourceReferences('input.sourceIds', sourceIds))];
  problems.addFromLog(log);
  checkPeriod(kind, row.props, input as Record<string, unknown>, problems);
  problems.throwIfAny();

  const created = (await tx.run(CLAIM_ENTITY.text, { id: input.id })).records[0]?.get('created') as boolean;
  const current = (await tx.run(READ_ENTITY.text, { id: input.id })).records[0];
  const currentLabel = current?.get('label') as EntityLabel | null;
  const before = (current?.get('props') ?? {}) as StoredProps;
  if (!created && currentLabel !== kind.label) {
    problems.add('input.id', `"${input.id}" is a ${String(currentLabel).toLowerCase()}, not a ${kind.label.toLowerCase()}`);
  }
  if (created) {
    for (const field of kind.required) {
      if (input[field] === undefined || input[field] === null)
        problems.add(`input.${field}`, `is required for a new ${kind.label.toLowerCase()}`);
    }
  }
  await checkReferences(tx, references, problems);

  const after = finalProps(kind, input.id, created ? {} : before, row.props, sourceIds, versionOf(before) + 1);
  checkPeriod(kind, after, input as Record<string, unknown>, problems);
  const lifetimeChanged = kind.label === 'State' && !created && (row.props.from !== undefined || row.props.until !== undefined);
  if (lifetimeChanged) {
    await checkStateLifetime(tx, { id: input.id, props: after }, problems, (reason) =>
      reason.includes('came into being') ? 'input.from' : 'input.until',
    );
  }
  problems.throwIfAny();
  const currentVersion = created ? 0 : versionOf(before);
  if (input.expectedVersion !== undefined && input.expectedVersion !== null && input.expectedVersion !== currentVersion) {
    throw versionConflict(`${kind.label} ${input.id}`, input.expectedVersion, created ? null : currentVersion);
  }

  await tx.run(REPLACE_ENTITY.text, { id: input.id, label: kind.label, props: after });
  return {
    targetKind: 'ENTITY',
    targetType: kind.label,
    targetId: input.id,
    entityIds: [input.id],
    before: created ? null : { label: kind.label, properties: before },
    after: { label: kind.label, properties: after },
    sourceIds,
    // An alliance's kind and obligations decide what its memberships are as links.
    derive: kind.label === 'Alliance' ? [input.id] : [],
  };
}

function finalProps<I>(
  kind: EntityKind<I>,
  id: string,
  before: StoredProps,
  changes: StoredProps,
  sourceIds: string[],
  version: number,
): StoredProps {
  const merged: StoredProps = { aliases: [], claimsJson: '[]', ...before, ...changes, id };
  const currentSources = (merged.sourceIds as string[] | undefined) ?? [];
  merged.sourceIds = kind.label === 'Source' ? [id] : [...new Set([...currentSources, ...sourceIds])];
  merged.searchText = [id, ...(merged.aliases as string[])].join(' | ');
  merged.sortDate = kind.primaryDate ? sortableDate(fromNeo4jDate(merged[kind.primaryDate]) ?? undefined) : null;
  merged.version = neo4j.int(version);
  return withoutNulls(merged);
}

/** The end of a period is exclusive, so it must come after the start, as the loader requires. */
function checkPeriod<I>(kind: EntityKind<I>, props: StoredProps, input: Record<string, unknown>, problems: InputProblems): void {
  if (!kind.period) return;
  const [startKey, endKey] = kind.period;
  const start = fromNeo4jDate(props[startKey]);
  const end = fromNeo4jDate(props[endKey]);
  if (start && end && compareIso(end, start) <= 0) {
    const field = input[endKey] !== undefined ? endKey : startKey;
    problems.add(`input.${field}`, `${endKey} ${end} must be after ${startKey} ${start} (the end is exclusive)`);
  }
}
