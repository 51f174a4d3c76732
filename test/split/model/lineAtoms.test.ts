import { describe, expect, it } from 'vitest';
import { lineAtomNames, lineAtoms } from '../../../src/split/model/lineAtoms';
import { profileForOutlet } from '../../../src/split/profile';
import { fnv1a32 } from '../../../src/corpus/fnv1a';

const generic = profileForOutlet(null);

describe('lineAtomNames', () => {
  it('lineAtomNames(«التعليقات (2)») gives the atoms worked out by hand', () => {
    // 13 code units (len bucket 1: 10 < 13 ≤ 20), 2 words (bucket 1), 12 non-space characters of
    // which 9 Arabic letters (0.75 → share bucket 3) and 1 digit (0.08 → 1).
    // Word classes (data/models/split-word-classes.yaml, in file order): «التعليقات» is one word of
    // `commenting` (count 1 → bucket 1), «2» is in none; prose words 0 of 2 → prose share bucket 0.
    const a = lineAtomNames('التعليقات (2)', generic);
    expect(a.ctx).toEqual(['kind=comment_header', 'len=1', 'w=1', 'end=)', 'ar=3', 'lat=0',
      'wc:prose=0', 'wc:colloquial=0', 'wc:person=0', 'wc:reporting=0', 'wc:chrome=0', 'wc:commenting=1', 'wc:time=0', 'wc:prose_share=0']);
    expect(a.own).toEqual(['rule=comment_header', 'start=ar', 'dig=1', 'paren']);
    expect(a.lex).toEqual(['w0=التعليقات', 'wN=(2)', 'key=التعليقات (2)']);
  });

  it('lineAtomNames(URL) marks a link with a high Latin share and no Arabic', () => {
    // 21 code units (bucket 2), one word, 16 Latin letters of 21 characters (0.76 → 3).
    // Its words (https, example, com, a) are in no word class.
    const a = lineAtomNames('https://example.com/a', generic);
    expect(a.ctx).toEqual(['kind=link', 'len=2', 'w=0', 'end=lat', 'ar=0', 'lat=3',
      'wc:prose=0', 'wc:colloquial=0', 'wc:person=0', 'wc:reporting=0', 'wc:chrome=0', 'wc:commenting=0', 'wc:time=0', 'wc:prose_share=0']);
    expect(a.own).toContain('url');
    expect(a.own).toContain('start=lat');
  });

  it('lineAtomNames(date, relative age, time) marks each', () => {
    expect(lineAtomNames('12 يناير 2023', generic).ctx).toContain('date');
    expect(lineAtomNames('12 يناير 2023', generic).own).toContain('start=digit');
    expect(lineAtomNames('منذ ساعتين', generic).ctx).toContain('age');
    expect(lineAtomNames('الساعة ١٠:١٥ صباحا', generic).ctx).toContain('time');
    expect(lineAtomNames('الساعة ١٠:١٥ صباحا', generic).own).toContain('indic');
    expect(lineAtomNames('نص عادي بلا تاريخ', generic).ctx).not.toContain('date');
  });
});

describe('lineAtoms', () => {
  it('lineAtoms hashes the lexical atoms and the kind, and returns the memoized atoms for a repeated short line', () => {
    const a = lineAtoms('التعليقات (2)', generic);
    expect(a.kind).toBe(fnv1a32('kind=comment_header'));
    expect(a.lex).toEqual(['w0=التعليقات', 'wN=(2)', 'key=التعليقات (2)'].map(fnv1a32));
    expect(lineAtoms('التعليقات (2)', generic)).toBe(a);
    expect(a.sig).toBe(lineAtoms('التعليقات (3)', generic).sig);
  });
});
