import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Context } from '../context';
import { countTokens } from '../graphql/token-limit';
import { ErrorCode } from '../shared/error-codes';

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<Context>;
  /** Builds the request's context; may throw a GraphQLError (such as UNAUTHENTICATED) to refuse it. */
  context: (req: IncomingMessage) => Promise<Context>;
  bodyLimitBytes: number;
  /** Answers longer than this are replaced by a RESPONSE_TOO_LARGE error. */
  responseLimitBytes: number;
  maxTokens: number;
  corsOrigins: string[];
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * /graphql straight on Node's HTTP server: body limit (413), JSON only in UTF-8 (415), the token
 * limit (400) and CORS for listed origins, then Apollo. Express's router, body parser and the
 * integration layer cost about a millisecond a request here, which is most of what a one-query
 * request spends outside Neo4j.
 */
export function graphqlHandler(o: GraphQLHandlerOptions): Handler {
  return (req, res) => {
    if (!allowCors(req, res, o.corsOrigins)) return;
    readBody(req, o.bodyLimitBytes)
      .then(async (raw) => {
        const body = parseBody(req, raw);
        if (body === INVALID_JSON) return sendError(res, 400, 'The body is not valid JSON', ErrorCode.BAD_REQUEST);
        if (body === UNSUPPORTED_CHARSET)
          return sendError(res, 415, 'JSON bodies must be UTF-8', ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        const search = (req.url ?? '').split('?')[1] ?? '';
        const query =
          typeof (body as { query?: unknown } | undefined)?.query === 'string'
            ? (body as { query: string }).query
            : new URLSearchParams(search).get('query');
        if (query !== null && countTokens(query, o.maxTokens) > o.maxTokens) {
          return sendError(
            res,
            400,
            `Token limit of ${o.maxTokens} exceeded: send a smaller document`,
            ErrorCode.GRAPHQL_VALIDATION_FAILED,
          );
        }
        const headers = new HeaderMap();
        for (const [name, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const result = await o.apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body },
          context: () => o.context(req),
        });
        for (const [name, value] of result.headers) res.setHeader(name, value);
        res.statusCode = result.status ?? 200;
        if (result.body.kind === 'complete') {
          // Cost estimates are worst cases for sizes, not for text: a long claim or note repeated
          // on every row can still make an answer too large to send to anyone.
          if (Buffer.byteLength(result.body.string) > o.responseLimitBytes) {
            return sendError(
              res,
              400,
              `The answer is larger than ${o.responseLimitBytes} bytes: ask for smaller pages (first) or fewer fields`,
              ErrorCode.RESPONSE_TOO_LARGE,
            );
          }
          if (req.method === 'GET' && res.statusCode === 200 && answeredNotModified(req, res, result.body.string)) return;
          res.end(result.body.string);
          return;
        }
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      })
      .catch((error: unknown) => {
        if (error instanceof BodyTooLarge)
          sendError(res, 413, `The body is larger than ${o.bodyLimitBytes} bytes`, ErrorCode.PAYLOAD_TOO_LARGE);
        else if (!res.headersSent) sendError(res, 500, 'Internal server error', ErrorCode.INTERNAL_SERVER_ERROR);
        else res.destroy();
      });
  };
}

/**
 * GET answers that may be cached get an ETag, the hash of the answer itself: whatever changes the
 * answer (a curated write, the date an asOf defaults to) changes the tag, and nothing else does.
 * A client or CDN sending it back in If-None-Match gets 304 and no body. The query still runs:
 * the saving is the transfer and the client's work; caches keep load off within max-age.
 */
function answeredNotModified(req: IncomingMessage, res: ServerResponse, body: string): boolean {
  const cacheControl = String(res.getHeader('cache-control') ?? '');
  if (cacheControl.includes('no-store')) return false;
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  res.setHeader('ETag', etag);
  if (!matchesETag(req.headers['if-none-match'], etag)) return false;
  res.statusCode = 304;
  res.removeHeader('content-type');
  res.removeHeader('content-length');
  res.end();
  return true;
}

/** If-None-Match's weak comparison (RFC 9110 13.1.2): any listed tag, W/ or not, or `*`. */
export function matchesETag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === etag;
  });
}

/** Answers preflights; allows only listed origins (same-origin pages need no CORS). */
function allowCors(req: IncomingMessage, res: ServerResponse, origins: string[]): boolean {
  const origin = req.headers.origin;
  if (origin && origins.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  if (req.method !== 'OPTIONS') return true;
  if (origin && origins.includes(origin)) {
    res.setHeader('Access-Control-Allow-Methods', 'GET,POST');
    const requested = req.headers['access-control-request-headers'];
    if (requested) res.setHeader('Access-Control-Allow-Headers', requested);
  }
  res.writeHead(204).end();
  return false;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const INVALID_JSON = Symbol('invalid JSON');
const UNSUPPORTED_CHARSET = Symbol('unsupported charset');

/** JSON bodies are parsed; any other content type reaches Apollo without a body (its CSRF check decides). */
function parseBody(req: IncomingMessage, raw: Buffer): unknown {
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (!/^application\/json\b/.test(contentType) || raw.length === 0) return undefined;
  const charset = /charset=([^;\s]+)/.exec(contentType)?.[1];
  if (charset && !['utf-8', 'utf8'].includes(charset.replace(/"/g, ''))) return UNSUPPORTED_CHARSET;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return INVALID_JSON;
  }
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
