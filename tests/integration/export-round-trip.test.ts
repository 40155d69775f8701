import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { Dataset } from '../../src/data/dataset';
import { exportToDirectory } from '../../src/data/export';
import { curatedFilesIn } from '../../src/data/export/directory';
import { DEFAULT_SOURCE_FILE } from '../../src/data/export/order';
import { PLACEMENT_KEYS } from '../../src/data/placement';
import { seed } from '../../src/data/seed';
import { DATA_DIR, validateCuratedData } from '../../src/data/validate';
import type { Database } from '../../src/db/database';
import { fixture } from '../helpers/fixtures';
import { openTestDatabase } from '../helpers/neo4j';

const DELETE_EVERYTHING = fixture('delete-everything');
const CURATION_LEFTOVERS = fixture('curation-leftovers');
const FORGET_PLACEMENT = fixture('forget-placement');
const quiet = (): void => undefined;

/** Community Neo4j has one database: "fresh" is that database emptied of everything. */
async function seedFreshDatabase(db: Database, dataDir?: string): Promise<void> {
  await db.write(DELETE_EVERYTHING, {}, 60_000);
  await seed(db, quiet, dataDir);
}

/** Every file under `dir` (not only the YAML the loader reads), by relative path. */
function filesUnder(dir: string): Map<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
}

/** The facts of a dataset: every row by id, without where it was curated. */
function facts(dataset: Dataset): unknown {
  const fact = (props: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(props).filter(([key]) => !(PLACEMENT_KEYS as readonly string[]).includes(key)));
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    nodes: Object.entries(dataset.nodes).map(([label, rows]) => [
      label,
      rows.map(({ id, props }) => ({ id, props: fact(props) })).sort(byId),
    ]),
    relationships: Object.entries(dataset.relationships).map(([type, rows]) => [
      type,
      rows.map(({ id, start, end, props }) => ({ id, start, end, props: fact(props) })).sort(byId),
    ]),
  };
}

describe('npm run export', () => {
  const curated = validateCuratedData();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'entente-export-'));
  const exportA = path.join(tmp, 'a');
  const exportB = path.join(tmp, 'b');
  let db: Database;

  // data/ → graph (with what curation adds beside the facts) → A → a fresh graph → B.
  beforeAll(async () => {
    db = await openTestDatabase();
    await seedFreshDatabase(db);
    await db.write(CURATION_LEFTOVERS, { entityId: curated.nodes.Alliance[0]?.id, changeId: 'test-export-change' });
    await exportToDirectory(db, exportA, { force: false });
    await seedFreshDatabase(db, exportA);
    await exportToDirectory(db, exportB, { force: false });
  }, 120_000);

  // Later test files expect the curated data, as global setup loaded it.
  afterAll(async () => {
    await seedFreshDatabase(db);
    await db.close();
    rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  it('loses no fact: data/ and its export load as the same nodes and relationships', () => {
    expect(facts(validateCuratedData(exportA))).toEqual(facts(curated));
  });

  it('is stable: the graph seeded from an export exports to the same files, byte for byte', () => {
    const a = filesUnder(exportA);
    const b = filesUnder(exportB);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, text] of a) expect({ file, text: b.get(file) }).toEqual({ file, text });
  });

  it('puts every row back in the file and position it was curated in', () => {
    expect(curatedFilesIn(exportA)).toEqual(curatedFilesIn(DATA_DIR));
    // Placement (dataFile, dataOrder) and each row's origin (file and path) included.
    expect(validateCuratedData(exportA)).toEqual(curated);
  });

  it('puts what the API created after the curated rows: sources in their own file, rows last', async () => {
    const source = curated.nodes.Source[0] as (typeof curated.nodes.Source)[number];
    const sourceFile = source.props.dataFile as string;
    const memberships = curated.relationships.MEMBER_OF;
    const first = memberships.find((m) => memberships.filter((other) => other.end === m.end).length > 1);
    if (!first) throw new Error('data/ has no alliance with two members to test with');
    await db.write(FORGET_PLACEMENT, { sourceId: source.id, stateId: first.start, allianceId: first.end });
    const exportC = path.join(tmp, 'c');
    await exportToDirectory(db, exportC, { force: false });

    const idsIn = (dir: string, file: string): string[] =>
      (parse(readFileSync(path.join(dir, file), 'utf8')) as { id: string }[]).map((s) => s.id);
    expect(idsIn(exportC, DEFAULT_SOURCE_FILE)).toEqual([source.id]);
    expect(idsIn(exportC, sourceFile)).toEqual(idsIn(exportA, sourceFile).filter((id) => id !== source.id));

    const membersIn = (dir: string): string[] =>
      (
        parse(readFileSync(path.join(dir, 'alliances', `${first.end}.yaml`), 'utf8')) as { members: { state: string }[] }
      ).members.map((m) => m.state);
    const before = membersIn(exportA);
    expect(before[0]).toBe(first.start);
    expect(membersIn(exportC)).toEqual([...before.slice(1), first.start]);
    expect(() => validateCuratedData(exportC)).not.toThrow();
  });
});
