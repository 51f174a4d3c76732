/**
 * Codebook pattern syntax: words separated by spaces; each word is compared on its matching key
 * (see src/text/matchKey.ts) after clitic stripping. A word written with the article ال requires
 * the article in the text (ال or the elided لل); a word written without it matches with or
 * without the article; a word written `=word` matches only without the article (Orient's
 * derogatory «أسد» for «الأسد»). `#tag` matches one hashtag token whole, `#*` any hashtag. In single-word
 * patterns `*` at the start and/or end is a glob (suffix/prefix/infix check, never a regex).
 */
import { matchKey } from '../text/matchKey';

/** One compiled pattern word. */
export interface PatternWord {
  /** Matching key of the word without its article. */
  stem: string;
  /** Whether the pattern wrote the article (so the text must have it). */
  article: boolean;
  /** Whether the pattern wrote `=word`: the text must NOT have the article («=أسد» is not «الأسد»). */
  noArticle?: boolean;
}

/** A compiled pattern. */
export interface CompiledPattern {
  /** Words in order (one for single words, hashtags and globs). */
  words: PatternWord[];
  /** Glob kind for single-word patterns with `*`, else null. `hashtag` is `#*`. */
  glob: 'prefix' | 'suffix' | 'infix' | 'hashtag' | null;
}

/** Negator particles that writers attach to the next word («لاتصالح» for «لا تصالح»). */
export const JOINABLE_NEGATORS = ['لا', 'لن', 'لم'];

/**
 * Returns null when a pattern is well-formed, else what is wrong.
 * @example validatePattern('نظام الأسد') // null
 * @example validatePattern('نظا*م') // "'*' is allowed only at the start or end of a single word"
 */
export function validatePattern(p: string): string | null {
  const t = p.trim();
  if (!t) return 'empty pattern';
  if (t === '#*') return null;
  const words = t.split(/\s+/);
  if (t.startsWith('#')) {
    if (words.length > 1) return 'a hashtag pattern is one token (use _ between words)';
    if (t.includes('*')) return "globs are not allowed in hashtags (use '#*' for any hashtag)";
    return t.length > 1 ? null : 'empty hashtag';
  }
  if (t.includes('*')) {
    if (words.length > 1) return "'*' globs are allowed only in single-word patterns";
    const core = t.replace(/^\*/, '').replace(/\*$/, '');
    if (core.includes('*')) return "'*' is allowed only at the start or end of a single word";
    if (matchKey(core).length < 2) return 'a glob needs at least 2 letters';
  }
  for (const w of words) if (!matchKey(w.replace(/\*/g, '').replace(/^=/, ''))) return `word '${w}' is empty after normalization`;
  if (t.includes('*') && t.includes('=')) return "'=' cannot be combined with a glob";
  return null;
}

function word(w: string): PatternWord {
  if (w.startsWith('=')) return { stem: matchKey(w.slice(1)), article: false, noArticle: true };
  return wordOfKey(matchKey(w));
}

function wordOfKey(k: string): PatternWord {
  if (k.startsWith('ال') && k.length >= 4) return { stem: k.slice(2), article: true };
  return { stem: k, article: false };
}

/**
 * Compiles a (valid) pattern into its variants: the pattern itself and, for a negator written
 * apart or together («لا تصالح» / «لاتصالح»), the other spelling.
 * @example compilePattern('لا تصالح').map((c) => c.words.map((w) => w.stem).join(' ')) // ['لا تصالح', 'لاتصالح']
 * @example compilePattern('النظام')[0].words[0] // { stem: 'نظام', article: true }
 */
export function compilePattern(p: string): CompiledPattern[] {
  const t = p.trim();
  if (t === '#*') return [{ words: [{ stem: '#', article: false }], glob: 'hashtag' }];
  if (t.startsWith('#')) return [{ words: [{ stem: matchKey(t), article: false }], glob: null }];
  if (t.includes('*')) {
    const pre = t.startsWith('*');
    const post = t.endsWith('*');
    const core = matchKey(t.replace(/^\*/, '').replace(/\*$/, ''));
    return [{ words: [{ stem: core, article: false }], glob: pre && post ? 'infix' : pre ? 'suffix' : 'prefix' }];
  }
  const words = t.split(/\s+/);
  const out: CompiledPattern[] = [{ words: words.map(word), glob: null }];
  const k0 = matchKey(words[0].replace(/^=/, ''));
  if (words.length >= 2 && JOINABLE_NEGATORS.includes(k0)) {
    out.push({ words: [{ stem: k0 + matchKey(words[1]), article: false }, ...words.slice(2).map(word)], glob: null });
  } else if (words.length === 1) {
    for (const n of JOINABLE_NEGATORS) {
      if (k0.startsWith(n) && k0.length - n.length >= 3) {
        out.push({ words: [{ stem: n, article: false }, wordOfKey(k0.slice(n.length))], glob: null });
      }
    }
  }
  return out;
}
