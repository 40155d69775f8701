import { startTestApp, type TestApp } from '../helpers/app';

/** alliance → members as of a date → their memberships → those alliances' founding treaties → their parties. */
const nested = (sources: boolean) => `query Nested($first: Int) {
  alliance(id: "united-nations") {
    members(asOf: "2020-01-01", first: $first) {
      totalCount
      edges {
        node {
          id
          memberships(asOf: "2020-01-01") {
            edges { role ${sources ? 'sources { id }' : ''} node { id establishedBy { id parties(first: 3) { edges { node { id } } } } } }
          }
        }
      }
    }
  }
}`;

async function roundTrips(app: TestApp, query: string, first: number): Promise<{ names: string[]; members: number }> {
  const names: string[] = [];
  const stop = app.db.onQuery((name) => names.push(name));
  try {
    const { body } = await app.gql(query, { first });
    expect(body.errors).toBeUndefined();
    const members = (body.data as any).alliance.members.edges.length;
    return { names, members };
  } finally {
    stop();
  }
}

describe('a nested read with the planner: one statement for any depth', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers five relation levels in one round trip, for 3 parents as for 60', async () => {
    const small = await roundTrips(app, nested(false), 3);
    const large = await roundTrips(app, nested(false), 60);
    expect(large.members).toBe(60);
    expect(small.names).toEqual(['read/alliance']);
    expect(large.names).toEqual(['read/alliance']);
  });

  it('fetches the sources of every level once, in a second round trip', async () => {
    const { names } = await roundTrips(app, nested(true), 60);
    expect(names).toEqual(['read/alliance', 'entity/by-ids']);
  });
});

describe('a nested read without the planner: batched by level (no N+1)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ READ_PLANNER: 'false' });
  });
  afterAll(() => app.close());

  it('makes the same few round trips for 3 parents as for 60: it grows with depth, not rows', async () => {
    const small = await roundTrips(app, nested(true), 3);
    const large = await roundTrips(app, nested(true), 60);
    expect(large.members).toBe(60);
    // alliance, members, memberships, establishedBy, parties, sources: one batched query per level.
    expect(large.names.length).toBeLessThanOrEqual(6);
    expect(large.names.length).toBe(small.names.length);
  });
});
