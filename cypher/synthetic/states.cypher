// Synthetic states $start…$end (ids syn-state-N), for benchmarks at scale; never mixed with curated data.
UNWIND range($start, $end) AS i
CREATE (:Entity:State {id: 'syn-state-' + i, name: 'Synthetic state ' + i, aliases: [], sourceIds: ['synthetic'], version: 1})
