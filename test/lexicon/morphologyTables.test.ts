import { describe, it, expect } from 'vitest';
import { loadMorphologyTables, readMorphologyText, MorphologyTablesError } from '../../src/lexicon/morphologyTables';
import { readLexicon } from '../../src/lexicon/loadLexicon';

const GOOD_FORM = '  - {id: II, past: فَعَّل, present: فَعِّل, prefixVowel: "ُ", imperative: فَعِّل, active: مُفَعِّل, passive: مُفَعَّل, masdar: تَفْعِيل}';

function tablesText(forms: string[], classes: string[] = []): string {
  return ['version: "1"', 'past: [{person: 3ms, suffix: "َ"}]', 'present: [{person: 3ms, prefix: ي, suffix: "ُ"}]',
    'imperative: [{person: 2ms, suffix: "ْ"}]', 'nouns: {participle: [""], masdar: [""]}', 'forms:', ...forms,
    `classes:${classes.length ? '' : ' []'}`, ...classes].join('\n') + '\n';
}

describe('loadMorphologyTables', () => {
  it('loads the shipped tables: forms I–X (no IX), persons, noun endings, unsupported classes', () => {
    const t = loadMorphologyTables();
    expect([...t.forms.keys()]).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'X']);
    expect(t.past.map((p) => p.person)).toContain('3mp');
    expect(t.present.filter((p) => p.person === '1s')[0].prefix).toBe('أ');
    expect(t.forms.get('I')?.masdar).toBeNull();
    expect(t.classes.map((c) => c.id)).toEqual(['assimilated', 'hollow', 'defective', 'doubled', 'hamzated']);
  });

  it('is not read as a lexicon (the lexicon folder skips it)', () => {
    expect(readLexicon().lexicon.files.map((f) => f.path).some((p) => p.includes('morphology'))).toBe(false);
  });

  it('loads the dialect block: present prefixes (with persons) and endings', () => {
    const d = loadMorphologyTables().dialect;
    expect(d.present.map((p) => [p.prefix, p.persons])).toEqual([['ح', null], ['ه', null], ['م', ['1p']]]);
    expect(d.endings.map((e) => [e.from, e.to])).toEqual([['وا', 'و']]);
  });

  it('throws MorphologyTablesError for an invalid file', () => {
    expect(() => loadMorphologyTables(__filename)).toThrow(MorphologyTablesError);
  });
});

describe('readMorphologyText', () => {
  it('accepts a minimal valid file', () => {
    expect(readMorphologyText('m.yaml', tablesText([GOOD_FORM])).problems).toEqual([]);
  });

  it('names file and line of each problem', () => {
    const text = tablesText([GOOD_FORM,
      '  - {id: III, past: فَاعَ, present: فَاعِل, prefixVowel: "ُ", imperative: فَاعِل, active: مُفَاعِل, passive: مُفَاعَل, masdar: null, colour: red}',
      '  - {id: II, past: فَعَّل, present: فَعِّل, prefixVowel: "ُ", imperative: فَعِّل, active: مُفَعِّل, passive: مُفَعَّل, masdar: تَفْعِيل}'],
    ['  - {id: weak, radical: 4, letters: [و], forms: [XII], note: x}']);
    expect(readMorphologyText('m.yaml', text).problems).toEqual([
      "m.yaml:8: form 'III': unknown key 'colour'",
      "m.yaml:8: form 'III': template 'فَاعَ' must contain ف ع ل once each, in order",
      "m.yaml:9: form 'II': declared twice",
      "m.yaml:11: class 'weak': 'radical' must be 1, 2, 3 or 2=3",
      "m.yaml:11: class 'weak': unknown form 'XII'",
    ]);
  });

  it('reports YAML syntax errors and a missing list with a line', () => {
    expect(readMorphologyText('m.yaml', 'version: "1"\nforms: [\n').problems[0]).toMatch(/^m\.yaml:\d+: YAML syntax error/);
    expect(readMorphologyText('m.yaml', 'version: "1"\nforms: 3\n').problems).toContain("m.yaml:2: 'forms' must be a list");
  });

  it('reports a dialect prefix with an unknown person and an unknown dialect key', () => {
    const text = tablesText([GOOD_FORM]) + 'dialect:\n  present: [{prefix: ح, persons: [4x], note: x}]\n  suffixes: []\n';
    expect(readMorphologyText('m.yaml', text).problems).toEqual([
      "m.yaml:11: dialect: unknown key 'suffixes'",
      "m.yaml:10: dialect prefix: unknown person '4x'",
    ]);
  });
});
