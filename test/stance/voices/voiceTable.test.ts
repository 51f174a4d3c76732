import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultVoiceTable, parseVoiceTable, readVoiceTable, wordKeys } from '../../../src/stance/voices/voiceTable';
import { VOICE_ACTORS } from '../../../src/stance/voices/voiceIds';

const ROOT = path.resolve(__dirname, '../../..');

/** Error message of a call that should throw, or '' when it does not. */
function messageOf(call: () => unknown): string {
  try {
    call();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('wordKeys', () => {
  it('keeps words as matching keys and drops punctuation', () => {
    expect(wordKeys('«وزير الخارجية التركي»،')).toEqual(['وزير', 'الخارجيه', 'التركي']);
    expect(wordKeys('أردوغان')).toEqual(['اردوغان']);
  });
});

describe('parseVoiceTable', () => {
  it('reads voices and their forms as word keys', () => {
    const t = parseVoiceTable('voices:\n  - {voice: erdogan, forms: [أردوغان, الرئيس التركي]}\n  - {voice: unnamed_source, forms: [مصدر]}\nanonymous: [لم يكشف اسمه]\n');
    expect(t.entries.map((e) => [e.voice, e.keys])).toEqual([
      ['erdogan', [['اردوغان'], ['الرئيس', 'التركي']]],
      ['unnamed_source', [['مصدر']]],
    ]);
    expect(t.anonymous).toEqual([['لم', 'يكشف', 'اسمه']]);
  });

  it('reports every problem at once: authorial, an unknown actor, empty forms, a form under two voices', () => {
    const msg = messageOf(() => parseVoiceTable([
      'voices:',
      '  - {voice: authorial, forms: [المراسل]}',
      '  - {voice: actor:russia, forms: [فلان]}',
      '  - {voice: russia, forms: []}',
      '  - {voice: russia, forms: [موسكو]}',
      '  - {voice: usa, forms: [موسكو]}',
      'anonymous: [3]',
    ].join('\n'), 'v.yaml'));
    expect(msg).toContain("v.yaml: voices[0]: voice must be 'unnamed_source' or an actor id (erdogan, assad,");
    expect(msg).toContain("got 'authorial'");
    expect(msg).toContain("voices[1]: voice must be"); // the gold's spelling actor:ID is not a table voice
    expect(msg).toContain('voices[2] (russia): forms must be a non-empty list of names');
    expect(msg).toContain("voices[4] (usa): form 'موسكو' is also listed for russia");
    expect(msg).toContain('v.yaml: anonymous must be a list of cue phrases');
  });

  it('rejects a file without a voices list', () => {
    expect(messageOf(() => parseVoiceTable('version: 1\n', 'v.yaml'))).toBe("v.yaml: expected a 'voices:' list");
  });
});

describe('readVoiceTable', () => {
  it('reads the shipped data/voices.yaml without problems; every voice is an actor id or unnamed_source', () => {
    const t = readVoiceTable();
    expect(t.source).toBe(path.join(ROOT, 'data/voices.yaml'));
    expect(t.entries.length).toBeGreaterThan(10);
    for (const e of t.entries) expect([...VOICE_ACTORS, 'unnamed_source']).toContain(e.voice);
    expect(t.anonymous.length).toBeGreaterThan(0);
  });
});

describe('defaultVoiceTable', () => {
  it('reads data/voices.yaml once', () => {
    expect(defaultVoiceTable()).toBe(defaultVoiceTable());
    expect(defaultVoiceTable().source).toBe(path.join(ROOT, 'data/voices.yaml'));
  });
});
