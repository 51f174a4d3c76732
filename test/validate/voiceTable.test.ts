import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVoiceTable, readVoiceTable, wordKeys } from '../../src/validate/voiceTable';

const ROOT = path.resolve(__dirname, '../..');

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
    const t = parseVoiceTable('voices:\n  - {voice: actor:erdogan, forms: [أردوغان, الرئيس التركي]}\n  - {voice: unnamed, forms: [مصدر]}\n');
    expect(t.entries.map((e) => [e.voice, e.keys])).toEqual([
      ['actor:erdogan', [['اردوغان'], ['الرئيس', 'التركي']]],
      ['unnamed', [['مصدر']]],
    ]);
  });

  it('reports every problem at once: authorial, an unknown actor, empty forms, a form under two voices', () => {
    const msg = messageOf(() => parseVoiceTable([
      'voices:',
      '  - {voice: authorial, forms: [المراسل]}',
      '  - {voice: actor:nobody, forms: [فلان]}',
      '  - {voice: actor:russia, forms: []}',
      '  - {voice: actor:russia, forms: [موسكو]}',
      '  - {voice: actor:usa, forms: [موسكو]}',
    ].join('\n'), 'v.yaml'));
    expect(msg).toContain("v.yaml: voices[0]: voice must be 'unnamed' or actor:ID of the gold's actor table; got 'authorial'");
    expect(msg).toContain("voices[1]: voice must be");
    expect(msg).toContain('voices[2] (actor:russia): forms must be a non-empty list of names');
    expect(msg).toContain("voices[4] (actor:usa): form 'موسكو' is also listed for actor:russia");
  });

  it('rejects a file without a voices list', () => {
    expect(messageOf(() => parseVoiceTable('version: 1\n', 'v.yaml'))).toBe("v.yaml: expected a 'voices:' list");
  });
});

describe('readVoiceTable', () => {
  it('reads the shipped data/voices.yaml without problems; every voice is a gold voice', () => {
    const t = readVoiceTable();
    expect(t.source).toBe(path.join(ROOT, 'data/voices.yaml'));
    expect(t.entries.length).toBeGreaterThan(10);
    for (const e of t.entries) expect(e.voice).toMatch(/^(unnamed|actor:[a-z_]+)$/);
  });
});
