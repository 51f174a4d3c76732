/**
 * The speaker span after a reporting verb (src/stance/README.md «Quotation»): the word tokens up
 * to a boundary, a stop word, an addressee or the verb's object, with the span's extensions (an
 * apposition saying who the speaker is, the «عن» of a relay, the author of a statement) and the
 * word tests the subject rules share. Used by quotation.ts on the matcher's parallel token arrays.
 */
import * as matchKeyModule from '../../text/matchKey';
import * as negationModule from '../negation';
import type { QuoteColumns } from '../types';
import * as spanWordsModule from './spanWords';
import * as WModule from './speechWords';

// Module-level copies of imported names (as in src/stance/match/): the CommonJS transform reads an
// import through a getter on every access, a call per word inside the speaker grammar's loops.
const negation = { ...negationModule };
const W = { ...WModule };
const { matchKey } = matchKeyModule;
const { ADDRESSEE_STARTS, ADDRESSEE_WORDS, AFFILIATION_HEADS, AFFILIATION_STOPS, AUXILIARIES, MAX_APPOSITION_TOKENS, MAX_SPEAKER_TOKENS, OBJECT_WORDS, RELAY_TAIL, SENTENCE_ENDS, SO_CALLED, SPEAKER_STOPS, TIME_WORDS, isQuoteMark } = spanWordsModule;

// A module-level copy: the CommonJS transform reads imports through getters (a call per access in loops).
const CLAUSE_BOUNDARIES = negation.CLAUSE_BOUNDARIES;

/** A speaker span: its first and last word tokens (−1 without words), how many, the token that ended it. */
export interface SpeakerSpan { first: number; last: number; words: number; stop: number }

/** «عن»: the relayed speaker follows it. */
export const RELAY_FROM = matchKey('عن');

/** Harakat (U+064B–U+065F, U+0670) and tatweel: dropped before reading a word's ending. */
export const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
/** A possessive pronoun ending (ه ها هم هما هن; ة is not one). */
export const POSSESSIVE_END = /(?:ه|ها|هم|هما|هن)$/;
/** Accusative tanwin at the end of a word («بياناً», «رفضًا»). */
export const TANWIN_END = /(?:\u064B\u0627?|\u0627\u064B)$/;

/**
 * Whether word token `s`, after the speaker word `prev`, starts the verb's object or complement
 * rather than continuing its subject: a quantifier (`OBJECT_WORDS`); a «بالـ» complement
 * («بالخطوات»); an accusative with tanwin («بياناً»); a noun with a possessive pronoun
 * («رفضها», «استعداده», «معارضتها»; not «الله»); after two words or more, a ب complement other
 * than «باسم» («بنتائج»); an indefinite plural in «ـات» (not behind ل) right after a definite word
 * («المحتجون هتافات»).
 */
export function isObjectStart(line: string, tokens: QuoteColumns, s: number, prev: number, words: number): boolean {
  const k = tokens.key[s];
  if (OBJECT_WORDS.has(k)) return true;
  if (k.length > 4 && k.startsWith('بال')) return true;
  const raw = line.slice(tokens.start[s], tokens.end[s]); // word texts of the matcher's columns may be stale
  if (TANWIN_END.test(raw)) return true;
  const bare = raw.replace(MARKS, '');
  if (bare.length >= 4 && POSSESSIVE_END.test(bare) && !k.startsWith('ال') && !k.startsWith('وال') && !k.includes('لله')) return true;
  // A verbal noun behind ب as the first word («وطالبوا بتطبيق القرار», «بإعادة العلاقات»).
  if (words === 0 && bare.length >= 5 && (bare.startsWith('بت') || bare.startsWith('بإ') || bare.startsWith('بأ'))) return true;
  if (prev < 0) return false;
  const pk = tokens.key[prev];
  // «الأمين العام لجامعة الدول العربية بنتائج …»: a ب complement after a name of two words or more.
  if (words >= 2 && k.length >= 5 && k[0] === 'ب' && k !== BI_ISM) return true;
  return k.length > 3 && k.endsWith('ات') && !/^(?:ال|وال|ل)/.test(k) && /^(?:ال|وال|لل|بال)/.test(pk);
}

const BI_ISM = matchKey('باسم');
/** «على» and the name «علي» share a matching key (ى/ي folded). */
export const ALI = matchKey('على');

/** Whether a word (matching key) is a complementizer («إن», «أن», «بأن», «إنه» …). */
export function isComplementizer(k: string): boolean {
  return SPEAKER_STOPS.has(k) && (k.startsWith('ان') || k.startsWith('بان') || k.startsWith('وان'));
}

/**
 * Whether token `s` (key of «على») is the name «علي» inside a speaker span: written with ي, after
 * at least one speaker word (a title: «المحلل علي حمدان»), and one or two words later the name
 * ends at a complementizer or a clause boundary («… علي حمدان أن …», «… علي الأحمد، …»). «وأكد
 * الوزير علي ضرورة التهدئة» has no such end, so «علي» stays the preposition there.
 */
export function isNameAli(line: string, tokens: QuoteColumns, s: number, words: number): boolean {
  if (words === 0 || line.slice(tokens.start[s], tokens.end[s]).replace(MARKS, '') !== 'علي') return false;
  let seen = 0;
  for (let t = s + 1; t < tokens.n && seen <= 2; t++) {
    if (tokens.punct[t]) {
      if (isQuoteMark(tokens.text[t])) continue;
      return seen > 0 && (CLAUSE_BOUNDARIES.has(tokens.text[t]) || SENTENCE_ENDS.has(tokens.text[t]));
    }
    if (isComplementizer(tokens.key[t])) return seen > 0;
    if (SPEAKER_STOPS.has(tokens.key[t])) return false;
    seen++;
  }
  return false;
}

/** Index of the first word token after a «ما يسمى» at `from` (SO_CALLED), or `from` when there is none. */
export function skipSoCalled(tokens: QuoteColumns, from: number): number {
  for (const words of SO_CALLED) {
    let t = from;
    let ok = true;
    for (const w of words) {
      while (t < tokens.n && tokens.punct[t] && isQuoteMark(tokens.text[t])) t++;
      if (t >= tokens.n || tokens.punct[t] || tokens.key[t] !== w) { ok = false; break; }
      t++;
    }
    if (ok) return t;
  }
  return from;
}

/** Whether a word (matching key) is an addressee («للصحفيين», «لقناة …»): it ends a speaker span. */
export function isAddressee(k: string): boolean {
  if (ADDRESSEE_WORDS.has(k)) return true;
  for (const a of ADDRESSEE_STARTS) if (k.startsWith(a)) return true;
  return false;
}

/** A word's key without a leading و/ف. */
export function bareKey(k: string): string {
  return (k[0] === 'و' || k[0] === 'ف') && k.length > 2 ? k.slice(1) : k;
}

/** Whether a word (matching key) cannot start a subject: a stop word, an adverbial, a negator, a relative pronoun, a time word, with or without و/ف. */
export function cannotStartSubject(k: string): boolean {
  const b = bareKey(k);
  return SPEAKER_STOPS.has(k) || SPEAKER_STOPS.has(b) || W.NOT_SUBJECT_STARTS.has(k) || W.NOT_SUBJECT_STARTS.has(b)
    || TIME_WORDS.has(k) || TIME_WORDS.has(b) || AUXILIARIES.has(k) || b.startsWith('بال') || b.startsWith('لل');
}

/** Whether token t is a comma. */
export function isComma(tokens: QuoteColumns, t: number): boolean {
  return t >= 0 && t < tokens.n && tokens.punct[t] && (tokens.text[t] === '،' || tokens.text[t] === ',');
}

/**
 * Extends a speaker span that ends at a comma by an apposition that says who it is, when the
 * apposition ends at a comma before a complementizer («إن», «أنها») or at a colon: «قال أبو خالد،
 * وهو لاجئ من حمص يقيم في أورفا، إن …», «وقالت حركة التحرير والبناء، إحدى فصائل الجيش الوطني،
 * إنها …». An apposition starting with a relative pronoun or a preposition is not part of it.
 */
export function appositionAfter(tokens: QuoteColumns, span: SpeakerSpan): void {
  const { n, punct, text, key } = tokens;
  if (!isComma(tokens, span.stop)) return;
  let t = span.stop + 1;
  let first = -1;
  let last = -1;
  let count = 0;
  for (; t < n; t++) {
    if (punct[t]) {
      if (isQuoteMark(text[t])) continue;
      break;
    }
    if (first < 0) first = t;
    last = t;
    if (++count > MAX_APPOSITION_TOKENS || tokens.report[t] !== 0) return;
  }
  if (first < 0 || t >= n) return;
  const identity = W.IDENTITY_WORDS.has(key[first]);
  if (!identity && cannotStartSubject(key[first])) return;
  let after = t + 1;
  while (after < n && punct[after] && isQuoteMark(text[after])) after++;
  const colon = text[t] === ':';
  if (!colon && !(isComma(tokens, t) && after < n && !punct[after] && isComplementizer(key[after]))) return;
  span.last = last;
  span.words += count;
  span.stop = t;
}

/** Whether «عن» is token `stop`, or follows a parenthesis between commas there («وعبّر الائتلاف، في رسالة …، عن رفضه»). */
export function anFollows(tokens: QuoteColumns, stop: number): boolean {
  if (stop < tokens.n && tokens.key[stop] === RELAY_FROM) return true;
  if (!isComma(tokens, stop)) return false;
  let t = stop + 1;
  for (let seen = 0; t < tokens.n && !isComma(tokens, t) && seen <= MAX_APPOSITION_TOKENS; t++) if (!tokens.punct[t]) seen++;
  return isComma(tokens, t) && t + 1 < tokens.n && tokens.key[t + 1] === RELAY_FROM;
}

/**
 * The «عن» of a relay verb after its channel, from token `from` (the channel span's stop) up to a
 * clause boundary or a complementizer, at most `MAX_SPEAKER_TOKENS` words on («نقل مراسل العربي
 * الجديد في أنقرة عن مسؤول …»); −1 when there is none.
 */
export function relayFrom(tokens: QuoteColumns, from: number): number {
  let seen = 0;
  for (let t = from; t < tokens.n && seen <= MAX_SPEAKER_TOKENS; t++) {
    if (tokens.punct[t]) {
      if (isQuoteMark(tokens.text[t])) continue;
      return -1;
    }
    const k = tokens.key[t];
    if (k === RELAY_FROM) return t;
    if (isComplementizer(k)) return -1;
    seen++;
  }
  return -1;
}

/**
 * Fills `out` with the author of a statement after «جاء/ورد» whose span stopped at token `stop`:
 * «في» + a statement noun (`STATEMENT_NOUNS`), then «صادر عن» and the like skipped, then the
 * speaker span («جاء في بيان الائتلاف الوطني أن …», «ورد في رسالة صادرة عن الخارجية …»).
 */
export function statementAuthor(line: string, tokens: QuoteColumns, stop: number, out: SpeakerSpan): boolean {
  if (stop + 1 >= tokens.n || tokens.key[stop] !== IN || tokens.punct[stop + 1] || !W.STATEMENT_NOUNS.has(tokens.key[stop + 1])) return false;
  let from = stop + 2;
  while (from < tokens.n && !tokens.punct[from] && W.STATEMENT_LINKS.has(tokens.key[from])) from++;
  return speakerSpan(line, tokens, from, false, out) && out.words > 0;
}
const IN = matchKey('في');

/**
 * Fills `out` with the speaker span from token `from`: word tokens up to a clause or sentence
 * boundary, a stop word, an addressee («للصحفيين») or the start of the verb's object
 * (`isObjectStart`), or the line end; quote marks inside are skipped, and a leading
 * «ما يسمى» and then adverbs with tanwin («مجدداً») are not part of it. After a single
 * affiliation head («مسؤول», «قيادي», «عضو» …) the span continues once through «في»/«من» («مسؤول في
 * الإدارة الذاتية»). At most `MAX_SPEAKER_TOKENS` words; with `relayTail` without trailing
 * `RELAY_TAIL` words. False when it runs longer (`out` is then not a span).
 */
export function speakerSpan(line: string, tokens: QuoteColumns, from: number, relayTail: boolean, out: SpeakerSpan): boolean {
  const { n, text, punct } = tokens;
  let first = -1;
  let last = -1;
  let words = 0;
  let affiliated = false;
  let s = skipSoCalled(tokens, from);
  // Adverbs with tanwin right after the verb («وأكدت مجدداً رغبتها»): never a speaker.
  while (s < n && !punct[s] && TANWIN_END.test(line.slice(tokens.start[s], tokens.end[s]))) s++;
  for (; s < n; s++) {
    if (punct[s]) {
      if (CLAUSE_BOUNDARIES.has(text[s]) || SENTENCE_ENDS.has(text[s])) break;
      continue;
    }
    const k = tokens.key[s];
    if (SPEAKER_STOPS.has(k) && !(k === ALI && isNameAli(line, tokens, s, words))) {
      if (affiliated || words !== 1 || !AFFILIATION_STOPS.has(k) || !AFFILIATION_HEADS.has(tokens.key[first])) break;
      affiliated = true; // «مسؤول في …»: the stop word is part of the speaker
    } else if (isAddressee(k) || isObjectStart(line, tokens, s, last, words) || W.POSITION_NOUNS.has(k) || W.PRONOUN_PREPOSITIONS.has(k)
      || (words > 0 && tokens.report[s] !== 0)) break;
    if (first < 0) first = s;
    last = s;
    if (++words > MAX_SPEAKER_TOKENS) return false;
  }
  while (relayTail && words > 1 && RELAY_TAIL.has(tokens.key[last])) {
    words--;
    do last--; while (last > first && punct[last]);
  }
  out.first = first;
  out.last = last;
  out.words = words;
  out.stop = s;
  return true;
}

/** Opening (« “ ") and closing (» ” ") quotation marks stripped from the ends of a speaker. */
const LEADING_QUOTES = new Set([0x22, 0x201c, 0xab]);
const TRAILING_QUOTES = new Set([0x22, 0x201d, 0xbb]);

/**
 * `line.slice(start, end)` without leading « “ " and trailing » ” " (as
 * `.replace(/^["“«]+|["”»]+$/g, '')`).
 */
export function speakerText(line: string, start: number, end: number): string {
  let a = start;
  let e = end;
  while (a < e && LEADING_QUOTES.has(line.charCodeAt(a))) a++;
  while (e > a && TRAILING_QUOTES.has(line.charCodeAt(e - 1))) e--;
  return line.slice(a, e);
}
