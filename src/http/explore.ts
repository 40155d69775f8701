import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Router } from 'express';
import express from 'express';
import { fromRoot } from '../paths';

/** Where `npm run build` puts the explorer (explore/, bundled by Vite). */
export const EXPLORE_DIR = fromRoot('dist', 'explore');

// As the playground's: everything from this host, so a page that reached for a CDN would fail
// here, loudly, rather than offline. Cytoscape and the page set inline style attributes.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The graph explorer at GET /explore: static files built from explore/ that ask the public
 * /graphql for everything they show. Without a build it says how to make one.
 */
export function exploreRoutes(dir = EXPLORE_DIR): Router {
  const router = express.Router();
  const assets = express.static(path.join(dir, 'assets'), { index: false, immutable: true, maxAge: '1y' });
  router.get(['/explore', '/explore/'], (_req, res) => {
    if (!existsSync(path.join(dir, 'index.html'))) {
      res
        .status(503)
        .type('text')
        .send('The graph explorer is not built: run `npm run build` (or `npm start`, which builds it).');
      return;
    }
    // The page itself is never cached: a new build's asset names must be picked up at once.
    res.set('Content-Security-Policy', CSP).set('Cache-Control', 'no-cache').sendFile(path.join(dir, 'index.html'));
  });
  // Vite names each asset by its content, so they may be kept for good.
  router.use('/explore/assets', (req, res, next) => {
    res.set('Content-Security-Policy', CSP);
    assets(req, res, next);
  });
  return router;
}
