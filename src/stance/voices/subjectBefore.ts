/**
 * The subject found before a reporting or position verb (src/stance/README.md «Quotation»): the
 * words right before it, a subject that starts its clause (long titles, a parenthesis between
 * commas), whether a position verb's subject names a holder at all, and the crowd a protest
 * participle describes.
 */
import * as matchKeyModule from '../../text/matchKey';
import * as negationModule from '../negation';
import type { QuoteColumns } from '../types';
import * as spanWordsModule from './spanWords';
import * as speakerSpanModule from './speakerSpan';
import type { SpeakerSpan } from './speakerSpan';
import * as WModule from './speechWords';

// Module-level copies of imported names (as in src/stance/match/): the CommonJS transform reads an
// import through a getter on every access, a call per word inside the speaker grammar's loops.
const negation = { ...negationModule };
const W = { ...WModule };
const { matchKey } = matchKeyModule;
const { AUXILIARIES, MAX_APPOSITION_TOKENS, MAX_CLAUSE_SUBJECT_TOKENS, MAX_SUBJECT_TOKENS, SENTENCE_ENDS, SPEAKER_STOPS, TIME_WORDS, VERB_PARTICLES, isQuoteMark } = spanWordsModule;
const { ALI, MARKS, POSSESSIVE_END, TANWIN_END, bareKey, cannotStartSubject, isComma, speakerSpan } = speakerSpanModule;

// A module-level copy: the CommonJS transform reads imports through getters (a call per access in loops).
const CLAUSE_BOUNDARIES = negation.CLAUSE_BOUNDARIES;

/** Index of the first word before verb `v` once «قد» and negators right before it are skipped («أنقرة لا ترى»). */
export function beforeParticles(tokens: QuoteColumns, v: number): number {
  let t = v - 1;
  while (t >= 0 && !tokens.punct[t] && (VERB_PARTICLES.has(tokens.key[t]) || W.VERB_NEGATORS.has(tokens.key[t]))) t--;
  return t;
}

/** Whether word token `t` written «علي» is the name inside a subject read backwards (a word follows it in the subject). */
function isAliInSubject(line: string, tokens: QuoteColumns, t: number, wordsAfter: number): boolean {
  return wordsAfter > 0 && tokens.key[t] === ALI && line.slice(tokens.start[t], tokens.end[t]).replace(MARKS, '') === 'علي';
}

/**
 * Fills `out` with the subject found BEFORE verb `v` («أردوغان قال إن …», «وكان أردوغان قد صرّح»):
 * the word tokens before it, skipping «قد» and negators right before the verb, back to the line
 * start, a punctuation token other than a quote mark, a stop word (not «علي» as a name), an
 * auxiliary («كان») or another reporting word; 1 to `MAX_SUBJECT_TOKENS` words, not starting with a
 * time word. False when there is none.
 */
export function subjectBefore(line: string, tokens: QuoteColumns, v: number, out: SpeakerSpan): boolean {
  const { punct, text, key } = tokens;
  let t = beforeParticles(tokens, v);
  let first = -1;
  let last = -1;
  let words = 0;
  for (; t >= 0; t--) {
    if (punct[t]) {
      if (isQuoteMark(text[t])) continue;
      break;
    }
    const k = key[t];
    if ((isStopKey(k) && !isAliInSubject(line, tokens, t, words)) || AUXILIARIES.has(k) || tokens.report[t] !== 0) break;
    if (last < 0) last = t;
    first = t;
    if (++words > MAX_SUBJECT_TOKENS) return false;
  }
  if (words === 0 || TIME_WORDS.has(key[first])) return false;
  out.first = first;
  out.last = last;
  out.words = words;
  out.stop = v;
  return true;
}

/** Whether a word (matching key) is a stop word, also behind و/ف («وفي», «فإن»). */
function isStopKey(k: string): boolean {
  return SPEAKER_STOPS.has(k) || SPEAKER_STOPS.has(bareKey(k));
}

/** Whether verb `v` follows a relative pronoun («الفصائل التي ترفض …»): its subject is the antecedent, not a speaker. */
export function afterRelative(tokens: QuoteColumns, v: number): boolean {
  const t = beforeParticles(tokens, v);
  return t >= 0 && !tokens.punct[t] && RELATIVES.has(tokens.key[t]);
}
const RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي'].map(matchKey));

/**
 * The word run that ends at token `end` and starts its clause (the line start or a punctuation
 * token other than a quote mark before it): its first token, or −1 when a stop word (other than
 * «في/من/إلى» inside, or «علي» as a name), an auxiliary, a reporting word, a word with tanwin or a
 * word that cannot start a subject (`cannotStartSubject`) comes first, or it has more than `max`
 * words. Sets `runWords`.
 */
function clauseRun(line: string, tokens: QuoteColumns, end: number, max: number): number {
  const { punct, text, key } = tokens;
  let first = -1;
  runWords = 0;
  for (let t = end; t >= 0; t--) {
    if (punct[t]) {
      if (isQuoteMark(text[t])) continue;
      break;
    }
    const k = key[t];
    if (AUXILIARIES.has(k) || tokens.report[t] !== 0 || TANWIN_END.test(line.slice(tokens.start[t], tokens.end[t]))) return -1;
    if (isStopKey(k) && !W.SUBJECT_INNER_STOPS.has(k) && !isAliInSubject(line, tokens, t, runWords)) return -1;
    first = t;
    if (++runWords > max) return -1;
  }
  if (first < 0 || cannotStartSubject(key[first]) || W.SUBJECT_INNER_STOPS.has(key[end])) return -1;
  return first;
}
let runWords = 0;

/**
 * Fills `out` with the subject of verb `v` when it starts the verb's clause: «وزير الخارجية السعودي
 * الأمير فيصل بن فرحان رحّب …», «المبعوث الأممي إلى سوريا غير بيدرسون رحّب …», «أنقرة لا ترى …»
 * (`clauseRun`, up to `MAX_CLAUSE_SUBJECT_TOKENS` words), or across one parenthesis between commas:
 * «أردوغان، الذي كان يتحدث …، قال» (the subject alone when the parenthesis starts with a relative
 * pronoun or a preposition), «بدران جيا كرد، نائب الرئاسة المشتركة …، اعتبر» (subject and
 * apposition). Such a subject names the speaker before a span after the verb («أردوغان بنفسو قال
 * مستعد …»). False when there is none.
 */
export function clauseSubject(line: string, tokens: QuoteColumns, v: number, out: SpeakerSpan): boolean {
  const end = beforeParticles(tokens, v);
  if (end < 0) return false;
  if (!tokens.punct[end]) {
    const first = clauseRun(line, tokens, end, MAX_CLAUSE_SUBJECT_TOKENS);
    if (first < 0) return false;
    out.first = first;
    out.last = end;
    out.words = runWords;
    out.stop = v;
    return true;
  }
  if (!isComma(tokens, end)) return false;
  // «X، Y، verb»: Y is the parenthesis, X the subject.
  let c1 = end - 1;
  let yWords = 0;
  while (c1 >= 0 && !(tokens.punct[c1] && !isQuoteMark(tokens.text[c1]))) {
    if (!tokens.punct[c1]) yWords++;
    c1--;
  }
  if (yWords === 0 || yWords > MAX_APPOSITION_TOKENS || !isComma(tokens, c1) || c1 < 1 || tokens.punct[c1 - 1]) return false;
  const first = clauseRun(line, tokens, c1 - 1, MAX_SUBJECT_TOKENS + 2);
  if (first < 0) return false;
  let y = c1 + 1;
  while (tokens.punct[y]) y++;
  const yKey = tokens.key[y];
  const aside = cannotStartSubject(yKey) || W.NOT_SUBJECT_STARTS.has(bareKey(yKey));
  out.first = first;
  out.last = aside ? c1 - 1 : end - 1;
  while (tokens.punct[out.last]) out.last--;
  out.words = runWords;
  out.stop = v;
  return true;
}

/**
 * Whether a named subject names no holder of its own: it starts with a word for the public
 * («الناس», «الشعب السوري»), or it is one word that refers back to someone already named, generic
 * («الحكومة», «الحزب») or with a possessive pronoun («بلاده», «حكومته»).
 */
export function isBackReference(line: string, tokens: QuoteColumns, span: SpeakerSpan): boolean {
  if (W.PUBLIC_SUBJECTS.has(bareKey(tokens.key[span.first])) || W.PUBLIC_SUBJECTS.has(tokens.key[span.first])) return true;
  if (span.words !== 1) return false;
  const k = tokens.key[span.first];
  const bare = line.slice(tokens.start[span.first], tokens.end[span.first]).replace(MARKS, '');
  return W.GENERIC_SUBJECTS.has(k) || W.GENERIC_SUBJECTS.has(bareKey(k)) || (bare.length >= 4 && POSSESSIVE_END.test(bare) && !k.startsWith('ال'));
}

/**
 * First token of the crowd a protest participle at `p` describes: the last named speaker's first
 * token when it is in the same sentence; else, from the participle's own clause back to the
 * sentence start, the subject span after the first word of a clause that can start a subject,
 * tried on the clause's first two words («حيث خرج الآلاف رافعين» → «الآلاف», «خرج آلاف في مدينة
 * اعزاز رافعين» → «آلاف»); else the participle itself.
 */
export function crowdStart(line: string, tokens: QuoteColumns, p: number, lastFirst: number): number {
  let s0 = p - 1;
  while (s0 >= 0 && !(tokens.punct[s0] && SENTENCE_ENDS.has(tokens.text[s0]))) s0--;
  if (lastFirst > s0 && lastFirst < p) return lastFirst;
  let end = p; // the clause is [c, end)
  while (end > s0 + 1) {
    let c = end - 1;
    while (c > s0 + 1 && !(tokens.punct[c - 1] && CLAUSE_BOUNDARIES.has(tokens.text[c - 1]))) c--;
    for (let k = c, tried = 0; k < end && tried < 2; k++) {
      if (tokens.punct[k]) continue;
      tried++;
      if (cannotStartSubject(tokens.key[k])) continue;
      if (speakerSpan(line, tokens, k + 1, false, CROWD_SPAN) && CROWD_SPAN.words > 0 && CROWD_SPAN.first < p) return CROWD_SPAN.first;
      break;
    }
    end = c - 1;
  }
  return p;
}
const CROWD_SPAN: SpeakerSpan = { first: -1, last: -1, words: 0, stop: 0 };
