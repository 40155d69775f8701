import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether a browser test should be skipped: in CI (CI=true, as .ci/run sets it after installing
 * Chromium) it always runs, and fails without Chromium; a developer without it is told how to
 * get it, and the rest of the suite runs.
 */
export function skipWithoutChromium(what: string): boolean {
  const missing = !existsSync(CHROMIUM) && process.env.CI !== 'true';
  if (missing)
    process.stdout.write(`\nSkipping ${what}: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)\n`);
  return missing;
}

/** Headless Chromium with nothing of its own reaching the network (updates, sync, QUIC probes). */
export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
