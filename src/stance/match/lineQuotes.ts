/**
 * Quotation status of a scanned line's tokens, computed only for lines that have hits and can
 * quote (a quotation mark or a reporting word), once per line: the marker hits and the rule hits
 * of the line share it.
 */
import { matchKey } from '../../text/matchKey';
import { quotationInto } from '../quotation';
import type { LineQuotes } from '../quotation';
import * as lineTokens from './lineTokens';
import type { LineTokens } from './lineTokens';

// Module-level copies of imported constants and functions (see lineTokens.ts): the CommonJS transform
// reads imports through getters, a call per access inside loops.
const K_PUNCT = lineTokens.K_PUNCT;

/**
 * Quotation status of the scanned line's tokens (see `quotationInto`), in reused arrays; `text` is
 * the line's text (the same line as last time returns the same result without work).
 * @example quotesOfLine('قال الوزير: «لن نصالح»', b).quoted[4] // true
 */
export function quotesOfLine(text: string, b: LineTokens): LineQuotes {
  if (b.quotesOf === text) return b.quotes;
  b.quotesOf = text;
  const q = b.quote;
  for (let t = 0; t < b.n; t++) {
    const inf = b.info[t];
    const punct = b.kind[t] === K_PUNCT;
    q.punct[t] = punct;
    // Keys of punctuation are never read; URLs, mentions and emoji have no cached analysis.
    q.key[t] = inf ? inf.key : punct ? b.raw[t] : matchKey(b.raw[t]);
    q.report[t] = inf ? inf.report : 0;
  }
  q.n = b.n;
  return quotationInto(text, q, b.quotes);
}
