import { describe, expect, it } from 'vitest';
import { plotNamingShares } from '../../src/charts/plotNamingShares';
import { plotCategoryRates } from '../../src/charts/plotCategoryRates';
import { plotCategoryRatesCI } from '../../src/charts/plotCategoryRatesCI';
import { plotStanceReportingVsComments, stanceComparisonRows } from '../../src/charts/plotStanceReportingVsComments';
import { plotHashtags } from '../../src/charts/plotHashtags';
import { plotKeyness } from '../../src/charts/plotKeyness';
import { plotMarkersOverTime, periodOf } from '../../src/charts/plotMarkersOverTime';
import { plotCommentVolume } from '../../src/charts/plotCommentVolume';
import { ARABIC_FONT_FAMILY, OKABE_ITO } from '../../src/charts/palette';
import { plainOfPlotlyText } from '../../src/charts/plotlyText';
import type { Figure } from '../../src/charts/types';
import { expectGolden } from './golden';
import { ARTICLES, COMMENTS, HASHTAGS, HITS, KEYNESS, NAMING, OUTLET_NAMES, PROFILE } from './fixtures';

const SOURCE = 'Source: khitab · corpus «fixtures» (4 pages) · lexicon test · seed 1, 1,000 resamples';
const opts = { source: SOURCE, outletNames: OUTLET_NAMES };

type Trace = Record<string, any>;
const traces = (f: Figure): Trace[] => f.data as Trace[];
const layoutAny = (f: Figure): Record<string, any> => f.layout as Record<string, any>;

/** Checks every chart must pass: title object, font, source note, axis titles, palette colours. */
function expectCommonParts(f: Figure): void {
  const l = layoutAny(f);
  expect(typeof l.title.text).toBe('string');
  expect(l.title.text.length).toBeGreaterThan(0);
  expect(l.font.family).toBe(ARABIC_FONT_FAMILY);
  // The note may be wrapped to the plot's width (at spaces): read back as one line it is the source.
  expect(l.annotations.some((a: any) => plainOfPlotlyText(a.text) === SOURCE)).toBe(true);
  const axes = Object.keys(l).filter((k) => /^[xy]axis\d*$/.test(k));
  expect(axes.length).toBeGreaterThan(0);
  // The unit is named: on an axis, or (heatmap, small multiples) on the colour bar or in a note.
  const named = axes.some((k) => typeof l[k].title?.text === 'string' && l[k].title.text.length > 0)
    || traces(f).some((t) => typeof t.colorbar?.title?.text === 'string')
    || l.annotations.some((a: any) => /per 1,000 /.test(a.text));
  expect(named).toBe(true);
  for (const t of traces(f)) {
    const c = t.marker?.color;
    if (typeof c === 'string' && t.type !== 'heatmap') expect([...OKABE_ITO, '#000000'], `colour of ${t.name}`).toContain(c);
  }
  // Determinism: no uid or random ids in the spec.
  expect(JSON.stringify(f)).not.toMatch(/"uid"/);
}

describe('plotNamingShares', () => {
  const f = plotNamingShares(NAMING, opts);
  it('draws one bar per outlet in each facet, with the hand-computed shares', () => {
    const gov = traces(f).filter((t) => t.xaxis === 'x');
    expect(gov.map((t) => t.name)).toEqual(['regime · النظام', 'state · الدولة', 'Damascus · دمشق']);
    for (const t of gov) expect(t.x).toEqual(['Al-Bawsala', 'Arab48', 'Orient News']);
    expect(gov[0].y).toEqual([100, 50, 75]);
    expect(gov[2].y).toEqual([0, 0, 25]);
    const turkey = traces(f).filter((t) => t.xaxis === 'x2');
    expect(turkey[0].y).toEqual([null, 0, 100]); // Al-Bawsala has no turkey hit: empty bar, not 0%
    expect(layoutAny(f).barmode).toBe('stack');
    expect(layoutAny(f).yaxis.title.text).toBe('share of naming hits (%)');
  });
  it('writes "no namings" in a panel without a naming hit, and only there', () => {
    const g = plotNamingShares([...NAMING, { dimension: 'north', segment: 'reporting', outlet: 'arab48', variant: 'naming_north_neutral', count: 0, share: null }], opts);
    const notes = layoutAny(g).annotations.filter((a: any) => a.text === 'no namings');
    expect(notes.length).toBe(1);
    // Centred in the third panel (north), whose x domain it sits in.
    const [x0, x1] = layoutAny(g).xaxis3.domain;
    expect(notes[0].x).toBeGreaterThan(x0);
    expect(notes[0].x).toBeLessThan(x1);
    expect(layoutAny(f).annotations.some((a: any) => a.text === 'no namings')).toBe(false);
  });
  it('shows each variant once in the legend and keeps the common parts', () => {
    expect(traces(f).filter((t) => t.showlegend).length).toBe(5);
    expectCommonParts(f);
  });
  it('matches its golden file', () => expectGolden('naming-shares', f));
});

describe('plotCategoryRates', () => {
  const f = plotCategoryRates(PROFILE, opts);
  it('puts rates per 1,000 tokens in a category × outlet grid per segment, empty where no tokens', () => {
    const [rep, com] = traces(f);
    expect(rep.x).toEqual(['Arab48', 'Orient News']);
    expect(rep.y).toEqual(['for reconciliation · تأييد', 'slogans · شعارات']);
    expect(rep.z).toEqual([[4, 1], [0, 3]]);
    expect(com.z).toEqual([[null, 0], [null, 10]]);
    expect(rep.text).toEqual([['4.0', '1.0'], ['0.0', '3.0']]);
    expect(rep.colorbar.title.text).toBe('hits per<br>1,000 tokens');
    // Every category and outlet is a forced tick, so none is skipped for lack of room.
    expect(layoutAny(f).yaxis.tickvals).toEqual(rep.y);
    expect(layoutAny(f).xaxis.tickvals).toEqual(rep.x);
    expectCommonParts(f);
  });
  it('matches its golden file', () => expectGolden('category-rates', f));
});

describe('plotCategoryRatesCI', () => {
  const f = plotCategoryRatesCI(PROFILE, opts);
  it('draws a dot per outlet and category with asymmetric whiskers from the intervals', () => {
    const orientRep = traces(f).find((t) => t.name === 'Orient News' && t.xaxis === 'x')!;
    expect(orientRep.x).toEqual([1, 3]);
    expect(orientRep.error_x.array).toEqual([1.5, 2]);
    expect(orientRep.error_x.arrayminus).toEqual([1, 2]);
    // Arab48 comments have no tokens (rate null): no dot at all.
    expect(traces(f).some((t) => t.name === 'Arab48' && t.xaxis === 'x2')).toBe(false);
    expect(layoutAny(f).xaxis.title.text).toBe('per 1,000 tokens');
    expectCommonParts(f);
  });
  it('matches its golden file', () => expectGolden('category-rates-ci', f));
});

describe('plotStanceReportingVsComments', () => {
  const f = plotStanceReportingVsComments(ARTICLES, COMMENTS, opts);
  it('gives per-outlet stance indexes with Wilson intervals', () => {
    const [rep, com] = traces(f);
    expect(rep.y).toEqual(['unknown outlet', 'Arab48', 'Orient News']);
    // Orient reporting: 1 for, 3 against → −0.5. Wilson 95% for 1/4 is [0.045587, 0.699358]
    // (R: prop.test(1, 4, correct = FALSE)$conf.int), so the index interval is [−0.908825, 0.398716].
    expect(rep.x).toEqual([null, 0.5, -0.5]);
    expect(rep.error_x.arrayminus[2]).toBeCloseTo(-0.5 - -0.908825, 3);
    expect(rep.error_x.array[2]).toBeCloseTo(0.398716 - -0.5, 3);
    // Orient comments: 0 for, 2 against → −1; Wilson upper for 0/2 is 0.657620 → index upper 0.315240.
    expect(com.x).toEqual([null, null, -1]);
    expect(com.error_x.array[2]).toBeCloseTo(1.31524, 3);
    expect(com.error_x.arrayminus[2]).toBe(0);
    expectCommonParts(f);
  });
  it('matches its golden file', () => expectGolden('stance-reporting-vs-comments', f));
  it('leaves out pages that are not articles, and their comments', () => {
    const listing = { ...ARTICLES[0], id: 'p9', pageKind: 'listing' as const, support: 9, oppose: 0 };
    const rows = stanceComparisonRows([...ARTICLES, listing], [...COMMENTS, { ...COMMENTS[0], articleId: 'p9', support: 5, oppose: 0 }]);
    expect(rows).toEqual(stanceComparisonRows(ARTICLES, COMMENTS));
  });
});

describe('plotHashtags', () => {
  const f = plotHashtags(HASHTAGS, opts);
  it('orders tags by total count and stacks by outlet', () => {
    const t = traces(f);
    expect(t.map((x) => x.name)).toEqual(['Al-Bawsala', 'Orient News']);
    expect(t[0].y).toEqual(['لن نصالح', '#لن_نصالح', '#التطبيع_خيانة']);
    expect(t[0].x).toEqual([1, 2, 0]);
    expect(t[1].x).toEqual([3, 0, 1]);
    expectCommonParts(f);
  });
  it('counts one segment when asked', () => {
    expect(traces(plotHashtags(HASHTAGS, { segment: 'comments' }))[0].y).toEqual(['لن نصالح', '#التطبيع_خيانة']);
  });
  it('matches its golden file', () => expectGolden('hashtags', f));
});

describe('plotKeyness', () => {
  const f = plotKeyness(KEYNESS, 'reporting vs comments', 2, opts);
  it('draws the top terms of each side as signed G²', () => {
    const [target, reference] = traces(f);
    expect(target.y).toEqual(['النظام', 'موسكو']);
    expect(target.x).toEqual([12.5, 8.25]);
    expect(reference.y).toEqual(['نصالح']);
    expect(reference.x).toEqual([-6]);
    expect(target.name).toBe('key in reporting');
    expect(reference.name).toBe('key in reader comments');
    expectCommonParts(f);
  });
  it('matches its golden file', () => expectGolden('keyness', f));
  it('titles an outlet comparison with readable names, never a raw id', () => {
    const rows = KEYNESS.map((k) => ({ ...k, comparison: 'outlet:(unknown) vs rest (reporting)' }));
    const g = plotKeyness(rows, 'outlet:(unknown) vs rest (reporting)', 2, { ...opts, outletNames: OUTLET_NAMES });
    expect(layoutAny(g).title.text).toBe('Key terms: unknown outlet vs the other outlets (reporting)');
    expect(JSON.stringify(g)).not.toContain('outlet:');
    const h = plotKeyness(KEYNESS.map((k) => ({ ...k, comparison: 'outlet:orient_news vs rest (reporting)' })), 'outlet:orient_news vs rest (reporting)', 2, { ...opts, outletNames: OUTLET_NAMES });
    expect(layoutAny(h).title.text).toBe('Key terms: Orient News vs the other outlets (reporting)');
  });
});

describe('plotMarkersOverTime', () => {
  const f = plotMarkersOverTime(ARTICLES, HITS, opts);
  it('gives reporting hits per 1,000 reporting tokens per publication month', () => {
    const [support, oppose] = traces(f);
    expect(support.name).toBe('for reconciliation · تأييد');
    expect(support.x).toEqual(['2016-12', '2023-01', '2023-04']);
    expect(oppose.y).toEqual([2, 1, 0]); // 2/1000, 1/1000, 0/500 ×1000
    expect(support.y).toEqual([0, 0, 2]); // p3: 1 hit / 500 tokens; p4 (undated) is left out
    expect(layoutAny(f).annotations.some((a: any) => a.text.startsWith('3 dated articles in 3 months; 1 without a usable date left out.<br>'))).toBe(true);
    // Small multiples: one panel per category, no legend, one y range for all.
    expect(traces(f).every((t) => t.showlegend === false)).toBe(true);
    expect(new Set(traces(f).map((t) => t.yaxis)).size).toBe(traces(f).length);
    expect(new Set(traces(f).map((t) => JSON.stringify(layoutAny(f)[t.yaxis.replace('y', 'yaxis')].range))).size).toBe(1);
    expectCommonParts(f);
  });
  it('matches its golden file', () => expectGolden('markers-over-time', f));
  it('leaves out pages that are not articles and counts them in the note', () => {
    const g = plotMarkersOverTime([...ARTICLES, { ...ARTICLES[0], id: 'p9', pageKind: 'no_article' as const }],
      [...HITS, { ...HITS[0], id: 'p9' }], opts);
    expect(g.data).toEqual(f.data);
    expect(layoutAny(g).annotations.some((a: any) => plainOfPlotlyText(a.text).startsWith('3 dated articles in 3 months; 1 without a usable date left out; 1 page that is not an article left out.'))).toBe(true);
  });
  it('draws no axes on an undated corpus and says so in words', () => {
    const g = plotMarkersOverTime(ARTICLES.map((a) => ({ ...a, published: null })), HITS, opts);
    expect(g.data).toEqual([]);
    expect(layoutAny(g).xaxis.visible).toBe(false);
    expect(layoutAny(g).annotations.some((a: any) => /^No article has a usable publication date \(4 undated\)/.test(a.text))).toBe(true);
  });
});

describe('periodOf', () => {
  it.each([
    ['2023-04-25', 'month', '2023-04'],
    ['2023-01', 'month', '2023-01'],
    ['2023', 'month', null],
    ['2023', 'year', '2023'],
    [null, 'month', null],
    ['April 2023', 'month', null],
  ] as const)('periodOf(%j, %s) is %j', (input, gran, expected) => {
    expect(periodOf(input, gran)).toBe(expected);
  });
});

describe('plotCommentVolume', () => {
  const f = plotCommentVolume(ARTICLES, COMMENTS, opts);
  it('compares parsed with declared comments per article', () => {
    const [parsed, declared] = traces(f);
    expect(parsed.y).toEqual(['Orient News · p1', 'Orient News · p2', 'Arab48 · p3', 'unknown outlet · p4']);
    expect(parsed.x).toEqual([2, 1, 0, 0]);
    expect(declared.x).toEqual([2, 2, null, null]);
    expectCommonParts(f);
  });
  it('matches its golden file', () => expectGolden('comment-volume', f));
});

describe('every plot* at single column (column: single, 85 mm = 321 px)', () => {
  const single = { ...opts, column: 'single' as const };
  const all: [string, Figure][] = [
    ['plotNamingShares', plotNamingShares(NAMING, single)],
    ['plotCategoryRates', plotCategoryRates(PROFILE, single)],
    ['plotCategoryRatesCI', plotCategoryRatesCI(PROFILE, single)],
    ['plotStanceReportingVsComments', plotStanceReportingVsComments(ARTICLES, COMMENTS, single)],
    ['plotHashtags', plotHashtags(HASHTAGS, single)],
    ['plotKeyness', plotKeyness(KEYNESS, KEYNESS[0].comparison, 10, single)],
    ['plotMarkersOverTime', plotMarkersOverTime(ARTICLES, HITS, single)],
    ['plotCommentVolume', plotCommentVolume(ARTICLES, COMMENTS, single)],
  ];
  it.each(all)('%s: keeps the common parts, type of 7 pt or more (9.5 px), title lines of at most 45 characters', (_, f) => {
    expectCommonParts(f);
    const l = layoutAny(f);
    expect(l.font.size).toBe(10);
    expect(l.title.font.size).toBe(12);
    // 321 px less the title's 24 px of padding, at 12 px × 0.55 em a character: 45 characters a line.
    for (const line of plainOfPlotlyText(l.title.text.replace(/<br>/g, '\n')).split('\n')) expect(line.length).toBeLessThanOrEqual(45);
    // Every font size in the spec (font, tickfont, textfont…; not marker sizes).
    const sizes: number[] = [];
    const walk = (v: unknown, key: string): void => {
      if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v !== null && typeof v === 'object') {
        if (/font$/i.test(key) && typeof (v as any).size === 'number') sizes.push((v as any).size);
        for (const [k, x] of Object.entries(v)) walk(x, k);
      }
    };
    walk(f, '');
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9.5);
  });
  it('plotNamingShares: a row per dimension and a column per segment (two panels across, not three)', () => {
    const comments = NAMING.map((r) => ({ ...r, segment: 'comments' as const }));
    const l = layoutAny(plotNamingShares([...NAMING, ...comments], single));
    // Trace order is unchanged (segment, then dimension), so x2 is the first dimension's comments panel: beside x, not below it.
    expect(l.xaxis2.domain[0]).toBeGreaterThan(l.xaxis.domain[1]);
    expect(l.yaxis2.domain).toEqual(l.yaxis.domain);
    expect(l.xaxis3.domain).toEqual(l.xaxis.domain); // second dimension, reporting: under the first
    expect(l.yaxis3.domain[1]).toBeLessThan(l.yaxis.domain[0]);
  });
  it('plotCategoryRates: category labels on two lines (English over Arabic), a horizontal colour bar, colour instead of cell numbers, said in a note', () => {
    // Four outlets: cells of about 22 px, too narrow for «10.0» at 9.5 px; two outlets still print their numbers.
    const f = plotCategoryRates([...PROFILE, ...PROFILE.map((r) => ({ ...r, outlet: 'al_bawsala' })), ...PROFILE.map((r) => ({ ...r, outlet: 'enab' }))], single);
    expect(traces(plotCategoryRates(PROFILE, single)).every((t) => t.texttemplate)).toBe(true);
    expect(traces(f)[0].y[0]).toMatch(/^[^<]+<br>[\u0600-\u06FF]/);
    const bar = traces(f).find((t) => t.showscale)!.colorbar;
    expect(bar.orientation).toBe('h');
    expect(traces(f).some((t) => t.texttemplate)).toBe(false);
    expect(layoutAny(f).annotations.some((a: any) => /rates shown by colour/.test(plainOfPlotlyText(a.text)))).toBe(true);
  });
  it('plotStanceReportingVsComments: bare numbers on the ticks, the ends of the scale named in the axis title', () => {
    const l = layoutAny(plotStanceReportingVsComments(ARTICLES, COMMENTS, single));
    expect(l.xaxis.ticktext).toEqual(['−1', '−0.5', '0', '0.5', '+1']);
    expect(plainOfPlotlyText(l.xaxis.title.text)).toMatch(/−1 all against to \+1 all for/);
  });
  it('plotMarkersOverTime: three small panels a row, two ticks each', () => {
    const l = layoutAny(plotMarkersOverTime(ARTICLES, HITS, single));
    expect(l.xaxis.tickvals.length).toBe(2);
    const starts = new Set(Object.keys(l).filter((k) => /^xaxis\d*$/.test(k)).map((k) => l[k].domain[0]));
    expect(starts.size).toBe(Math.min(3, traces(plotMarkersOverTime(ARTICLES, HITS, single)).length));
  });
});
