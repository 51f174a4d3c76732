import { describe, expect, it } from 'vitest';
import { commonArabicWordShare, guessArabicCodePage, readCodePage } from '../../src/corpus/arabicCodePage';
import { decodeBytes } from '../../src/corpus/decode';
import { rngMulberry32 } from '../../src/stats/rngMulberry32';

/**
 * An encoder for a single-byte code page, from the WHATWG decoding table Node's TextDecoder has
 * (each byte decoded alone; unassigned bytes left out). Independent of the code under test, which
 * only decodes whole texts and scores them.
 */
function encoderOf(encoding: string): (text: string) => Uint8Array {
  const table = new Map<string, number>();
  const dec = new TextDecoder(encoding);
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(Uint8Array.of(b));
    if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, b);
  }
  return (text) => Uint8Array.from([...text].map((ch) => {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${encoding} has no byte for ${ch}`);
    return b;
  }));
}

const ENCODERS: Record<string, (text: string) => Uint8Array> = {
  'utf-8': (t) => Buffer.from(t, 'utf8'),
  'utf-16le': (t) => Buffer.from(t, 'utf16le'),
  'utf-16be': (t) => Buffer.from(t, 'utf16le').swap16(),
  'windows-1256': encoderOf('windows-1256'),
  'iso-8859-6': encoderOf('iso-8859-6'),
};

/** Words of news prose, with the function words and article-bearing words such prose is full of. */
const VOCABULARY = [
  'في', 'من', 'على', 'إلى', 'أن', 'عن', 'مع', 'التي', 'الذي', 'هذا', 'قد', 'لا', 'بين', 'بعد', 'قال', 'كما',
  'تركيا', 'سوريا', 'أنقرة', 'دمشق', 'الحكومة', 'الرئيس', 'المعارضة', 'الوزير', 'اللاجئين', 'الحدود', 'المصالحة',
  'وزير', 'اجتماع', 'محادثات', 'بيان', 'مصدر', 'شمال', 'قوات', 'اتفاق', 'رسمي', 'يوم', 'أمس', 'مسؤول', 'لقاء', 'موسكو',
  'والنظام', 'بالتطبيع', 'للحوار', 'نصالح', 'قالوا', 'الخارجية', 'الأسد', 'أردوغان', 'مؤتمر', 'صحفي', 'مشترك',
];

/** A seeded news-like text: words from the vocabulary, commas, a question or full stop, line ends. */
function newsText(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(VOCABULARY[Math.floor(rand() * VOCABULARY.length)]);
    const r = rand();
    if (r < 0.06) out.push('،');
    else if (r < 0.09) out.push(rand() < 0.5 ? '.\n' : '؟\n');
  }
  return out.join(' ').replace(/ ([،.؟])/g, '$1');
}

describe('commonArabicWordShare', () => {
  it('counts function words and words with the article among the Arabic words', () => {
    expect(commonArabicWordShare('قال الوزير في بيان رسمي')).toBe(3 / 5);
    expect(commonArabicWordShare('وبالتالي فالأمر للحوار')).toBe(1);
    expect(commonArabicWordShare('abc')).toBe(0);
  });
});

describe('readCodePage', () => {
  it('counts unassigned bytes: Windows-1256 feh/qaf/kaf (DD–DF) have no ISO-8859-6 letter', () => {
    // «في» in Windows-1256 is DD ED (Microsoft CP1256.TXT); ISO-8859-6 leaves DD unassigned.
    const r = readCodePage(Uint8Array.of(0xdd, 0xed), 'iso-8859-6');
    expect(r.text).toBe('\uFFFD\u064d'); // ED is kasratan in ISO-8859-6
    expect(r.invalidShare).toBe(0.5);
  });
});

describe('guessArabicCodePage', () => {
  it('reads a sentence in ISO-8859-6 as ISO-8859-6 and the same sentence in Windows-1256 as Windows-1256, without a warning', () => {
    const text = 'قال وزير الخارجية التركي في مؤتمر صحفي إن المحادثات مع دمشق لن تتوقف';
    for (const enc of ['iso-8859-6', 'windows-1256'] as const) {
      expect(guessArabicCodePage(ENCODERS[enc](text))).toEqual({ encoding: enc, text, warning: null });
    }
  });

  it('warns when the two readings cannot be told apart, and gives null for bytes that are no Arabic', () => {
    expect(guessArabicCodePage(Uint8Array.of(0xd3, 0xe1, 0xc7, 0xe3))?.warning).toMatch(/^encoding unsure: read as windows-1256, but iso-8859-6 reads as Arabic too/);
    expect(guessArabicCodePage(Buffer.from('café naïve', 'latin1'))).toBeNull();
  });
});

describe('decodeBytes (property, seeded)', () => {
  it('round-trips 200 random news-like Arabic texts through UTF-8, UTF-16 LE and BE without BOM, Windows-1256 and ISO-8859-6', () => {
    const rand = rngMulberry32(1256);
    for (let n = 0; n < 200; n++) {
      const text = newsText(rand, 8 + Math.floor(rand() * 200));
      for (const [enc, encode] of Object.entries(ENCODERS)) {
        const got = decodeBytes(encode(text));
        expect({ encoding: got.encoding, same: got.text === text, warning: got.warning }, `${enc}: ${text.slice(0, 80)}`)
          .toEqual({ encoding: enc, same: true, warning: undefined });
      }
    }
  });

  it('never garbles silently: random letter strings in either code page come back exact, or with a warning', () => {
    const rand = rngMulberry32(6);
    const letters = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي'];
    let warned = 0;
    for (let n = 0; n < 300; n++) {
      const words = Array.from({ length: 1 + Math.floor(rand() * 12) }, () =>
        Array.from({ length: 2 + Math.floor(rand() * 6) }, () => letters[Math.floor(rand() * letters.length)]).join(''));
      const text = words.join(' ');
      for (const enc of ['windows-1256', 'iso-8859-6']) {
        const got = decodeBytes(ENCODERS[enc](text));
        if (got.warning) warned++;
        else expect(got.text, `${enc}: ${text}`).toBe(text);
      }
    }
    expect(warned).toBeGreaterThan(0); // the property is not vacuous
  });
});
