import { toPlainObject } from '../../src/db/mapping';
import { startTestApp, type TestApp } from '../helpers/app';
import { bearer, CURATED_SOURCE, dataOf, adminToken, fingerprint, removeTestEntities } from '../helpers/curation';
import { fixture } from '../helpers/fixtures';
import { TEST_AUTH_ENV } from '../helpers/tokens';

const P = 'test-inj-';
const PROPS_BY_ID = fixture('props-by-id');
const DELETE_BY_IDS = fixture('delete-by-ids');
const REFERENCE_FIELDS = ['stateId', 'allianceId', 'treatyId', 'actorId', 'conflictId', 'parentId', 'sourceIds[0]', 'changeId'];

/** Cypher, JSON and template fragments, quotes, control and direction characters, emoji, and overlong text. */
const PAYLOADS = [
  "' OR 1=1 //",
  '" OR ""="',
  "x'}) MATCH (n) DETACH DELETE n //",
  '}]->(x) DETACH DELETE x RETURN 1 //',
  'MATCH (n) DETACH DELETE n',
  "'; CALL dbms.killTransactions(); //",
  'CALL apoc.cypher.runWrite("MATCH (n) DELETE n", {})',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  '$id',
  '`Entity`',
  '{{7*7}} ${7*7}',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  "Robert'); DROP TABLE students;--",
  '\\u0027 \\ backslash',
  'null',
  '  padded with spaces  ',
  'emoji 🛡️🤝🇺🇦 and Ünïcödé Ω',
  'nul\u0000byte',
  'line\nbreak',
  'bell\u0007',
  'right-to-left \u202Eoverride',
  'x'.repeat(5_000),
  'y'.repeat(10_001),
];

interface Target {
  mutation: string;
  inputType: string;
  base: () => Record<string, unknown>;
  /** Paths of every string argument, as field or field[0] or field[0].sub. */
  fields: string[];
  /** Whether a successful write's stored properties can be read back by the change's target id. */
  readBack?: boolean;
}

let year = 1100;
const period = () => ({ from: String((year += 2)), until: String(year + 1) });

const TARGETS: Target[] = [
  {
    mutation: 'upsertState',
    inputType: 'UpsertStateInput',
    base: () => ({ id: `${P}state`, name: 'Injection State', sourceIds: [CURATED_SOURCE] }),
    fields: ['id', 'name', 'aliases[0]', 'iso2', 'iso3', 'notes', 'from', 'sourceIds[0]', 'idempotencyKey'],
    readBack: true,
  },
  {
    mutation: 'upsertAlliance',
    inputType: 'UpsertAllianceInput',
    base: () => ({ id: `${P}alliance`, name: 'Injection Pact', kind: 'MILITARY_ALLIANCE', sourceIds: [CURATED_SOURCE] }),
    fields: ['id', 'name', 'aliases[0]', 'parentId', 'notes', 'dissolved', 'sourceIds[0]'],
    readBack: true,
  },
  {
    mutation: 'upsertTreaty',
    inputType: 'UpsertTreatyInput',
    base: () => ({
      id: `${P}treaty`,
      name: 'Injection Treaty',
      kind: 'TREATY',
      obligations: [{ type: 'DEFENSE', note: 'ok' }],
      sourceIds: [CURATED_SOURCE],
    }),
    fields: ['id', 'name', 'notes', 'obligations[0].note'],
    readBack: true,
  },
  {
    mutation: 'upsertConflict',
    inputType: 'UpsertConflictInput',
    base: () => ({ id: `${P}conflict`, name: 'Injection War', kind: 'WAR', sourceIds: [CURATED_SOURCE] }),
    fields: ['id', 'name', 'notes'],
    readBack: true,
  },
  {
    mutation: 'upsertOperation',
    inputType: 'UpsertOperationInput',
    base: () => ({ id: `${P}operation`, name: 'Injection Exercise', sourceIds: [CURATED_SOURCE] }),
    fields: ['id', 'name', 'kind', 'notes'],
    readBack: true,
  },
  {
    mutation: 'upsertSource',
    inputType: 'UpsertSourceInput',
    base: () => ({ id: `${P}source`, title: 'Injection Source', url: 'https://example.org/' }),
    fields: ['id', 'title', 'author', 'publisher', 'url', 'note'],
    readBack: true,
  },
  {
    mutation: 'addMembership',
    inputType: 'AddMembershipInput',
    base: () => ({ stateId: `${P}state`, allianceId: `${P}alliance`, ...period(), sourceIds: [CURATED_SOURCE] }),
    fields: ['stateId', 'allianceId', 'note', 'from', 'sourceIds[0]'],
    readBack: true,
  },
  {
    mutation: 'endMembership',
    inputType: 'EndMembershipInput',
    base: () => ({ stateId: `${P}holder`, allianceId: `${P}alliance`, until: '2020', sourceIds: [CURATED_SOURCE] }),
    fields: ['stateId', 'allianceId', 'until', 'sourceIds[0]'],
  },
  {
    mutation: 'addTreatyParty',
    inputType: 'AddTreatyPartyInput',
    base: () => ({ stateId: `${P}state`, treatyId: `${P}treaty`, ...period(), sourceIds: [CURATED_SOURCE] }),
    fields: ['stateId', 'treatyId', 'note'],
    readBack: true,
  },
  {
    mutation: 'endTreatyParty',
    inputType: 'EndTreatyPartyInput',
    base: () => ({ stateId: `${P}holder`, treatyId: `${P}treaty`, until: '2020', sourceIds: [CURATED_SOURCE] }),
    fields: ['stateId', 'treatyId'],
  },
  {
    mutation: 'addConflictParticipant',
    inputType: 'AddConflictParticipantInput',
    base: () => ({
      actorId: `${P}state`,
      conflictId: `${P}conflict`,
      role: 'BELLIGERENT',
      side: 'A',
      ...period(),
      sourceIds: [CURATED_SOURCE],
    }),
    fields: ['actorId', 'conflictId', 'side', 'note'],
    readBack: true,
  },
  {
    mutation: 'endConflictParticipant',
    inputType: 'EndConflictParticipantInput',
    base: () => ({ actorId: `${P}holder`, conflictId: `${P}conflict`, side: 'A', until: '2020', sourceIds: [CURATED_SOURCE] }),
    fields: ['actorId', 'conflictId', 'side'],
  },
  {
    mutation: 'deleteEntity',
    inputType: 'DeleteEntityInput',
    base: () => ({ id: `${P}spare`, sourceIds: [CURATED_SOURCE] }),
    fields: ['id', 'sourceIds[0]'],
  },
  { mutation: 'revertChange', inputType: 'RevertChangeInput', base: () => ({ changeId: 'x' }), fields: ['changeId'] },
];

/** Sets the value at a path such as aliases[0] or obligations[0].note in a copy of the input. */
function withValue(input: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const copy = structuredClone(input);
  const parts = path.split(/[[\].]+/).filter(Boolean);
  let holder: any = copy;
  parts.slice(0, -1).forEach((part, i) => {
    holder[part] ??= /^\d+$/.test(parts[i + 1] ?? '') ? [] : {};
    holder = holder[part];
  });
  holder[parts[parts.length - 1] as string] = value;
  return copy;
}

/** Where a literal value landed among the stored properties. */
function storedValue(props: Record<string, any>, path: string): unknown {
  if (path === 'id') return props.id;
  if (path === 'aliases[0]') return props.aliases?.[0];
  if (path === 'obligations[0].note') return JSON.parse(props.obligationsJson)[0]?.note;
  return props[path];
}

describe('hostile strings through every string argument are stored literally or refused, never run', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  // Ids a payload made valid (such as "null"): a literal write, removed at once, before another
  // payload could name it (a source "null" would then be a valid source, an alliance "null" a parent).
  const created: string[] = [];
  const mutate = (t: Target, input: Record<string, unknown>) =>
    app.gql(
      `mutation ($input: ${t.inputType}!) { ${t.mutation}(input: $input) { change { targetId entityIds } } }`,
      { input },
      admin,
    );

  beforeAll(async () => {
    app = await startTestApp(TEST_AUTH_ENV);
    await removeTestEntities(app.db, P);
    admin = bearer(await adminToken());
    // Every target exists, and the holder has open periods for the end mutations to find.
    for (const t of TARGETS.filter((t) => t.mutation.startsWith('upsert'))) dataOf(await mutate(t, t.base()));
    const setup = [
      ['upsertState', 'UpsertStateInput', { id: `${P}holder`, name: 'Holder', sourceIds: [CURATED_SOURCE] }],
      ['upsertState', 'UpsertStateInput', { id: `${P}spare`, name: 'Spare', sourceIds: [CURATED_SOURCE] }],
      [
        'addMembership',
        'AddMembershipInput',
        { stateId: `${P}holder`, allianceId: `${P}alliance`, from: '1000', sourceIds: [CURATED_SOURCE] },
      ],
      [
        'addTreatyParty',
        'AddTreatyPartyInput',
        { stateId: `${P}holder`, treatyId: `${P}treaty`, from: '1000', sourceIds: [CURATED_SOURCE] },
      ],
      [
        'addConflictParticipant',
        'AddConflictParticipantInput',
        {
          actorId: `${P}holder`,
          conflictId: `${P}conflict`,
          role: 'BELLIGERENT',
          side: 'A',
          from: '1000',
          sourceIds: [CURATED_SOURCE],
        },
      ],
    ] as const;
    for (const [mutation, inputType, input] of setup)
      dataOf(await mutate({ mutation, inputType, base: () => input, fields: [] }, input));
  });
  afterEach(async () => {
    await app.db.write(DELETE_BY_IDS, { ids: created.splice(0) });
  });
  afterAll(async () => {
    await removeTestEntities(app.db, P);
    await app.close();
  });

  it(`has a corpus of at least 20 payloads`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(TARGETS.map((t) => [t.mutation, t] as const))('%s', async (_name, target) => {
    let accepted = 0;
    let before = await fingerprint(app.db);
    for (const field of target.fields) {
      for (const payload of PAYLOADS) {
        const response = await mutate(target, withValue(target.base(), field, payload));
        const after = await fingerprint(app.db);
        const where = `${target.mutation} ${field} = ${JSON.stringify(payload.slice(0, 40))}`;
        if (response.body.errors) {
          expect({ where, codes: response.body.errors.map((e) => e.extensions?.code) }).toEqual({
            where,
            codes: ['BAD_USER_INPUT'],
          });
          expect({ where, after }).toEqual({ where, after: before });
        } else {
          // The one intended write: one audit record, and at most the one relationship it adds.
          accepted += 1;
          expect({ where, changes: after.changes - before.changes }).toEqual({ where, changes: 1 });
          expect(after.relationships - before.relationships).toBe(target.mutation.startsWith('add') ? 1 : 0);
          const change = (response.body.data?.[target.mutation] as { change: { targetId: string; entityIds: string[] } }).change;
          if (!change.targetId.startsWith(P)) created.push(change.targetId);
          if (REFERENCE_FIELDS.includes(field)) {
            // Only an id that names an entity of the right kind can succeed, and then it is that entity.
            expect({ where, touched: change.entityIds.includes(payload) }).toEqual({ where, touched: true });
          } else if (target.readBack && !['from', 'dissolved', 'idempotencyKey'].includes(field)) {
            const props = toPlainObject((await app.db.read(PROPS_BY_ID, { id: change.targetId })).records[0]?.get('props'));
            expect({ where, stored: storedValue(props, field) }).toEqual({ where, stored: payload.trim() });
          }
        }
        // What a payload made valid is gone before the next payload, which could otherwise name it.
        if (created.length > 0) await app.db.write(DELETE_BY_IDS, { ids: created.splice(0) });
        before = await fingerprint(app.db);
      }
    }
    // Where free text is stored, payloads are taken as text; where strings only select (ids, the side
    // of an end), none is.
    const storesText =
      target.readBack && target.fields.some((f) => ['name', 'notes', 'note', 'title', 'side', 'kind'].includes(f));
    if (storesText) expect(accepted).toBeGreaterThan(0);
  });
});
