import { describe, expect, it } from 'vitest';
import { readLexiconText } from '../../src/lexicon/readLexiconFile';

// Each bad block is written here with the line the problem must be reported at.
function problems(block: string): string[] {
  return readLexiconText('r.yaml', `version: "1"\nmarkers: []\n${block}`).problems;
}

describe('readLexiconText (stanceRules block)', () => {
  it('reads a valid block: forms per class, every form once, defaults for what is left out', () => {
    const r = readLexiconText('r.yaml', [
      'version: "1"', 'markers: []', 'stanceRules:',
      '  attitudes:', '    - id: refuse', '      polarity: -1', '      lemma: رفض',
      '      forms: {perfect: [رفض, رفضت], noun: [رفض]}',
      '  targets:', '    - {id: peace, forms: [صلح]}',
    ].join('\n') + '\n');
    expect(r.problems).toEqual([]);
    const rules = r.stanceRules!;
    expect([rules.window, rules.negationWindow, rules.cueWindow]).toEqual([4, 3, 8]);
    expect(rules.emit).toEqual({ support: 'stance_support', oppose: 'stance_oppose', conditional: 'stance_conditional' });
    expect(rules.attitudes[0]).toMatchObject({ id: 'refuse', polarity: -1, lemma: 'رفض', forms: ['رفض', 'رفضت'], classes: { perfect: ['رفض', 'رفضت'], noun: ['رفض'] } });
    expect(rules.attitudes[0].origin).toEqual({ file: 'r.yaml', line: 5 });
    expect(rules.targets[0].polarity).toBe(0);
  });

  it('reads the scope and sense lists (2024.7) and an attitude\'s `evaluative` flag, empty when left out', () => {
    const r = readLexiconText('r.yaml', [
      'version: "1"', 'markers: []', 'stanceRules:', '  relativeBefore: [يسمى]', '  exceptives: [إلا, سوى]', '  reversers: [وقف, "التخلي عن"]',
      '  timeWords: [نهاية]', '  cueExceptions: [المقابل]', '  insertions: [في بيان]',
      '  attitudes:', '    - {id: betray, polarity: -1, evaluative: true, forms: [خيانة]}', '    - {id: hope, polarity: 1, forms: [نأمل]}',
    ].join('\n') + '\n');
    expect(r.problems).toEqual([]);
    const rules = r.stanceRules!;
    expect([rules.relativeBefore, rules.exceptives, rules.reversers, rules.timeWords, rules.cueExceptions, rules.insertions])
      .toEqual([['يسمى'], ['إلا', 'سوى'], ['وقف', 'التخلي عن'], ['نهاية'], ['المقابل'], ['في بيان']]);
    expect(rules.attitudes.map((a) => a.evaluative)).toEqual([true, false]);
    const bare = readLexiconText('r.yaml', 'version: "1"\nmarkers: []\nstanceRules:\n  window: 3\n').stanceRules!;
    expect([bare.relativeBefore, bare.exceptives, bare.reversers, bare.timeWords, bare.cueExceptions, bare.insertions]).toEqual([[], [], [], [], [], []]);
  });

  it('expands `lemmas:` through the morphology tables (class `lemmas`, before the hand-listed forms)', () => {
    const r = readLexiconText('r.yaml', [
      'version: "1"', 'markers: []', 'stanceRules:', '  attitudes:', '    - id: welcome', '      polarity: 1',
      '      lemmas: [{lemma: رحّب, form: II, parts: [past], dialect: false}]', '      forms: {dialect: [اهلا]}',
    ].join('\n') + '\n');
    expect(r.problems).toEqual([]);
    // Wright I, Table I, form II perfect (رَحَّبَ … رَحَّبْنَ), vowels removed; no dialect spelling رحبو.
    const past = ['رحب', 'رحبت', 'رحبت', 'رحبت', 'رحبت', 'رحبا', 'رحبتا', 'رحبتما', 'رحبنا', 'رحبوا', 'رحبتم', 'رحبتن', 'رحبن'];
    expect(r.stanceRules!.attitudes[0].classes.lemmas.sort()).toEqual([...new Set(past)].sort());
    expect(r.stanceRules!.attitudes[0].forms.at(-1)).toBe('اهلا');
  });

  it.each([
    ['stanceRules: [a]\n', 'r.yaml:3: \'stanceRules\' must be a mapping'],
    ['stanceRules:\n  windw: 3\n', "r.yaml:4: stanceRules: unknown key 'windw'"],
    ['stanceRules:\n  window: -1\n', "r.yaml:4: stanceRules: 'window' must be a whole number from 0 to 30"],
    ['stanceRules:\n  emit: {maybe: stance_x}\n', "r.yaml:4: stanceRules: emit: unknown stance 'maybe'"],
    ['stanceRules:\n  attitudes:\n    - id: a\n      forms: [x]\n', "r.yaml:5: attitude 'a': 'polarity' must be -1 or 1"],
    ['stanceRules:\n  targets:\n    - id: t\n      polarity: 1\n      forms: [x]\n', "r.yaml:6: target 't': a target has no polarity"],
    ['stanceRules:\n  targets:\n    - id: t\n      forms: {noun: []}\n', "r.yaml:6: target 't': form class 'noun' must be a non-empty list"],
    ['stanceRules:\n  targets:\n    - id: t\n      forms: [x*]\n', "r.yaml:6: target 't': form 'x*': no '*' globs"],
    ['stanceRules:\n  targets:\n    - {id: t, forms: [x]}\n    - {id: t, forms: [y]}\n', "r.yaml:6: target 't': duplicate target id 't' (first declared at line 5)"],
    ['stanceRules:\n  targets:\n    - {id: t, forms: [x], needsNegator: true}\n', "r.yaml:5: target 't': 'needsNegator' (true or false) is only for conditions"],
    ['stanceRules:\n  phrases:\n    - {id: p, polarity: 1, forms: [x], segments: [title]}\n', "r.yaml:5: phrase 'p': 'segments' (a list of reporting, comment) is only for phrases"],
    ['stanceRules:\n  targets:\n    - {id: t, forms: [x], after: 1}\n', "r.yaml:5: target 't': 'after' (true or false) is only for conditions"],
    ['stanceRules:\n  attitudes:\n    - id: a\n      polarity: 1\n      lemmas: [{lemma: استبعد, form: I}]\n', "r.yaml:7: attitude 'a': lemma 'استبعد': stem 'استبعد' does not fit form I"],
    ['stanceRules:\n  attitudes:\n    - id: a\n      polarity: 1\n      lemmas: [{root: دعو, form: I}]\n', "r.yaml:7: attitude 'a': lemma 'دعو': root دعو, form I: defective roots are not supported"],
    ['stanceRules:\n  attitudes:\n    - id: a\n      polarity: 1\n      lemmas: [{lemma: رحب, form: II, tense: past}]\n', "r.yaml:7: attitude 'a': lemma 'رحب': unknown key 'tense'"],
    ['stanceRules:\n  attitudes:\n    - id: a\n      polarity: 1\n      lemmas: [{lemma: رحب, form: II, parts: [future]}]\n', "r.yaml:7: attitude 'a': lemma 'رحب': 'parts' must be a list of past, present"],
    ['stanceRules:\n  attitudes:\n    - id: a\n      polarity: 1\n      lemmas: []\n', "r.yaml:7: attitude 'a': 'lemmas' must be a non-empty list"],
    ['stanceRules:\n  negators: [1]\n', "r.yaml:4: stanceRules: 'negators': forms must be non-empty strings"],
    ['stanceRules:\n  targets:\n    - {id: t, forms: [x], evaluative: true}\n', "r.yaml:5: target 't': 'evaluative' (true or false) is only for attitudes"],
    ['stanceRules:\n  reversers: x\n', "r.yaml:4: stanceRules: 'reversers' must be a list of strings"],
    ['stanceRules:\n  insertions: [""]\n', "r.yaml:4: stanceRules: 'insertions': forms must be non-empty strings"],
    ['stanceRules:\n  categories:\n    - {id: c, label_en: c, label_ar: ج, stance: maybe}\n', "r.yaml:5: category 'c': 'stance' must be one of support, oppose, conditional, none"],
  ])('reports %j as file:line', (block, expected) => {
    const p = problems(block);
    expect(p.some((x) => x.startsWith(expected)), p.join('\n')).toBe(true);
  });

  it('declares the categories of its block for the lexicon (the conditional stance)', () => {
    const r = readLexiconText('r.yaml', 'version: "1"\nmarkers: []\nstanceRules:\n  categories:\n    - {id: c, label_en: c, label_ar: ج, stance: conditional}\n');
    expect(r.categories.map((c) => [c.id, c.stance])).toEqual([['c', 'conditional']]);
  });
});
