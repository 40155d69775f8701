// Which kinds of link (schema/path.graphql, LinkKind) each relationship makes, kept on the
// relationship so that path searches filter on it alone while they expand. Run after every load
// and write: it is derived from the alliances' kinds and obligations and the parties' obligations.
CALL () {
  MATCH ()-[r:MEMBER_OF]->(a:Alliance)
  SET r.linkKinds = ['ORGANIZATION'] +
    CASE WHEN r.role = 'MEMBER'
          AND ('DEFENSE' IN coalesce(a.obligationTypes, [])
               OR a.kind IN ['MILITARY_ALLIANCE', 'COLLECTIVE_SECURITY_ORGANIZATION'])
         THEN ['MILITARY_ALLIANCE'] ELSE [] END
}
CALL () {
  MATCH ()-[r:PARTY_TO]->()
  SET r.linkKinds = ['TREATY'] + CASE WHEN 'DEFENSE' IN coalesce(r.obligationTypes, []) THEN ['DEFENSE_TREATY'] ELSE [] END
}
CALL () {
  MATCH ()-[r:PARTICIPATED_IN]->()
  SET r.linkKinds = ['CONFLICT']
}
CALL () {
  MATCH ()-[r:CONDUCTED]->()
  SET r.linkKinds = ['OPERATION']
}
CALL () {
  MATCH ()-[r:SUCCEEDED_BY]->()
  SET r.linkKinds = ['SUCCESSION'], r.from = r.date
}
