import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { exploreRoutes } from '../../../src/http/explore';

/** GET `url` from an app serving the explorer built (or not) in `dir`. */
async function get(dir: string, url: string): Promise<Response> {
  const app = express().use(exploreRoutes(dir));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    return await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${url}`);
  } finally {
    server.close();
  }
}

describe('GET /explore', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'explore-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers 503 with how to build it when there is no build', async () => {
    const response = await get(path.join(dir, 'missing'), '/explore');
    expect(response.status).toBe(503);
    await expect(response.text()).resolves.toMatch(/npm run build/);
  });

  it('serves the built page and its assets with a policy that allows this host only', async () => {
    mkdirSync(path.join(dir, 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    const page = await get(dir, '/explore');
    expect(page.status).toBe(200);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).not.toMatch(/https?:/);
    const asset = await get(dir, '/explore/assets/index-abc.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await get(dir, '/explore/assets/none.js')).status).toBe(404);
  });
});
