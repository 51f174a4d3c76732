import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { predictStanceUnit, stanceOfCounts } from '../../src/validate/predictStanceUnit';
import type { StanceGoldUnit } from '../../src/validate/stanceGoldTypes';
import { readVoiceTable } from '../../src/stance/voices/voiceTable';

// A test codebook (ترحب: support, ترفض: oppose) and voice table, so these cases do not move when
// the shipped rules change. Expected values follow the documented rules: stance from the index
// (src/stance/README.md «Stance»), negation within 2 words, quotation after a reporting verb with
// its speaker up to «إن» («Quotation»), and the voice table's matching (data/voices.yaml).
const FIX = path.resolve(__dirname, '../fixtures/stance-eval');
const LEXICON = loadLexicon([path.join(FIX, 'lexicon.yaml')]);
const VOICES = readVoiceTable(path.join(FIX, 'voices.yaml'));

function unit(segment: 'reporting' | 'comment', text: string): StanceGoldUnit {
  return {
    id: segment === 'reporting' ? 'dr-0001' : 'dc-0001', segment, variety: segment === 'reporting' ? 'msa' : 'levantine',
    camp: 'turkish', stance: 'neutral', voice: 'authorial', text, note: '', source: 'test.tsv', line: 2,
  };
}

describe('predictStanceUnit', () => {
  it.each([
    // [segment, text, stance, sign, support, oppose, voice, voiceStatus, speaker]
    ['reporting', 'قال وزير الخارجية التركي إن بلاده ترحب باللقاء.', 'support', 1, 1, 0, 'actor:turkey_gov', 'named', 'وزير الخارجية التركي'],
    ['reporting', 'الحكومة ترفض اللقاء.', 'oppose', -1, 0, 1, 'authorial', 'authorial', null],
    ['reporting', 'الحكومة لا ترفض اللقاء.', 'neutral', null, 0, 0, null, 'none', null], // negated: no stance hit
    ['reporting', 'عقد الوزيران اجتماعاً في أنقرة.', 'neutral', null, 0, 0, null, 'none', null],
    ['reporting', 'ورفع المحتجون لافتة «ترفض اللقاء».', 'oppose', -1, 0, 1, 'unnamed', 'unknown', 'المحتجون لافتة'], // the span ends at the next reporting word; the test table has no protesters form
    ['reporting', 'قال المحلل سامر الأحمد إن الحكومة ترفض اللقاء.', 'oppose', -1, 0, 1, 'unnamed', 'unknown', 'المحلل سامر الأحمد'], // a speaker the table does not name
    ['reporting', 'قال مصدر مطلع إن أنقرة ترحب.', 'support', 1, 1, 0, 'actor:turkey_gov', 'named', 'أنقرة'], // a source relays Ankara's position: Ankara holds it
    ['comment', 'الحكومة ترحب ثم ترفض', 'neutral', 0, 1, 1, 'authorial', 'authorial', null], // balanced: first stance hit
    ['comment', 'ترفض، ترفض، ترحب', 'oppose', -1, 1, 2, 'authorial', 'authorial', null],
  ] as const)('%s «%s» → %s', (segment, text, stance, sign, support, oppose, voice, voiceStatus, speaker) => {
    expect(predictStanceUnit(unit(segment, text), LEXICON, VOICES)).toEqual({
      id: segment === 'reporting' ? 'dr-0001' : 'dc-0001', stance, sign, support, oppose, conditional: 0, voice, voiceStatus, speaker,
    });
  });

  it('takes the voice of the first hit with the unit\'s sign, not the first hit', () => {
    // The support hit is the outlet's own; the two oppose hits are the minister's words.
    const p = predictStanceUnit(unit('reporting', 'الحكومة ترحب. وقال وزير الخارجية التركي إن أنقرة ترفض وترفض.'), LEXICON, VOICES);
    expect([p.stance, p.voice, p.speaker]).toEqual(['oppose', 'actor:turkey_gov', 'وزير الخارجية التركي']);
  });

  it('never predicts conditional with a lexicon that has no conditional category', () => {
    for (const text of ['لا لقاء قبل الانسحاب', 'ترحب بشرط الانسحاب', 'ترفض إلا إذا انسحبت']) {
      expect(predictStanceUnit(unit('reporting', text), LEXICON, VOICES).stance).not.toBe('conditional');
    }
  });

  it('predicts conditional when conditional hits are at least the support and oppose hits together', () => {
    // The rule fixture: «ما لم» is a condition cue, «الصلح» a target, «يرفض الصلح» a fixed oppose marker.
    const rules = loadLexicon([path.resolve(__dirname, '../fixtures/lexicons/stanceRules/rules.yaml')]);
    const p = predictStanceUnit(unit('reporting', 'يرفض الصلح ما لم تنسحب القوات.'), rules, VOICES);
    expect([p.stance, p.support, p.oppose, p.conditional, p.voice]).toEqual(['conditional', 0, 1, 1, 'authorial']);
    const q = predictStanceUnit(unit('reporting', 'يرفض الصلح ويرفض الصلح ما لم تنسحب القوات.'), rules, VOICES);
    expect([q.stance, q.oppose, q.conditional]).toEqual(['oppose', 2, 1]);
  });

  it.each([
    [null, 0, 0, 0, 'neutral'], [-1, 0, 1, 1, 'conditional'], [-1, 0, 2, 1, 'oppose'], [1, 1, 0, 2, 'conditional'], [null, 0, 0, 1, 'conditional'],
  ] as const)('stanceOfCounts(%s, %s, %s, %s) → %s', (index, s, o, c, expected) => {
    expect(stanceOfCounts(index, s, o, c)).toBe(expected);
  });
});
