import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { figureToHtml } from '../../src/charts/figureToHtml';
import { plotNamingShares } from '../../src/charts/plotNamingShares';
import { plotHashtags } from '../../src/charts/plotHashtags';
import { NO_CHROMIUM, screenshotDir, useChromium } from './browser';
import { HASHTAGS, NAMING, OUTLET_NAMES } from './fixtures';

// One browser for the file; each figure is written with figureToHtml and opened from disk.
const chromium = useChromium('khitab-render-');

async function openFigure(name: string, html: string): Promise<Page> {
  const file = path.join(chromium.tmp, `${name}.html`);
  fs.writeFileSync(file, html);
  const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto('file://' + file);
  await page.waitForSelector('#figure .main-svg');
  await page.evaluate('document.fonts.ready');
  return page;
}

describe.skipIf(NO_CHROMIUM !== null)('figureToHtml in headless Chromium', () => {

  it('draws one bar per outlet and variant with a non-zero share, and the Arabic legend (plotNamingShares)', async () => {
    // gov only: non-zero shares are Al-Bawsala regime, Arab48 regime + state, Orient regime + metonym = 5 bars.
    const gov = NAMING.filter((r) => r.dimension === 'gov');
    const page = await openFigure('naming-gov', figureToHtml(plotNamingShares(gov, { outletNames: OUTLET_NAMES, source: 'Source: test' })));
    const drawn = (await page.evaluate(`Array.from(document.querySelectorAll('#figure .barlayer .point path'))
      .filter((p) => p.getBBox().height > 0.5).length`)) as number;
    expect(drawn).toBe(5);
    const ticks = (await page.evaluate(`Array.from(document.querySelectorAll('#figure .xtick text')).map((t) => t.textContent)`)) as string[];
    expect(ticks).toEqual(['Al-Bawsala', 'Arab48', 'Orient News']);
    const legend = (await page.evaluate(`Array.from(document.querySelectorAll('#figure .legendtext')).map((t) => t.textContent)`)) as string[];
    expect(legend).toEqual(['regime · النظام', 'state · الدولة', 'Damascus · دمشق']);
    const svgText = (await page.evaluate(`document.querySelector('#figure').innerHTML`)) as string;
    expect(svgText).toContain('Source: test');
    await page.screenshot({ path: path.join(screenshotDir(), 'naming-shares-gov.png') });
    await page.close();
  });

  it('draws Arabic hashtags as shaped text of the Arabic font, one bar per outlet with a count (plotHashtags)', async () => {
    const page = await openFigure('hashtags', figureToHtml(plotHashtags(HASHTAGS, { outletNames: OUTLET_NAMES })));
    // Ticks in screen order, top to bottom: the most frequent tag is on top.
    const ticks = (await page.evaluate(`Array.from(document.querySelectorAll('#figure .ytick text'))
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((t) => t.textContent)`)) as string[];
    expect(ticks).toEqual(['لن نصالح', '#لن_نصالح', '#التطبيع_خيانة']);
    // Non-zero counts: Al-Bawsala 1 + 2, Orient 3 + 1 = 4 bars.
    const drawn = (await page.evaluate(`Array.from(document.querySelectorAll('#figure .barlayer .point path'))
      .filter((p) => p.getBBox().width > 0.5).length`)) as number;
    expect(drawn).toBe(4);
    // Shaping check: the joined Arabic word is narrower than its letters drawn apart
    // (isolated forms), which only holds when the font shapes Arabic.
    const widths = (await page.evaluate(`(() => {
      const svg = document.querySelector('#figure .main-svg');
      const mk = (s) => { const t = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        t.setAttribute('style', getComputedStyle(document.querySelector('#figure .ytick text')).cssText);
        t.style.fontFamily = document.querySelector('#figure .ytick text').style.fontFamily; t.style.fontSize = '13px';
        t.textContent = s; svg.appendChild(t); const w = t.getComputedTextLength(); t.remove(); return w; };
      return [mk('نصالح'), mk('ن ص ا ل ح'.replace(/ /g, '\\u200c'))];
    })()`)) as [number, number];
    expect(widths[0]).toBeGreaterThan(0);
    expect(widths[0]).not.toBeCloseTo(widths[1], 1);
    await page.screenshot({ path: path.join(screenshotDir(), 'hashtags.png') });
    await page.close();
  });
});
