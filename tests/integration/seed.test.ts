import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { undatedStarts } from '../../src/data/dataset';
import { seed } from '../../src/data/seed';
import { DATA_DIR, validateCuratedData } from '../../src/data/validate';
import { graphCounts, writeDataset } from '../../src/data/write';
import { fixture } from '../helpers/fixtures';
import { openTestDatabase } from '../helpers/neo4j';

const PROPS_BY_ID = fixture('props-by-id');

describe('loading the curated data', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('is idempotent: loading twice leaves identical counts', async () => {
    const first = await seed(db, () => undefined);
    const second = await seed(db, () => undefined);
    expect(second).toEqual(first);
    const dataset = validateCuratedData();
    expect(first['node:State']).toBeGreaterThanOrEqual(dataset.nodes.State.length);
    expect(first['relationship:MEMBER_OF']).toBeGreaterThanOrEqual(dataset.relationships.MEMBER_OF.length);
  });

  it('reports progress as it goes', async () => {
    const lines: string[] = [];
    await seed(db, (line) => lines.push(line));
    expect(lines.join('\n')).toMatch(/data\/ is valid: \d+ entities, \d+ relationships/);
    expect(lines.some((line) => line.includes('MEMBER_OF'))).toBe(true);
    const undated = undatedStarts(validateCuratedData());
    expect(lines).toContainEqual(
      expect.stringContaining(
        `${undated.total} time-bounded relationships have no start date (${undated.currentMemberships} of them current memberships)`,
      ),
    );
  });

  it('writes nothing when a file is broken', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'entente-data-'));
    try {
      cpSync(DATA_DIR, dir, { recursive: true });
      const file = path.join(dir, 'alliances', 'nato.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('Atlantic Alliance', 'Atlantic Alliance, Brand New Alias')
          .replace('state: EST', 'state: NOPE'),
      );
      const before = await graphCounts(db);
      await expect(seed(db, () => undefined, dir)).rejects.toThrow(/alliances\/nato\.yaml.*unknown state id "NOPE"/s);
      expect(await graphCounts(db)).toEqual(before);
      // The file's valid change, beside its broken row, was not written either.
      const nato = await db.read(PROPS_BY_ID, { id: 'nato' });
      expect(nato.records[0]?.get('props').aliases).not.toContain('Brand New Alias');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rolls the whole load back when the database refuses part of it', async () => {
    const dataset = validateCuratedData();
    const before = await graphCounts(db);
    // Neo4j refuses a map as a property value, so the last state row fails after every other
    // row of the same transaction was written: all of them must be rolled back.
    const broken = {
      ...dataset,
      nodes: {
        ...dataset.nodes,
        State: [...dataset.nodes.State, { id: 'test-seed-broken', props: { name: { nested: 'maps are not property values' } } }],
      },
    };
    await expect(writeDataset(db, broken, () => undefined)).rejects.toThrow();
    expect(await graphCounts(db)).toEqual(before);
  });
});
