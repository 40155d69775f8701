import { newInitialPassword } from '../../../src/neo4j/initial-password';

describe('newInitialPassword', () => {
  it('never starts with "-", which neo4j-admin would read as an option', () => {
    // With base64url, one draw in 64 started with "-": 5,000 draws would all but surely show one.
    const drawn = Array.from({ length: 5000 }, newInitialPassword);
    expect(drawn.filter((password) => password.startsWith('-'))).toEqual([]);
    expect(drawn.every((password) => /^[0-9a-f]{36}$/.test(password))).toBe(true);
  });

  it('draws a different password each time', () => {
    expect(new Set(Array.from({ length: 100 }, newInitialPassword)).size).toBe(100);
  });
});
