// The rules of derive/link-kinds, for the relationships of the entities in $ids only: a write
// re-derives what it touched without scanning every relationship in the graph.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r:MEMBER_OF|PARTY_TO|PARTICIPATED_IN|CONDUCTED|SUCCEEDED_BY]-()
WITH DISTINCT r
WITH r, endNode(r) AS target
SET r.linkKinds = CASE type(r)
  WHEN 'MEMBER_OF' THEN ['ORGANIZATION'] +
    CASE WHEN r.role = 'MEMBER'
          AND ('DEFENSE' IN coalesce(target.obligationTypes, [])
               OR target.kind IN ['MILITARY_ALLIANCE', 'COLLECTIVE_SECURITY_ORGANIZATION'])
         THEN ['MILITARY_ALLIANCE'] ELSE [] END
  WHEN 'PARTY_TO' THEN ['TREATY'] + CASE WHEN 'DEFENSE' IN coalesce(r.obligationTypes, []) THEN ['DEFENSE_TREATY'] ELSE [] END
  WHEN 'PARTICIPATED_IN' THEN ['CONFLICT']
  WHEN 'CONDUCTED' THEN ['OPERATION']
  ELSE ['SUCCESSION']
END
