/**
 * Counting a corpus's vocabulary as the toolkit sees it: word tokens of the toolkit's tokenizer
 * (`TOKEN_RE`: Arabic, Latin, numbers, hashtags, mentions), each normalized by `normalizeArabic`
 * with its default steps. Used to state the benchmark corpus's distinct normalized tokens.
 */
import { TOKEN_RE, kindOfMatch, WORD_KINDS } from '../text/tokenize';
import { normalizeArabic } from '../text/normalizeArabic';

/** Accumulates the distinct word tokens of texts; `distinct()` normalizes them and counts. */
export class VocabularyCounter {
  private readonly raw = new Set<string>();
  private readonly re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  /** Word tokens seen, with repeats. */
  tokens = 0;

  /**
   * Adds the word tokens of a text.
   * @example const v = new VocabularyCounter(); v.add('قال قالَ #سوريا'); v.tokens // 3
   */
  add(text: string): void {
    const re = this.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (!WORD_KINDS.has(kindOfMatch(m))) continue;
      this.tokens++;
      this.raw.add(m[0]);
    }
  }

  /**
   * The number of distinct normalized word tokens added so far.
   * @example const v = new VocabularyCounter(); v.add('قال قالَ أحمد احمد'); v.distinct() // 2
   */
  distinct(): number {
    const norm = new Set<string>();
    for (const t of this.raw) norm.add(normalizeArabic(t).text);
    return norm.size;
  }
}
