import { describe, it, expect, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadLexicon, readLexicon, lexiconOfMarkers, defaultLexiconPaths } from '../../src/lexicon/loadLexicon';
import { compareCategories, resolveCategories } from '../../src/lexicon/resolveCategories';
import { categoryOf, stanceSign } from '../../src/lexicon/categoryOf';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import type { Marker } from '../../src/lexicon/types';

const FIX = path.join(__dirname, '../fixtures/lexicons');
const CODEBOOK = defaultLexiconPaths()[0];
const tmp = mkdtempSync(path.join(tmpdir(), 'khitab-categories-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes a lexicon file into the temp folder and returns its path. */
function file(name: string, text: string): string {
  const p = path.join(tmp, name);
  writeFileSync(p, text);
  return p;
}

const marker = (id: string, category: string, patterns: string[], polarity: -1 | 0 | 1 = 0): Marker => ({
  id, category, polarity, patterns, suffixes: false, description: id, examples: [], counterExamples: [], source: 'test',
  origin: { file: 't.yaml', line: 1 },
});

describe('readLexicon (categories and dimensions)', () => {
  it('reads the shipped categories: labels, stance, dimensions with their variants in order', () => {
    const lex = loadLexicon();
    expect(categoryOf(lex, 'naming_turkey_occupation')).toMatchObject({ labelEn: 'occupation', labelAr: 'الاحتلال', dimension: 'turkey', stance: 'none' });
    expect(['stance_support', 'stance_oppose', 'slogan', 'topic_reconciliation'].map((c) => stanceSign(lex, c))).toEqual([1, -1, -1, 0]);
    expect(lex.dimensions.map((d) => [d.id, d.variants])).toEqual([
      ['gov', ['naming_gov_regime', 'naming_gov_state', 'naming_gov_metonym']],
      ['turkey', ['naming_turkey_occupation', 'naming_turkey_guarantor', 'naming_turkey_regime']],
      ['north', ['naming_north_liberated', 'naming_north_occupied', 'naming_north_neutral']],
    ]);
    // Every category a marker names is declared (the codebook has a categories: block).
    for (const m of lex.markers) expect(categoryOf(lex, m.category).origin, m.category).not.toBeNull();
  });

  it('gives undeclared categories (quanteda, LIWC) the defaults, after every ordered category', () => {
    const lex = loadLexicon([CODEBOOK, path.join(FIX, 'quanteda.yaml'), path.join(FIX, 'tiny.dic')]);
    expect(categoryOf(lex, 'economy.trade')).toEqual({
      id: 'economy.trade', labelEn: 'economy.trade', labelAr: null, dimension: null, stance: 'none', order: null,
      overlap: 'economy.trade', negatable: true, hashtags: null, description: '', origin: null,
    });
    // Ordered ones first (order 10 … 250), then the undeclared ones by id.
    expect(lex.categories.slice(-4).map((c) => c.id)).toEqual(['economy.energy', 'economy.trade', 'negemo', 'posemo']);
    expect(lex.categories[0].id).toBe('stance_support');
  });

  it('reports every problem of the categories and dimensions blocks as file:line', () => {
    const bad = path.join(FIX, 'categories/bad.yaml');
    const { problems } = readLexicon([CODEBOOK, bad]);
    const rel = path.relative(process.cwd(), bad);
    const text = problems.join('\n');
    const codebookLine = loadLexicon().categories.find((c) => c.id === 'stance_oppose')!.origin!.line;
    expect(text).toContain(`${rel}:7: category 'stance_oppose' is declared differently at data/lexicons/codebook.yaml:${codebookLine} (stance: "oppose" vs "support")`);
    expect(text).toContain(`${rel}:12: category 'cat_a': 'stance' must be one of support, oppose, conditional, none`);
    expect(text).toMatch(new RegExp(`${rel}:12: category 'cat_a': unknown key 'colour'`));
    expect(text).toContain(`${rel}:13: duplicate category id 'cat_a' (first declared at line 12)`);
    expect(text).toContain(`${rel}:14: category 'cat_b': 'label_ar' is required`);
    expect(text).toContain(`${rel}:14: category 'cat_b': dimension 'nowhere' is not declared in any 'dimensions:' block`);
    expect(text).toContain(`${rel}:3: dimension 'empty_dim' has no category`);
    expect(text).toContain(`${rel}:16: marker 'bad_undeclared': category 'cat_undeclared' is not declared in any 'categories:' block`);
    expect(text).toContain(`${rel}:23: marker 'bad_polarity': polarity -1 contradicts the stance 'support' of category 'stance_support'`);
    expect(problems).toHaveLength(9);
  });

  it('accepts the same declaration in two files and a file of declarations only', () => {
    const decl = 'categories:\n  - {id: topic_x, label_en: x, label_ar: س, order: 5}\n';
    const a = file('a.yaml', decl);
    const b = file('b.yaml', `version: "b"\n${decl}markers:\n  - {id: mx, category: topic_x, polarity: 0, patterns: [سين], description: d, examples: [سين], source: s}\n`);
    const r = readLexicon([a, b]);
    expect(r.problems).toEqual([]);
    // The first declaration is kept (a.yaml's), the agreeing one in b.yaml is no problem.
    expect(r.lexicon.categories.map((c) => [c.id, c.origin!.file.endsWith('a.yaml')])).toEqual([['topic_x', true]]);
  });

  it('requires declared categories only of markers in files with a categories: block', () => {
    const plain = file('plain.yaml', 'version: "p"\nmarkers:\n  - {id: mp, category: my_own, polarity: -1, patterns: [صاد], description: d, examples: [صاد], source: s}\n');
    const r = readLexicon([CODEBOOK, plain]);
    expect(r.problems).toEqual([]);
    expect(categoryOf(r.lexicon, 'my_own')).toMatchObject({ labelEn: 'my_own', stance: 'none' });
  });
});

describe('resolveCategories', () => {
  it('lists dimensions in the order of their first variant, variants in category order', () => {
    const origin = { file: 'f.yaml', line: 1 };
    const cat = (id: string, dimension: string, order: number) => ({
      id, labelEn: id, labelAr: id, dimension, stance: 'none' as const, order, overlap: dimension, negatable: true, hashtags: null, description: '', origin,
    });
    const r = resolveCategories([{
      categories: [cat('late_b', 'late', 30), cat('late_a', 'late', 40), cat('early_x', 'early', 20)],
      dimensions: [{ id: 'late', labelEn: 'L', labelAr: 'ل', description: '', origin }, { id: 'early', labelEn: 'E', labelAr: 'ع', description: '', origin }],
      declaresCategories: true, markers: [],
    }]);
    expect(r.problems).toEqual([]);
    expect(r.dimensions.map((d) => [d.id, d.variants])).toEqual([['early', ['early_x']], ['late', ['late_b', 'late_a']]]);
  });
});

describe('compareCategories', () => {
  it('sorts by order, unordered last, ties by id', () => {
    const cs = [{ id: 'b', order: null }, { id: 'c', order: 2 }, { id: 'a', order: null }, { id: 'd', order: 1 }, { id: 'e', order: 2 }];
    expect(cs.sort(compareCategories).map((c) => c.id)).toEqual(['d', 'c', 'e', 'a', 'b']);
  });
});

describe('compileLexicon via matchMarkers (overlap groups and negatable from the categories)', () => {
  it('never marks a hit of a negatable: false category negated', () => {
    const text = ['قالوا لا الماء حق'];
    const declared = loadLexicon([CODEBOOK, path.join(FIX, 'categories/water.yaml')]);
    expect(matchMarkers(articleOfLines(text), declared).filter((h) => h.category === 'slogan_water').map((h) => h.negated)).toEqual([false]);
    const plain = lexiconOfMarkers([marker('m', 'slogan_water', ['الماء حق'])]);
    expect(matchMarkers(articleOfLines(text), plain).map((h) => h.negated)).toEqual([true]);
  });

  it('lets the longest match win inside a declared overlap group, and both match across groups', () => {
    const body = (overlap: string) => 'version: "o"\ncategories:\n' +
      `  - {id: short_cat, label_en: s, label_ar: ق, overlap: ${overlap}}\n  - {id: long_cat, label_en: l, label_ar: ط, overlap: grp}\n` +
      'markers:\n  - {id: short, category: short_cat, polarity: 0, patterns: [مياه], description: d, examples: [مياه], source: s}\n' +
      '  - {id: long, category: long_cat, polarity: 0, patterns: [مياه الشرب], description: d, examples: [مياه الشرب], source: s}\n';
    const line = ['انقطعت مياه الشرب'];
    const same = loadLexicon([file('same.yaml', body('grp'))]);
    expect(matchMarkers(articleOfLines(line), same).map((h) => h.marker)).toEqual(['long']);
    const apart = loadLexicon([file('apart.yaml', body('other'))]);
    expect(matchMarkers(articleOfLines(line), apart).map((h) => h.marker).sort()).toEqual(['long', 'short']);
  });
});
