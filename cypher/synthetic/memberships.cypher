// $perState time-bounded memberships for each synthetic state $start…$end. Like real alliances,
// synthetic ones are regional and small: state s lives in region s / 10 and joins alliances of
// its own and the two neighbouring regions on each side ($perRegion alliances a region), so each
// alliance has about ten members over time and distances grow with the gap between ids.
// Fixed arithmetic: every run builds the same graph. Memberships are stored as curated ones are
// (founding a flag, false here), so the schema step at start has nothing to bring up to date.
UNWIND range($start, $end) AS s
UNWIND range(0, $perState - 1) AS k
WITH s, k,
     ((s / 10 + k % 5 - 2 + $regions) % $regions) * $perRegion + (s * 31 + k * 7919) % $perRegion AS a,
     1900 + (s * 31 + k * 17) % 120 AS year,
     5 + (s * 13 + k * 7) % 40 AS years
MATCH (state:Entity {id: 'syn-state-' + s})
MATCH (alliance:Entity {id: 'syn-alliance-' + a})
CREATE (state)-[:MEMBER_OF {id: 'syn-member-' + s + '-' + k, role: 'MEMBER', founding: false, from: date({year: year, month: 1 + k % 12, day: 1}),
        until: CASE WHEN year + years > 2026 THEN null ELSE date({year: year + years, month: 1 + k % 12, day: 1}) END,
        linkKinds: ['ORGANIZATION', 'MILITARY_ALLIANCE'], version: 1, sourceIds: ['synthetic']}]->(alliance)
