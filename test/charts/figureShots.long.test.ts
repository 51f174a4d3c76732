/**
 * Every standard figure of the bundled corpus, and the edge cases (an undated corpus, a naming
 * panel without namings), drawn by `renderFigures` (HTML loading the shared plotly.min.js) and
 * opened in headless Chromium at the double-column width (661 px), then checked on the drawn SVG:
 * no two visible text elements overlap (tick labels, axis and panel titles, legend, notes, cell
 * numbers, the title and the source note), every text lies inside the figure (nothing clipped),
 * every heatmap row and column is labelled, Arabic is drawn. Screenshots go to
 * `$KHITAB_SCREENSHOTS` (default outputs/screenshots) to be looked at.
 */
import * as fs from 'fs';
import * as path from 'path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/run/analyzeCorpus';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { loadOutletNames } from '../../src/charts/loadOutletNames';
import { renderFigures } from '../../src/charts/renderFigures';
import { standardFigures } from '../../src/charts/standardFigures';
import { plotMarkersOverTime } from '../../src/charts/plotMarkersOverTime';
import { plotNamingShares } from '../../src/charts/plotNamingShares';
import { journalWidthPx } from '../../src/charts/journalSize';
import type { NamedFigure } from '../../src/charts/types';
import { NO_CHROMIUM, overlaps, screenshotDir, TEXT_BOXES, useChromium, type TextBox } from './browser';
import { ARTICLES, HITS, NAMING, OUTLET_NAMES } from './fixtures';

const chromium = useChromium('khitab-shots-');
const ARABIC = /[\u0600-\u06FF]/;

/** The figures drawn: the standard set of the bundled corpus, then the edge cases from fixtures. */
const figures: NamedFigure[] = [];
let outlets = 0;
let categories = 0;

beforeAll(async () => {
  if (NO_CHROMIUM) return;
  const result = await analyzeCorpus(await loadCorpus(path.resolve(__dirname, '../../data/corpus')));
  const std = standardFigures(result.tables, { outletNames: loadOutletNames(), lexicon: result.lexicon, source: 'Source: khitab · corpus «corpus» (5 pages) · test' });
  figures.push(...std.figures);
  outlets = new Set(result.tables.outletProfile.map((r) => r.outlet)).size;
  categories = new Set(result.tables.outletProfile.map((r) => r.category)).size;
  figures.push({ name: 'edge-undated', figure: plotMarkersOverTime(ARTICLES.map((a) => ({ ...a, published: null })), HITS, { source: 'Source: test' }) });
  figures.push({ name: 'edge-no-namings', figure: plotNamingShares([...NAMING, { dimension: 'north', segment: 'reporting', outlet: 'arab48', variant: 'naming_north_neutral', count: 0, share: null }], { outletNames: OUTLET_NAMES, source: 'Source: test' }) });
  await renderFigures(figures, path.join(chromium.tmp, 'figures'), { formats: ['html'] });
}, 300_000);

/** Opens a figure's HTML file, checks nothing overlaps or is clipped, saves a screenshot; returns its text boxes. */
async function drawn(name: string): Promise<TextBox[]> {
  const width = journalWidthPx('double');
  const page = await chromium.browser.newPage({ viewport: { width: width + 32, height: 900 }, deviceScaleFactor: 2 });
  try {
    await page.goto('file://' + path.join(chromium.tmp, 'figures', `${name}.html`));
    await page.waitForSelector('#figure .main-svg');
    await page.evaluate('document.fonts.ready');
    const boxes = (await page.evaluate(TEXT_BOXES('#figure'))) as TextBox[];
    const svg = (await page.evaluate(`(() => { const r = document.querySelector('#figure .main-svg').getBoundingClientRect(); return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; })()`)) as { left: number; top: number; right: number; bottom: number };
    await page.locator('#figure').screenshot({ path: path.join(screenshotDir(), `figure-${name}.png`) });
    expect(boxes.length, 'texts drawn').toBeGreaterThanOrEqual(3);
    expect(overlaps(boxes), `overlapping texts in ${name}`).toEqual([]);
    const outside = boxes.filter((b) => b.left < svg.left - 1 || b.right > svg.right + 1 || b.top < svg.top - 1 || b.bottom > svg.bottom + 1).map((b) => b.text);
    expect(outside, `texts clipped by the edge of ${name}`).toEqual([]);
    return boxes;
  } finally {
    await page.close();
  }
}

describe.skipIf(NO_CHROMIUM !== null)('standard figures in headless Chromium (double column, 661 px)', () => {
  it('draws the standard set of the bundled corpus', () => {
    expect(figures.map((f) => f.name).filter((n) => !n.startsWith('edge-') && !n.startsWith('keyness-'))).toEqual([
      'naming-shares', 'category-rates', 'category-rates-ci', 'stance-reporting-vs-comments', 'comment-volume', 'markers-over-time', 'hashtags',
    ]);
  });

  it.each(['naming-shares', 'category-rates-ci', 'stance-reporting-vs-comments', 'comment-volume', 'markers-over-time', 'hashtags', 'keyness-1', 'keyness-2', 'keyness-3', 'keyness-4', 'keyness-5'])(
    '%s: no overlapping or clipped text, Arabic drawn', async (name) => {
      const boxes = await drawn(name);
      if (name !== 'stance-reporting-vs-comments' && name !== 'comment-volume') expect(boxes.some((b) => ARABIC.test(b.text)), 'Arabic text').toBe(true);
      expect(boxes.some((b) => /outlet:/.test(b.text)), 'a raw outlet id').toBe(false);
    });

  it('category-rates: every category row and outlet column labelled, cell numbers apart', async () => {
    const boxes = await drawn('category-rates');
    // First panel: y ticks = categories; x ticks = outlets, in each of the two panels.
    expect(boxes.filter((b) => /\by\d*tick\b/.test(b.cls)).length).toBe(categories);
    expect(boxes.filter((b) => /\bx\d*tick\b/.test(b.cls)).length).toBe(2 * outlets);
    expect(boxes.some((b) => /^\d+\.\d$/.test(b.text)), 'cell numbers').toBe(true);
  });

  it('markers-over-time: one panel per category, no legend to decode', async () => {
    const boxes = await drawn('markers-over-time');
    expect(boxes.some((b) => b.cls.includes('legend'))).toBe(false);
    expect(boxes.filter((b) => b.cls.includes('annotation') && ARABIC.test(b.text)).length).toBe(figures.find((f) => f.name === 'markers-over-time')!.figure.data.length);
  });

  it('an undated corpus: a sentence, no time axis', async () => {
    const boxes = await drawn('edge-undated');
    expect(boxes.some((b) => /No article has a usable publication date/.test(b.text))).toBe(true);
    expect(boxes.some((b) => /\b(19|20)\d\d\b/.test(b.text)), 'a year on an axis').toBe(false);
  });

  it('a naming panel without namings says so', async () => {
    const boxes = await drawn('edge-no-namings');
    expect(boxes.filter((b) => b.text === 'no namings').length).toBe(1);
  });
});
