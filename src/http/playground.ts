import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Router } from 'express';
import express from 'express';
import { fromRoot } from '../paths';

const EXAMPLES_DIR = fromRoot('src', 'http', 'playground', 'examples');

export interface PlaygroundExample {
  name: string;
  query: string;
  /** From `<example>.variables.json` beside the example, when it has one. */
  variables?: Record<string, unknown>;
}

/** The example operations the playground opens with; tests validate each against the schema. */
export function loadPlaygroundExamples(): PlaygroundExample[] {
  const files = readdirSync(EXAMPLES_DIR);
  return files
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const base = file.replace(/\.graphql$/, '');
      const variablesFile = `${base}.variables.json`;
      return {
        name: base.replace(/^\d+-/, ''),
        query: readFileSync(`${EXAMPLES_DIR}/${file}`, 'utf8'),
        ...(files.includes(variablesFile)
          ? { variables: JSON.parse(readFileSync(`${EXAMPLES_DIR}/${variablesFile}`, 'utf8')) as Record<string, unknown> }
          : {}),
      };
    });
}

/** A file inside an installed package (resolved through its package.json, which every package exports). */
const packageFile = (pkg: string, file: string): string => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

// Served from node_modules so the playground works with no network: no CDN, no font host.
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
  // The explorer plugin: builds a query by ticking fields and arguments, from the schema.
  'explorer.js': { file: packageFile('@graphiql/plugin-explorer', 'dist/index.umd.js'), type: 'text/javascript' },
  'explorer.css': { file: packageFile('@graphiql/plugin-explorer', 'dist/style.css'), type: 'text/css' },
  'init.js': { file: fromRoot('src', 'http', 'playground', 'init.js'), type: 'text/javascript' },
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Entente GraphQL playground</title>
<link rel="stylesheet" href="/playground/graphiql.css">
<link rel="stylesheet" href="/playground/explorer.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }
#explore-link { position: fixed; right: 12px; bottom: 10px; z-index: 10; padding: 4px 10px; border-radius: 4px;
  background: #1d2b3a; color: #fff; font: 13px system-ui, sans-serif; text-decoration: none; }</style>
</head>
<body>
<a id="explore-link" href="/explore">Graph explorer →</a>
<div id="graphiql">Loading the playground…</div>
<script src="/playground/react.js"></script>
<script src="/playground/react-dom.js"></script>
<script src="/playground/graphiql.js"></script>
<script src="/playground/explorer.js"></script>
<script src="/playground/init.js"></script>
</body>
</html>`;

// Only this host: a page that tried to reach a CDN would fail here, loudly, instead of offline.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
].join('; ');

/**
 * The playground at GET /graphql (for browsers) and its assets. It is off where it is not asked
 * for on a service reachable beyond this machine (PLAYGROUND, config.ts), and off with
 * introspection: with the schema hidden it could show no docs and check no query, so a deployment
 * that hides its schema hides its explorer too.
 */
export function playgroundRoutes(options: { introspection: boolean; playground: boolean }): Router {
  const router = express.Router();
  if (!options.introspection || !options.playground) {
    const why = options.playground
      ? ', as introspection is (GRAPHQL_INTROSPECTION=false)'
      : ' (PLAYGROUND=false, the default when HOST is not a loopback address)';
    const off = `The playground is off here${why}: send queries to /graphql.`;
    router.get(['/playground', '/playground/:asset'], (_req, res) => void res.status(404).type('text').send(off));
    router.get('/graphql', (req, res, next) => {
      if (
        req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html' ||
        req.query.query !== undefined
      )
        return next();
      res.status(404).type('text').send(off);
    });
    return router;
  }
  const examples = JSON.stringify(loadPlaygroundExamples());
  router.get('/graphql', (req, res, next) => {
    // A browser asks for HTML; GraphQL clients ask for JSON or send a query: those go to Apollo.
    const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsHtml || req.query.query !== undefined) {
      next();
      return;
    }
    res.set('Content-Security-Policy', CSP).type('html').send(PAGE);
  });
  router.get('/playground/examples.json', (_req, res) => void res.type('json').send(examples));
  router.get('/playground/:asset', (req, res, next) => {
    const asset = ASSETS[req.params.asset];
    if (!asset) return next();
    res.set('Cache-Control', 'public, max-age=3600').type(asset.type).sendFile(asset.file);
  });
  return router;
}
