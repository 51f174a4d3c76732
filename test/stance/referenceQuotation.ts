/**
 * Test oracle: the quotation rule of src/stance/README.md ("Quotation"), written from that text.
 * It recomputes every token's key and reporting class itself and works region by region (one list
 * of regions, then each token asks which regions hold it), not in one pass as the production code.
 * The word lists (reporting verbs, participles, speaker stops, time words) are the README's "…"
 * lists in full: they are data, imported from src/stance/quotation.ts. Read from the code and
 * added to the README before this oracle followed them: „ ‹ › and a ” opening, «…» as a sentence
 * end, the speaker span over any non-punctuation token up to the line end, the quote marks stripped
 * from the speaker, and the line's last speaker kept after a time word or an empty span. The span
 * ends (object starts, addressees, affiliation, «علي», «ما يسمى») and the subject before the verb
 * follow the README's list item by item.
 */
import type { LineQuotes, QuoteColumns } from '../../src/stance/quotation';
import {
  ADDRESSEE_STARTS, ADDRESSEE_WORDS, AFFILIATION_HEADS, AFFILIATION_STOPS, AUXILIARIES, OBJECT_WORDS, RELAY_TAIL, RELAY_VERBS,
  REPORTING_VERBS, REPORTING_PARTICIPLES, SO_CALLED, SPEAKER_STOPS, TIME_WORDS, VERB_PARTICLES,
} from '../../src/stance/quotation';
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
  const word = (t: number) => t >= 0 && t < n && !tokens.punct[t];
  const key = (t: number) => refKey(tokens.text[t]);
  const raw = (t: number) => line.slice(tokens.start[t], tokens.end[t]).replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  const isQuote = (t: number) => tokens.punct[t] && (OPENERS.includes(tokens.text[t]) || CLOSERS.includes(tokens.text[t]) || tokens.text[t] === '"');
  const isBoundary = (t: number) => tokens.punct[t] && REF_CLAUSE.includes(tokens.text[t]);
  const isStop = (t: number) => word(t) && SPEAKER_STOPS.has(key(t));
  const isComplementizer = (t: number) => isStop(t) && /^(ان|بان|وان)/.test(key(t));
  const endOfSentence = (from: number) => {
    let t = from;
    while (t < n && !(tokens.punct[t] && SENTENCE_END.includes(tokens.text[t]))) t++;
    return t;
  };
  // README: «علي» with ي after a speaker word, the name ending one or two words later.
  const nameAli = (t: number, before: number) => {
    if (before === 0 || raw(t) !== 'علي') return false;
    const after: number[] = [];
    for (let u = t + 1; u < n; u++) {
      if (tokens.punct[u] && isQuote(u)) continue;
      if (tokens.punct[u]) return after.length >= 1 && after.length <= 2 && isBoundary(u);
      if (isComplementizer(u)) return after.length >= 1 && after.length <= 2;
      if (isStop(u) || after.length === 2) return false;
      after.push(u);
    }
    return false;
  };
  // README: the start of the verb's object (the plural rule needs a word before it).
  const objectStart = (t: number, span: number[]) => {
    const k = key(t);
    const prev = span.length > 0 ? key(span[span.length - 1]) : '';
    return OBJECT_WORDS.has(k)
      || (k.startsWith('بال') && k.length > 4)
      || /(\u064B\u0627?|\u0627\u064B)$/.test(line.slice(tokens.start[t], tokens.end[t]))
      || (/(ه|ها|هم|هما|هن)$/.test(raw(t)) && raw(t).length >= 4 && !/^(ال|وال)/.test(k) && !k.includes('لله'))
      || (span.length >= 2 && k.startsWith('ب') && k.length >= 5 && k !== refKey('باسم'))
      || (/ات$/.test(k) && k.length > 3 && !/^(ال|وال|ل)/.test(k) && /^(ال|وال|لل|بال)/.test(prev));
  };
  const addressee = (t: number) => ADDRESSEE_WORDS.has(key(t)) || ADDRESSEE_STARTS.some((a) => key(t).startsWith(a));
  /** The speaker span from token `from`: its word tokens and the token that ended it. */
  const spanFrom = (from: number): { span: number[]; stop: number } => {
    let t = from;
    for (const pair of SO_CALLED) {
      const ws: number[] = [];
      for (let u = from; u < n && ws.length < pair.length; u++) {
        if (isQuote(u)) continue;
        if (!word(u)) break;
        ws.push(u);
      }
      if (ws.length === pair.length && ws.every((u, i) => key(u) === pair[i])) { t = ws[ws.length - 1] + 1; break; }
    }
    // README: then adverbs with tanwin («مجدداً») are skipped.
    while (word(t) && /(\u064B\u0627?|\u0627\u064B)$/.test(line.slice(tokens.start[t], tokens.end[t]))) t++;
    const span: number[] = [];
    let through = false;
    for (; t < n; t++) {
      if (tokens.punct[t]) { if (isBoundary(t)) break; continue; }
      if (isStop(t) && !(key(t) === refKey('على') && nameAli(t, span.length))) {
        const affiliation = !through && span.length === 1 && AFFILIATION_STOPS.has(key(t)) && AFFILIATION_HEADS.has(key(span[0]));
        if (!affiliation) break;
        through = true;
      } else if (addressee(t) || objectStart(t, span)) break;
      span.push(t);
    }
    return { span, stop: t };
  };
  /** README: the subject before verb v (1 to 4 words), or none. */
  const subjectBefore = (v: number): number[] => {
    let t = v - 1;
    while (word(t) && VERB_PARTICLES.has(key(t))) t--;
    const subject: number[] = [];
    for (; t >= 0; t--) {
      if (tokens.punct[t]) { if (isQuote(t)) continue; break; }
      if (isStop(t) || AUXILIARIES.has(key(t)) || refReportingClass(tokens.text[t]) !== 0) break;
      subject.unshift(t);
    }
    return subject.length >= 1 && subject.length <= 4 && !TIME_WORDS.has(key(subject[0])) ? subject : [];
  };
  const textOf = (span: number[]) => line.slice(tokens.start[span[0]], tokens.end[span[span.length - 1]]).replace(/^["“«]+/, '').replace(/["”»]+$/, '');
  const regions: Region[] = [];
  let lastSpeaker: string | null = null;
  for (let v = 0; v < n; v++) {
    if (tokens.punct[v]) continue;
    const cls = refReportingClass(tokens.text[v]);
    if (cls === 2) regions.push({ from: v + 1, to: endOfSentence(v + 1), who: lastSpeaker });
    if (cls !== 1) continue;
    let { span, stop } = spanFrom(v + 1);
    if (span.length > 6) continue; // not reported speech
    // A relay verb whose span stops at «عن»: the speaker is the span after «عن», without «قوله»-words.
    const verb = key(v);
    const relay = [verb, ...(/^[وف]/.test(verb) ? [verb.slice(1)] : [])].some((f) => RELAY_VERBS.has(f));
    if (relay && word(stop) && key(stop) === refKey('عن')) {
      const second = spanFrom(stop + 1);
      if (second.span.length > 0 && second.span.length <= 6) {
        while (second.span.length > 1 && RELAY_TAIL.has(key(second.span[second.span.length - 1]))) second.span.pop();
        span = second.span;
        stop = second.stop;
      }
    }
    let who: string | null = lastSpeaker;
    const named = span.length > 0 && !TIME_WORDS.has(key(span[0])) ? span : subjectBefore(v);
    if (named.length > 0) {
      who = textOf(named);
      lastSpeaker = who;
      regions.push({ from: v, to: v + 1, who });
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
