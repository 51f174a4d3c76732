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
