/**
 * Test oracle: the text rules the matcher relies on, written from src/text/README.md (the
 * per-character normalization table, the tokenizer's token kinds, the clitic readings) without
 * reading src/text. Deliberately plain: Unicode property classes instead of hand-made ranges,
 * one character at a time, every reading listed out. Used by referenceMatcher.ts and
 * referenceQuotation.ts. The token character ranges, the link rule, س before ال, the ت/تين/تان
 * readings and the lower-casing of keys were read from the code and added to the README first.
 */

/** Removed by `removeBidi` (README table). */
const BIDI = (c: number) => (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c || c === 0xfeff;

/** The README's fold columns (alef, alef maksura, teh marbuta as in match keys, Persian letters). */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ی': 'ي', 'ک': 'ك', 'ۀ': 'ه', 'ە': 'ه', 'ھ': 'ه',
};

/**
 * The matching key of a token: every step of the README table in order (each code point NFKC'd on
 * its own, bidi marks, harakat and tatweel removed, a «.» between two tatweels removed, letters and
 * digits folded, ة → ه as `matchKey` turns it on), then lower case.
 * @example refKey('المُصالَحة') // 'المصالحه'
 */
export function refKey(token: string): string {
  let key = keys.get(token);
  if (key === undefined) keys.set(token, (key = keyOf(token)));
  return key;
}

/** Keys already computed (the oracle asks for the same words again and again). */
const keys = new Map<string, string>();

function keyOf(token: string): string {
  const cps = [...token].map((ch) => ch.normalize('NFKC')).join('');
  const chars = [...cps];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const c = ch.codePointAt(0)!;
    if (BIDI(c)) continue;
    if ((c >= 0x064b && c <= 0x0652) || c === 0x0670) continue;
    if (c === 0x0640) continue;
    if (ch === '.' && chars[i - 1] === '\u0640' && chars[i + 1] === '\u0640') continue;
    if (c >= 0x0660 && c <= 0x0669) { out += String(c - 0x0660); continue; }
    if (c >= 0x06f0 && c <= 0x06f9) { out += String(c - 0x06f0); continue; }
    out += FOLD[ch] ?? ch;
  }
  return out.toLowerCase();
}

/** A token of the reference tokenizer. */
export interface RefToken {
  /** Text as in the line. */
  text: string;
  /** `word` (Arabic, number or Latin), `hashtag`, `punct`, or `other` (url, mention, emoji). */
  kind: 'word' | 'hashtag' | 'punct' | 'other';
  /** UTF-16 offsets in the line. */
  start: number;
  end: number;
}

/** The README's word characters: Arabic letters, harakat, tatweel, Arabic-script extensions, presentation forms. */
const isArabicLetter = (ch: string) => /[\u0621-\u065f\u0670-\u06d3\u06d5\u06fa-\u06fc\u06ff\ufb50-\ufdff\ufe70-\ufefc]/.test(ch);
const isZeroWidth = (ch: string) => BIDI(ch.codePointAt(0)!) && ch !== '\ufeff';
const isDigit = (ch: string) => /[0-9\u0660-\u0669\u06f0-\u06f9]/.test(ch);
const isLatin = (ch: string) => /[A-Za-z\u00c0-\u024f]/.test(ch);
const isSpace = (ch: string) => /\s/u.test(ch) || ch === '\ufeff';

/** Length (code units) of the run of `text` from `i` whose characters pass `ok`. */
function run(text: string, i: number, ok: (ch: string) => boolean): number {
  let j = i;
  for (const ch of text.slice(i)) { if (!ok(ch)) break; j += ch.length; }
  return j - i;
}

/** A link: http(s):// or www., then anything but white space and <>"“”«», not ending in punctuation. */
function urlAt(text: string, i: number): number {
  const m = /^(https?:\/\/|www\.)/.exec(text.slice(i));
  if (!m) return 0;
  const body = run(text, i + m[0].length, (ch) => !isSpace(ch) && !'<>"“”«»'.includes(ch));
  let e = i + m[0].length + body;
  while (e > i + m[0].length && '\'.,;:!?،؛)]}'.includes(text[e - 1])) e--;
  return e > i + m[0].length ? e - i : 0;
}

/** An Arabic word: letters, joined across zero-width marks and a «ـ.ـ». */
function arabicAt(text: string, i: number): number {
  let e = i + run(text, i, isArabicLetter);
  if (e === i) return 0;
  for (;;) {
    let k = e + run(text, e, isZeroWidth);
    if (k === e && text[e] === '.' && text[e - 1] === '\u0640' && text[e + 1] === '\u0640') k = e + 1;
    const more = k > e ? run(text, k, isArabicLetter) : 0;
    if (!more) return e - i;
    e = k + more;
  }
}

/** A number: digits, with . , ٫ ٬ between digits. */
function numberAt(text: string, i: number): number {
  let e = i + run(text, i, isDigit);
  if (e === i) return 0;
  while (/[.,\u066b\u066c]/.test(text[e] ?? '') && isDigit(text[e + 1] ?? '')) e += 1 + run(text, e + 1, isDigit);
  return e - i;
}

/** A Latin word, with apostrophes between letters («don't»). */
function latinAt(text: string, i: number): number {
  let e = i + run(text, i, isLatin);
  if (e === i) return 0;
  while (/['’]/.test(text[e] ?? '') && /[A-Za-z]/.test(text[e + 1] ?? '')) e += 1 + run(text, e + 1, (ch) => /[A-Za-z]/.test(ch));
  return e - i;
}

/** An emoji: a pictograph with variation selectors, skin tones and ZWJ-joined pictographs. */
function emojiAt(text: string, i: number): number {
  const cps = [...text.slice(i)];
  if (!cps.length || !/\p{Extended_Pictographic}/u.test(cps[0])) return 0;
  let n = cps[0].length;
  for (let k = 1; k < cps.length; k++) {
    if (cps[k] === '\ufe0f' || /\p{Emoji_Modifier}/u.test(cps[k])) n += cps[k].length;
    else if (cps[k] === '\u200d' && /\p{Extended_Pictographic}/u.test(cps[k + 1] ?? '')) { n += 1 + cps[k + 1].length; k++; }
    else break;
  }
  return n;
}

/**
 * Tokens of a line by the README's token kinds, tried in the README's order at each position
 * (url, mention, hashtag, Arabic word, number, Latin word, emoji, else one punctuation code point);
 * white space and stray zero-width marks are skipped.
 * @example refTokens('قال: #سوريا').map((t) => t.kind) // ['word', 'punct', 'hashtag']
 */
export function refTokens(text: string): RefToken[] {
  const out: RefToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (isSpace(ch) || isZeroWidth(ch)) { i += ch.length; continue; }
    let n = 0;
    let kind: RefToken['kind'] = 'other';
    const tagged = (sigils: string, ok: (c: string) => boolean) => (sigils.includes(ch) ? run(text, i + 1, ok) : 0);
    if ((n = urlAt(text, i))) kind = 'other';
    else if ((n = tagged('@', (c) => /[A-Za-z0-9_]/.test(c) || isArabicLetter(c)))) { n++; kind = 'other'; }
    else if ((n = tagged('#＃', (c) => /[A-Za-z_]/.test(c) || isDigit(c) || isArabicLetter(c)))) { n++; kind = 'hashtag'; }
    else if ((n = arabicAt(text, i) || numberAt(text, i) || latinAt(text, i))) kind = 'word';
    else if ((n = emojiAt(text, i))) kind = 'other';
    else { n = ch.length; kind = 'punct'; }
    out.push({ text: text.slice(i, i + n), kind, start: i, end: i + n });
    i += n;
  }
  return out;
}

/** One reading of a word: what was stripped in front, and the rest. */
export interface RefReading {
  /** Conjunction and particle stripped (e.g. `وب`), `` for none. */
  proclitic: string;
  /** Whether an article (ال, or the ال of لل) was stripped. */
  article: boolean;
  /** What remains (never shorter than 2 letters). */
  stem: string;
}

/**
 * Every reading of a key as [و|ف]? [ب|ك|ل|س]? [ال]? stem, لل being ل + ال (src/text/README.md);
 * the key itself is the reading with nothing stripped. `withProclitics` false: only the article
 * may be stripped (words after a phrase's first word).
 * @example refReadings('وبالمصالحه', true).map((r) => r.stem) // includes 'مصالحه'
 */
export function refReadings(key: string, withProclitics: boolean): RefReading[] {
  const memo = withProclitics ? firstReadings : laterReadings;
  let r = memo.get(key);
  if (r === undefined) memo.set(key, (r = readingsOf(key, withProclitics)));
  return r;
}

/** Readings already listed, for first words and for later words of a phrase. */
const firstReadings = new Map<string, RefReading[]>();
const laterReadings = new Map<string, RefReading[]>();

function readingsOf(key: string, withProclitics: boolean): RefReading[] {
  const out: RefReading[] = [];
  const conjs = withProclitics ? ['', 'و', 'ف'] : [''];
  const particles = withProclitics ? ['', 'ب', 'ك', 'ل', 'س'] : [''];
  for (const c of conjs) {
    for (const p of particles) {
      for (const art of withProclitics ? ['', 'ال', 'لل'] : ['', 'ال']) {
        // لل is the particle ل with the article; the future prefix س never takes the article
        // (documented in src/text/README.md).
        if (art === 'لل' && p !== '') continue;
        if (art === 'ال' && p === 'س') continue;
        const front = c + p + art;
        if (!key.startsWith(front) || key.length - front.length < 2) continue;
        out.push({ proclitic: c + p + (art === 'لل' ? 'ل' : ''), article: art !== '', stem: key.slice(front.length) });
      }
    }
  }
  return out;
}

/** Suffixes of src/text/README.md (ة is ه in keys). */
const SUFFIXES = ['تين', 'تان', 'هما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ه', 'ي', 'ك'];

/**
 * The stems a word's stem can stand for once one suffix is removed (the stem itself not
 * included): ات also read back as ة; a ت left before the suffix read back as ة; تين/تان are the
 * dual of a word in ة. No stem shorter than 2 letters.
 * @example refSuffixStems('مصالحتها') // includes 'مصالحه'
 */
export function refSuffixStems(stem: string): string[] {
  const out = new Set<string>();
  for (const s of SUFFIXES) {
    if (!stem.endsWith(s) || stem.length - s.length < 2) continue;
    const base = stem.slice(0, stem.length - s.length);
    if (s === 'تين' || s === 'تان') { out.add(base + 'ه'); continue; }
    out.add(base);
    if (s === 'ات') out.add(base + 'ه');
    else if (base.endsWith('ت') && base.length >= 3) out.add(base.slice(0, -1) + 'ه');
  }
  return [...out];
}
