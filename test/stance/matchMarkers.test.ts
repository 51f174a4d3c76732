import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { compileLexicon } from '../../src/lexicon/compileLexicon';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import type { Article } from '../../src/split/types';
import type { Hit } from '../../src/stance/types';
import { seedArticles } from './helpers';

const lex = loadLexicon();
let seeds: Article[] = [];
const hitsOf = new Map<string, Hit[]>();
beforeAll(async () => {
  seeds = await seedArticles();
  for (const a of seeds) hitsOf.set(a.id.slice(0, 3), matchMarkers(a, lex));
});
const pick = (seed: string, pred: (h: Hit) => boolean) => hitsOf.get(seed)!.filter(pred).map((h) => [h.line, h.matched]);
const naming = (h: Hit) => h.category.startsWith('naming_gov_');

describe('matchMarkers on the seeds', () => {
  it('finds every «لن نصالح» and «#لن_نصالح» (3 in 000 counting both title lines and the hashtag, 1 in 003)', () => {
    expect(pick('000', (h) => h.category === 'slogan')).toEqual([[1, 'لن نصالح'], [3, 'لن نصالح'], [7, '#لن_نصالح']]);
    expect(pick('003', (h) => h.category === 'slogan')).toEqual([[35, 'لن نصالح']]);
    for (const s of ['001', '002', '004']) expect(pick(s, (h) => h.category === 'slogan')).toEqual([]);
  });

  // Expected lists written by reading the seed texts (data/corpus/*.txt), not from program output.
  it('categorizes every naming of the Syrian government in 000 (incl. «نظام بشار الاسد» without hamza)', () => {
    expect(pick('000', naming)).toEqual([
      [1, 'النظام السوري'], [3, 'النظام السوري'], [7, 'النظام السوري'], [9, 'النظام'], [9, 'نظام بشار الاسد'],
      [11, 'النظام السوري'], [11, 'للنظام'], [11, 'النظام السوري'], [17, 'والنظام السوري'], [21, 'النظام'],
      [23, 'النظام'], [23, 'النظام'], [27, 'النظام السوري'], [29, 'للنظام'],
    ]);
    expect(hitsOf.get('000')!.find((h) => h.matched === 'نظام بشار الاسد')?.category).toBe('naming_gov_regime');
  });

  it('never counts the ceasefire «نظام وقف إطلاق النار» (001 line 14) as the government', () => {
    expect(pick('001', naming)).toEqual([[8, 'ونظام الأسد'], [8, 'وقوات الأسد'], [20, 'النظام'], [31, 'النظام'], [31, 'النظام']]);
    expect(hitsOf.get('001')!.filter((h) => h.line === 14 && naming(h))).toEqual([]);
  });

  it('separates regime and metonym naming in 002 and skips «في دمشق»', () => {
    expect(pick('002', naming)).toEqual([
      [4, 'النظام السوري'], [6, 'النظام السوري'], [6, 'ودمشق'], [8, 'النظام السوري'], [10, 'النظام السوري'], [10, 'ودمشق'],
      [12, 'والنظام'], [18, 'النظام السوري'], [22, 'نظام بشار الأسد'], [22, 'النظام'], [26, 'النظام'],
    ]);
    expect(hitsOf.get('002')!.filter((h) => h.category === 'naming_gov_metonym').length).toBe(2);
  });

  it("catches Orient's «أسد» without the article in 003", () => {
    expect(pick('003', naming)).toEqual([
      [1, 'أسد'], [3, 'أسد'], [5, 'حكومة أسد'], [7, 'ونظام أسد'], [11, 'ونظام الأسد'], [13, 'نظام أسد'], [21, 'دمشق'],
      [25, 'ونظام أسد'], [27, 'حكومة أسد'], [29, 'برأس النظام'], [35, 'نظام الأسد'], [35, 'لميليشيا أسد'], [37, 'لوفد الأسد'], [46, 'اسد'],
    ]);
  });

  it('tells state naming from regime naming in 004', () => {
    expect(hitsOf.get('004')!.filter(naming).map((h) => [h.line, h.category, h.matched])).toEqual([
      [3, 'naming_gov_regime', 'بالنظام السوري'], [5, 'naming_gov_regime', 'النظام السوري'], [9, 'naming_gov_regime', 'للنظام السوري'],
      [11, 'naming_gov_state', 'الجانب السوري'], [11, 'naming_gov_state', 'الجمهورية العربية السورية'], [13, 'naming_gov_state', 'الجانب السوري'],
      [15, 'naming_gov_state', 'الدولة السورية'], [30, 'naming_gov_regime', 'قوات النظام'], [31, 'naming_gov_regime', 'قوات النظام'],
    ]);
    // Operation names are not occupation naming (004 line 19).
    expect(hitsOf.get('004')!.filter((h) => h.category === 'naming_turkey_occupation' || h.category === 'naming_north_occupied')).toEqual([]);
  });

  it('never hits boilerplate, blank, link or comment header/author/meta lines', () => {
    for (const a of seeds) {
      for (const h of hitsOf.get(a.id.slice(0, 3))!) {
        expect(['boilerplate', 'blank', 'link', 'comment_header', 'comment_author', 'comment_meta']).not.toContain(h.role);
        expect(h.role).toBe(a.lines[h.line - 1].role);
      }
    }
  });

  it('keeps matched === line.text.slice(col, col + len) and orders hits by line, col, marker', () => {
    for (const a of seeds) {
      const hits = hitsOf.get(a.id.slice(0, 3))!;
      for (const h of hits) expect(a.lines[h.line - 1].text.slice(h.col, h.col + h.len)).toBe(h.matched);
      const sorted = [...hits].sort((x, y) => x.line - y.line || x.col - y.col || (x.marker < y.marker ? -1 : x.marker > y.marker ? 1 : 0));
      expect(hits).toEqual(sorted);
    }
  });
});

describe('matchMarkers properties', () => {
  const compiled = compileLexicon(lex);
  const WORDS = ['النظام', 'السوري', 'التركي', 'لن', 'نصالح', '#لن_نصالح', 'والتطبيع', 'مع', 'نظام', 'الأسد', 'أسد', 'دمشق', 'في', 'لا', 'خيانة',
    '،', '“', '”', '«', '»', 'قال', 'إن', ':', 'ـ', 'َ', '\u200f', 'ﻻ', 'تصالح', 'بالمصالحة', '😀', 'https://x.y/z', '2011', 'Share', '.'];
  const line = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '', '  ', '\t')), { maxLength: 25 }).map((a) => a.map(([w, s]) => w + s).join(''));
  it('matched is always the original slice, for any line', () => {
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
      const a = articleOfLines(lines);
      for (const h of matchMarkers(a, compiled)) {
        expect(a.lines[h.line - 1].text.slice(h.col, h.col + h.len)).toBe(h.matched);
        expect(h.len).toBeGreaterThan(0);
      }
    }), { numRuns: 300 });
  });
  it('gives the same hits with a plain or a compiled lexicon', () => {
    const a = articleOfLines(['“لن نصالح” مع النظام السوري', 'والتطبيع مع نظام الأسد']);
    expect(matchMarkers(a, lex)).toEqual(matchMarkers(a, compiled));
  });
  it('only matches the roles asked for', () => {
    const a = articleOfLines(['لن نصالح'], 'boilerplate');
    expect(matchMarkers(a, lex)).toEqual([]);
    expect(matchMarkers(articleOfLines(['لن نصالح'], 'comment_body'), lex)[0].comment).toBe(0);
  });
});
