import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { compileStanceRules, ruleFormsOf, ruleKey, ruleMaskOf, RULE_BIT } from '../../src/lexicon/compileStanceRules';
import { mergeStanceRules } from '../../src/lexicon/mergeStanceRules';
import { cliticCandidates } from '../../src/text/clitics';
import { matchKey } from '../../src/text/matchKey';

const FIX = path.resolve(__dirname, '../fixtures/lexicons/stanceRules/rules.yaml');
const rules = loadLexicon([FIX]).stanceRules!;
const c = compileStanceRules(rules);
const kinds = (token: string): string[] => {
  const key = matchKey(token);
  return (ruleFormsOf(c, key, cliticCandidates(key, true)) ?? []).map((f) => `${f.kind}:${f.term?.id ?? ''}`);
};

describe('compileStanceRules', () => {
  it('ruleKey strips the article when 2+ letters follow', () => {
    expect([ruleKey('الصلح'), ruleKey('صلح'), ruleKey('الا')]).toEqual(['صلح', 'صلح', 'الا']);
  });

  it.each([
    ['رفضت', ['attitude:refuse']],
    ['ورفضت', ['attitude:refuse']], // و
    ['فالصلح', ['target:peace']], // ف + ال
    ['للقاء', ['target:meeting']], // ل + ال elided
    ['رفضته', ['attitude:refuse']], // a pronoun suffix after a form of 4+ letters
    ['صلحه', []], // after a 3-letter form no suffix is stripped
    ['مش', ['negator:']],
    ['لا', ['denial:']],
    ['مع', ['target:peace']], // first word of «مع الجيران»
    ['ههه', ['sarcasm:']],
    ['ههههههههه', ['sarcasm:']], // a letter run is read as its first three letters
    ['هههخ', []],
    ['هالصلح', ['target:peace']], // dialect «هال» (this, the)
    ['عالصلح', ['target:peace']], // dialect «عال» (on the)
    ['هالص', []], // too short for هال + a word
    ['الحكومة', []],
  ])('ruleFormsOf(%s)', (token, expected) => {
    expect(kinds(token)).toEqual(expected);
  });

  it('compiles a form without letters (an emoji, even one matchKey keeps) as a symbol', () => {
    const withEmoji = compileStanceRules({ ...rules, sarcasm: ['ههه', '🤡', '😂'] });
    expect(withEmoji.symbols).toEqual(['🤡', '😂']);
  });

  it('ruleMaskOf sets one bit per kind', () => {
    const key = matchKey('رفضت');
    expect(ruleMaskOf(ruleFormsOf(c, key, cliticCandidates(key, true)))).toBe(RULE_BIT.attitude);
    expect(ruleMaskOf(null)).toBe(0);
  });

  it('mergeStanceRules adds the later file\'s lists and keeps the first file\'s numbers', () => {
    const later = { ...rules, window: 9, negators: ['مو'], attitudes: rules.attitudes.slice(0, 1) };
    const m = mergeStanceRules(rules, later);
    expect([m.window, m.negators, m.attitudes.length]).toEqual([2, ['مش', 'مو'], rules.attitudes.length + 1]);
    const scoped = mergeStanceRules(rules, { ...rules, reversers: ['تجميد'], insertions: ['عبر'], timeWords: ['موعد'] });
    expect([scoped.reversers, scoped.insertions, scoped.timeWords]).toEqual([['وقف', 'التخلي عن', 'تجميد'], ['في بيان', 'عبر'], ['نهاية', 'موعد']]);
  });

  it('compiles reversers as forms of their own kind and the scope lists as keys (article stripped)', () => {
    expect(c.index.get('وقف')?.map((f) => f.kind)).toEqual(['reverser']);
    expect(c.index.get('تخلي')?.map((f) => [f.kind, f.first, f.rest])).toEqual([['reverser', 'تخلي', ['عن']]]);
    expect([[...c.relativeBefore], [...c.exceptives], [...c.timeWords], [...c.cueExceptions]]).toEqual([['يسمي'], ['الا'], ['نهايه'], ['الربط']]); // matching keys fold ى→ي, إ→ا, ة→ه
    expect(c.insertions.get('في')).toEqual([['بيان']]);
    expect(RULE_BIT.reverser).toBe(128);
    // a one-letter preposition ending a form is what the next word must start with
    expect(c.index.get('يبدا')?.map((f) => [f.kind, f.rest, f.next])).toEqual([['condition', [], 'ب']]);
    expect(c.index.get('ربط')?.map((f) => f.next)).toEqual([null]);
  });
});
