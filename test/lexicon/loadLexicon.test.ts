import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { loadLexicon, readLexicon, LexiconError } from '../../src/lexicon/loadLexicon';
import { readLiwc } from '../../src/lexicon/readLexiconFile';
import { validatePattern, compilePattern } from '../../src/lexicon/patterns';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';

const FIX = path.join(__dirname, '../fixtures/lexicons');

describe('loadLexicon', () => {
  it('loads the shipped codebook with a version and 80–200 markers in the fixed categories', () => {
    const lex = loadLexicon();
    expect(lex.files[0].version).toBe('2024.7'); // codebook 2024.7 (rule scope lists and chains in 2024.7, lemma entries in 2024.6, sense guards in 2024.4, the stanceRules block in 2024.5; categories in data since 2024.3)
    expect(lex.markers.length).toBeGreaterThanOrEqual(80);
    expect(lex.markers.length).toBeLessThanOrEqual(200);
    const cats = new Set(lex.markers.map((m) => m.category));
    for (const c of ['slogan', 'hashtag', 'stance_support', 'stance_oppose', 'topic_reconciliation', 'naming_gov_regime',
      'naming_gov_state', 'naming_gov_metonym', 'label_revolution', 'label_armed', 'label_terror', 'naming_turkey_occupation',
      'naming_turkey_guarantor', 'naming_north_liberated', 'naming_north_occupied', 'frame_security', 'frame_humanitarian',
      'frame_accountability', 'frame_sovereignty', 'frame_diplomacy', 'frame_economy']) expect(cats.has(c), c).toBe(true);
  });

  it('reports every problem as file:line', () => {
    const { problems } = readLexicon([path.join(FIX, 'bad.yaml')]);
    const text = problems.join('\n');
    expect(text).toMatch(/bad\.yaml:10: marker 'bad marker': 'id' must be/);
    expect(text).toMatch(/bad\.yaml:12: .*'polarity' must be -1, 0 or 1/);
    expect(text).toMatch(/bad\.yaml:13: .*pattern 'نظا\*م'/);
    expect(text).toMatch(/bad\.yaml:15: .*'examples' must be a non-empty list/);
    expect(text).toMatch(/bad\.yaml:17: .*unknown key 'colour'/);
    expect(() => loadLexicon([path.join(FIX, 'bad.yaml')])).toThrow(LexiconError);
  });

  it('reports YAML syntax errors with a line', () => {
    const { problems } = readLexicon([path.join(FIX, 'syntax.yaml')]);
    expect(problems[0]).toMatch(/syntax\.yaml:\d+: YAML syntax error/);
  });

  it('reports duplicate ids across files', () => {
    const p = path.join(__dirname, '../../data/lexicons/codebook.yaml');
    const { problems } = readLexicon([p, p]);
    expect(problems.some((x) => /duplicate marker id 'slogan_lan_nusalih'/.test(x))).toBe(true);
  });

  it('reads quanteda-style dictionaries: nested keys become a.b categories, globs work', () => {
    const lex = loadLexicon([path.join(FIX, 'quanteda.yaml')]);
    expect(lex.markers.map((m) => m.category)).toEqual(['economy.trade', 'economy.energy']);
    const hits = matchMarkers(articleOfLines(['تجارتها عبر المعابر وأسعار الغاز والنفط']), lex);
    expect(hits.map((h) => [h.category, h.matched])).toEqual([
      ['economy.trade', 'تجارتها'], ['economy.trade', 'المعابر'], ['economy.energy', 'الغاز'], ['economy.energy', 'والنفط'],
    ]);
  });

  it('reads LIWC .dic files', () => {
    const lex = loadLexicon([path.join(FIX, 'tiny.dic')]);
    expect(lex.markers.map((m) => [m.category, m.patterns])).toEqual([
      ['posemo', ['خير*', 'حرب أهلية']], ['negemo', ['شر', 'حرب أهلية']],
    ]);
    expect(readLiwc('x.dic', 'no header').problems[0]).toMatch(/^x\.dic:1: /);
  });
});

describe('validatePattern', () => {
  it('accepts words, phrases, hashtags and edge globs; rejects inner globs', () => {
    expect(validatePattern('نظام الأسد')).toBeNull();
    expect(validatePattern('#لن_نصالح')).toBeNull();
    expect(validatePattern('#*')).toBeNull();
    expect(validatePattern('تطبيع*')).toBeNull();
    expect(validatePattern('*تطبيع*')).toBeNull();
    expect(validatePattern('نظا*م')).toMatch(/only at the start or end/);
    expect(validatePattern('نظام *')).toMatch(/single-word/);
  });
});

describe('compilePattern', () => {
  it('adds the joined spelling of a negator phrase', () => {
    expect(compilePattern('لا تصالح').map((c) => c.words.map((w) => w.stem).join(' '))).toEqual(['لا تصالح', 'لاتصالح']);
  });
  it('records a written article as required', () => {
    expect(compilePattern('النظام')[0].words[0]).toEqual({ stem: 'نظام', article: true });
  });
});
