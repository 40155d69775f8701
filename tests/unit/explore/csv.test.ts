import { csvField, toCsv } from '../../../explore/src/csv';

describe('the explorer CSV', () => {
  it('leaves plain fields as they are and writes null as empty', () => {
    expect(csvField('NATO')).toBe('NATO');
    expect(csvField(12)).toBe('12');
    expect(csvField(false)).toBe('false');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    expect(csvField('Korea, Republic of')).toBe('"Korea, Republic of"');
    expect(csvField('the "Warsaw" Pact')).toBe('"the ""Warsaw"" Pact"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });

  it('writes a header and rows, each line ended by CRLF', () => {
    expect(
      toCsv(
        ['id', 'name', 'until'],
        [
          ['USA', 'United States', null],
          ['KOR', 'Korea, South', '2020-01-01'],
        ],
      ),
    ).toBe('id,name,until\r\nUSA,United States,\r\nKOR,"Korea, South",2020-01-01\r\n');
  });
});
