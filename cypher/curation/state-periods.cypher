// The periods a state takes part in something: they must lie within its lifetime.
MATCH (:State {id: $id})-[r:MEMBER_OF|PARTY_TO|PARTICIPATED_IN]->(target:Entity)
RETURN type(r) AS type, target.id AS endId, properties(r) AS props
