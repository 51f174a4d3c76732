import { describe, expect, it } from 'vitest';
import { generateRealisticPage, realisticContext } from '../../src/bench/realisticPage';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';
import { outletOfText } from '../../src/corpus/outlets';

describe('generateRealisticPage', () => {
  const ctx = realisticContext();
  const pages = ((rng) => Array.from({ length: 300 }, (_, i) => generateRealisticPage(rng, i, ctx)))(rngMulberry32(11));

  it('is deterministic for a seed', () => {
    const again = ((rng) => Array.from({ length: 300 }, (_, i) => generateRealisticPage(rng, i, ctx)))(rngMulberry32(11));
    expect(again).toEqual(pages);
    expect(pages[0].id).toBe('r0000000');
    expect(pages[299].id).toBe('r0000299');
  });

  it('draws many outlets, dates and URLs on the outlet\'s domain', () => {
    const outlets = new Set(pages.map((p) => p.outlet));
    expect(outlets.size).toBeGreaterThan(15);
    expect(outlets.has(null)).toBe(true);
    for (const p of pages) {
      expect(Number.isNaN(Date.parse(p.published))).toBe(false);
      const o = ctx.outlets.find((x) => x.id === p.outlet);
      if (o?.domains.length) expect(p.url).toBe(`https://${o.domains[0]}/news/${p.id}`);
      else expect(p.url).toBeNull();
    }
  });

  it('names the outlet in the text on most pages whose outlet has cues, and has comments on some pages', () => {
    const cued = pages.filter((p) => ctx.outlets.find((o) => o.id === p.outlet)?.cues.length);
    const named = cued.filter((p) => outletOfText(p.text) === p.outlet);
    expect(named.length / cued.length).toBeGreaterThan(0.6);
    const withComments = pages.filter((p) => /^(?:التعليقات(?: \(\d+\))?|\d+ (?:فكرة|أفكار) بشأن “.*”)$/m.test(p.text));
    expect(withComments.length / pages.length).toBeGreaterThan(0.25);
    expect(withComments.length / pages.length).toBeLessThan(0.55);
  });

  it('writes pages of 1.5–6 KB before comments, with spelling noise the normalizer folds', () => {
    for (const p of pages) expect(Buffer.byteLength(p.text)).toBeGreaterThan(1500);
    const all = pages.map((p) => p.text).join('\n');
    expect(all).toMatch(/\u0640/); // tatweel
    expect(all).toMatch(/[\u064b-\u0652]/); // diacritics
  });
});
