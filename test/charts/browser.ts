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

/** Where screenshots go (created): `$KHITAB_SCREENSHOTS`, else outputs/screenshots under the repo root. */
export function screenshotDir(): string {
  const dir = path.resolve(process.env.KHITAB_SCREENSHOTS ?? path.resolve(__dirname, '../../outputs/screenshots'));
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

/** One visible text element of a rendered figure: its text, classes and box in page pixels. */
export interface TextBox {
  text: string;
  cls: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Every visible, non-empty SVG text element under `selector` with its box (runs in the page). The
 * box is the text's extent along its line and its em box across it (1.25 em a line), not the font's
 * line box: Noto Sans Arabic's line box is about 1.9 em tall, so the boxes of two labels 1.5 em
 * apart would touch while their glyphs are well apart. Text turned ±90° has the two swapped.
 */
export const TEXT_BOXES = (selector: string): string => `Array.from(document.querySelectorAll(${JSON.stringify(selector)} + ' text'))
  .filter((t) => t.textContent.trim() !== '' && getComputedStyle(t).visibility !== 'hidden' && getComputedStyle(t).display !== 'none' && Number(getComputedStyle(t).opacity) > 0)
  .map((t) => {
    const r = t.getBoundingClientRect(); const g = t.closest('g[class]');
    const em = parseFloat(getComputedStyle(t).fontSize) * 1.25 * Math.max(1, t.querySelectorAll('tspan.line').length);
    const upright = /rotate\\((-?90)[ ,)]/.test(t.getAttribute('transform') || '');
    let { left, top, right, bottom } = r;
    if (upright && right - left > em) { const c = (left + right) / 2; left = c - em / 2; right = c + em / 2; }
    if (!upright && bottom - top > em) { const c = (top + bottom) / 2; top = c - em / 2; bottom = c + em / 2; }
    return { text: t.textContent, cls: (t.getAttribute('class') || '') + ' in ' + (g ? g.getAttribute('class') : ''), left, top, right, bottom };
  })
  .filter((b) => b.right - b.left > 0 && b.bottom - b.top > 0)`;

/**
 * Pairs of boxes that overlap by more than `tolerance` pixels each way, described for a failure
 * message (`"a" [cls] × "b" [cls]`).
 * @example overlaps([{text: 'a', cls: '', left: 0, top: 0, right: 10, bottom: 10}, {text: 'b', cls: '', left: 5, top: 5, right: 15, bottom: 15}]) // ['"a" [] × "b" []']
 */
export function overlaps(boxes: TextBox[], tolerance = 1): string[] {
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > tolerance && h > tolerance) out.push(`"${a.text}" [${a.cls}] × "${b.text}" [${b.cls}]`);
    }
  }
  return out;
}

/** What `ARABIC_TEXTS` reports of one SVG text holding Arabic. */
export interface ArabicText {
  text: string;
  /** Pixels that differ between the word drawn joined and drawn with its letters kept apart (U+200C between them), in the text's font. */
  shapedPixels: number;
  /** Left edge (page px) of the word's first and last letter: right to left, the first is on the right. */
  firstLeft: number;
  lastLeft: number;
}

/**
 * Every visible SVG text under `selector` holding an Arabic word whose letters join (a dual-joining
 * letter followed by another letter: «وزاره» has none, every letter of it stands alone), with the
 * measures that show shaping and direction (runs in the page): the word drawn on a canvas in the
 * text's font joined and with U+200C between its letters (a font and browser that shape Arabic
 * draw different glyphs: joined forms are not the isolated ones), and the positions of its first
 * and last letter as drawn in the figure.
 */
export const ARABIC_TEXTS = (selector: string): string => `Array.from(document.querySelectorAll(${JSON.stringify(selector)} + ' text'))
  .filter((t) => getComputedStyle(t).visibility !== 'hidden' && t.getBoundingClientRect().width > 0)
  .map((t) => ({ t, m: Array.from(t.textContent.matchAll(/[\u0621-\u064A]{2,}/g)).find((m) => /[\u0626\u0628\u062A-\u062E\u0633-\u063A\u0641-\u0647\u064A][\u0621-\u064A]/.test(m[0])) }))
  .filter(({ m }) => m !== undefined)
  .map(({ t, m }) => {
    const text = t.textContent; const svg = t.ownerSVGElement; const cs = getComputedStyle(t);
    const pixels = (s) => { const c = document.createElement('canvas'); c.width = 400; c.height = 60; const g = c.getContext('2d');
      g.font = cs.fontWeight + ' ' + cs.fontSize + ' ' + cs.fontFamily; g.direction = 'rtl'; g.textAlign = 'right'; g.fillStyle = '#000';
      g.fillText(s, 390, 40); return g.getImageData(0, 0, 400, 60).data; };
    const word = m[0];
    const a = pixels(word); const b = pixels(Array.from(word).join('\\u200c'));
    let shapedPixels = 0; for (let i = 3; i < a.length; i += 4) if (Math.abs(a[i] - b[i]) > 64) shapedPixels++;
    const ctm = t.getScreenCTM();
    const left = (i) => { const e = t.getExtentOfChar(i); const p = svg.createSVGPoint(); p.x = e.x; p.y = e.y; return p.matrixTransform(ctm).x; };
    return { text, shapedPixels, firstLeft: left(m.index), lastLeft: left(m.index + word.length - 1) };
  })`;

/** Font sizes (px) of every visible SVG text under `selector`, with the text (runs in the page). */
export const FONT_SIZES = (selector: string): string => `Array.from(document.querySelectorAll(${JSON.stringify(selector)} + ' text'))
  .filter((t) => t.textContent.trim() !== '' && getComputedStyle(t).visibility !== 'hidden' && t.getBoundingClientRect().width > 0)
  .map((t) => ({ text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) }))`;

/** Boxes (page px) of a figure's plot areas (one per subplot), its legend and its title (runs in the page). */
export const FIGURE_PARTS = (selector: string): string => `(() => {
  const box = (e) => { const r = e.getBoundingClientRect(); return {text: '', cls: e.getAttribute('class') || '', left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
  const root = document.querySelector(${JSON.stringify(selector)});
  const legend = root.querySelector('.legend .bg');
  const title = root.querySelector('.gtitle');
  return { plots: Array.from(root.querySelectorAll('.draglayer .nsewdrag')).map(box), legend: legend ? box(legend) : null, title: title ? box(title) : null };
})()`;
