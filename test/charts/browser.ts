/** Helpers for the tests that open real headless Chromium (Debian /usr/bin/chromium via playwright-core). */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CHROMIUM } from '../../src/charts/launchChromium';

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
