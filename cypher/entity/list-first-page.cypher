// The first page of one kind of entity in ascending order, with no filter and no cursor: what a
// list opens with. The nodes are ordered and cut to the page without being collected first
// (cypher/entity/list.cypher collects them all, as filters, cursors and the descending order
// need); the total is the label's count. $label is an entity label, checked in code and written in.
CALL () {
  MATCH (n:$($label))
  RETURN count(n) AS totalCount
}
MATCH (n:$($label))
WITH totalCount, n, CASE $orderField WHEN 'NAME' THEN toLower(n.name) WHEN 'DATE' THEN coalesce(n.sortDate, '') ELSE n.id END AS key
ORDER BY key, n.id
LIMIT $limit
RETURN totalCount, collect({key: key, id: n.id, node: n}) AS page
