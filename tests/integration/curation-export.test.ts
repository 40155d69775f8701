import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportToDirectory } from '../../src/data/export';
import { seed } from '../../src/data/seed';
import { validateCuratedData } from '../../src/data/validate';
import { startTestApp, type TestApp } from '../helpers/app';
import { adminToken, bearer, dataOf, editorToken } from '../helpers/curation';
import { fixture } from '../helpers/fixtures';
import { TEST_AUTH_ENV } from '../helpers/tokens';

const DELETE_EVERYTHING = fixture('delete-everything');
const quiet = (): void => undefined;

const contents = (dir: string): Record<string, string> =>
  Object.fromEntries(
    (readdirSync(dir, { recursive: true }) as string[])
      .filter((file) => statSync(path.join(dir, file)).isFile())
      .sort()
      .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );

// What curators write through the API is what the loader would have written: it exports to files
// the loader accepts, and those load back to the same graph.
describe('curators’ writes export back to data/ files', () => {
  let app: TestApp;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'entente-curated-export-'));
  const write = async (mutation: string, inputType: string, input: Record<string, unknown>, token: string) =>
    dataOf(
      await app.gql(
        `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { change { id } } }`,
        { input },
        bearer(token),
      ),
    );

  beforeAll(async () => {
    app = await startTestApp(TEST_AUTH_ENV);
    await app.db.write(DELETE_EVERYTHING, {}, 60_000);
    await seed(app.db, quiet);
    const editor = await editorToken();
    await write(
      'upsertSource',
      'UpsertSourceInput',
      { id: 'test-export-source', title: 'A source added by a curator', year: 2026, url: 'https://example.org/a' },
      editor,
    );
    await write(
      'upsertState',
      'UpsertStateInput',
      {
        id: 'test-export-state',
        name: 'Exportland',
        aliases: ['Land of Export'],
        from: '1991-08',
        region: 'EUROPE',
        sourceIds: ['test-export-source'],
      },
      editor,
    );
    await write(
      'upsertAlliance',
      'UpsertAllianceInput',
      { id: 'nato', notes: 'A curator’s note.', sourceIds: ['test-export-source'] },
      editor,
    );
    await write(
      'addMembership',
      'AddMembershipInput',
      { stateId: 'test-export-state', allianceId: 'nato', from: '2030', role: 'PARTNER', sourceIds: ['test-export-source'] },
      editor,
    );
    await write(
      'endMembership',
      'EndMembershipInput',
      { stateId: 'test-export-state', allianceId: 'nato', until: '2031-06', sourceIds: ['test-export-source'] },
      editor,
    );
    await write(
      'addTreatyParty',
      'AddTreatyPartyInput',
      { stateId: 'test-export-state', treatyId: 'north-atlantic-treaty', from: '2030', sourceIds: ['test-export-source'] },
      editor,
    );
    await write(
      'upsertConflict',
      'UpsertConflictInput',
      {
        id: 'test-export-war',
        name: 'Export War',
        kind: 'WAR',
        started: '-0431',
        ended: '-0404',
        sourceIds: ['test-export-source'],
      },
      editor,
    );
    await write(
      'addConflictParticipant',
      'AddConflictParticipantInput',
      { actorId: 'nato', conflictId: 'test-export-war', role: 'SUPPORTER', side: 'North', sourceIds: ['test-export-source'] },
      editor,
    );
    await write(
      'upsertOperation',
      'UpsertOperationInput',
      { id: 'test-export-operation', name: 'Gone Soon', sourceIds: ['test-export-source'] },
      editor,
    );
    await write(
      'deleteEntity',
      'DeleteEntityInput',
      { id: 'test-export-operation', sourceIds: ['test-export-source'] },
      await adminToken(),
    );
    await exportToDirectory(app.db, path.join(tmp, 'a'), { force: false });
    await app.db.write(DELETE_EVERYTHING, {}, 60_000);
    await seed(app.db, quiet, path.join(tmp, 'a'));
    await exportToDirectory(app.db, path.join(tmp, 'b'), { force: false });
  }, 180_000);

  afterAll(async () => {
    // Later test files expect the curated data as global setup loaded it.
    await app.db.write(DELETE_EVERYTHING, {}, 60_000);
    await seed(app.db, quiet);
    await app.close();
    rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  it('exports files the loader accepts, with every curator’s fact in them', () => {
    const dataset = validateCuratedData(path.join(tmp, 'a'));
    const state = dataset.nodes.State.find((s) => s.id === 'test-export-state');
    expect(state?.props).toMatchObject({
      name: 'Exportland',
      aliases: ['Land of Export'],
      fromPrecision: 'MONTH',
      region: 'EUROPE',
    });
    expect(dataset.nodes.Alliance.find((a) => a.id === 'nato')?.props.notes).toBe('A curator’s note.');
    const membership = dataset.relationships.MEMBER_OF.find((m) => m.start === 'test-export-state');
    expect(membership?.props).toMatchObject({ role: 'PARTNER', fromPrecision: 'YEAR', untilPrecision: 'MONTH' });
    const party = dataset.relationships.PARTY_TO.find((p) => p.start === 'test-export-state');
    // Added without obligations, the party took the treaty's, as a row without them does in data/.
    expect(party?.props.obligationsJson).toBe(
      dataset.nodes.Treaty.find((t) => t.id === 'north-atlantic-treaty')?.props.obligationsJson,
    );
    expect(dataset.relationships.PARTICIPATED_IN.find((p) => p.end === 'test-export-war')?.props.side).toBe('North');
    expect(dataset.nodes.Operation.map((o) => o.id)).not.toContain('test-export-operation');
    expect(readFileSync(path.join(tmp, 'a', 'conflicts', 'test-export-war.yaml'), 'utf8')).toMatch(/started: -0431/);
  });

  it('loads back to a graph that exports to the same bytes', () => {
    expect(contents(path.join(tmp, 'b'))).toEqual(contents(path.join(tmp, 'a')));
  });
});
