/**
 * Test oracle: the quotation rule of src/stance/README.md ("Quotation"), written from that text.
 * It recomputes every token's key and reporting class itself and works region by region (one list
 * of regions, then each token asks which regions hold it), not in one pass as the production code.
 * The word lists (reporting verbs, participles, speaker stops, time words) are the README's "…"
 * lists in full: they are data, imported from src/stance/quotation.ts. Read from the code and
 * added to the README before this oracle followed them: „ ‹ › and a ” opening, «…» as a sentence
 * end, the speaker span over any non-punctuation token up to the line end, the quote marks stripped
 * from the speaker, and the line's last speaker kept after a time word or an empty span.
 */
import type { LineQuotes, QuoteColumns } from '../../src/stance/quotation';
import { RELAY_TAIL, RELAY_VERBS, REPORTING_VERBS, REPORTING_PARTICIPLES, SPEAKER_STOPS, TIME_WORDS } from '../../src/stance/quotation';
import { refKey } from './referenceText';

/** The tokens of a line as the oracle needs them: count, texts, punctuation flags, offsets (keys it computes itself). */
export type RefQuoteTokens = Pick<QuoteColumns, 'n' | 'text' | 'punct' | 'start' | 'end'>;

/** Clause boundaries (README, Negation) and sentence ends (README, Quotation). */
export const REF_CLAUSE = ['.', '،', ',', '؛', ';', ':', '!', '?', '؟', '…'];
const SENTENCE_END = ['.', '!', '?', '؟', '…'];
const OPENERS = ['«', '“', '„', '‹'];
const CLOSERS = ['»', '”', '›'];

/** Reporting class by the README: 1 a reporting verb, 2 a participle, with or without و/ف in front. */
export function refReportingClass(token: string): 0 | 1 | 2 {
  const k = refKey(token);
  const forms = [k, ...(/^[وف]/.test(k) ? [k.slice(1)] : [])];
  if (forms.some((f) => REPORTING_VERBS.has(f))) return 1;
  if (forms.some((f) => REPORTING_PARTICIPLES.has(f))) return 2;
  return 0;
}

/** Whether token t stands inside quotation marks (the marks themselves do not). */
function insideMarks(tokens: RefQuoteTokens, t: number): boolean {
  if (tokens.punct[t] && (OPENERS.includes(tokens.text[t]) || CLOSERS.includes(tokens.text[t]) || tokens.text[t] === '"')) return false;
  let open = 0;
  let ascii = 0;
  for (let k = 0; k < t; k++) {
    if (!tokens.punct[k]) continue;
    const s = tokens.text[k];
    if (s === '"') ascii++;
    else if (OPENERS.includes(s) || (s === '”' && open === 0)) open++;
    else if (CLOSERS.includes(s) && open > 0) open--;
  }
  return open > 0 || ascii % 2 === 1;
}

interface Region {
  /** First and one-past-last token of the region. */
  from: number;
  to: number;
  /** Speaker, or null. */
  who: string | null;
}

/**
 * Per-token quotation status of a line, by the rule of src/stance/README.md.
 * @example refQuotation('قال الوزير: إن التطبيع خطوة', cols).speaker[4] // 'الوزير'
 */
export function refQuotation(line: string, tokens: RefQuoteTokens): LineQuotes {
  const n = tokens.n;
  const isStop = (t: number) => !tokens.punct[t] && SPEAKER_STOPS.has(refKey(tokens.text[t]));
  const endOfSentence = (from: number) => {
    let t = from;
    while (t < n && !(tokens.punct[t] && SENTENCE_END.includes(tokens.text[t]))) t++;
    return t;
  };
  const regions: Region[] = [];
  let lastSpeaker: string | null = null;
  for (let v = 0; v < n; v++) {
    if (tokens.punct[v]) continue;
    const cls = refReportingClass(tokens.text[v]);
    if (cls === 2) regions.push({ from: v + 1, to: endOfSentence(v + 1), who: lastSpeaker });
    if (cls !== 1) continue;
    // The speaker span: non-punctuation tokens up to a boundary, a stop word or the line end.
    let stop = v + 1;
    while (stop < n && !(tokens.punct[stop] ? REF_CLAUSE.includes(tokens.text[stop]) : isStop(stop))) stop++;
    const span: number[] = [];
    for (let t = v + 1; t < stop; t++) if (!tokens.punct[t]) span.push(t);
    if (span.length > 6) continue; // not reported speech
    // A relay verb whose span stops at «عن»: the speaker is the span after «عن», without «قوله»-words.
    const verb = refKey(tokens.text[v]);
    const relay = [verb, ...(/^[وف]/.test(verb) ? [verb.slice(1)] : [])].some((f) => RELAY_VERBS.has(f));
    if (relay && stop < n && !tokens.punct[stop] && refKey(tokens.text[stop]) === refKey('عن')) {
      let stop2 = stop + 1;
      while (stop2 < n && !(tokens.punct[stop2] ? REF_CLAUSE.includes(tokens.text[stop2]) : isStop(stop2))) stop2++;
      const span2: number[] = [];
      for (let t = stop + 1; t < stop2; t++) if (!tokens.punct[t]) span2.push(t);
      if (span2.length > 0 && span2.length <= 6) {
        while (span2.length > 1 && RELAY_TAIL.has(refKey(tokens.text[span2[span2.length - 1]]))) span2.pop();
        span.splice(0, span.length, ...span2);
        stop = stop2;
      }
    }
    let who: string | null = lastSpeaker;
    if (span.length > 0 && !TIME_WORDS.has(refKey(tokens.text[span[0]]))) {
      who = line.slice(tokens.start[span[0]], tokens.end[span[span.length - 1]]).replace(/^["“«]+/, '').replace(/["”»]+$/, '');
      lastSpeaker = who;
    }
    regions.push({ from: stop, to: endOfSentence(stop), who });
  }
  const quoted: boolean[] = [];
  const speaker: (string | null)[] = [];
  for (let t = 0; t < n; t++) {
    const holding = regions.filter((r) => r.from <= t && t < r.to);
    quoted.push(holding.length > 0 || insideMarks(tokens, t));
    speaker.push(holding.length ? holding[holding.length - 1].who : null);
  }
  return { quoted, speaker };
}
