/**
 * Static exports (SVG, PNG, PDF) of figures in headless Chromium: a page with plotly.js loaded,
 * `Plotly.toImage` for SVG and PNG, and for PDF the figure drawn alone on the page and printed
 * with `page.pdf` (vector, fonts embedded). A small pool of pages works on the figures at once.
 */
import type { Browser, Page } from 'playwright-core';
import { jsonForScript } from './escapeHtml';
import type { Figure } from './types';

/** A static format. */
export type StaticFormat = 'svg' | 'png' | 'pdf';

/** One export to make. */
export interface StaticJob {
  /** Figure name (for messages). */
  name: string;
  figure: Figure;
  format: StaticFormat;
  /** Layout width and height in CSS pixels. */
  width: number;
  height: number;
  /** PNG pixel ratio (1 for the vector formats). */
  scale: number;
}

// Runs in the browser. Kept as strings: functions compiled by tsx may reference helpers (such as
// `__name`) that do not exist in the page.
const TO_IMAGE = `async (a) => window.Plotly.toImage({data: a.data, layout: a.layout}, {format: a.format, width: a.width, height: a.height, scale: a.scale})`;
const DRAW_ALONE = `async (a) => {
  document.body.innerHTML = '';
  const div = document.createElement('div');
  div.style.width = a.width + 'px'; div.style.height = a.height + 'px';
  document.body.appendChild(div);
  await window.Plotly.newPlot(div, a.data, Object.assign({}, a.layout, {width: a.width, height: a.height}), {staticPlot: true});
}`;

/** A blank page with plotly.js (source text `bundle`) loaded. */
export async function plotlyPage(browser: Browser, bundle: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;}</style></head><body></body></html>');
  await page.addScriptTag({ content: bundle });
  return page;
}

/**
 * The bytes of one export on a plotly page. Throws when plotly or Chromium fails.
 * @example await exportStatic(page, {name: 'hashtags', figure, format: 'svg', width: 661, height: 480, scale: 1}) // <Buffer 3c 73 76 67 …>
 */
export async function exportStatic(page: Page, job: StaticJob): Promise<Buffer> {
  const arg = { data: job.figure.data, layout: job.figure.layout, format: job.format, width: job.width, height: job.height, scale: job.scale };
  if (job.format === 'pdf') {
    await page.evaluate(`(${DRAW_ALONE})(${jsonForScript(arg)})`);
    return page.pdf({ width: `${job.width}px`, height: `${job.height}px`, printBackground: true, pageRanges: '1' });
  }
  return dataUrlToBuffer((await page.evaluate(`(${TO_IMAGE})(${jsonForScript(arg)})`)) as string);
}

/**
 * Runs `work` on every item with at most `size` at a time, each worker taking the next item when
 * it is free; resolves when all are done (the first error rejects). Order of completion varies;
 * results are the caller's to keep.
 * @example await runPool([1, 2, 3], 2, async (x) => console.log(x))
 */
export async function runPool<T>(items: readonly T[], size: number, work: (item: T, worker: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (w: number): Promise<void> => {
    while (next < items.length) await work(items[next++], w);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, (_, w) => worker(w)));
}

/**
 * Bytes of a `data:` URL as returned by `Plotly.toImage` (base64 or percent-encoded).
 * @example dataUrlToBuffer('data:image/svg+xml,%3Csvg%3E').toString() // '<svg>'
 */
export function dataUrlToBuffer(url: string): Buffer {
  const comma = url.indexOf(',');
  const head = url.slice(0, comma);
  const body = url.slice(comma + 1);
  return head.endsWith(';base64') ? Buffer.from(body, 'base64') : Buffer.from(decodeURIComponent(body), 'utf8');
}
