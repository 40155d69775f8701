import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { toCsv } from '../../explore/src/csv';
import { startTestApp, type TestApp } from '../helpers/app';
import { launchChromium, skipWithoutChromium } from '../helpers/browser';

const ROOT = path.resolve(__dirname, '..', '..');
const BUILT = path.join(ROOT, 'dist', 'explore', 'index.html');
const { newestInput } = require('../../scripts/ensure-built.js') as {
  newestInput(root: string, inputs: string[]): { mtimeMs: number };
};

const chromiumMissing = skipWithoutChromium('the explorer browser test');

/** The test app serves dist/explore but does not build it: build it here when it is missing or older than explore/. */
function ensureExplorerBuilt(): void {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestInput(ROOT, ['explore', 'schema']).mtimeMs) return;
  const run = (args: string[]): void => {
    const result = spawnSync('npx', args, { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npx ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  run(['graphql-codegen', '--config', 'codegen.ts']);
  run(['vite', 'build', '--config', 'explore/vite.config.mts']);
}

/** Waits for the status line to settle, and returns what it says. */
async function settled(page: Page): Promise<string> {
  await page.locator('#status:not(.loading):not(:empty)').waitFor({ timeout: 20_000 });
  return (await page.locator('#status').textContent()) ?? '';
}

// Run in the page, which has a DOM; written as text because this file is compiled without one.
const stateNodes = (page: Page): Promise<number> =>
  page.evaluate<number>('window.__cy?.nodes(\'[kind = "State"]\').length ?? -1');

(chromiumMissing ? describe.skip : describe)('the graph explorer in headless Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  const foreign: string[] = [];

  beforeAll(async () => {
    ensureExplorerBuilt();
    app = await startTestApp();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    // The network is "cut": any request to another host is recorded and aborted.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === new URL(app.url).host) return route.continue();
      foreign.push(url.href);
      return route.abort();
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  afterEach(() => expect(foreign).toEqual([]));

  it('loads with the network cut off and finds NATO from the search box, by keyboard', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/explore`);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.fill('NATO');
    const hit = page.locator('#hits [role=option][data-id="nato"]');
    await hit.waitFor({ timeout: 15_000 });
    await expect(hit.textContent()).resolves.toMatch(/Alliance.*North Atlantic Treaty Organization.*1949-\d\d-\d\d/);
    await page.screenshot({ path: 'tests/e2e/explore-find.png' });
    // Down to the first hit, Enter: its ego network opens.
    await box.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#ego\/nato/);
  });

  it('is linked from the playground', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/graphql`);
    await page.getByRole('link', { name: /Graph explorer/ }).click();
    await page.waitForURL(`${app.url}/explore`);
    await page.getByRole('searchbox', { name: 'Search' }).waitFor({ timeout: 15_000 });
  });

  it('draws NATO with 15 members on 1960-01-01, and 32 on 2024-06-01 once the date is changed', async () => {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${app.url}/explore#ego/nato/1960-01-01`);
    await page.locator('#graph[data-state-count="15"]').waitFor({ timeout: 20_000 });
    // Navigation to the first drawn graph, for the README's figure (a benchmark, not a limit).
    process.stdout.write(`\nNATO ego network first drawn ${Date.now() - started} ms after navigation\n`);
    expect(await stateNodes(page)).toBe(15);
    await page.screenshot({ path: 'tests/e2e/explore-ego-1960.png' });

    const date = page.getByLabel('As of');
    await date.fill('2024-06-01');
    await date.press('Enter');
    await page.locator('#graph[data-state-count="32"]').waitFor({ timeout: 20_000 });
    expect(await stateNodes(page)).toBe(32);
    expect(page.url()).toMatch(/#ego\/nato\/2024-06-01$/);
    await page.screenshot({ path: 'tests/e2e/explore-ego-2024.png' });

    // The year slider redraws too: 1991 keeps the day of the month.
    await page.getByRole('slider', { name: 'Year' }).fill('1991');
    await page.waitForURL(/#ego\/nato\/1991-06-01$/);
    await page.locator('#graph[data-state-count="16"]').waitFor({ timeout: 20_000 });
  });

  it('recentres on a node when it is clicked: a state, drawn with its own neighbourhood', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/explore#ego/nato/2024-06-01`);
    await page.locator('#graph[data-state-count="32"]').waitFor({ timeout: 20_000 });
    const at = await page.evaluate<{ x: number; y: number }>("window.__cy.$id('POL').renderedPosition()");
    const graph = await page.locator('#graph').boundingBox();
    await page.mouse.click((graph?.x ?? 0) + at.x, (graph?.y ?? 0) + at.y);
    await page.waitForURL(/#ego\/POL\/2024-06-01$/);
    // Locators, not waitForFunction: polling a function is an eval, which the page's policy refuses.
    await page.locator('#graph[data-node-ids~="USA"]').waitFor({ timeout: 20_000 });
    expect(await settled(page)).toMatch(/entities within 2 links \(military alliances and defence treaties\) on 2024-06-01/);
    await page.screenshot({ path: 'tests/e2e/explore-ego-state.png' });
    // Further, along every kind of link: the choice is kept in the URL.
    await page.getByLabel('Reach').selectOption('1');
    await page.getByLabel('Along').selectOption('all');
    await page.waitForURL(/#ego\/POL\/2024-06-01\/1\/all$/);
    await expect(settled(page)).resolves.toMatch(/within 1 link \(everything/);
    // By keyboard: the ids in the table are links to their own networks.
    await page.locator('#table a[href="#ego/nato/2024-06-01/1/all"]').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#ego\/nato\/2024-06-01\/1\/all$/);
    await page.locator('#graph[data-state-count="32"]').waitFor({ timeout: 20_000 });
  });

  it('draws the path from Poland to South Korea on 2015-01-01 through the United States', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/explore#path/POL/KOR/2015-01-01`);
    await settled(page);
    const ids = ((await page.locator('#graph').getAttribute('data-node-ids')) ?? '').split(' ');
    expect(ids[0]).toBe('POL');
    expect(ids[ids.length - 1]).toBe('KOR');
    expect(ids).toContain('USA');
    await page.screenshot({ path: 'tests/e2e/explore-path.png' });
    // A name typed where an id goes is offered the ids it may mean.
    const from = page.getByLabel('From');
    await from.fill('Pola');
    const listId = await from.getAttribute('list');
    await page.locator(`datalist#${listId} option[value="POL"]`).waitFor({ state: 'attached', timeout: 15_000 });
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('path-POL-KOR-2015-01-01.png');
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    // The next-shortest paths are one click away, and drawing one keeps the list.
    await page.getByRole('button', { name: 'Other paths' }).click();
    const others = page.locator('ol.paths li button');
    await others.first().waitFor({ timeout: 15_000 });
    expect(await others.count()).toBeGreaterThan(1);
    await others.nth(1).click();
    const drawn = ((await page.locator('#graph').getAttribute('data-node-ids')) ?? '').split(' ');
    expect(drawn.join(' ')).not.toBe(ids.join(' '));
    expect(await others.count()).toBeGreaterThan(1);
    await page.screenshot({ path: 'tests/e2e/explore-path-other.png' });
  });

  it('downloads the commitments table as CSV equal to the API answer', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/explore#defenders/EST/2015-01-01`);
    await settled(page);
    await page.screenshot({ path: 'tests/e2e/explore-defenders.png' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');

    const answer = await app.gql(`{ defenders(of: "EST", asOf: "2015-01-01") {
      conditional state { id name } routes { obligation conditional from until via { id name } } } }`);
    const defenders = answer.body.data?.defenders as any[];
    expect(defenders.length).toBeGreaterThan(20);
    const rows = defenders.flatMap((d) =>
      d.routes.map((r: any) => [
        d.state.id,
        d.state.name,
        d.conditional,
        r.via.id,
        r.via.name,
        r.obligation,
        r.conditional,
        r.from,
        r.until,
      ]),
    );
    const header = [
      'defender_id',
      'defender_name',
      'conditional',
      'via_id',
      'via_name',
      'obligation',
      'route_conditional',
      'from',
      'until',
    ];
    expect(csv).toBe(toCsv(header, rows));
  });

  it('draws the escalation rounds if one state attacked another', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/explore#defenders/EST/2024-06-01/RUS`);
    await expect(settled(page)).resolves.toMatch(/states drawn in or held out over \d rounds if RUS attacked EST on 2024-06-01/);
    const answer = await app.gql(
      '{ escalation(attacker: "RUS", target: "EST", asOf: "2024-06-01", rounds: 3) { entries { round } } }',
    );
    const entries = (answer.body.data?.escalation as { entries: unknown[] }).entries;
    expect(await page.locator('#table tbody tr').count()).toBe(entries.length);
    expect(await stateNodes(page)).toBeGreaterThan(10);
    await page.screenshot({ path: 'tests/e2e/explore-escalation.png' });
  });

  it("draws an alliance's membership timeline, and a state's", async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/explore#timeline/warsaw-pact`);
    await settled(page);
    expect(Number(await page.locator('.timeline').getAttribute('data-rows'))).toBeGreaterThanOrEqual(8);
    await page.screenshot({ path: 'tests/e2e/explore-timeline.png', fullPage: true });
    // A state's memberships the same way: Poland was in the Warsaw Pact, then NATO.
    await page.goto(`${app.url}/explore#timeline/POL`);
    await page.locator('#status', { hasText: 'membership periods of Poland' }).waitFor({ timeout: 15_000 });
    const rows = await page.locator('.timeline svg text[text-anchor=end]').allTextContents();
    expect(rows).toEqual(expect.arrayContaining(['Warsaw Pact', 'North Atlantic Treaty Organization']));
    await page.screenshot({ path: 'tests/e2e/explore-timeline-state.png', fullPage: true });
  });

  it('shows the API error text for an unknown id', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/explore#ego/no-such-entity/2000-01-01`);
    await page.locator('#status.error').waitFor({ timeout: 15_000 });
    const answer = await app.gql('{ neighbourhood(id: "no-such-entity", asOf: "2000-01-01") { truncated } }');
    const message = answer.body.errors?.[0]?.message;
    expect(message).toBeTruthy();
    expect(await page.locator('#status').textContent()).toBe(message);
    await page.screenshot({ path: 'tests/e2e/explore-error.png' });
  });

  it('shows the API error text for a bad date', async () => {
    const page = await context.newPage();
    await page.goto(`${app.url}/explore#ego/nato/1960-13-45`);
    await page.locator('#status.error').waitFor({ timeout: 15_000 });
    // Asked as the page asks it, with the date as a variable.
    const answer = await app.gql(
      'query ($asOf: Date) { alliance(id: "nato") { members(asOf: $asOf, first: 100) { totalCount } } }',
      {
        asOf: '1960-13-45',
      },
    );
    const message = answer.body.errors?.[0]?.message;
    expect(message).toMatch(/1960-13-45/);
    expect(await page.locator('#status').textContent()).toBe(message);
  });

  it('is readable at a phone width', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.url}/explore#ego/nato/2024-06-01`);
    await page.locator('#graph[data-state-count="32"]').waitFor({ timeout: 20_000 });
    // Nothing wider than the screen: the page does not scroll sideways.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'tests/e2e/explore-phone.png' });
  });
});
