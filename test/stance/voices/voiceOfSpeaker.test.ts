import { describe, expect, it } from 'vitest';
import { voiceOfSpeaker } from '../../../src/stance/voices/voiceOfSpeaker';
import { parseVoiceTable } from '../../../src/stance/voices/voiceTable';

// A small test table: expected voices follow the documented rule (data/voices.yaml), not the shipped table.
const TABLE = parseVoiceTable([
  'voices:',
  '  - {voice: turkey_gov, forms: [وزير الخارجية التركي, أنقرة]}',
  '  - {voice: syria_gov, forms: [الخارجية السورية]}',
  '  - {voice: arab_states, forms: [الجامعة العربية]}',
  '  - {voice: sdf, forms: [قوات سوريا الديمقراطية]}',
  '  - {voice: syrian_coalition, forms: [الائتلاف]}',
  '  - {voice: unnamed_source, forms: [مصدر مطلع]}',
  'anonymous: [لم يكشف اسمه, عدم الكشف]',
].join('\n'));

describe('voiceOfSpeaker', () => {
  it.each([
    ['وزير الخارجية التركي', 'turkey_gov', 'named'],
    ['وزير الخارجيّة التركيّ مولود', 'turkey_gov', 'named'], // diacritics folded, extra words allowed
    ['«أنقرة»', 'turkey_gov', 'named'],
    ['مصدر مطلع', 'unnamed_source', 'named'],
    ['وزير الخارجية', null, 'unknown'], // part of a form is not the form
    ['الخارجية التركي وزير', null, 'unknown'], // words out of order
    ['من خلالها', null, 'unknown'], // a complement, not a speaker
    ['أنقرة والخارجية السورية', 'turkey_gov', 'named'], // the earlier form: the head of the phrase
    ['الخارجية السورية وأنقرة', 'syria_gov', 'named'],
    ['مسؤول في الجامعة العربية', 'arab_states', 'named'], // an official of a body
    ['القائد العام لقوات سوريا الديمقراطية', 'sdf', 'named'], // ل on a form's first word
    ['عضو في الهيئة السياسية للائتلاف', 'syrian_coalition', 'named'], // لل = ل + الـ
    ['مسؤولون في الجامعةالعربية', null, 'unknown'], // a glued word is not the form
    ['وزير الخارجية التركي الذي لم يكشف اسمه', 'unnamed_source', 'anonymous'], // a withheld source wins
    ['دبلوماسي طلب عدم الكشف', 'unnamed_source', 'anonymous'],
  ])('voiceOfSpeaker(%j) names %s (%s)', (speaker, voice, status) => {
    const r = voiceOfSpeaker(speaker, TABLE);
    expect(r.voice).toBe(voice);
    expect(r.status).toBe(status);
  });

  it('lists every voice found, earliest first', () => {
    expect(voiceOfSpeaker('الخارجية السورية وأنقرة', TABLE).candidates).toEqual(['syria_gov', 'turkey_gov']);
  });

  it('does not read a preposition ل/ب as part of a later word of a form', () => {
    expect(voiceOfSpeaker('قوات لسوريا الديمقراطية', TABLE).voice).toBe(null);
  });
});

describe('voiceOfSpeaker: office + nationality', () => {
  const WITH_RULE = parseVoiceTable([
    'voices:',
    '  - {voice: erdogan, forms: [الرئيس التركي]}',
    '  - {voice: syrian_opposition, forms: [الحكومة المؤقتة]}',
    'offices: [وزير, المبعوث, رئيس]',
    'nationalities:',
    '  arab_states: [القطري, الأردني]',
    '  russia: [الروسي]',
    '  syria_gov: [السورية]',
  ].join('\n'));
  it.each([
    ['وزير الخارجية القطري', 'arab_states', 'named'], // an office and one country
    ['المبعوث الرئاسي الروسي الخاص', 'russia', 'named'],
    ['الرئيس التركي', 'erdogan', 'named'], // a name form wins over the rule (رئيس is not الرئيس here)
    ['رئيس الحكومة المؤقتة السورية', 'syrian_opposition', 'named'], // the form first: not the Syrian government
    ['لاجئ قطري', null, 'unknown'], // no office word
    ['وزير الخارجية القطري والأردني', 'arab_states', 'named'], // two adjectives of one voice
    ['المبعوث الروسي والوزير القطري', 'russia', 'named'], // two countries: the earlier one
  ])('voiceOfSpeaker(%s) → %s (%s)', (speaker, voice, status) => {
    const v = voiceOfSpeaker(speaker, WITH_RULE);
    expect([v.voice, v.status]).toEqual([voice, status]);
  });

  it('parseVoiceTable refuses a phrase as an office, an unknown actor or one adjective for two countries', () => {
    expect(() => parseVoiceTable('voices: []\noffices: [وزير الخارجية]')).toThrow(/offices must be a list of single words/);
    expect(() => parseVoiceTable('voices: []\nnationalities: {mars: [المريخي]}')).toThrow(/'mars' is not an actor id/);
    expect(() => parseVoiceTable('voices: []\nnationalities: {russia: [الروسي], iran: [الروسي]}')).toThrow(/listed for russia and iran/);
  });
});

describe('voiceOfSpeaker: crowds and protests', () => {
  const WITH_PROTEST = parseVoiceTable([
    'voices:',
    '  - {voice: refugees, forms: [اللاجئون]}',
    '  - {voice: syria_gov, forms: [دمشق]}',
    '  - {voice: unnamed_source, forms: [مصادر]}',
    'anonymous: [لم يكشف اسمه]',
    'protest: [احتشد, رافعين, الآلاف, لافتات]',
  ].join('\n'));
  it.each([
    ['الآلاف في ساحة المدينة رافعين', 'protesters', 'named'], // a crowd with its participle
    ['واحتشد مئات', 'protesters', 'named'], // a protest verb behind و
    ['احتشد المئات في دمشق', 'protesters', 'named'], // a place form that is not the head does not name it
    ['اللاجئون في المخيم رافعين', 'refugees', 'named'], // a form at the head wins
    ['لافتات', 'protesters', 'named'], // banners speak for the protest
    ['مصادر لم يكشف اسمه رافعين', 'unnamed_source', 'anonymous'], // a withheld source still wins
    ['مئات في الساحة', null, 'unknown'], // a word not listed as a protest cue
  ])('voiceOfSpeaker(%s) → %s (%s)', (speaker, voice, status) => {
    const v = voiceOfSpeaker(speaker, WITH_PROTEST);
    expect([v.voice, v.status]).toEqual([voice, status]);
  });

  it('parseVoiceTable refuses a phrase as a protest word', () => {
    expect(() => parseVoiceTable('voices: []\nprotest: [وقفة احتجاجية]')).toThrow(/protest must be a list of single words/);
  });
});

describe('voiceOfSpeaker: a president\'s staff', () => {
  const WITH_STAFF = parseVoiceTable([
    'voices:',
    '  - {voice: assad, forms: [الرئيس السوري, السيد الرئيس]}',
    '  - {voice: erdogan, forms: [أردوغان]}',
    'staff: [نائب, مستشار]',
    'governments: {assad: syria_gov, erdogan: turkey_gov}',
  ].join('\n'));
  it.each([
    ['نائب الرئيس السوري', 'syria_gov'], // a deputy speaks for the government
    ['مستشار أردوغان للشؤون الخارجية', 'turkey_gov'],
    ['الرئيس السوري', 'assad'], // the president himself
    ['السيد الرئيس', 'assad'], // a title that is no staff word
    ['الصحفي القريب من أردوغان', 'erdogan'], // words before the form that are not staff words
  ])('voiceOfSpeaker(%s) → %s', (speaker, voice) => {
    expect(voiceOfSpeaker(speaker, WITH_STAFF).voice).toBe(voice);
  });

  it('parseVoiceTable refuses a government map to a non-actor', () => {
    expect(() => parseVoiceTable('voices: []\ngovernments: {assad: dictatorship}')).toThrow(/must map an actor id to an actor id/);
  });
});
