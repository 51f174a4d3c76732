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
import type { LineQuotes } from '../../src/stance/quotation';
import type { QuoteColumns } from '../../src/stance/types';
import {
  ADDRESSEE_STARTS, ADDRESSEE_WORDS, AFFILIATION_HEADS, AFFILIATION_STOPS, AUXILIARIES, OBJECT_WORDS, RELAY_TAIL, RELAY_VERBS,
  REPORTING_VERBS, REPORTING_PARTICIPLES, SO_CALLED, SPEAKER_STOPS, TIME_WORDS, VERB_PARTICLES,
} from '../../src/stance/quotation';
import {
  CHANNEL_HEADS, GENERIC_SUBJECTS, IDENTITY_WORDS, NOT_SUBJECT_STARTS, POSITION_NOUNS, POSITION_VERBS, PRONOUN_PREPOSITIONS,
  PROTEST_PARTICIPLES, PROTEST_VERBS, PUBLIC_SUBJECTS, SOURCE_WORDS, STATEMENT_LINKS, STATEMENT_NOUNS, STATEMENT_VERBS, SUBJECT_INNER_STOPS, VERB_NEGATORS, VERBS_WITH_AN,
} from '../../src/stance/voices/speechWords';
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

/** A word's forms to look up: its key, and without a leading و/ف when it has one. */
function forms(k: string): string[] {
  return [k, ...(/^[وف]/.test(k) && k.length > 2 ? [k.slice(1)] : [])];
}

/** The key a verb is looked up by (README: «with or without و/ف in front»): as written when listed, else without و/ف. */
function verbForm(k: string): string {
  if (REPORTING_VERBS.has(k) || REPORTING_PARTICIPLES.has(k)) return k;
  return /^[وف]/.test(k) && k.length > 3 ? k.slice(1) : k;
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
  const tanwin = (t: number) => /(\u064B\u0627?|\u0627\u064B)$/.test(line.slice(tokens.start[t], tokens.end[t]));
  const isQuote = (t: number) => tokens.punct[t] && (OPENERS.includes(tokens.text[t]) || CLOSERS.includes(tokens.text[t]) || tokens.text[t] === '"');
  const isBoundary = (t: number) => tokens.punct[t] && REF_CLAUSE.includes(tokens.text[t]);
  const isComma = (t: number) => t >= 0 && t < n && tokens.punct[t] && (tokens.text[t] === '،' || tokens.text[t] === ',');
  const isStop = (t: number) => word(t) && SPEAKER_STOPS.has(key(t));
  /** README (subjects before the verb): a stop word also behind و/ف. */
  const stopAny = (t: number) => word(t) && forms(key(t)).some((f) => SPEAKER_STOPS.has(f));
  const isComplementizer = (t: number) => isStop(t) && /^(ان|بان|وان)/.test(key(t));
  const reporting = (t: number) => word(t) && refReportingClass(tokens.text[t]) !== 0;
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
      || tanwin(t)
      || (/(ه|ها|هم|هما|هن)$/.test(raw(t)) && raw(t).length >= 4 && !/^(ال|وال)/.test(k) && !k.includes('لله'))
      || (span.length === 0 && raw(t).length >= 5 && /^(بت|بإ|بأ)/.test(raw(t)))
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
    while (word(t) && tanwin(t)) t++;
    const span: number[] = [];
    let through = false;
    for (; t < n; t++) {
      if (tokens.punct[t]) { if (isBoundary(t)) break; continue; }
      if (isStop(t) && !(key(t) === refKey('على') && nameAli(t, span.length))) {
        const affiliation = !through && span.length === 1 && AFFILIATION_STOPS.has(key(t)) && AFFILIATION_HEADS.has(key(span[0]));
        if (!affiliation) break;
        through = true;
      } else if (addressee(t) || objectStart(t, span) || POSITION_NOUNS.has(key(t)) || PRONOUN_PREPOSITIONS.has(key(t))
        || (span.length > 0 && reporting(t))) break;
      span.push(t);
    }
    return { span, stop: t };
  };
  /** README: a word that cannot start a subject. */
  const cannotStart = (t: number) => {
    const k = key(t);
    return forms(k).some((f) => SPEAKER_STOPS.has(f) || NOT_SUBJECT_STARTS.has(f) || TIME_WORDS.has(f) || f.startsWith('بال') || f.startsWith('لل'))
      || AUXILIARIES.has(k);
  };
  /** The index before verb v once «قد» and negators are skipped. */
  const particlesSkipped = (v: number) => {
    let t = v - 1;
    while (word(t) && (VERB_PARTICLES.has(key(t)) || VERB_NEGATORS.has(key(t)))) t--;
    return t;
  };
  /** README: «علي» with a word after it in a subject read before the verb is a name. */
  const aliName = (t: number, wordsAfter: number) => wordsAfter > 0 && key(t) === refKey('على') && raw(t) === 'علي';
  /** README: the old subject before verb v (1 to 4 words), or none. */
  const subjectBefore = (v: number): number[] => {
    let t = particlesSkipped(v);
    const subject: number[] = [];
    for (; t >= 0; t--) {
      if (tokens.punct[t]) { if (isQuote(t)) continue; break; }
      if ((stopAny(t) && !aliName(t, subject.length)) || AUXILIARIES.has(key(t)) || reporting(t)) break;
      subject.unshift(t);
    }
    return subject.length >= 1 && subject.length <= 4 && !TIME_WORDS.has(key(subject[0])) ? subject : [];
  };
  /** README: a run that ends at token `end` and starts its clause (1 to `max` words), or none. */
  const clauseRun = (end: number, max: number): number[] => {
    const run: number[] = [];
    for (let t = end; t >= 0; t--) {
      if (tokens.punct[t]) { if (isQuote(t)) continue; break; }
      if (AUXILIARIES.has(key(t)) || reporting(t) || tanwin(t)) return [];
      if (stopAny(t) && !SUBJECT_INNER_STOPS.has(key(t)) && !aliName(t, run.length)) return [];
      run.unshift(t);
    }
    if (run.length === 0 || run.length > max || cannotStart(run[0]) || SUBJECT_INNER_STOPS.has(key(end))) return [];
    return run;
  };
  /** README: the clause subject of verb v (a run, or a run before a parenthesis), or none. */
  const clauseSubject = (v: number): number[] => {
    const end = particlesSkipped(v);
    if (end < 0) return [];
    if (word(end)) return clauseRun(end, 12);
    if (!isComma(end)) return [];
    let c1 = end - 1;
    const paren: number[] = [];
    while (c1 >= 0 && !(tokens.punct[c1] && !isQuote(c1))) { if (word(c1)) paren.unshift(c1); c1--; }
    if (paren.length === 0 || paren.length > 10 || !isComma(c1) || !word(c1 - 1)) return [];
    const run = clauseRun(c1 - 1, 6);
    if (run.length === 0) return [];
    if (cannotStart(paren[0])) return run;
    const all: number[] = [];
    for (let t = run[0]; t <= paren[paren.length - 1]; t++) all.push(t);
    return all;
  };
  const textFrom = (a: number, b: number) => line.slice(tokens.start[a], tokens.end[b]).replace(/^["“«]+/, '').replace(/["”»]+$/, '');
  const textOf = (span: number[]) => textFrom(span[0], span[span.length - 1]);
  const regions: Region[] = [];
  let lastSpeaker: string | null = null;
  let lastFirst = -1;
  for (let v = 0; v < n; v++) {
    if (tokens.punct[v]) continue;
    const cls = refReportingClass(tokens.text[v]);
    const verb = verbForm(key(v));
    if (cls === 2) {
      if (!PROTEST_PARTICIPLES.has(verb)) { regions.push({ from: v + 1, to: endOfSentence(v + 1), who: lastSpeaker }); continue; }
      // README: a protest participle names a crowd, from the last speaker's first word or the sentence's first clause subject.
      let s0 = v - 1;
      while (s0 >= 0 && !(tokens.punct[s0] && SENTENCE_END.includes(tokens.text[s0]))) s0--;
      let from = -1;
      if (lastFirst > s0 && lastFirst < v) from = lastFirst;
      else {
        // The clauses of the sentence before the participle, its own first.
        const clauses: number[][] = [[]];
        for (let t = s0 + 1; t < v; t++) {
          if (isBoundary(t)) clauses.push([]);
          else if (word(t)) clauses[clauses.length - 1].push(t);
        }
        for (const clause of clauses.reverse()) {
          const first = clause.slice(0, 2).find((t) => !cannotStart(t));
          if (first === undefined) continue;
          const { span } = spanFrom(first + 1);
          if (span.length > 0 && span.length <= 9 && span[0] < v) { from = span[0]; break; }
        }
      }
      if (from < 0) from = v;
      lastSpeaker = textFrom(from, v);
      lastFirst = from;
      regions.push({ from: v, to: endOfSentence(v + 1), who: lastSpeaker });
      continue;
    }
    if (cls !== 1) continue;
    let after = v + 1;
    if (word(after) && PRONOUN_PREPOSITIONS.has(key(after))) after++;
    let { span, stop } = spanFrom(after);
    if (span.length > 9) continue; // not reported speech
    if (VERBS_WITH_AN.has(verb)) {
      let an = word(stop) && key(stop) === refKey('عن');
      if (!an && isComma(stop)) {
        let c = stop + 1;
        let seen = 0;
        while (c < n && !isComma(c) && seen <= 10) { if (word(c)) seen++; c++; }
        an = isComma(c) && word(c + 1) && key(c + 1) === refKey('عن');
      }
      if (span.length === 0 || !an) continue;
    }
    let authored = false;
    if (STATEMENT_VERBS.has(verb)) {
      if (!(word(stop) && key(stop) === refKey('في') && word(stop + 1) && STATEMENT_NOUNS.has(key(stop + 1)))) continue;
      let from = stop + 2;
      while (word(from) && STATEMENT_LINKS.has(key(from))) from++;
      const author = spanFrom(from);
      if (author.span.length === 0 || author.span.length > 9) continue;
      ({ span, stop } = author);
      authored = true;
    } else if (RELAY_VERBS.has(verb) || RELAY_VERBS.has(key(v))) {
      // README: «عن» after the channel span, before a boundary or a complementizer, at most 9 words on.
      let an = -1;
      for (let t = stop, seen = 0; t < n && seen <= 9; t++) {
        if (tokens.punct[t]) { if (isQuote(t)) continue; break; }
        if (key(t) === refKey('عن')) { an = t; break; }
        if (isComplementizer(t)) break;
        seen++;
      }
      if (an >= 0) {
        const second = spanFrom(an + 1);
        if (second.span.length > 0 && second.span.length <= 9) {
          while (second.span.length > 1 && RELAY_TAIL.has(key(second.span[second.span.length - 1]))) second.span.pop();
          span = second.span;
          stop = second.stop;
          authored = true;
        }
      }
    } else if (span.length > 0 && isComma(stop)) {
      // README: an apposition after the span.
      const seg: number[] = [];
      let t = stop + 1;
      for (; t < n && !(tokens.punct[t] && !isQuote(t)); t++) if (word(t)) seg.push(t);
      let next = t + 1;
      while (next < n && isQuote(next)) next++;
      const ends = t < n && (tokens.text[t] === ':' || (isComma(t) && isComplementizer(next)));
      const opens = seg.length > 0 && (IDENTITY_WORDS.has(key(seg[0])) || !cannotStart(seg[0]));
      if (ends && opens && seg.length <= 10 && !seg.some(reporting)) {
        span = [...span, ...seg];
        stop = t;
      }
    }
    const position = POSITION_VERBS.has(verb);
    if (SOURCE_WORDS.has(verb)) {
      // README: «بحسب/حسب/وفق» + a named source.
      if (span.length === 0 || cannotStart(span[0])) continue;
      authored = true;
    }
    let named: number[] = [];
    let before = false;
    if (authored) named = span;
    else if ((named = clauseSubject(v)).length > 0) before = true;
    else if (position && (named = subjectBefore(v)).length > 0) before = true;
    else if (span.length > 0 && !cannotStart(span[0])) named = span;
    else if ((named = subjectBefore(v)).length > 0) before = true;
    if (position) {
      if (named.length === 0) continue;
      const prev = particlesSkipped(v);
      if (word(prev) && ['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي'].map(refKey).includes(key(prev))) continue;
      if (forms(key(named[0])).some((f) => PUBLIC_SUBJECTS.has(f))) continue;
      const only = named.length === 1 ? named[0] : -1;
      if (only >= 0 && (forms(key(only)).some((f) => GENERIC_SUBJECTS.has(f)) || (/(ه|ها|هم|هما|هن)$/.test(raw(only)) && raw(only).length >= 4 && !key(only).startsWith('ال')))) continue;
      const holding = regions.filter((r) => r.from <= v && v < r.to);
      const current = holding.length > 0 ? regions.indexOf(holding[holding.length - 1]) : -1;
      if (current >= 0 && !(lastFirst >= 0 && CHANNEL_HEADS.has(verbForm(key(lastFirst))))) continue;
      // README: only the act (and the negators before it) is the holder's.
      lastSpeaker = textOf(named);
      lastFirst = named[0];
      regions.push({ from: prev + 1, to: v + 1, who: lastSpeaker });
      continue;
    }
    let who: string | null = lastSpeaker;
    if (named.length > 0) {
      const protest = PROTEST_VERBS.has(verb);
      who = protest ? textFrom(Math.min(v, named[0]), Math.max(v, named[named.length - 1])) : textOf(named);
      lastSpeaker = who;
      lastFirst = named[0];
      regions.push({ from: v, to: v + 1, who });
    } else if (PROTEST_VERBS.has(verb)) {
      who = textFrom(v, v);
      lastSpeaker = who;
      lastFirst = v;
      regions.push({ from: v, to: v + 1, who });
    }
    const from = named.length > 0 && before ? v + 1 : stop;
    regions.push({ from, to: endOfSentence(from), who });
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
