/**
 * Quotation and reported speech: which tokens of a line are inside quotation marks, which follow
 * a reporting verb, and who the speaker is. Heuristic documented in src/stance/README.md.
 */
import * as matchKeyModule from '../text/matchKey';
import * as affixes from '../text/affixes';
import * as spanWordsModule from './voices/spanWords';
import * as speakerSpanModule from './voices/speakerSpan';
import type { SpeakerSpan } from './voices/speakerSpan';
import * as subjectBeforeModule from './voices/subjectBefore';
import * as WModule from './voices/speechWords';
import type { QuoteColumns } from './types';

// Module-level copies of imported names (as in src/stance/match/): the CommonJS transform reads an
// import through a getter on every access, a call per word inside the speaker grammar's loops.
const W = { ...WModule };
const { matchKey } = matchKeyModule;
const { CLOSE_QUOTES, OPEN_QUOTES, REPORTING_PARTICIPLES, REPORTING_VERBS, RELAY_VERBS, SENTENCE_ENDS } = spanWordsModule;
const { anFollows, appositionAfter, cannotStartSubject, relayFrom, speakerSpan, speakerText, statementAuthor } = speakerSpanModule;
const { afterRelative, beforeParticles, clauseSubject, crowdStart, isBackReference, subjectBefore } = subjectBeforeModule;

// A module-level copy: the CommonJS transform reads imports through getters (a call per access).
const hasPrefix = affixes.hasPrefix;

// The rule's word lists and limits live in voices/spanWords.ts; they are exported here too.
export {
  REPORTING_VERBS, REPORTING_PARTICIPLES, SPEAKER_STOPS, AFFILIATION_HEADS, SO_CALLED, AFFILIATION_STOPS, OBJECT_WORDS,
  ADDRESSEE_WORDS, ADDRESSEE_STARTS, VERB_PARTICLES, AUXILIARIES, MAX_SUBJECT_TOKENS, MAX_CLAUSE_SUBJECT_TOKENS, TIME_WORDS,
  RELAY_VERBS, RELAY_TAIL, MAX_SPEAKER_TOKENS, MAX_APPOSITION_TOKENS, SENTENCE_ENDS,
} from './voices/spanWords';

/**
 * Reporting class of a token: 1 for a reporting verb, 2 for a reporting participle, 0 otherwise.
 * @example reportingClass('وقالت') // 1
 * @example reportingClass('مضيفاً') // 2
 */
export function reportingClass(token: string): 0 | 1 | 2 {
  return reportingClassOfKey(matchKey(token));
}

/**
 * `reportingClass` of a token given its matching key.
 * @example reportingClassOfKey('وقالت') // 1
 */
export function reportingClassOfKey(key: string): 0 | 1 | 2 {
  let k = key;
  if ((hasPrefix(k, 'و') || hasPrefix(k, 'ف')) && k.length > 3 && !REPORTING_VERBS.has(k) && !REPORTING_PARTICIPLES.has(k)) k = k.slice(1);
  if (REPORTING_VERBS.has(k)) return 1;
  if (REPORTING_PARTICIPLES.has(k)) return 2;
  return 0;
}

/** A token as the quotation scanner sees it. */
export interface QuoteToken {
  /** The token text. */
  text: string;
  /** Whether it is punctuation. */
  punct: boolean;
  /** UTF-16 start and end in the line. */
  start: number;
  end: number;
  /** Precomputed matching key (optional; computed when absent). */
  key?: string;
  /** Precomputed `reportingClass` (optional; computed when absent). */
  report?: 0 | 1 | 2;
}

/** Per-token quotation status of a line. */
export interface LineQuotes {
  /** Whether token t is inside quotation marks or a reported-speech region. */
  quoted: boolean[];
  /** Speaker of token t's reported-speech region, or null. */
  speaker: (string | null)[];
}

export { isQuoteMark } from './voices/spanWords';

/**
 * Quotation status of every token of a line: inside «…», “…”, "…" (ASCII quotes toggle), or
 * after a reporting verb and its speaker up to the end of the sentence.
 * @example
 * const line = 'قال الوزير: إن التطبيع خطوة';
 * const toks = tokenize(line).map((t) => ({ ...t, punct: t.kind === 'punct' }));
 * quotationOfLine(line, toks).speaker[4] // 'الوزير'  (token 4 is «التطبيع»)
 */
export function quotationOfLine(line: string, tokens: QuoteToken[]): LineQuotes {
  const cols: QuoteColumns = {
    n: tokens.length,
    text: tokens.map((t) => t.text),
    punct: tokens.map((t) => t.punct),
    start: tokens.map((t) => t.start),
    end: tokens.map((t) => t.end),
    key: tokens.map((t) => (t.punct ? t.text : t.key ?? matchKey(t.text))),
    report: tokens.map((t) => (t.punct ? 0 : t.report ?? reportingClass(t.text))),
  };
  return quotationOfColumns(line, cols);
}

/**
 * `quotationOfLine` over tokens given as parallel arrays (see `QuoteColumns`); the rule lives here.
 * @example
 * quotationOfColumns('قال الوزير: إن التطبيع خطوة', {
 *   n: 6, text: ['قال', 'الوزير', ':', 'إن', 'التطبيع', 'خطوة'], punct: [false, false, true, false, false, false],
 *   start: [0, 4, 10, 12, 15, 23], end: [3, 10, 11, 14, 22, 27],
 *   key: ['قال', 'الوزير', ':', 'ان', 'التطبيع', 'خطوه'], report: [1, 0, 0, 0, 0, 0],
 * }).speaker[4] // 'الوزير'
 */
export function quotationOfColumns(line: string, tokens: QuoteColumns): LineQuotes {
  return quotationInto(line, tokens, { quoted: new Array<boolean>(tokens.n), speaker: new Array<string | null>(tokens.n) });
}

/**
 * `quotationOfColumns` written into reusable arrays: entries `0 … tokens.n-1` of `out.quoted`
 * and `out.speaker` are overwritten (later entries are left as they are). Returns `out`.
 * Why: the matcher asks for the quotation of every line with hits; no arrays per line.
 * @example
 * const out: LineQuotes = { quoted: [], speaker: [] };
 * quotationInto(line, columns, out) === out // true; out.quoted[t] as quotationOfColumns(line, columns).quoted[t]
 */
export function quotationInto(line: string, tokens: QuoteColumns, out: LineQuotes): LineQuotes {
  const n = tokens.n;
  const text = tokens.text;
  const punct = tokens.punct;
  const quoted = out.quoted;
  const speaker = out.speaker;
  // 1. Quotation marks (quote marks themselves are never quoted).
  let depth = 0;
  let ascii = false;
  for (let t = 0; t < n; t++) {
    speaker[t] = null;
    quoted[t] = false;
    if (punct[t]) {
      const s = text[t];
      if (OPEN_QUOTES.has(s)) { depth++; continue; }
      if (CLOSE_QUOTES.has(s)) { if (s === '”' && depth === 0) depth++; else if (depth > 0) depth--; continue; }
      if (s === '"') { ascii = !ascii; continue; }
    }
    if (depth > 0 || ascii) quoted[t] = true;
  }
  // 2. Reported speech.
  let last: string | null = null; // the line's last named speaker
  let lastFirst = -1; // its first token
  let regionChannel = false; // whether the latest region's speaker is a channel or a source
  if (covered.length < n) covered = new Uint8Array(n * 2);
  covered.fill(0, 0, n);
  for (let v = 0; v < n; v++) {
    if (punct[v]) continue;
    const cls = tokens.report[v];
    if (!cls) continue;
    const base = verbBase(tokens.key[v]);
    let regionStart = v + 1;
    let who: string | null = null;
    let whoFirst = -1;
    if (cls === 1) {
      // The speaker span: the word tokens after the verb (and a «فيها» right after it) up to a boundary or a stop word.
      let from = v + 1;
      if (from < n && !punct[from] && W.PRONOUN_PREPOSITIONS.has(tokens.key[from])) from++;
      let span = VERB_SPAN;
      if (!speakerSpan(line, tokens, from, false, span)) continue; // too long: the verb does not report speech here
      // «عبّر الائتلاف عن …» reports speech; «عبر الحدود» does not.
      if (W.VERBS_WITH_AN.has(base) && !(span.words > 0 && anFollows(tokens, span.stop))) continue;
      let relayed = false;
      if (W.STATEMENT_VERBS.has(base)) {
        // «جاء في بيان الائتلاف أن …»: the statement's author.
        if (!statementAuthor(line, tokens, span.stop, STATEMENT_SPAN)) continue;
        span = STATEMENT_SPAN;
        relayed = true;
      } else if (isRelayVerb(tokens.key[v])) {
        // A relay («نقلت الوكالة عن الوزير قوله»): the speaker is the span after «عن».
        const an = relayFrom(tokens, span.stop);
        if (an >= 0 && speakerSpan(line, tokens, an + 1, true, RELAYED_SPAN) && RELAYED_SPAN.words > 0) { span = RELAYED_SPAN; relayed = true; }
      } else if (span.words > 0) appositionAfter(tokens, span); // «قال أبو خالد، وهو لاجئ …، إن»
      const position = W.POSITION_VERBS.has(base);
      if (W.SOURCE_WORDS.has(base)) {
        // «بحسب مصادر مطلعة، فإن …»: only a named source after it («بحسب ما نقلت …» leaves it to the verb).
        if (span.words === 0 || cannotStartSubject(tokens.key[span.first])) continue;
        relayed = true;
      }
      let named: SpeakerSpan | null = null;
      let before = true;
      if (relayed) named = span;
      else if (clauseSubject(line, tokens, v, SUBJECT_SPAN)) named = SUBJECT_SPAN; // «وزير الخارجية السعودي … رحّب»
      else if (position && subjectBefore(line, tokens, v, SUBJECT_SPAN)) named = SUBJECT_SPAN; // «إن أنقرة ترحب بعقد …»
      else if (span.words > 0 && !cannotStartSubject(tokens.key[span.first])) { named = span; before = false; } // not «حذّر من أن»
      else if (subjectBefore(line, tokens, v, SUBJECT_SPAN)) named = SUBJECT_SPAN; // «أردوغان قال إن …»
      else before = false;
      if (position) {
        // A position verb names a holder only by a name of its own, and inside another's words only after a channel.
        if (named === null || isBackReference(line, tokens, named) || afterRelative(tokens, v)) continue;
        if (covered[v] === 1 && !regionChannel) continue;
        // Only the act is the holder's (with the negators before it: «أنقرة لا ترى»); its object is the writer's wording.
        who = speakerText(line, tokens.start[named.first], tokens.end[named.last]);
        for (let t = beforeParticles(tokens, v) + 1; t <= v; t++) {
          quoted[t] = true;
          speaker[t] = who;
          covered[t] = 1;
        }
        last = who;
        lastFirst = named.first;
        continue;
      }
      if (named) {
        const protest = W.PROTEST_VERBS.has(base);
        // A crowd is named with its protest verb («احتشد الآلاف», «الشباب عم يهتفو»).
        who = speakerText(line, tokens.start[protest ? Math.min(v, named.first) : named.first], tokens.end[protest ? Math.max(v, named.last) : named.last]);
        whoFirst = named.first;
        // The verb itself states the speaker's position («رحّبت السعودية بـ…»): it is reported too.
        quoted[v] = true;
        speaker[v] = who;
      } else if (W.PROTEST_VERBS.has(base)) {
        who = speakerText(line, tokens.start[v], tokens.end[v]);
        whoFirst = v;
        quoted[v] = true;
        speaker[v] = who;
      } else who = last;
      // Words after the verb are the content when the subject came before it («أردوغان قال مستعد …»).
      regionStart = named !== null && before && !relayed ? v + 1 : span.stop;
    } else if (W.PROTEST_PARTICIPLES.has(base)) {
      // «خرج آلاف في مدينة اعزاز رافعين …»: the crowd from its clause's subject to the participle.
      const from = crowdStart(line, tokens, v, lastFirst);
      who = speakerText(line, tokens.start[from], tokens.end[v]);
      whoFirst = from;
      quoted[v] = true;
      speaker[v] = who;
    } else who = last;
    if (whoFirst >= 0) {
      last = who;
      lastFirst = whoFirst;
    }
    if (whoFirst >= 0) covered[v] = 1;
    for (let t = regionStart; t < n; t++) {
      if (punct[t] && SENTENCE_ENDS.has(text[t])) break;
      quoted[t] = true;
      speaker[t] = who;
      covered[t] = 1;
    }
    regionChannel = lastFirst >= 0 && W.CHANNEL_HEADS.has(verbBase(tokens.key[lastFirst]));
  }
  return out;
}

/** Which tokens of the line a reported-speech region holds (reused across lines). */
let covered = new Uint8Array(64);

/** A verb's key without a leading و/ف (as `reportingClassOfKey` looks it up). */
function verbBase(key: string): string {
  if ((key[0] === 'و' || key[0] === 'ف') && key.length > 3 && !REPORTING_VERBS.has(key) && !REPORTING_PARTICIPLES.has(key)) return key.slice(1);
  return key;
}

/** Whether a verb's key (with or without a leading و/ف) is a relaying verb. */
function isRelayVerb(key: string): boolean {
  return RELAY_VERBS.has(key) || ((key[0] === 'و' || key[0] === 'ف') && RELAY_VERBS.has(key.slice(1)));
}

/** Reused spans (no allocation per reporting verb): the verb's own, a relayed speaker's, a subject before the verb. */
const VERB_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };
const RELAYED_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };
const SUBJECT_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };
const STATEMENT_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };
