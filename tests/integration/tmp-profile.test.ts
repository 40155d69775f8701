import { readFileSync, writeFileSync } from 'node:fs';
import { startTestApp } from '../helpers/app';

it('variants', async () => {
  const app = await startTestApp();
  const captured: { text: string; params: Record<string, unknown> }[] = [];
  const read = app.db.read.bind(app.db);
  (app.db as any).read = (st: any, params: any, t?: number) => {
    captured.push({ text: st.text, params });
    return read(st, params, t);
  };
  const vars = { id: 'nato', asOf: '2024-06-01', first: 50, parties: 10 };
  const q = readFileSync(`bench/operations/nested-four-levels.graphql`, 'utf8');
  await app.gql(q, vars);
  const { text, params } = captured[0]!;
  writeFileSync('/tmp/four.cypher', text);
  const variants: Record<string, string> = {
    asis: text,
    noResort: text.replace(/\n\s*WITH [^\n]* ORDER BY [^\n]*(?=\n\s*RETURN collect)/g, ''),
    noCursor: text.replace(/\n\s*WHERE \$r\d+_cursorId IS NULL[^\n]*/g, ''),
    noAsOfNull: text.replace(/\(\$(r\d+)_asOf IS NULL OR (\([^\n]*?\)\))\)/g, '$2'),
  };
  const session = app.db.driver.session();
  for (let round = 0; round < 2; round++)
    for (const [name, t] of Object.entries(variants)) {
      for (let i = 0; i < 3; i++) await session.run(t, params);
      const s = performance.now();
      for (let i = 0; i < 15; i++) await session.run(t, params);
      console.log(name, ((performance.now() - s) / 15).toFixed(1));
    }
  await session.close();
  await app.close();
}, 300000);
