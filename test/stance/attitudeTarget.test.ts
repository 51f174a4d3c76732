import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import type { Hit } from '../../src/stance/types';
import { lineMayMatch } from '../../src/stance/attitudeTarget';
import { RULE_BIT } from '../../src/lexicon/compileStanceRules';

// Cases follow the rules as documented in src/stance/README.md «Attitude × target rules», on the
// fixture codebook test/fixtures/lexicons/stanceRules/rules.yaml (window 2, negation window 2, cue
// window 4), so they do not move when the shipped vocabulary grows. Each row: text, expected rule
// hits as `category marker` in text order ([] = none).
const LEX = loadLexicon([path.resolve(__dirname, '../fixtures/lexicons/stanceRules/rules.yaml')]);

function ruleHits(text: string, comment = false): string[] {
  const hits: Hit[] = matchMarkers(articleOfLines([text], comment ? 'comment_body' : 'body'), LEX);
  return hits.filter((h) => h.parts !== undefined).map((h) => `${h.category} ${h.marker}`);
}

describe('matchMarkers with attitude × target rules', () => {
  it.each([
    // must match: attitude then target, words between, target then attitude, clitics, a phrase target
    ['رفضت الحكومة الصلح', ['stance_oppose rule:refuse+peace']],
    ['رفضت الحكومة أمس الصلح', ['stance_oppose rule:refuse+peace']], // two words between = the window
    ['الصلح رفضته الحكومة', ['stance_oppose rule:refuse+peace']], // target first, pronoun suffix
    ['وبرفض الحكومة للقاء', ['stance_oppose rule:refuse+meeting']], // و ب and ل ال on the words
    ['نأمل لقاء مع الجيران', ['stance_support rule:hope+meeting']], // nearest target taken
    ['يا ريت الصلح', ['stance_support rule:hope+peace']], // a two-word attitude
    // must not match: too far, another clause, another sentence, neither part
    ['رفضت الحكومة أمس بكل وضوح الصلح', []], // four words between > window 2
    ['رفضت الحكومة، الصلح قريب', []], // a comma ends the clause
    ['رفضت الحكومة. الصلح قريب', []],
    ['الحكومة رفضت العرض', []],
    ['عقد اللقاء أمس', []],
    ['المقابلة مع الجيران', []], // «مقابلة» is not the form «مقابل» with a pronoun ه
    ['مقابله مع الجيران', ['stance_oppose rule:prevent+peace']], // written with ه, it is
  ] as const)('%s', (text, expected) => {
    expect(ruleHits(text)).toEqual(expected);
  });

  it.each([
    ['لا ترفض الحكومة الصلح', ['stance_support rule:refuse+peace']], // a negated refusal is support
    ['لم ولن ترفض الصلح', ['stance_oppose rule:refuse+peace']], // two negators flip twice
    ['مش نأمل الصلح', ['stance_oppose rule:hope+peace']], // a dialect negator from the block
    ['نأمل لا الصلح', ['stance_oppose rule:hope+peace']], // a negator between attitude and target flips too
    ['لا الحكومة اليوم ترفض الصلح', ['stance_oppose rule:refuse+peace']], // negator 3 words before > negation window 2
    ['لا، ترفض الحكومة الصلح', ['stance_oppose rule:refuse+peace']], // the comma ends the negator's clause
    ['لا شيء يحول دون الصلح', ['stance_support rule:prevent+peace']], // «دون» inside the attitude negates nothing
    ['كل ما نأمل الصلح', ['stance_support rule:hope+peace']], // «ما» after a relativeAfter word is no negator
    ['ما نأمل الصلح', ['stance_oppose rule:hope+peace']],
    ['رفضت ما يسمى الصلح', ['stance_oppose rule:refuse+peace']], // «ما» before a relativeBefore word is no negator
    ['ما نأمل إلا الصلح', ['stance_support rule:hope+peace']], // an exceptive after the negator: restriction, not negation
    ['«لا» نأمل الصلح', ['stance_support rule:hope+peace']], // a negator inside a closed quotation does not reach out of it
    ['«لا نأمل» الصلح', ['stance_oppose rule:hope+peace']], // … but does reach its own attitude
    ['نأمل وقف الصلح', ['stance_oppose rule:hope+peace']], // a reverser between attitude and target flips it
    ['نأمل التخلي عن الصلح', ['stance_oppose rule:hope+peace']], // a two-word reverser
    ['نأمل التخلي الصلح', ['stance_support rule:hope+peace']], // … only with its second word
  ] as const)('negation: %s', (text, expected) => {
    expect(ruleHits(text)).toEqual(expected);
  });

  it.each([
    ['نأمل الصلح ما لم يتأخر', ['stance_cond rule:unless+peace']], // the cue turns the sentence conditional
    ['ترفض الحكومة اللقاء ما لم تنسحب القوات', ['stance_cond rule:unless+meeting']],
    ['لا لقاء قبل الانسحاب', ['stance_cond rule:before+meeting']], // «قبل» needs a negator before the target
    ['اللقاء قبل الانسحاب', []], // without the negator: no cue, no attitude
    ['اللقاء لن يكون قبل الانسحاب', ['stance_cond rule:before+meeting']], // the negator between target and cue counts too
    ['نأمل الصلح على أن يدوم', ['stance_cond rule:provided+peace']], // an `after` cue after its target
    ['أكد على أن الصلح قريب', []], // … and not before it
    ['نأمل الصلح، ما لم يتأخر', ['stance_cond rule:unless+peace']], // cues reach across commas
    ['نأمل الصلح. ما لم يتأخر المطر', ['stance_support rule:hope+peace']], // not across sentences
    ['ما لم يتأخر المطر والبرد والريح كثيرا الصلح', []], // five words between > cue window 4
    ['ما لم يتأخر المطر والبرد والريح الصلح', ['stance_cond rule:unless+peace']], // four words: inside
    ['لا لقاء قبل نهاية', ['stance_oppose rule:denial+meeting']], // a cue before a time word is a date
    ['ربط اللقاء بالانسحاب', ['stance_cond rule:tied+meeting']],
    ['الربط اللقاء', []], // a cueException is no cue
    ['اللقاء يبدأ بالانسحاب', ['stance_cond rule:tied+meeting']], // a form's last word «ب» is the next word's preposition
    ['اللقاء يبدأ الآن', []], // … which must be there
  ] as const)('conditional: %s', (text, expected) => {
    expect(ruleHits(text)).toEqual(expected);
  });

  it.each([
    ['لا صلح مع هؤلاء', false, ['stance_oppose rule:denial+peace']], // a denial right before a target
    ['تعبنا والله', true, ['stance_support rule:phrase+weary']], // phrases: comments only by default
    ['تعبنا والله', false, []],
    ['ههه نأمل الصلح', true, ['stance_oppose rule:hope+peace']], // sarcasm turns support around in a comment
    ['ههه الصلح', true, ['stance_oppose rule:sarcasm+peace']],
    ['ههه نأمل الصلح', false, ['stance_support rule:hope+peace']], // not in reporting
  ] as const)('denials, phrases, sarcasm: %s (comment %s)', (text, comment, expected) => {
    expect(ruleHits(text, comment)).toEqual(expected);
  });

  it.each([
    ['دعا لرفض الصلح', ['stance_oppose rule:call+refuse+peace']], // a chain: call (+1) × refuse (−1)
    ['رفضت دعا الصلح', ['stance_oppose rule:refuse+call+peace']],
    ['ترفض رفض الصلح', ['stance_oppose rule:refuse+refuse+peace']], // the same entry again is emphasis
    ['دعت ولا ترفض الصلح', ['stance_support rule:call+peace', 'stance_support rule:refuse+peace']], // coordinated: two chains
    ['لا نأمل ولا ترفض الصلح', ['stance_oppose rule:hope+peace', 'stance_support rule:refuse+peace']], // each takes its own negator
    ['رفضت خيانة الصلح', ['stance_oppose rule:refuse+peace', 'stance_oppose rule:betray+peace']], // an evaluative attitude stands alone
    ['الصلح نأمل رفضت', ['stance_support rule:hope+peace']], // after the target only the nearest attitude counts
    ['لا نأمل كثيرا الصلح', ['stance_oppose rule:hope+peace']], // two forms on the same word are one attitude (the longer)
    ['دعا إلى رفض الصلح', ['stance_oppose rule:call+refuse+peace']], // words between the two attitudes
    ['دعا إلى أمس رفض الصلح', ['stance_oppose rule:refuse+peace']], // the call is beyond the window: no chain
  ] as const)('chains: %s', (text, expected) => {
    expect(ruleHits(text)).toEqual(expected);
  });

  it.each([
    ['رفضت الحكومة، في بيان أصدرته، الصلح', ['stance_oppose rule:refuse+peace']], // an insertion neither ends the clause nor counts
    ['رفضت الحكومة، أمس، الصلح', []], // a comma without an insertion opener ends it
    ['رفضت الحكومة، في بيان أصدرته أمس بعد اجتماع طويل جدا للغاية، الصلح', []], // more than eight words: no insertion
    ['ما في صلح', ['stance_oppose rule:denial+peace']],
    ['وما في صلح', ['stance_oppose rule:denial+peace']], // a conjunction on the denial
    ['بما في الصلح', []], // not through a preposition («بما في ذلك»)
  ] as const)('clauses and denials: %s', (text, expected) => {
    expect(ruleHits(text)).toEqual(expected);
  });

  it('leaves out a rule hit on the words of a counted marker hit of the same direction', () => {
    const hits = matchMarkers(articleOfLines(['يرفض الصلح']), LEX);
    expect(hits.map((h) => h.marker)).toEqual(['m_oppose_fixed']);
  });

  it('gives each rule hit its parts with their spans, like a marker hit', () => {
    const text = 'قالت: رفضت الحكومة الصلح';
    const [h] = matchMarkers(articleOfLines([text]), LEX).filter((x) => x.parts);
    expect([h.line, h.col, h.matched, h.polarity, h.negators]).toEqual([1, 6, 'رفضت الحكومة الصلح', -1, 0]);
    expect(h.parts).toEqual([
      { role: 'attitude', term: 'refuse', col: 6, len: 4, text: 'رفضت' },
      { role: 'target', term: 'peace', col: 19, len: 5, text: 'الصلح' },
    ]);
    for (const p of h.parts!) expect(text.slice(p.col, p.col + p.len)).toBe(p.text);
  });
});

describe('lineMayMatch', () => {
  it.each([
    [RULE_BIT.target, false, false, false], // a target alone says nothing
    [RULE_BIT.attitude, false, false, false],
    [RULE_BIT.target | RULE_BIT.attitude, false, false, true],
    [RULE_BIT.target | RULE_BIT.denial, false, false, true],
    [RULE_BIT.condition, false, false, true],
    [RULE_BIT.phrase, false, false, true],
    [RULE_BIT.target | RULE_BIT.sarcasm, false, false, false], // sarcasm only in comments
    [RULE_BIT.target | RULE_BIT.sarcasm, true, false, true],
    [RULE_BIT.target, true, true, true], // emoji sarcasm markers are not tokens of the index
  ])('lineMayMatch(%s, %s, %s) → %s', (mask, comment, symbols, expected) => {
    expect(lineMayMatch(mask, comment, symbols)).toBe(expected);
  });
});
