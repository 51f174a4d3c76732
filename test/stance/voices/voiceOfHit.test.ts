import { describe, expect, it } from 'vitest';
import { voiceOfHit } from '../../../src/stance/voices/voiceOfHit';
import { defaultVoiceTable, parseVoiceTable } from '../../../src/stance/voices/voiceTable';
import * as path from 'node:path';
import { loadLexicon } from '../../../src/lexicon/loadLexicon';
import { matchMarkers } from '../../../src/stance/matchMarkers';
import { articleOfLines } from '../../../src/stance/articleOfLines';
import { caseTable } from '../helpers';

const TABLE = parseVoiceTable('voices:\n  - {voice: erdogan, forms: [أردوغان]}\nanonymous: [لم يكشف اسمه]\n');

describe('voiceOfHit', () => {
  it.each([
    [false, null, 'authorial'], // the outlet's own words
    [false, 'أردوغان', 'authorial'], // not quoted: a speaker string alone does not make it reported
    [true, 'أردوغان', 'erdogan'],
    [true, 'الرئيس أردوغان', 'erdogan'],
    [true, null, 'unnamed_source'], // quoted without a speaker (a slogan in quotation marks)
    [true, 'من خلالها', 'unnamed_source'], // a speaker the table does not name
    [true, 'مسؤول لم يكشف اسمه', 'unnamed_source'],
  ] as const)('voiceOfHit({quoted: %s, speaker: %j}) → %s', (quoted, speaker, voice) => {
    expect(voiceOfHit({ quoted, speaker }, TABLE)).toBe(voice);
    expect(voiceOfHit({ quoted, speaker }, TABLE)).toBe(voice); // the cached answer is the same
  });

  it('keeps answers per table', () => {
    const other = parseVoiceTable('voices:\n  - {voice: russia, forms: [أردوغان]}\n');
    expect(voiceOfHit({ quoted: true, speaker: 'أردوغان' }, TABLE)).toBe('erdogan');
    expect(voiceOfHit({ quoted: true, speaker: 'أردوغان' }, other)).toBe('russia');
  });
});

describe('voiceOfHit on whole sentences (case table)', () => {
  const lexicon = loadLexicon([path.resolve(__dirname, '../../fixtures/stance-eval/lexicon.yaml')]);
  const cases = caseTable<{ input: string; voice: string; note: string }>('voices.yaml');
  it.each(cases.map((c) => [c.note, c] as const))('case: %s', (_n, c) => {
    const hits = matchMarkers(articleOfLines([c.input]), lexicon);
    expect(hits.length, `no hit in «${c.input}»`).toBeGreaterThan(0);
    expect(voiceOfHit(hits[0], defaultVoiceTable())).toBe(c.voice);
  });
});
