/**
 * Every standard figure of the bundled corpus, and the edge cases (an undated corpus, a naming
 * panel without namings), laid out for each journal column (`column: 'single'`, 85 mm = 321 px, and
 * `'double'`, 175 mm = 661 px), drawn by `renderFigures` (HTML loading the shared plotly.min.js)
 * and opened in headless Chromium at that width, then checked on the drawn SVG: no two visible
 * texts overlap (tick labels, axis and panel titles, legend, notes, cell numbers, the title and the
 * source note), the legend and the title stay off the plot areas, every text lies inside the figure
 * (nothing clipped), no text is smaller than 7 pt, Arabic is drawn shaped and right to left, every
 * heatmap row and column is labelled. The KWIC table is checked at both widths too. Screenshots go
 * to `$KHITAB_SCREENSHOTS` (default outputs/screenshots) to be looked at.
 */
import * as fs from 'fs';
import * as path from 'path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/run/analyzeCorpus';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { loadOutletNames } from '../../src/charts/loadOutletNames';
import { renderFigures, type FigureProgress } from '../../src/charts/renderFigures';
import { writeFigures } from '../../src/charts/writeFigures';
import { renderKwicHtml } from '../../src/charts/renderKwicHtml';
import { standardFigures } from '../../src/charts/standardFigures';
import { plotMarkersOverTime } from '../../src/charts/plotMarkersOverTime';
import { plotNamingShares } from '../../src/charts/plotNamingShares';
import { journalWidthPx, type JournalColumn } from '../../src/charts/journalSize';
import type { ChartOptions, NamedFigure } from '../../src/charts/types';
import type { HitRow } from '../../src/tables/types';
import { ARABIC_TEXTS, FIGURE_PARTS, FONT_SIZES, NO_CHROMIUM, overlaps, screenshotDir, TEXT_BOXES, useChromium, type ArabicText, type TextBox } from './browser';
import { ARTICLES, HITS, NAMING, OUTLET_NAMES } from './fixtures';

const chromium = useChromium('khitab-shots-');
const ARABIC = /[\u0600-\u06FF]/;
const COLUMNS: JournalColumn[] = ['double', 'single'];
/** 7 pt, the smallest type the Elsevier and Springer artwork guides accept, in CSS px (96 / 72). */
const MIN_FONT_PX = (7 * 96) / 72 - 0.05;

/** The figures drawn per column: the standard set of the bundled corpus, then the edge cases from fixtures. */
const figures: Record<JournalColumn, NamedFigure[]> = { double: [], single: [] };
let outlets = 0;
let categories = 0;
let hits: HitRow[] = [];
let tables: Parameters<typeof writeFigures>[0] | null = null;

beforeAll(async () => {
  if (NO_CHROMIUM) return;
  const result = await analyzeCorpus(await loadCorpus(path.resolve(__dirname, '../../data/corpus')));
  outlets = new Set(result.tables.outletProfile.map((r) => r.outlet)).size;
  categories = new Set(result.tables.outletProfile.map((r) => r.category)).size;
  hits = result.tables.hits;
  tables = result.tables;
  for (const column of COLUMNS) {
    const chart = { column } as ChartOptions;
    const std = standardFigures(result.tables, { ...chart, outletNames: loadOutletNames(), lexicon: result.lexicon, source: 'Source: khitab · corpus «corpus» (5 pages) · lexicon 0.3 · seed 1, 1,000 resamples' });
    figures[column].push(...std.figures);
    figures[column].push({ name: 'edge-undated', figure: plotMarkersOverTime(ARTICLES.map((a) => ({ ...a, published: null })), HITS, { ...chart, source: 'Source: test' }) });
    figures[column].push({ name: 'edge-no-namings', figure: plotNamingShares([...NAMING, { dimension: 'north', segment: 'reporting', outlet: 'arab48', variant: 'naming_north_neutral', count: 0, share: null }], { ...chart, outletNames: OUTLET_NAMES, source: 'Source: test' }) });
    await renderFigures(figures[column], path.join(chromium.tmp, `figures-${column}`), { formats: ['html'] });
  }
}, 300_000);

/** Boxes overlapping by more than 1 px each way. */
const meets = (a: Omit<TextBox, 'text' | 'cls'>, b: Omit<TextBox, 'text' | 'cls'>): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/**
 * Opens a figure's HTML file at the column's width and checks it: no overlapping texts, legend and
 * title off the plots, nothing clipped, no type under 7 pt, Arabic shaped and right to left; saves a
 * screenshot; returns its text boxes.
 */
async function drawn(name: string, column: JournalColumn): Promise<TextBox[]> {
  const width = journalWidthPx(column);
  const page = await chromium.browser.newPage({ viewport: { width: width + 32, height: 900 }, deviceScaleFactor: 2 });
  try {
    await page.goto('file://' + path.join(chromium.tmp, `figures-${column}`, `${name}.html`));
    await page.waitForSelector('#figure .main-svg');
    await page.evaluate('document.fonts.ready');
    const boxes = (await page.evaluate(TEXT_BOXES('#figure'))) as TextBox[];
    const svg = (await page.evaluate(`(() => { const r = document.querySelector('#figure .main-svg').getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; })()`)) as { left: number; top: number; right: number; bottom: number };
    await page.locator('#figure').screenshot({ path: path.join(screenshotDir(), `figure-${column}-${name}.png`) });
    expect(svg.right - svg.left, 'figure width').toBeCloseTo(width, -1);
    expect(boxes.length, 'texts drawn').toBeGreaterThanOrEqual(3);
    expect(overlaps(boxes), `overlapping texts in ${name}`).toEqual([]);
    const outside = boxes.filter((b) => b.left < svg.left - 1 || b.right > svg.right + 1 || b.top < svg.top - 1 || b.bottom > svg.bottom + 1).map((b) => b.text);
    expect(outside, `texts clipped by the edge of ${name}`).toEqual([]);
    const parts = (await page.evaluate(FIGURE_PARTS('#figure'))) as { plots: TextBox[]; legend: TextBox | null; title: TextBox | null };
    for (const part of [parts.legend, parts.title]) {
      if (part) expect(parts.plots.filter((p) => meets(part, p)).length, `${part.cls} over a plot area of ${name}`).toBe(0);
    }
    if (parts.legend && parts.title) expect(meets(parts.legend, parts.title), `legend over the title of ${name}`).toBe(false);
    const small = ((await page.evaluate(FONT_SIZES('#figure'))) as { text: string; size: number }[]).filter((t) => t.size < MIN_FONT_PX);
    expect(small, `type under 7 pt in ${name}`).toEqual([]);
    const arabic = (await page.evaluate(ARABIC_TEXTS('#figure'))) as ArabicText[];
    for (const a of arabic) {
      expect(a.shapedPixels, `«${a.text}» not shaped (joined and isolated letters drawn alike)`).toBeGreaterThan(10);
      expect(a.firstLeft, `«${a.text}» not drawn right to left`).toBeGreaterThan(a.lastLeft);
    }
    return boxes;
  } finally {
    await page.close();
  }
}

for (const column of COLUMNS) {
  describe.skipIf(NO_CHROMIUM !== null)(`standard figures in headless Chromium (${column} column, ${journalWidthPx(column)} px)`, () => {
    it('draws the standard set of the bundled corpus', () => {
      expect(figures[column].map((f) => f.name).filter((n) => !n.startsWith('edge-') && !n.startsWith('keyness-'))).toEqual([
        'naming-shares', 'category-rates', 'category-rates-ci', 'stance-reporting-vs-comments', 'comment-volume', 'markers-over-time', 'hashtags',
      ]);
    });

    it.each(['naming-shares', 'category-rates-ci', 'stance-reporting-vs-comments', 'comment-volume', 'markers-over-time', 'hashtags', 'keyness-1', 'keyness-2', 'keyness-3', 'keyness-4', 'keyness-5'])(
      '%s: no overlapping or clipped text, legend and title off the plot, type of 7 pt or more, Arabic shaped right to left', async (name) => {
        const boxes = await drawn(name, column);
        if (name !== 'stance-reporting-vs-comments' && name !== 'comment-volume') expect(boxes.some((b) => ARABIC.test(b.text)), 'Arabic text').toBe(true);
        expect(boxes.some((b) => /outlet:/.test(b.text)), 'a raw outlet id').toBe(false);
      });

    it('category-rates: every category row and outlet column labelled', async () => {
      const boxes = await drawn('category-rates', column);
      // First panel: y ticks = categories; x ticks = outlets, in each of the two panels.
      expect(boxes.filter((b) => /\by\d*tick\b/.test(b.cls)).length).toBe(categories);
      expect(boxes.filter((b) => /\bx\d*tick\b/.test(b.cls)).length).toBe(2 * outlets);
      // Cell numbers where the cells hold them (double column); a note says the colour carries the rates otherwise.
      if (column === 'double') expect(boxes.some((b) => /^\d+\.\d$/.test(b.text)), 'cell numbers').toBe(true);
      else expect(boxes.some((b) => /rates shown by colour/.test(b.text)), 'a note on the missing numbers').toBe(true);
    });

    it('markers-over-time: one panel per category, no legend to decode', async () => {
      const boxes = await drawn('markers-over-time', column);
      expect(boxes.some((b) => b.cls.includes('legend'))).toBe(false);
      expect(boxes.filter((b) => b.cls.includes('annotation') && ARABIC.test(b.text)).length).toBe(figures[column].find((f) => f.name === 'markers-over-time')!.figure.data.length);
    });

    it('an undated corpus: a sentence, no time axis', async () => {
      const boxes = await drawn('edge-undated', column);
      expect(boxes.map((b) => b.text).join(' ')).toMatch(/No article has a usable publication date/);
      expect(boxes.some((b) => /\b(19|20)\d\d\b/.test(b.text)), 'a year on an axis').toBe(false);
    });

    it('a naming panel without namings says so', async () => {
      const boxes = await drawn('edge-no-namings', column);
      expect(boxes.filter((b) => b.text === 'no namings').length).toBe(1);
    });

    it('renderKwicHtml: the corpus KWIC reads right to left around the keyword, each context on one line, nothing overlapping', async () => {
      const width = journalWidthPx(column);
      const file = path.join(chromium.tmp, `kwic-${column}.html`);
      fs.writeFileSync(file, `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:16px">${renderKwicHtml(hits, { columns: ['id', 'category'], maxRows: 12 })}</body></html>`);
      const page = await chromium.browser.newPage({ viewport: { width: width + 32, height: 700 }, deviceScaleFactor: 2 });
      try {
        await page.goto('file://' + file);
        await page.evaluate('document.fonts.ready');
        const rows = (await page.evaluate(`Array.from(document.querySelectorAll('.khitab-kwic tbody tr')).map((tr) => {
          const cell = (sel) => { const r = tr.querySelector(sel).getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; };
          const text = (sel) => { const range = document.createRange(); range.selectNodeContents(tr.querySelector(sel)); const rs = Array.from(range.getClientRects()).filter((r) => r.width > 0);
            return {left: Math.min(...rs.map((r) => r.left)), right: Math.max(...rs.map((r) => r.right)), lines: new Set(rs.map((r) => Math.round(r.top))).size}; };
          return { pre: cell('.kwic-pre'), kw: cell('.kwic-keyword'), post: cell('.kwic-post'), preText: text('.kwic-pre span'), kwText: text('.kwic-keyword'), postText: text('.kwic-post'),
            keyword: tr.querySelector('.kwic-keyword').textContent, direction: getComputedStyle(tr.closest('table')).direction };
        })`)) as any[];
        await page.screenshot({ path: path.join(screenshotDir(), `kwic-${column}.png`), fullPage: true });
        expect(rows.length).toBe(Math.min(12, hits.length));
        for (const r of rows) {
          expect(r.direction).toBe('rtl');
          expect(ARABIC.test(r.keyword), 'an Arabic keyword').toBe(true);
          // Reading right to left: preceding context, keyword, following context, cells apart.
          expect(r.pre.left).toBeGreaterThanOrEqual(r.kw.right - 1);
          expect(r.post.right).toBeLessThanOrEqual(r.kw.left + 1);
          // The keyword is whole and centred in its cell; each context hugs it and stays on one line.
          expect(r.kwText.left).toBeGreaterThanOrEqual(r.kw.left);
          expect(r.kwText.right).toBeLessThanOrEqual(r.kw.right);
          expect(Math.abs((r.kwText.left + r.kwText.right) / 2 - (r.kw.left + r.kw.right) / 2)).toBeLessThan(2);
          if (r.preText.right > r.preText.left) expect(r.preText.left - r.pre.left).toBeLessThan(10);
          if (r.postText.right > r.postText.left) expect(r.post.right - r.postText.right).toBeLessThan(10);
          expect(r.preText.lines).toBeLessThanOrEqual(1);
          expect(r.postText.lines).toBeLessThanOrEqual(1);
        }
      } finally {
        await page.close();
      }
    });
  });
}

describe.skipIf(NO_CHROMIUM !== null)('writeFigures on the bundled corpus', () => {
  it.each(COLUMNS)('%s column: the default formats weigh 15 MB or less in all (issue 19), and progress comes once per figure', async (column) => {
    const dir = path.join(chromium.tmp, `written-${column}`);
    const progress: FigureProgress[] = [];
    const r = await writeFigures(tables!, dir, { column, source: 'Source: test', onProgress: (p) => progress.push(p) });
    expect(r.failed).toEqual([]);
    const bytes = fs.readdirSync(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(15 * 1024 * 1024);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBe(r.names.length);
    expect(progress.map((p) => p.done)).toEqual(r.names.map((_, i) => i + 1));
    expect(progress.every((p) => p.total === r.names.length)).toBe(true);
    expect([...progress.map((p) => p.name)].sort()).toEqual([...r.names].sort());
  });
});
