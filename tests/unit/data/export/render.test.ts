import { parse } from 'yaml';
import { readCuratedDate, writeCuratedDate } from '../../../../src/data/dates';
import { renderDocument } from '../../../../src/data/export/render';

const AWKWARD_TEXTS = [
  'plain words',
  'Article 5: "an armed attack", see #4',
  '  leading spaces and trailing ones  ',
  'two  spaces, a\ttab and a very long line '.repeat(6),
  'two  spaces, a\ttab and a very long line '.repeat(6).trim(),
  'double  spaces   and more    spaces in a long text '.repeat(4).trim(),
  ' a long text that starts with a space, and is long enough to be folded if it could be, '.repeat(2),
  'a long text, long enough to be folded: with words, commas, "quotes" and #signs, and then some more'.repeat(2),
  'line one\nline two\n\nafter a blank line',
  '- looks like a list item',
  '[brackets], {braces} and a, comma',
  '? a question: maybe',
  '1949',
  'null',
  'yes',
  '',
  'Côte d’Ivoire — « accents »',
];

describe('the export as YAML', () => {
  it.each(['1914', '0800', '-0480', '1882-05', '-0480-09', '1949-08-24', '-0480-09-20'])(
    'writes the date %s as the curator did, and the loader reads it back at its precision',
    (text) => {
      const stored = readCuratedDate(text);
      if (!stored) throw new Error(`${text} should be a curated date`);
      const rendered = renderDocument({
        path: 'conflicts/x.yaml',
        layout: 'entity',
        doc: { id: 'x', started: writeCuratedDate(stored.date, stored.precision) },
      });
      expect(rendered).toContain(`started: ${text}\n`);
      const started = (parse(rendered) as { started: string | number }).started;
      expect(readCuratedDate(started)).toEqual(stored);
    },
  );

  it.each(AWKWARD_TEXTS)('keeps the text %j exactly, in a block field, a one-line row and a source block', (text) => {
    const entity = renderDocument({
      path: 'alliances/x.yaml',
      layout: 'entity',
      doc: { id: 'x', members: [{ state: 'USA', note: text }], notes: text },
    });
    expect(parse(entity)).toEqual({ id: 'x', members: [{ state: 'USA', note: text }], notes: text });
    // A row is one line of the file whatever its text holds.
    expect(entity.split('\n').filter((line) => line.startsWith('  - '))).toHaveLength(1);

    const states = renderDocument({ path: 'states.yaml', layout: 'table', style: 'flow', rows: [{ id: 'USA', notes: text }] });
    expect(parse(states)).toEqual([{ id: 'USA', notes: text }]);
    const sources = renderDocument({ path: 'sources/x.yaml', layout: 'table', style: 'block', rows: [{ id: 'a', note: text }] });
    expect(parse(sources)).toEqual([{ id: 'a', note: text }]);
  });

  it('writes an empty table as an empty list, which the loader accepts', () => {
    expect(parse(renderDocument({ path: 'states.yaml', layout: 'table', style: 'flow', rows: [] }))).toEqual([]);
  });
});
