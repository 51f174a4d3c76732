import { describe, expect, it } from 'vitest';
import { voiceOfSpeaker } from '../../src/validate/voiceOfSpeaker';
import { parseVoiceTable } from '../../src/validate/voiceTable';

const TABLE = parseVoiceTable([
  'voices:',
  '  - {voice: actor:turkey_gov, forms: [وزير الخارجية التركي, أنقرة]}',
  '  - {voice: actor:syria_gov, forms: [الخارجية السورية]}',
  '  - {voice: unnamed, forms: [مصدر مطلع]}',
].join('\n'));

describe('voiceOfSpeaker', () => {
  it.each([
    ['وزير الخارجية التركي', 'actor:turkey_gov', 'named'],
    ['وزير الخارجيّة التركيّ مولود', 'actor:turkey_gov', 'named'], // diacritics folded, extra words allowed
    ['«أنقرة»', 'actor:turkey_gov', 'named'],
    ['مصدر مطلع', 'unnamed', 'named'],
    ['وزير الخارجية', null, 'unknown'], // part of a form is not the form
    ['الخارجية التركي وزير', null, 'unknown'], // words out of order
    ['من خلالها', null, 'unknown'], // a complement, not a speaker
    ['أنقرة والخارجية السورية', null, 'ambiguous'],
  ])('voiceOfSpeaker(%j) names %s (%s)', (speaker, voice, status) => {
    const r = voiceOfSpeaker(speaker, TABLE);
    expect(r.voice).toBe(voice);
    expect(r.status).toBe(status);
  });

  it('lists the candidates of an ambiguous speaker in table order', () => {
    expect(voiceOfSpeaker('الخارجية السورية وأنقرة', TABLE).candidates).toEqual(['actor:turkey_gov', 'actor:syria_gov']);
  });
});

describe('voiceOfSpeaker: office + nationality', () => {
  const WITH_RULE = parseVoiceTable([
    'voices:',
    '  - {voice: actor:erdogan, forms: [الرئيس التركي]}',
    '  - {voice: actor:syrian_opposition, forms: [الحكومة المؤقتة]}',
    'offices: [وزير, المبعوث, رئيس]',
    'nationalities:',
    '  actor:arab_states: [القطري, الأردني]',
    '  actor:russia: [الروسي]',
    '  actor:syria_gov: [السورية]',
  ].join('\n'));
  it.each([
    ['وزير الخارجية القطري', 'actor:arab_states', 'named'], // an office and one country
    ['المبعوث الرئاسي الروسي الخاص', 'actor:russia', 'named'],
    ['الرئيس التركي', 'actor:erdogan', 'named'], // a name form wins over the rule (رئيس is not الرئيس here)
    ['رئيس الحكومة المؤقتة السورية', 'actor:syrian_opposition', 'named'], // the form first: not the Syrian government
    ['لاجئ قطري', null, 'unknown'], // no office word
    ['وزير الخارجية القطري والأردني', 'actor:arab_states', 'named'], // two adjectives of one voice
    ['المبعوث الروسي والوزير القطري', null, 'ambiguous'], // two countries
  ])('voiceOfSpeaker(%s) → %s (%s)', (speaker, voice, status) => {
    const v = voiceOfSpeaker(speaker, WITH_RULE);
    expect([v.voice, v.status]).toEqual([voice, status]);
  });

  it('parseVoiceTable refuses a phrase as an office, an unknown actor or one adjective for two countries', () => {
    expect(() => parseVoiceTable('voices: []\noffices: [وزير الخارجية]')).toThrow(/offices must be a list of single words/);
    expect(() => parseVoiceTable('voices: []\nnationalities: {actor:mars: [المريخي]}')).toThrow(/'actor:mars' is not an actor:ID/);
    expect(() => parseVoiceTable('voices: []\nnationalities: {actor:russia: [الروسي], actor:iran: [الروسي]}')).toThrow(/listed for actor:russia and actor:iran/);
  });
});
