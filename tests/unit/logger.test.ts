import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';

// Colour codes (ESC [ … m) a terminal shows as colour.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** A stream that keeps what is written, and says whether it is a terminal. */
function capture(isTTY: boolean) {
  const lines: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    }),
    { isTTY },
  );
  return { stream, lines };
}

describe('createLogger', () => {
  it('writes one JSON object a line where no person watches (a pipe, a file)', () => {
    const { stream, lines } = capture(false);
    createLogger('info', 'auto', stream).info({ port: 4000 }, 'Entente is ready');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 30, service: 'entente', port: 4000, msg: 'Entente is ready' });
  });

  it('writes a readable line on a terminal: time of day, level in words, message, fields', () => {
    const { stream, lines } = capture(true);
    createLogger('info', 'auto', stream).warn({ failed: 2 }, 'some warm-up queries failed');
    expect(lines).toHaveLength(1);
    const plain = (lines[0] as string).replace(ANSI_COLOUR, '');
    expect(plain).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: some warm-up queries failed \{"failed":2\}$/);
  });

  it('follows LOG_FORMAT over the guess, and still hides secrets', () => {
    const { stream, lines } = capture(false);
    createLogger('info', 'pretty', stream).info({ password: 'hunter2' }, 'connected');
    expect(lines[0]).toMatch(/INFO: connected/);
    expect(lines[0]).not.toContain('hunter2');
  });
});
