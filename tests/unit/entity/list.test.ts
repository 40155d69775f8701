import { listQuery, listStatementOf } from '../../../src/entity/list';
import { encodeCursor } from '../../../src/shared/cursor';

describe('listStatementOf: the opening page takes the statement that does not collect every node', () => {
  const statementFor = (args: Parameters<typeof listQuery>[1]) => {
    const statement = listStatementOf('Alliance', listQuery('Alliance', args));
    return { name: statement.name, text: statement.text };
  };

  it('the first page in ascending order with no filter: the first-page statement, label written in', () => {
    for (const args of [{}, { first: 20 }, { orderBy: { field: 'DATE' as const } }, { filter: { kind: null } }]) {
      const statement = statementFor(args);
      expect(statement.name).toBe('entity/list-first-page');
      expect(statement.text).toContain('MATCH (n:Alliance)');
      expect(statement.text).not.toContain('$($label)');
    }
  });

  it('any filter, cursor, descending order or backward page: the full statement', () => {
    const after = encodeCursor('Alliance:NAME', { key: 'nato', id: 'nato' });
    for (const args of [
      { filter: { kind: 'MILITARY_ALLIANCE' } },
      { filter: { nameContains: 'pact' } },
      { after },
      { orderBy: { direction: 'DESC' as const } },
      { last: 5 },
    ])
      expect(statementFor(args).name).toBe('entity/list');
  });
});
