import type { Browser } from 'playwright-core';
import { fixture } from '../helpers/fixtures';
import { startTestApp, type TestApp } from '../helpers/app';
import { launchChromium, skipWithoutChromium } from '../helpers/browser';

const chromiumMissing = skipWithoutChromium('the playground browser test');

(chromiumMissing ? describe.skip : describe)('the offline playground in headless Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    app = await startTestApp();
    await app.db.write(fixture('create-state'), { id: 'test-e2e-state', name: 'Playgroundia' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.db.write(fixture('delete-by-id-prefix'), { prefix: 'test-e2e-' });
    await app?.close();
  });

  it('loads with the network cut off, runs a typed query and shows the result', async () => {
    const page = await browser.newPage();
    const foreign: string[] = [];
    // The network is "cut": any request to another host is recorded and aborted.
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === new URL(app.url).host) return route.continue();
      foreign.push(url.href);
      return route.abort();
    });
    await page.goto(`${app.url}/graphql`);
    const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
    await editor.waitFor({ timeout: 30_000 });

    // Replace the example with our own query, as a person would type it.
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('{ state(id: "test-e2e-state") { name');
    await page.keyboard.press('Escape');
    // GraphiQL settles the operation name a moment after typing; running before it would send the example's name.
    await page.waitForTimeout(500);
    await page.locator('.graphiql-execute-button').click();

    const result = page.locator('.graphiql-response');
    await expect(result.getByText('Playgroundia', { exact: false }).waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    expect(foreign).toEqual([]);
    await page.screenshot({ path: 'tests/e2e/playground.png' });
  });

  it('opens with the example operations as tabs', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 30_000 });
    const tabs = await page.locator('.graphiql-tab').count();
    const examples = (await (await fetch(`${app.url}/playground/examples.json`)).json()) as unknown[];
    expect(tabs).toBe(examples.length);
  });

  it('opens on the intro, and runs an example with the values in its Variables pane', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/graphql`);
    const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
    await editor.waitFor({ timeout: 30_000 });
    await expect(
      editor.getByText('Entente: a knowledge graph', { exact: false }).waitFor({ timeout: 5_000 }),
    ).resolves.toBeUndefined();
    // The intro's own variables are in its pane from the first visit on.
    const variables = page.locator('.graphiql-editor-tool .CodeMirror').first();
    await expect(variables.getByText('"EST"', { exact: false }).waitFor({ timeout: 5_000 })).resolves.toBeUndefined();

    // The search example's tab: its variables are in the Variables pane, and the answer follows them.
    const examples = (await (await fetch(`${app.url}/playground/examples.json`)).json()) as { name: string }[];
    await page
      .locator('.graphiql-tab')
      .nth(examples.findIndex((e) => e.name === 'search'))
      .click();
    await expect(variables.getByText('"Syria"', { exact: false }).waitFor({ timeout: 10_000 })).resolves.toBeUndefined();
    // GraphiQL takes the new tab's operation name a moment after the switch; run before, and it
    // sends the previous tab's name (a person is never that quick).
    await page.waitForTimeout(500);
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect(result.getByText('Syrian', { exact: false }).first().waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    await page.screenshot({ path: 'tests/e2e/playground-variables.png' });
  });

  it('has the explorer in its sidebar, listing the root fields to tick', async () => {
    const page = await browser.newPage();
    await page.goto(`${app.url}/graphql`);
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: /Show GraphiQL Explorer/ }).click();
    const explorer = page.locator('.graphiql-plugin');
    await expect(explorer.getByText('shortestPath', { exact: true }).waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    await page.screenshot({ path: 'tests/e2e/playground-explorer.png' });
  });
});
