import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

const OPTIONS = { base: { service: 'entente' }, redact: ['req.headers.authorization', 'password'] };

/**
 * JSON lines where machines read the log (a file, a pipe, a container's collector); one readable
 * line each, with the time of day and the level in words, where a person watches a terminal.
 * LOG_FORMAT (json, pretty) overrides the guess from stdout.
 */
export function createLogger(
  level: string,
  format: 'auto' | 'json' | 'pretty' = 'auto',
  out: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
): Logger {
  const readable = format === 'pretty' || (format === 'auto' && out.isTTY === true);
  // stdout itself gets pino's own fast destination, as before.
  if (!readable)
    return out === process.stdout ? pino({ ...OPTIONS, level }) : pino({ ...OPTIONS, level }, out as DestinationStream);
  // Synchronous, as the JSON destination is: the last lines before an exit are not lost.
  const stream = pretty({
    destination: out,
    sync: true,
    colorize: out.isTTY === true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service',
    singleLine: true,
  });
  return pino({ ...OPTIONS, level }, stream);
}
