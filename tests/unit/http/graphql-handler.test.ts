import { matchesETag } from '../../../src/http/graphql-handler';

describe('matchesETag: If-None-Match by weak comparison', () => {
  const etag = '"abc"';
  it('matches the tag itself, its weak form, one of a list, or *', () => {
    expect(matchesETag('"abc"', etag)).toBe(true);
    expect(matchesETag('W/"abc"', etag)).toBe(true);
    expect(matchesETag('"x", "abc"', etag)).toBe(true);
    expect(matchesETag('*', etag)).toBe(true);
  });
  it('matches nothing else, and no header at all', () => {
    expect(matchesETag('"abcd"', etag)).toBe(false);
    expect(matchesETag('abc', etag)).toBe(false);
    expect(matchesETag(undefined, etag)).toBe(false);
    expect(matchesETag('', etag)).toBe(false);
  });
});
