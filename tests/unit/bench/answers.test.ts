import { assertSameAnswers, firstDifference, graphqlData, NORMALISERS } from '../../../bench/answers';

// The three sides' answers to the members scenario, as each sends them (abridged).
const entente = {
  alliance: {
    name: 'North Atlantic Treaty Organization',
    members: {
      edges: [
        { from: '2009-04-01', role: 'MEMBER', node: { id: 'ALB', name: 'Albania' } },
        { from: '1949-08-24', role: 'FOUNDING', node: { id: 'BEL', name: 'Belgium' } },
      ],
    },
  },
};
const peer = {
  alliances: [
    {
      name: 'North Atlantic Treaty Organization',
      membersConnection: {
        edges: [
          { properties: { from: '2009-04-01', role: 'MEMBER' }, node: { id: 'ALB', name: 'Albania' } },
          { properties: { from: '1949-08-24', role: 'FOUNDING' }, node: { id: 'BEL', name: 'Belgium' } },
        ],
      },
    },
  ],
};
const bare = [
  {
    name: 'North Atlantic Treaty Organization',
    members: [
      { from: '2009-04-01', role: 'MEMBER', id: 'ALB', name: 'Albania' },
      { from: '1949-08-24', role: 'FOUNDING', id: 'BEL', name: 'Belgium' },
    ],
  },
];
const members = NORMALISERS['alliance-members-as-of']!;

describe('bench answers', () => {
  it('finds the three shapes of one answer equal', () => {
    expect(members.entente(entente)).toEqual(members.peer(peer));
    expect(members.entente(entente)).toEqual(members.bare(bare));
    expect(() => assertSameAnswers('alliance-members-as-of', members, { entente, peer, bare })).not.toThrow();
  });

  it('names the first differing id', () => {
    const wrong = structuredClone(peer);
    wrong.alliances[0]!.membersConnection.edges[1]!.node.id = 'BGR';
    expect(() => assertSameAnswers('alliance-members-as-of', members, { entente, peer: wrong, bare })).toThrow(
      'alliance-members-as-of: Entente and the peer answer differently at $.members[1].id: "BEL" ≠ "BGR" (Entente ≠ peer)',
    );
  });

  it('tells order apart', () => {
    const reversed = structuredClone(bare);
    reversed[0]!.members.reverse();
    expect(() => assertSameAnswers('alliance-members-as-of', members, { entente, peer, bare: reversed })).toThrow(
      /at \$\.members\[0\]\.from: "2009-04-01" ≠ "1949-08-24" \(Entente ≠ bare\)/,
    );
  });

  it('tells a missing item and a differing compared field apart', () => {
    const shorter = structuredClone(bare);
    shorter[0]!.members.pop();
    expect(() => assertSameAnswers('alliance-members-as-of', members, { entente, peer, bare: shorter })).toThrow(
      /at \$\.members: 2 items ≠ 1 items/,
    );
    const otherRole = structuredClone(peer);
    otherRole.alliances[0]!.membersConnection.edges[0]!.properties.role = 'FOUNDING';
    expect(() => assertSameAnswers('alliance-members-as-of', members, { entente, peer: otherRole, bare })).toThrow(
      /\$\.members\[0\]\.role: "MEMBER" ≠ "FOUNDING"/,
    );
  });

  it('refuses an empty answer, which would prove nothing', () => {
    const search = NORMALISERS.search!;
    expect(() => assertSameAnswers('search', search, { entente: { search: [] }, peer: { search: [] }, bare: [] })).toThrow(
      /empty/,
    );
  });

  it('compares scores to six places, and the nested reads through every level', () => {
    const search = NORMALISERS.search!;
    expect(search.entente({ search: [{ score: 1.23456789, entity: { id: 'nato', name: 'NATO' } }] })).toEqual(
      search.peer({ search: [{ score: 1.2345681, id: 'nato', name: 'NATO' }] }),
    );
    const nested = NORMALISERS['nested-four-levels']!;
    const fromEntente = nested.entente({
      alliance: {
        members: {
          edges: [
            {
              node: {
                id: 'EST',
                memberships: {
                  edges: [
                    {
                      role: 'MEMBER',
                      node: { id: 'nato', establishedBy: [{ id: 'nat', parties: { edges: [{ node: { id: 'BEL' } }] } }] },
                    },
                  ],
                },
              },
            },
          ],
        },
      },
    });
    const bareRows = [
      { id: 'EST', memberships: [{ id: 'nato', role: 'MEMBER', establishedBy: [{ id: 'nat', parties: ['BEL'] }] }] },
    ];
    expect(firstDifference(fromEntente, nested.bare(bareRows))).toBeNull();
    bareRows[0]!.memberships[0]!.establishedBy[0]!.parties[0] = 'CAN';
    expect(firstDifference(fromEntente, nested.bare(bareRows))).toBe(
      '$[0].memberships[0].establishedBy[0].parties[0]: "BEL" ≠ "CAN"',
    );
  });

  it('turns GraphQL errors into an exception', () => {
    expect(() => graphqlData('peer', { errors: [{ message: 'Cannot query field' }], data: null })).toThrow(
      /peer answered with errors: .*Cannot query field/,
    );
    expect(graphqlData('bare', { data: [1] })).toEqual([1]);
  });
});
