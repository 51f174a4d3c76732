import * as fs from 'fs';
import type { Browser } from 'playwright-core';

/** Default Chromium: the Debian package `chromium`. Never downloaded (`npx playwright install` fails offline). */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Flags that work headless as root in containers and keep the browser off the network. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A launched browser, or the reason there is none. */
export type ChromiumLaunch = { browser: Browser; reason: null } | { browser: null; reason: string };

/**
 * Starts headless Chromium through playwright-core, or explains why it cannot (missing binary,
 * failed launch) instead of throwing, so callers can fall back to HTML output.
 * @example const {browser, reason} = await launchChromium(); if (!browser) console.log(reason)
 */
export async function launchChromium(executablePath: string = process.env.KHITAB_CHROMIUM ?? DEFAULT_CHROMIUM): Promise<ChromiumLaunch> {
  if (!fs.existsSync(executablePath)) {
    return { browser: null, reason: `Chromium not found at ${executablePath}: install the Debian package 'chromium' (npm run setup) or set KHITAB_CHROMIUM` };
  }
  try {
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    // Signals are the command's (src/cli/stopOnSignals.ts): playwright's own SIGINT handler would
    // exit 130 without a word. Chromium ends with its pipe when this process ends.
    const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], handleSIGINT: false, handleSIGTERM: false });
    return { browser, reason: null };
  } catch (e) {
    return { browser: null, reason: `Chromium at ${executablePath} failed to start: ${(e as Error).message.split('\n')[0]}` };
  }
}
