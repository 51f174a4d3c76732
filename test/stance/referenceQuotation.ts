/**
 * The simple reference of the quotation rule: `quotationOfColumns` as first written (fresh
 * arrays, a span array and a regular expression per speaker). Tests compare the tuned
 * `quotationInto` against it.
 */
import type { LineQuotes, QuoteColumns } from '../../src/stance/quotation';
import { SPEAKER_STOPS, TIME_WORDS, MAX_SPEAKER_TOKENS, SENTENCE_ENDS } from '../../src/stance/quotation';
import { CLAUSE_BOUNDARIES } from '../../src/stance/negation';

const OPEN = new Set(['«', '“', '„', '‹']);
const CLOSE = new Set(['»', '”', '›']);

/** Per-token quotation status of a line, by the rule of src/stance/README.md. */
export function referenceQuotation(line: string, tokens: QuoteColumns): LineQuotes {
  const n = tokens.n;
  const text = tokens.text;
  const punct = tokens.punct;
  const quoted = new Array<boolean>(n).fill(false);
  const speaker = new Array<string | null>(n).fill(null);
  // 1. Quotation marks.
  let depth = 0;
  let ascii = false;
  for (let t = 0; t < n; t++) {
    const s = text[t];
    if (punct[t]) {
      if (OPEN.has(s)) { depth++; continue; }
      if (CLOSE.has(s)) { if (s === '”' && depth === 0) depth++; else if (depth > 0) depth--; continue; }
      if (s === '"') { ascii = !ascii; continue; }
    }
    if (depth > 0 || ascii) quoted[t] = true;
  }
  // 2. Reported speech.
  let last: string | null = null;
  for (let v = 0; v < n; v++) {
    if (punct[v]) continue;
    const cls = tokens.report[v];
    if (!cls) continue;
    let regionStart = v + 1;
    let who: string | null = null;
    if (cls === 1) {
      let s = v + 1;
      const span: number[] = [];
      let ok = false;
      for (; s < n; s++) {
        if (punct[s]) {
          if (CLAUSE_BOUNDARIES.has(text[s]) || SENTENCE_ENDS.has(text[s])) { ok = true; break; }
          continue; // quote marks inside a speaker span («وكالة "نوفوستي"»)
        }
        if (SPEAKER_STOPS.has(tokens.key[s])) { ok = true; break; }
        span.push(s);
        if (span.length > MAX_SPEAKER_TOKENS) break;
      }
      if (s >= n) ok = true;
      if (!ok) continue;
      if (span.length && !TIME_WORDS.has(tokens.key[span[0]])) {
        who = line.slice(tokens.start[span[0]], tokens.end[span[span.length - 1]]).replace(/^["“«]+|["”»]+$/g, '');
        last = who;
      } else who = last;
      regionStart = s;
    } else who = last;
    for (let t = regionStart; t < n; t++) {
      if (punct[t] && SENTENCE_ENDS.has(text[t])) break;
      quoted[t] = true;
      speaker[t] = who;
    }
  }
  return { quoted, speaker };
}
