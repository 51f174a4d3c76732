import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page, Role } from '../../src/corpus/types';
import { readSplitGoldDir } from '../../src/split/readSplitGoldDir';
import type { SplitGoldPage } from '../../src/split/readSplitGoldTypes';
import { splitLineParts } from '../../src/split/splitLines';
import { alignKey, alignLines, pairRewritten, sameLineRewritten } from '../../src/validate/evalSplitAlign';
import { evalSplit } from '../../src/validate/evalSplit';
import { crossValidateLayouts } from '../../src/validate/evalSplitCv';
import { goldToPage, scoreSplitPage } from '../../src/validate/evalSplitPage';
import { ruleSplitter } from '../../src/validate/evalSplitRule';
import type { Labeller, LabellerFactory, LabelledPage } from '../../src/validate/evalSplitTypes';

// The fixtures (test/fixtures/gold-split), counted by hand:
//  a-wire (plain-wire, text): title, byline, blank, body, body, subheading, body, caption
//    = 7 non-blank lines + 1 blank; title «أنقرة ودمشق تستأنفان المحادثات»; 0 comments.
//  b-comments (declared-comments, text): boilerplate, body, blank, comment_header, comment_author,
//    comment_meta, comment_body, comment_meta, comment_body, comment_body* = 9 non-blank + 1 blank;
//    title (none); 3 comments.
//  c-html (aggregator-reprint, html): boilerplate (breadcrumb), title, body, body, boilerplate
//    (copyright) = 5 lines; khitab's HTML reader puts the <h1> first, so the breadcrumb is a moved line.
const FIX = resolve(__dirname, '../fixtures/gold-split');
const GOLD = readSplitGoldDir(FIX).pages;
const [A, B, C] = GOLD;

/** The lines of a page as khitab reads them. */
const linesOf = (page: Page): string[] => splitLineParts(page.text).texts;

/** A labeller from a function of each line's text (and the page). */
function labeller(role: (text: string) => Role, rest: Partial<LabelledPage> = {}): Labeller {
  return (page) => ({ lines: linesOf(page).map((t) => ({ role: role(t) })), title: null, comments: [], ...rest });
}

/** The oracle: every line gets the gold role of the gold line with its text; title and comment count from the gold. */
function oracle(pages: readonly SplitGoldPage[]): Labeller {
  const role = new Map<string, Role>();
  for (const p of pages) for (const l of p.lines) role.set(l.text, l.role);
  const byName = new Map(pages.map((p) => [p.name, p]));
  return (page) => {
    const g = byName.get(page.id)!;
    return { lines: linesOf(page).map((t) => ({ role: role.get(t) ?? 'body' })), title: g.title, comments: new Array(g.comments).fill(null) };
  };
}

/** "Everything is body": blank lines blank, every other line body, no title, no comments. */
const allBody = labeller((t) => (t.trim() === '' ? 'blank' : 'body'));

describe('alignKey', () => {
  it('folds presentation forms (NFKC) and white space', () => {
    expect(alignKey(' \uFEFB  تعليق\u00a0هنا\t')).toBe('\u0644\u0627 تعليق هنا');
  });
});

describe('alignLines', () => {
  it.each([
    ['identical lists pair one to one', ['x', 'y'], ['x', 'y'], [[0, 0], [1, 1]]],
    ['a changed line is one unpaired line on each side', ['x', 'y', 'z'], ['x', 'q', 'z'], [[0, 0], [1, null], [null, 1], [2, 2]]],
    ['a line missing on the right', ['x', 'y', 'z'], ['x', 'z'], [[0, 0], [1, null], [2, 1]]],
    ['an extra line on the right', ['x', 'z'], ['x', 'y', 'z'], [[0, 0], [null, 1], [1, 2]]],
    ['a headline moved before the breadcrumb is paired as moved', ['crumb', 'title', 'p'], ['title', 'crumb', 'p'], [[0, 1, 'moved'], [1, 0], [2, 2]]],
    ['white space differences do not matter', ['a  b'], ['a b '], [[0, 0]]],
    ['empty lists', [], ['x'], [[null, 0]]],
  ])('%s', (_name, a, b, expected) => {
    expect(alignLines(a, b)).toEqual(expected);
  });
});

describe('sameLineRewritten', () => {
  it('sameLineRewritten pairs an author without «قال:», a time without its bullet, and a datetime with the date shown', () => {
    expect(sameLineRewritten('شيار قال:', 'شيار')).toBe(true);
    expect(sameLineRewritten('• منذ ساعتين', 'منذ ساعتين')).toBe(true);
    expect(sameLineRewritten('12 أكتوبر، 2024 الساعة 8:05 م', '2024-10-12T20:05:00+03:00')).toBe(true);
  });
  it('sameLineRewritten leaves other lines apart: other text, another date, a line of two letters', () => {
    expect(sameLineRewritten('أبو خالد', 'أبو سامر')).toBe(false);
    expect(sameLineRewritten('12 أكتوبر، 2024', '2024-10-13T08:00:00Z')).toBe(false);
    expect(sameLineRewritten('رد', 'رد على التعليق')).toBe(false);
  });
});

describe('pairRewritten', () => {
  it('pairRewritten pairs left-over lines of one stretch that are one line written two ways, in order', () => {
    const a = ['x', 'شيار قال:', '12 أكتوبر، 2024 الساعة 8:05 م', 'y', 'رد'];
    const b = ['x', 'التعليقات (5)', 'شيار', '2024-10-12T20:05:00+03:00', 'y'];
    expect(pairRewritten(alignLines(a, b), a, b)).toEqual([[0, 0], [1, 2, 'rewritten'], [2, 3, 'rewritten'], [null, 1], [3, 3 + 1], [4, null]]);
  });
  it('pairRewritten changes nothing when no left-over line matches', () => {
    const steps = alignLines(['x', 'y', 'z'], ['x', 'q', 'z']);
    expect(pairRewritten(steps, ['x', 'y', 'z'], ['x', 'q', 'z'])).toEqual(steps);
  });
});

describe('goldToPage', () => {
  it('joins the texts of a text page with LF and takes the outlet from the gold header', () => {
    const page = goldToPage({ ...A, outlet: 'orient_news' });
    expect(page.text).toBe(A.lines.map((l) => l.text).join('\n'));
    expect(page.text.split('\n')).toHaveLength(8);
    expect(page.format).toBe('text');
    expect(page.meta?.outlet).toBe('orient_news');
  });

  it('reads a saved page through the HTML reader: the <h1> first, with role hints', () => {
    const page = goldToPage(C);
    expect(page.format).toBe('html');
    expect(linesOf(page)[0]).toBe('تركيا وسوريا: جولة جديدة');
    expect(page.roleHints?.[0]).toBe('title');
  });
});

describe('scoreSplitPage', () => {
  it('aligns an HTML page: a gold text line the reader dropped is wrong (scored boilerplate), a page line not in the gold is extra', () => {
    // The gold without its copyright line and with a line the page does not have:
    // gold non-blank = breadcrumb, title, p1, p2, ghost = 5; 4 paired right (the breadcrumb moved), ghost missing.
    const gold: SplitGoldPage = { ...C, lines: [...C.lines.slice(0, 4), { n: 99, role: 'body', text: 'سطر لا يظهر في الصفحة', startsComment: false }] };
    const s = scoreSplitPage(gold, oracle([C]));
    expect([s.correct, s.lines, s.missing, s.extra, s.moved]).toEqual([4, 5, 1, 1, 1]);
    expect(s.exact).toBe(false);
    const r = evalSplit([gold], { labeller: oracle([C]) });
    // boilerplate: gold 1 (breadcrumb) found; the extra copyright line and the dropped ghost (scored
    // boilerplate) are false positives → P 1/3, R 1.
    expect(r.roles.find((x) => x.role === 'boilerplate')).toMatchObject({ tp: 1, fp: 2, fn: 0, precision: 1 / 3, recall: 1 });
    // body: gold 3 (p1, p2, ghost), 2 found → R 2/3, P 1.
    expect(r.roles.find((x) => x.role === 'body')).toMatchObject({ tp: 2, fp: 0, fn: 1, precision: 1, recall: 2 / 3 });
    expect(r.alignment).toEqual({ missing: 1, missingText: 1, extra: 1, moved: 1, rewritten: 0 });
    expect(r.lineAccuracy).toEqual({ count: 4, total: 5, value: 0.8 });
  });

  it('scores a gold boilerplate line the HTML reader dropped as right: it never reaches the analysis', () => {
    // The same page with a gold footer line the page does not show: dropped, gold boilerplate → right.
    const gold: SplitGoldPage = { ...C, lines: [...C.lines, { n: 99, role: 'boilerplate', text: 'سطر تذييل غير موجود', startsComment: false }] };
    const s = scoreSplitPage(gold, oracle([C]));
    expect([s.correct, s.lines, s.missing, s.missingText]).toEqual([s.lines, C.lines.filter((l) => l.role !== 'blank').length + 1, 1, 0]);
    expect(s.scored.filter((x) => x.dropped)).toEqual([{ gold: 'boilerplate', pred: 'boilerplate', dropped: true }]);
  });

  it('throws when the labeller gives a wrong number of lines', () => {
    const short: Labeller = (page) => ({ lines: linesOf(page).slice(1).map(() => ({ role: 'body' as Role })), title: null, comments: [] });
    expect(() => scoreSplitPage(A, short)).toThrow('the labeller gave 7 roles for 8 lines');
  });
});

describe('evalSplit', () => {
  it('gives every figure 1 for the oracle labeller', () => {
    const r = evalSplit(GOLD, { labeller: oracle(GOLD), name: 'oracle' });
    expect(r.labeller).toBe('oracle');
    expect(r.lineAccuracy).toEqual({ count: 21, total: 21, value: 1 }); // 7 + 9 + 5 non-blank lines
    expect(r.blankLines).toEqual({ count: 2, total: 2, value: 1 });
    expect(r.pagesExact.value).toBe(1);
    expect(r.commentCountExact.value).toBe(1);
    expect(r.titlesRight.value).toBe(1);
    expect(r.phantomComments).toEqual({ comments: 0, pages: 0 });
    expect(r.alignment).toEqual({ missing: 0, missingText: 0, extra: 0, moved: 1, rewritten: 0 });
    for (const x of r.roles) expect([x.role, x.precision, x.recall]).toEqual(x.support ? [x.role, 1, 1] : [x.role, null, null]);
    // Supports: title 2 (a, c), boilerplate 3 (b 1, c 2), body 6 (a 3, b 1, c 2), comment_body 3.
    const support = Object.fromEntries(r.roles.map((x) => [x.role, x.support]));
    expect(support).toMatchObject({ title: 2, boilerplate: 3, body: 6, comment_body: 3, comment_meta: 2, link: 0 });
  });

  it('moves the figures for a wrong labeller that calls every line body (worked by hand)', () => {
    const r = evalSplit([A, B], { labeller: allBody });
    // a: 3 of 7 non-blank lines are body; b: 1 of 9 → 4/16 = 0.25.
    expect(r.lineAccuracy).toEqual({ count: 4, total: 16, value: 0.25 });
    // body: gold 4, all found (R 1); predicted on all 16 non-blank lines (P 4/16 = 0.25); F1 = 2·0.25·1/1.25 = 0.4.
    const body = r.roles.find((x) => x.role === 'body')!;
    expect([body.tp, body.fp, body.fn, body.support, body.precision, body.recall]).toEqual([4, 12, 0, 4, 0.25, 1]);
    expect(body.f1).toBeCloseTo(0.4, 12);
    // title: gold 1 (a), never predicted → P undefined, R 0, F1 undefined.
    expect(r.roles.find((x) => x.role === 'title')).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: null });
    expect(r.roles.find((x) => x.role === 'comment_body')).toMatchObject({ support: 3, recall: 0 });
    // Titles: a has one (missed), b has none (right); comments: a 0 = 0 (right), b 3 ≠ 0.
    expect(r.titlesRight).toEqual({ count: 1, total: 2, value: 0.5 });
    expect(r.commentCountExact).toEqual({ count: 1, total: 2, value: 0.5 });
    expect(r.pagesExact).toEqual({ count: 0, total: 2, value: 0 });
    expect(r.blankLines).toEqual({ count: 2, total: 2, value: 1 });
    expect(r.families.map((f) => [f.layout, f.lineAccuracy.count, f.lineAccuracy.total])).toEqual([['declared-comments', 1, 9], ['plain-wire', 3, 7]]);
    expect(r.worstFamily).toBe('declared-comments');
    expect(r.kind).toBeNull(); // the labeller outputs no kind: not measured
  });

  it('counts phantom comments: comments parsed on pages whose gold has none', () => {
    const r = evalSplit(GOLD, { labeller: labeller((t) => (t ? 'body' : 'blank'), { comments: [1, 2] }) });
    // a and c have no gold comments: 2 + 2 phantom comments on 2 pages; b (gold 3) gets 2: wrong, not phantom.
    expect(r.phantomComments).toEqual({ comments: 4, pages: 2 });
    expect(r.commentCountExact.count).toBe(0);
  });

  it('measures the page kind only when the labeller outputs one', () => {
    expect(evalSplit(GOLD, { labeller: labeller(() => 'body', { pageKind: 'article' }) }).kind).toEqual({ count: 3, total: 3, value: 1 });
    expect(evalSplit(GOLD, { labeller: labeller(() => 'body', { pageKind: 'listing' }) }).kind).toEqual({ count: 0, total: 3, value: 0 });
  });

  it('lists pages that cannot be scored with the reason, and scores the others', () => {
    const r = evalSplit([A, { ...C, html: '<html><body></body></html>' }], { labeller: allBody });
    expect(r.failed).toEqual([{ file: 'c-html.gold.txt', reason: expect.stringContaining('khitab rejects the page: empty') }]);
    expect(r.pages).toBe(1);
  });

  it('runs the rule splitter by default over every gold line', () => {
    const r = evalSplit(GOLD);
    expect(r.labeller).toBe('rule splitter');
    expect(r.failed).toEqual([]);
    expect(r.lineAccuracy.total).toBe(21);
    expect(r.blankLines.total).toBe(2);
    expect(r.roles.map((x) => x.role)).toEqual(['title', 'byline', 'body', 'subheading', 'caption', 'link', 'comment_header', 'comment_author', 'comment_meta', 'comment_body', 'boilerplate']);
  });
});

describe('crossValidateLayouts', () => {
  it('trains each fold on the other families only and tests on the held-out one', () => {
    const seen: Record<string, string[]> = {};
    let fold = 0;
    const recorder: LabellerFactory = {
      name: 'recorder', trains: true,
      train(pages) {
        const names = pages.map((p) => p.name);
        seen[`fold${fold++}`] = names;
        return allBody;
      },
    };
    const cv = crossValidateLayouts(GOLD, recorder);
    // Families in name order: aggregator-reprint (c), declared-comments (b), plain-wire (a).
    expect(seen).toEqual({ fold0: ['a-wire', 'b-comments'], fold1: ['a-wire', 'c-html'], fold2: ['b-comments', 'c-html'] });
    expect(cv.folds.map((f) => [f.layout, f.pages, f.trainPages])).toEqual([['aggregator-reprint', 1, 2], ['declared-comments', 1, 2], ['plain-wire', 1, 2]]);
    // all-body on c: p1, p2 right of 5 → 0.4; b: 1/9; a: 3/7. Mean (0.4 + 1/9 + 3/7)/3; worst b.
    expect(cv.folds.map((f) => f.lineAccuracy.value)).toEqual([0.4, 1 / 9, 3 / 7]);
    expect(cv.meanLineAccuracy).toBeCloseTo((0.4 + 1 / 9 + 3 / 7) / 3, 12);
    expect(cv.worst).toEqual({ layout: 'declared-comments', lineAccuracy: 1 / 9 });
    expect(cv.note).toBe('recorder: trained on the other families, tested on each held-out family');
    // Pooled over the folds: 2 + 1 + 3 = 6 of 5 + 9 + 7 = 21 lines; comment counts right on a and c
    // (0 = 0), wrong on b (3 gold, 0 parsed); no phantom comments; titles right on b only (none = none).
    expect(cv.pooled.lineAccuracy).toEqual({ count: 6, total: 21, value: 6 / 21 });
    expect(cv.pooled.commentCountExact).toMatchObject({ count: 2, total: 3 });
    expect(cv.pooled.phantomComments).toEqual({ comments: 0, pages: 0 });
    expect(cv.pooled.titlesRight).toMatchObject({ count: 1, total: 3 });
  });

  it('gives the rule splitter per-family figures, equal to the families of one evaluation', () => {
    const cv = crossValidateLayouts(GOLD, ruleSplitter);
    expect(cv.note).toBe('rule splitter: no training; per-family figures');
    expect(cv.trains).toBe(false);
    const families = evalSplit(GOLD).families;
    expect(cv.folds.map((f) => f.lineAccuracy)).toEqual(families.map((f) => f.lineAccuracy));
  });
});
