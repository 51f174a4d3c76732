import { describe, it, expect } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import { isNegatorKey, isNegatorReading } from '../../src/stance/negation';
import { prefixCandidates, cliticCandidates } from '../../src/text/clitics';
import { matchKey } from '../../src/text/matchKey';
import { reportingClass, reportingClassOfKey } from '../../src/stance/quotation';
import { caseTable } from './helpers';

const lex = loadLexicon();
const hitOf = (input: string, marker: string) => matchMarkers(articleOfLines([input]), lex).find((h) => h.marker === marker);

describe('matchMarkers negation', () => {
  const cases = caseTable<{ input: string; marker: string; expected: boolean; note: string }>('negation.yaml');
  it.each(cases.map((c) => [c.note, c] as const))('case: %s', (_n, c) => {
    const h = hitOf(c.input, c.marker);
    expect(h, `no ${c.marker} hit in «${c.input}»`).toBeDefined();
    expect(h!.negated).toBe(c.expected);
  });
});

describe('matchMarkers quotation', () => {
  const cases = caseTable<{ input: string; marker: string; quoted: boolean; speaker: string | null; note: string }>('quotation.yaml');
  it.each(cases.map((c) => [c.note, c] as const))('case: %s', (_n, c) => {
    const h = hitOf(c.input, c.marker);
    expect(h, `no ${c.marker} hit in «${c.input}»`).toBeDefined();
    expect([h!.quoted, h!.speaker]).toEqual([c.quoted, c.speaker]);
  });
});

describe('isNegatorKey', () => {
  it('accepts negators with و/ف and ب/ل before عدم, rejects كما/لما', () => {
    expect(['لا', 'ولا', 'فلن', 'بعدم', 'لعدم', 'بدون', 'ليست', 'وما'].map(isNegatorKey)).toEqual(Array(8).fill(true));
    expect(['كما', 'لما', 'عندما', 'لاجئ'].map(isNegatorKey)).toEqual([false, false, false, false]);
  });
});

describe('reportingClass', () => {
  it('tells verbs, participles and other words apart', () => {
    expect(reportingClass('وقالت')).toBe(1);
    expect(reportingClass('وأوضح')).toBe(1);
    expect(reportingClass('مضيفاً')).toBe(2);
    expect(reportingClass('قالب')).toBe(0);
  });
});

describe('isNegatorReading', () => {
  it('agrees with isNegatorKey given prefix or clitic readings', () => {
    for (const w of ['لا', 'ولا', 'فلم', 'بعدم', 'لعدم', 'وبغير', 'بدون', 'كما', 'لما', 'ليسوا', 'الغير', 'ولاها', 'وليست', 'عدمها', 'نصالح', 'ما', 'وما']) {
      const k = matchKey(w);
      expect(isNegatorReading(k, prefixCandidates(k))).toBe(isNegatorKey(k));
      expect(isNegatorReading(k, cliticCandidates(k, true))).toBe(isNegatorKey(k));
    }
  });
});

describe('reportingClassOfKey', () => {
  it('is reportingClass of the key', () => {
    for (const w of ['قال', 'وقالت', 'مضيفاً', 'فأكد', 'الوزير', 'وقال', 'واضاف', 'قالوا']) expect(reportingClassOfKey(matchKey(w))).toBe(reportingClass(w));
  });
});
