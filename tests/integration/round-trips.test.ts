import { startTestApp, type TestApp } from '../helpers/app';

/** alliance → members as of a date → their memberships → those alliances' founding treaties. */
const NESTED = `query Nested($first: Int) {
  alliance(id: "united-nations") {
    members(asOf: "2020-01-01", first: $first) {
      edges {
        node {
          id
          memberships(asOf: "2020-01-01") {
            edges { role sources { id } node { id establishedBy { id } } }
          }
        }
      }
    }
  }
}`;

describe('nested relation fields are batched (no N+1)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function roundTrips(first: number): Promise<{ trips: number; members: number }> {
    let trips = 0;
    const stop = app.db.onQuery(() => (trips += 1));
    try {
      const { body } = await app.gql(NESTED, { first });
      expect(body.errors).toBeUndefined();
      const members = (body.data as any).alliance.members.edges.length;
      return { trips, members };
    } finally {
      stop();
    }
  }

  it('makes the same few round trips for 3 parents as for 60: it grows with depth, not rows', async () => {
    const small = await roundTrips(3);
    const large = await roundTrips(60);
    expect(large.members).toBe(60);
    // alliance, members, memberships, establishedBy, sources: one batched query per level.
    expect(large.trips).toBeLessThanOrEqual(5);
    expect(large.trips).toBe(small.trips);
  });
});
