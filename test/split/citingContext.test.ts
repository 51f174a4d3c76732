import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isPageLevelCue, loadCitingRules, type CitingRules } from '../../src/split/citingContext';

const rules = (over: Partial<CitingRules> = {}): CitingRules => ({
  words: [['قالت'], ['وفق', 'ما', 'نشرته']], nouns: new Set(['وكالة']), glued: new Set(['ل']), lineWords: 6, datelineWords: 2, ...over,
});
const at = (text: string, cue: string, r = rules()) => isPageLevelCue(text, text.indexOf(cue), cue, r);

describe('isPageLevelCue', () => {
  it('reads a citing phrase before the cue, with و/ف, nouns and quote marks between', () => {
    expect(at('قالت سانا', 'سانا')).toBe(false);
    expect(at('وقالت وكالة «سانا»', 'سانا')).toBe(false);
    expect(at('فقالت: سانا', 'سانا')).toBe(false);
    expect(at('وفق ما نشرته سانا', 'سانا')).toBe(false);
    expect(at('ما نشرته سانا', 'سانا')).toBe(true);
    // Only words from the data count: without «قالت» in the rules the same line names the outlet.
    expect(at('قالت سانا', 'سانا', rules({ words: [] }))).toBe(true);
  });

  it('treats a glued prefix, on the cue or on a noun before it, as a mention', () => {
    expect(at('صرح لـ"سانا"', 'سانا')).toBe(false);
    expect(at('صرح لسانا', 'سانا')).toBe(false);
    expect(at('صرح لوكالة سانا', 'سانا')).toBe(false);
    expect(at('صرح بسانا', 'سانا')).toBe(true);
  });

  it('takes a parenthesized cue after other words as a credit unless a dash or colon follows', () => {
    expect(at('استقبل الوفد (سانا)', 'سانا')).toBe(false);
    expect(at('دمشق (سانا) – استقبل', 'سانا')).toBe(true);
    expect(at('(سانا)', 'سانا')).toBe(true);
  });

  it('counts a cue in body text only as a dateline', () => {
    const body = ' بحث الوزير مع نظيره الملف السوري في اتصال هاتفي';
    expect(at(`دمشق – سانا:${body}`, 'سانا')).toBe(true);
    expect(at(`سانا:${body}`, 'سانا')).toBe(true);
    expect(at(`دمشق سانا${body}`, 'سانا')).toBe(false);
    expect(at(`في العاصمة دمشق – سانا${body}`, 'سانا')).toBe(false);
    expect(at(`${body} سانا`, 'سانا')).toBe(false);
    // The line ends at a newline: the same words on the next line do not make it body text.
    expect(at(`تابع سانا\n${body}`, 'سانا')).toBe(true);
  });
});

describe('isPageLevelCue on repeated contexts', () => {
  it('gives each rules object its own verdict for the same context, again on a repeat', () => {
    const line = 'قالت وكالة سانا إن الاجتماع تأجل';
    const citing = rules();
    const none = rules({ words: [] });
    for (let k = 0; k < 2; k++) {
      expect(at(line, 'سانا', citing)).toBe(false);
      expect(at(line, 'سانا', none)).toBe(true);
    }
  });
});

describe('loadCitingRules', () => {
  it('reads the block and rejects a bad number, naming the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'khitab-citing-'));
    try {
      const ok = path.join(dir, 'ok.yaml');
      writeFileSync(ok, 'citing:\n  words: [قالت, نقلاً عن]\n  glued: [لـ]\noutlets: []\n');
      const r = loadCitingRules(ok);
      expect(r.words).toEqual([['قالت'], ['نقلا', 'عن']]);
      expect([...r.glued]).toEqual(['ل']);
      expect([r.lineWords, r.datelineWords]).toEqual([12, 3]);
      const bad = path.join(dir, 'bad.yaml');
      writeFileSync(bad, 'citing:\n  lineWords: many\n');
      expect(() => loadCitingRules(bad)).toThrow(/bad\.yaml: citing\.lineWords must be a whole number/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
