import { describe, it, expect } from 'vitest';
import { readLexiconText } from '../../src/lexicon/readLexiconFile';

/** A one-marker codebook whose marker ends with the given `exclude:` lines (line 12 on). */
function codebook(excludeLines: string[]): string {
  return [
    'version: "t"',
    'markers:',
    '  - id: trade',
    '    category: econ',
    '    polarity: 0',
    '    patterns: [تجارة]',
    '    description: trade',
    '    examples: ["التجارة بين البلدين"]',
    '    counterExamples: ["تجارة المخدرات"]',
    '    source: test',
    '    # guards',
    ...excludeLines,
    '',
  ].join('\n');
}

describe('readGuards (through readLexiconText)', () => {
  it('reads a marker\'s guards with their window, reason and line', () => {
    const r = readLexiconText('c.yaml', codebook([
      '    exclude:',
      '      - {after: 2, patterns: [المخدرات, "كبتاغون*"], reason: illicit trade}',
      '      - patterns: [يصل]',
      '        before: 1',
    ]));
    expect(r.problems).toEqual([]);
    expect(r.markers[0].exclude).toEqual([
      { patterns: ['المخدرات', 'كبتاغون*'], before: 0, after: 2, reason: 'illicit trade', origin: { file: 'c.yaml', line: 13 } },
      { patterns: ['يصل'], before: 1, after: 0, reason: '', origin: { file: 'c.yaml', line: 14 } },
    ]);
  });

  it('leaves exclude unset on a marker without guards', () => {
    const r = readLexiconText('c.yaml', codebook([]));
    expect(r.problems).toEqual([]);
    expect(r.markers[0].exclude).toBeUndefined();
  });

  it('reports every bad guard as file:line naming the marker and the guard', () => {
    const r = readLexiconText('c.yaml', codebook([
      '    exclude:',
      '      - {after: 2, patterns: []}',
      '      - {before: 9, patterns: [المخدرات]}',
      '      - {patterns: [المخدرات]}',
      '      - {after: 1, patterns: ["نظا*م"], colour: red}',
      '      - {after: 0, before: 0, patterns: [المخدرات]}',
      '      - {after: -1, patterns: [المخدرات], reason: 3}',
      '      - المخدرات',
    ]));
    expect(r.problems).toEqual([
      "c.yaml:13: marker 'trade': exclude #1: 'patterns' must be a non-empty list of strings",
      "c.yaml:14: marker 'trade': exclude #2: 'before' must be a whole number of words from 0 to 8",
      "c.yaml:15: marker 'trade': exclude #3: a guard needs a window: 'before' and/or 'after' (words)",
      "c.yaml:16: marker 'trade': exclude #4: unknown key 'colour' (expected patterns, before, after, reason)",
      "c.yaml:16: marker 'trade': exclude #4: pattern 'نظا*م': '*' is allowed only at the start or end of a single word",
      "c.yaml:17: marker 'trade': exclude #5: 'before' and 'after' are both 0: the guard could never apply",
      "c.yaml:18: marker 'trade': exclude #6: 'after' must be a whole number of words from 0 to 8",
      "c.yaml:18: marker 'trade': exclude #6: 'reason' must be a string",
      "c.yaml:19: marker 'trade': exclude #7: a guard must be a mapping with 'patterns' and 'before'/'after'",
    ]);
  });

  it('reports an exclude that is not a list', () => {
    const r = readLexiconText('c.yaml', codebook(['    exclude: المخدرات']));
    expect(r.problems).toEqual(["c.yaml:12: marker 'trade': exclude: 'exclude' must be a list of guards ({patterns, before, after, reason})"]);
  });
});
