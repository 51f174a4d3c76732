/** Helpers for the tests that open real headless Chromium (Debian /usr/bin/chromium via playwright-core). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { DEFAULT_CHROMIUM, launchChromium } from '../../src/charts/launchChromium';

/** Why browser tests are skipped, or null when Chromium is installed. */
export const NO_CHROMIUM: string | null = fs.existsSync(DEFAULT_CHROMIUM)
  ? null
  : `skipped: ${DEFAULT_CHROMIUM} is missing (install the Debian package 'chromium', e.g. npm run setup)`;

if (NO_CHROMIUM) console.warn(NO_CHROMIUM);

/** outputs/screenshots under the repo root (created). */
export function screenshotDir(): string {
  const dir = path.resolve(__dirname, '../../outputs/screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * One headless Chromium and one temporary folder for a test file: launched before its tests,
 * closed and removed after them (nothing happens when Chromium is missing: those tests are
 * skipped). Read `chromium.browser` and `chromium.tmp` in the tests.
 */
export function useChromium(prefix: string): { browser: Browser; tmp: string } {
  const state = {} as { browser: Browser; tmp: string };
  beforeAll(async () => {
    if (NO_CHROMIUM) return; // the tests themselves are skipped with this reason
    state.tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    const launched = await launchChromium();
    if (!launched.browser) throw new Error(launched.reason);
    state.browser = launched.browser;
  });
  afterAll(async () => {
    await state.browser?.close();
    if (state.tmp) fs.rmSync(state.tmp, { recursive: true, force: true });
  });
  return state;
}
