import { planEntity } from '../../../src/read/plan';
import { listStatement, lookupStatement } from '../../../src/read/statements';
import { rootSelection } from '../../helpers/selection';

/** The statement a lookup root field compiles to, and its parameters. */
function compileLookup(query: string, variables: Record<string, unknown> = {}, label: 'Alliance' | 'State' | null = 'Alliance') {
  const { ctx, root } = rootSelection(query, variables);
  const labels = label ? [label] : (['State', 'Alliance', 'Treaty', 'Conflict', 'Operation', 'Source'] as const).slice();
  return lookupStatement(planEntity(ctx, [...labels], [root]), label);
}

const NESTED = `query ($asOf: Date, $first: Int) {
  alliance(id: "nato") {
    name
    members(asOf: $asOf, first: $first) {
      totalCount
      edges { from role node { id name memberships(asOf: $asOf) { edges { role node { id establishedBy { id } } } } } }
    }
  }
}`;

describe('compiled reads (no database: the text is pinned)', () => {
  it('prints a nested read as one statement with a COLLECT subquery per relation, and its values as parameters', () => {
    const statement = compileLookup(NESTED, { asOf: '2024-06-01', first: 20 });
    expect(statement.text).toMatchSnapshot();
    expect(Object.keys(statement.params).sort()).toMatchSnapshot();
    expect(String(statement.params.r1_limit)).toBe('21');
    expect(String(statement.params.r1_asOf)).toBe('2024-06-01');
    expect(statement.params).not.toHaveProperty('r2_role');
  });

  it('prints a filter or a cursor only when its argument is given', () => {
    const bare = compileLookup('{ alliance(id: "nato") { members { edges { node { id } } } } }');
    expect(bare.text).not.toMatch(/r1e\.from <=|r1e\.role =|\$r1_cursorKey/);
    const filtered = compileLookup(
      'query ($after: String) { alliance(id: "nato") { members(asOf: "2000-01-01", role: OBSERVER, after: $after) { edges { node { id } } } } }',
      { after: 'WyJNRU1CRVJfT0Y6aW4iLCJlc3RvbmlhIiwieCJd' },
    );
    expect(filtered.text).toContain('r1e.from <= $r1_asOf');
    expect(filtered.text).toContain('r1e.role = $r1_role');
    expect(filtered.text).toContain('toLower(r1n.name) > $r1_cursorKey');
    expect(filtered.params).toMatchObject({ r1_role: 'OBSERVER', r1_cursorKey: 'estonia', r1_cursorId: 'x' });
  });

  it('filters a seat and a coalition on their stored properties, and returns the coalition id an edge asks for', () => {
    const seats = compileLookup(
      '{ alliance(id: "un-security-council") { members(seat: ELECTED) { edges { seat node { id } } } } }',
    );
    expect(seats.text).toContain('r1e.seat = $r1_seat');
    expect(seats.params).toMatchObject({ r1_seat: 'ELECTED' });
    expect(seats.text).toMatch(/rel: r1e \{\.seat\}/);
    const sides = compileLookup(
      '{ node(id: "world-war-ii") { ... on Conflict { participants(coalition: "axis-powers") { edges { coalition { id } node { id } } } } } }',
      {},
      null,
    );
    expect(sides.text).toMatch(/\.coalitionId = \$r\d+_coalition/);
    expect(sides.text).toMatch(/rel: r\d+e \{\.coalitionId\}/);
    expect(Object.values(sides.params)).toContain('axis-powers');
  });

  it('counts the rows of unknown start only when undatedCount is asked with an asOf', () => {
    const asked = compileLookup('{ alliance(id: "nato") { members(asOf: "2000-01-01") { undatedCount } } }');
    expect(asked.text).toContain(
      'ur1: COUNT { MATCH (n0)<-[r1x:MEMBER_OF]-(r1y:State) WHERE r1x.from IS NULL AND (r1x.until IS NULL OR $r1_asOf < r1x.until) }',
    );
    const dateless = compileLookup('{ alliance(id: "nato") { members { undatedCount } } }');
    expect(dateless.text).not.toContain('IS NULL AND');
  });

  it('prints the same text for the same selection with other values, so Neo4j reuses its plan', () => {
    const a = compileLookup(NESTED, { asOf: '2024-06-01', first: 20 });
    const b = compileLookup(NESTED, { asOf: '1955-01-01', first: 3 });
    expect(b.text).toBe(a.text);
    expect(String(b.params.r1_asOf)).toBe('1955-01-01');
  });

  it('counts a relation only when totalCount is selected', () => {
    const withCount = compileLookup('{ alliance(id: "nato") { members { totalCount } } }');
    const without = compileLookup('{ alliance(id: "nato") { members { edges { node { id } } } } }');
    expect(withCount.text).toContain('cr1: COUNT {');
    expect(without.text).not.toContain('COUNT');
  });

  it('fetches no rows for a connection asked only for its count', () => {
    const { text } = compileLookup('{ alliance(id: "nato") { members { totalCount } } }');
    expect(text).not.toContain('CALL');
    expect(text).toContain('cr1: COUNT {');
  });

  it('returns only the properties asked for, and the stored name of those stored under another', () => {
    const { text } = compileLookup('{ alliance(id: "nato") { name founded obligations sources { id } parent { id } } }');
    expect(text).toContain('n0 {.id, .name, .founded, .obligationsJson, .sourceIds, .parentId}');
  });

  it('returns sort keys and relationship ids only when a cursor or the page info is asked for', () => {
    const plain = compileLookup('{ alliance(id: "nato") { members { edges { node { id } } } } }');
    expect(plain.text).toContain('RETURN {node: r1n {.id}}');
    const cursors = compileLookup('{ alliance(id: "nato") { members { edges { cursor node { id } } } } }');
    expect(cursors.text).toContain('RETURN {key: toLower(r1n.name), rel: r1e {.id}, node: r1n {.id}}');
    const pageInfo = compileLookup('{ alliance(id: "nato") { members { pageInfo { endCursor } } } }');
    expect(pageInfo.text).toContain('RETURN {key: toLower(r1n.name), rel: r1e {.id}, node: r1n {.id}}');
  });

  it('merges aliases of one field with equal arguments, and keeps apart those with other arguments', () => {
    const { text } = compileLookup(`{ alliance(id: "nato") {
      a: members(first: 2) { edges { node { id } } }
      b: members(first: 2) { edges { node { name } } }
      c: members(first: 5) { edges { node { id } } }
    } }`);
    expect(text.match(/MATCH \(n0\)<-\[\w+:MEMBER_OF\]/g)).toHaveLength(2);
    expect(text).toContain('r1n {.id, .name');
  });

  it('follows fragments and @skip/@include with variables', () => {
    const query = `query ($withMembers: Boolean!) {
      alliance(id: "nato") { ...Members ... on Alliance { establishedBy @include(if: $withMembers) { id } } }
    }
    fragment Members on Alliance { members @skip(if: $withMembers) { edges { node { id } } } }`;
    expect(compileLookup(query, { withMembers: true }).text).toMatch(/ESTABLISHES/);
    expect(compileLookup(query, { withMembers: true }).text).not.toMatch(/MEMBER_OF/);
    expect(compileLookup(query, { withMembers: false }).text).not.toMatch(/ESTABLISHES/);
    expect(compileLookup(query, { withMembers: false }).text).toMatch(/MEMBER_OF/);
  });

  it('leaves a relation with a bad argument to its resolver, whose error names the argument at its path', () => {
    const { text } = compileLookup('{ alliance(id: "nato") { members(first: 101) { totalCount } establishedBy { id } } }');
    expect(text).not.toMatch(/MEMBER_OF/);
    expect(text).toMatch(/ESTABLISHES/);
    const cursor = compileLookup('{ alliance(id: "nato") { members(after: "not-a-cursor") { totalCount } } }');
    expect(cursor.text).not.toMatch(/MEMBER_OF/);
  });

  it('computes a relation of one type only for entities of that type below an interface', () => {
    const { text } = compileLookup(
      '{ node(id: "nato") { id ... on Alliance { members { totalCount } } ... on State { memberships { totalCount } } } }',
      {},
      null,
    );
    expect(text).toMatchSnapshot();
    expect(text).toContain('WHERE n0:Alliance');
    expect(text).toContain('WHERE n0:State');
  });

  it("asks a state's allies in the same statement, with the date and link kinds as parameters", () => {
    const { text, params } = compileLookup(
      '{ state(id: "EST") { allies(asOf: "2024-06-01") { id name memberships { totalCount } } } }',
      {},
      'State',
    );
    expect(text).toMatchSnapshot();
    expect(params.r1_via).toEqual(['MILITARY_ALLIANCE', 'DEFENSE_TREATY']);
    expect(String(params.r1_asOf)).toBe('2024-06-01');
    // An empty `via` is refused by the field's resolver, at its path.
    expect(compileLookup('{ state(id: "EST") { allies(via: []) { id } } }', {}, 'State').text).not.toContain('linkKinds');
  });

  it('prints a root list as the list statement followed by each row’s relations, in page order', () => {
    const { ctx, root } = rootSelection('{ alliances(first: 20) { edges { node { id name members { totalCount } } } } }');
    const edges = root.selectionSet?.selections[0];
    const node = edges?.kind === 'Field' ? edges.selectionSet?.selections[0] : undefined;
    const plan = planEntity(ctx, ['Alliance'], node?.kind === 'Field' ? [node] : []);
    expect(listStatement(plan, '// the list statement').text).toMatchSnapshot();
  });
});
