import { formatIsoDate, fromNeo4jDate, parseIsoDate, toNeo4jDate } from '../../src/dates';

describe('ISO dates', () => {
  it.each(['1949-04-04', '2024-02-29', '-0480-09-20', '1386-05-09'])('round-trips %s through Neo4j', (iso) => {
    expect(fromNeo4jDate(toNeo4jDate(iso))).toBe(iso);
  });

  it.each(['2023-02-29', '1949-13-01', '1949-04-31', '1949-4-4', '04/04/1949', '', 'today'])('rejects %s', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it('formats BCE years with a sign and four digits', () => {
    expect(formatIsoDate({ year: -480, month: 9, day: 20 })).toBe('-0480-09-20');
  });
});
