/**
 * Regex tokenizer for news text and reader comments. One sticky-free global regex with one
 * alternative per token kind; no lookbehind-heavy word boundaries, no Intl.Segmenter (too slow).
 */

/** Token kinds, in the order the tokenizer tries them. */
export type TokenKind = 'url' | 'mention' | 'hashtag' | 'arabic' | 'number' | 'latin' | 'emoji' | 'punct';

/** One token with its UTF-16 offsets in the input. */
export interface Token {
  /** The token exactly as in the input. */
  text: string;
  /** What kind of token it is. */
  kind: TokenKind;
  /** UTF-16 start offset in the input. */
  start: number;
  /** UTF-16 end offset in the input (exclusive). */
  end: number;
  /** For hashtags: the words between `_` separators, without `#` («#لن_نصالح» → ['لن', 'نصالح']). */
  parts?: string[];
}

// Arabic letters, harakat, tatweel, Arabic-script extensions and presentation forms.
const AR = '\\u0621-\\u065f\\u0670-\\u06d3\\u06d5\\u06fa-\\u06fc\\u06ff\\ufb50-\\ufdff\\ufe70-\\ufefc';
// Marks that may sit inside a word: zero-width and bidi controls.
const ZW = '\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\u061c';
const DIGIT = '0-9\\u0660-\\u0669\\u06f0-\\u06f9';
const URL_END = '[^\\s<>"“”«»\'.,;:!?،؛)\\]}]';

/**
 * The token regex. Groups: 1 url, 2 mention, 3 hashtag, 4 arabic, 5 number, 6 latin, 7 emoji,
 * anything else is one `punct` code point. Every alternative is linear (no nested quantifiers
 * over overlapping classes), so no input can make it backtrack catastrophically.
 */
export const TOKEN_RE = new RegExp(
  [
    `((?:https?://|www\\.)[^\\s<>"“”«»]*${URL_END})`,
    `(@[A-Za-z0-9_${AR}]+)`,
    `([#＃][${AR}${DIGIT}A-Za-z_]+)`,
    `([${AR}]+(?:(?:(?<=\\u0640)\\.(?=\\u0640)|[${ZW}]+)[${AR}]+)*)`,
    `([${DIGIT}]+(?:[.,\\u066b\\u066c][${DIGIT}]+)*)`,
    `([A-Za-z\\u00c0-\\u024f]+(?:['’][A-Za-z]+)*)`,
    `(\\p{Extended_Pictographic}(?:\\ufe0f|\\u200d\\p{Extended_Pictographic}|\\p{Emoji_Modifier})*)`,
    `([^\\s${ZW}])`,
  ].join('|'),
  'gu',
);

const KINDS: TokenKind[] = ['url', 'mention', 'hashtag', 'arabic', 'number', 'latin', 'emoji', 'punct'];

/** Kind of a regex match of TOKEN_RE (by which group matched). */
export function kindOfMatch(m: RegExpExecArray): TokenKind {
  for (let g = 1; g <= 7; g++) if (m[g] !== undefined) return KINDS[g - 1];
  return 'punct';
}

/**
 * Splits text into tokens with original UTF-16 offsets. White space and stray zero-width marks
 * are skipped; every other character belongs to exactly one token.
 * @example tokenize('#لن_نصالح 2011').map((t) => [t.kind, t.text]) // [['hashtag', '#لن_نصالح'], ['number', '2011']]
 * @example tokenize('قال:').map((t) => t.kind) // ['arabic', 'punct']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const kind = kindOfMatch(m);
    const t: Token = { text: m[0], kind, start: m.index, end: m.index + m[0].length };
    if (kind === 'hashtag') t.parts = m[0].slice(1).split('_').filter((p) => p.length > 0);
    out.push(t);
  }
  return out;
}

/** Word-like kinds: counted by `countTokens` and used for terms. */
export const WORD_KINDS: ReadonlySet<TokenKind> = new Set<TokenKind>(['arabic', 'latin', 'number', 'hashtag', 'mention']);
