import { describe, expect, it } from 'vitest';
import { facetGrid } from '../../src/charts/facetGrid';
import { outletNamesOf, loadOutletNames } from '../../src/charts/loadOutletNames';
import { categoryLabel, outletLabel } from '../../src/charts/labels';
import { orderedUnique } from '../../src/charts/order';
import { seriesColor } from '../../src/charts/palette';
import { sourceNoteOf } from '../../src/charts/sourceNote';
import { stanceInterval } from '../../src/charts/stanceInterval';
import { roundFor } from '../../src/charts/baseLayout';

describe('stanceInterval', () => {
  // Wilson score intervals from R: prop.test(x, n, correct = FALSE)$conf.int
  // (also binom::binom.confint(x, n, methods = 'wilson')), mapped through 2p − 1.
  it.each([
    { support: 3, oppose: 1, index: 0.5, p: [0.3006418, 0.9544127] },
    { support: 1, oppose: 3, index: -0.5, p: [0.04558726, 0.6993582] },
    { support: 0, oppose: 2, index: -1, p: [0, 0.6576198] },
    { support: 5, oppose: 0, index: 1, p: [0.5655175, 1] },
  ])('stanceInterval($support, $oppose)', ({ support, oppose, index, p }) => {
    const r = stanceInterval(support, oppose);
    expect(r.n).toBe(support + oppose);
    expect(r.index).toBe(index);
    expect(r.low).toBeCloseTo(2 * p[0] - 1, 5);
    expect(r.high).toBeCloseTo(2 * p[1] - 1, 5);
  });
  it('is all null without stance hits', () => {
    expect(stanceInterval(0, 0)).toEqual({ n: 0, index: null, low: null, high: null });
  });
});

describe('facetGrid', () => {
  it('lays out cells row-major from the top-left with x/y axis ids', () => {
    const g = facetGrid(2, 2, { xgap: 0.1, ygap: 0.2 });
    expect(g[0][0]).toEqual({ xaxis: 'x', yaxis: 'y', xkey: 'xaxis', ykey: 'yaxis', xdomain: [0, 0.45], ydomain: [0.6, 1] });
    expect(g[1][1]).toEqual({ xaxis: 'x4', yaxis: 'y4', xkey: 'xaxis4', ykey: 'yaxis4', xdomain: [0.55, 1], ydomain: [0, 0.4] });
  });
});

describe('outletNamesOf', () => {
  it('reads lists, {outlets: [...]} and maps, preferring display/English names', () => {
    expect(outletNamesOf({ outlets: [{ id: 'a', name_ar: 'أ', name_en: 'A' }, { id: 'b', name_ar: 'ب' }, { name_en: 'no id' }] })).toEqual({ a: 'A', b: 'ب' });
    expect(outletNamesOf([{ id: 'a', displayName: 'Alpha', name: 'x' }])).toEqual({ a: 'Alpha' });
    expect(outletNamesOf({ a: { name: 'A' }, b: 'B' })).toEqual({ a: 'A', b: 'B' });
    expect(outletNamesOf(null)).toEqual({});
  });
});

describe('loadOutletNames', () => {
  it('returns {} when the registry file is missing', () => {
    expect(loadOutletNames('/nonexistent/outlets.yaml')).toEqual({});
  });
});

describe('outletLabel', () => {
  it('uses the registry name, else the id, and names a null outlet', () => {
    expect(outletLabel('arab48', { arab48: 'Arab48' })).toBe('Arab48');
    expect(outletLabel('x')).toBe('x');
    expect(outletLabel(null)).toBe('unknown outlet');
  });
});

describe('categoryLabel', () => {
  it('glosses known categories in English and Arabic and passes unknown ids through', () => {
    expect(categoryLabel('naming_turkey_occupation')).toBe('occupation · الاحتلال');
    expect(categoryLabel('frame_new')).toBe('frame_new');
  });
});

describe('orderedUnique', () => {
  it('puts preferred values first, then the rest sorted', () => {
    expect(orderedUnique(['b', 'a', 'c', 'a'], ['c', 'z'])).toEqual(['c', 'a', 'b']);
  });
});

describe('seriesColor', () => {
  it('cycles through the Okabe–Ito palette', () => {
    expect(seriesColor(0)).toBe('#E69F00');
    expect(seriesColor(8)).toBe('#E69F00');
    expect(seriesColor(7)).toBe('#000000');
  });
});

describe('sourceNoteOf', () => {
  it('names the corpus folder (not its full path), lexicon, seed and resamples', () => {
    expect(sourceNoteOf({ seed: 1, resamples: 1000, lexiconVersion: '0.3', corpusRoot: '/home/u/work/data/corpus/', pages: 5 }))
      .toBe('Source: khitab · corpus «corpus» (5 pages) · lexicon 0.3 · seed 1, 1,000 resamples');
  });
});

describe('roundFor', () => {
  it('rounds to 4 decimals and maps non-finite values and -0 to null and 0', () => {
    expect(roundFor(2 / 3)).toBe(0.6667);
    expect(roundFor(NaN)).toBeNull();
    expect(roundFor(null)).toBeNull();
    expect(Object.is(roundFor(-0.00001), 0)).toBe(true);
  });
});

describe('variantColor', () => {
  it('gives every naming variant of the codebook its own colour, neutral ones grey', async () => {
    const { variantColor, NEUTRAL_GREY } = await import('../../src/charts/palette');
    const { loadLexicon } = await import('../../src/lexicon/loadLexicon');
    const VARIANT_ORDER = loadLexicon().dimensions.flatMap((d) => d.variants);
    expect(VARIANT_ORDER).toHaveLength(9);
    const colours = VARIANT_ORDER.map((v) => variantColor(v, VARIANT_ORDER));
    expect(new Set(colours).size).toBe(VARIANT_ORDER.length);
    expect(variantColor('naming_north_neutral', VARIANT_ORDER)).toBe(NEUTRAL_GREY);
  });
});
