/**
 * Relative ages of reader comments («منذ 7 سنوات 3 أشهر», «منذ سنة شهرين», «• منذ ساعتين»,
 * «3 years ago») parsed to months.
 *
 * Conversion (documented choice): years = 12 months and months count as whole months; weeks, days,
 * hours, minutes and seconds are converted to days and divided by the mean Gregorian month,
 * 30.436875 days (365.2425 / 12). `parseRelativeAge` rounds the total to 2 decimals, so
 * «منذ أسبوع» = 0.23, «منذ يوم» = 0.03 and anything under ~7 hours = 0.
 */
import { lineKey } from './lineKey';

/** Mean Gregorian month in days (365.2425 / 12). */
export const DAYS_PER_MONTH = 30.436875;

/** A relative age split into calendar months and days (the parts that `approxDate` subtracts). */
export interface RelativeAgeParts {
  /** Whole months: years × 12 + months. */
  months: number;
  /** Days: weeks × 7 + days + hours / 24 + minutes / 1440 + seconds / 86400. */
  days: number;
}

type Unit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
/** Unit word → [unit, implicit count: 1 singular, 2 dual, 0 plural (needs a number)]. */
const UNITS = new Map<string, [Unit, number]>();
function addUnit(unit: Unit, count: number, words: string[]): void {
  for (const w of words) UNITS.set(w, [unit, count]);
}
addUnit('year', 1, ['سنة', 'سنه', 'عام', 'عاما', 'سنة', 'year', 'yr']);
addUnit('year', 2, ['سنتين', 'سنتان', 'عامين', 'عامان']);
addUnit('year', 0, ['سنوات', 'سنين', 'اعوام', 'years', 'yrs']);
addUnit('month', 1, ['شهر', 'شهرا', 'month']);
addUnit('month', 2, ['شهرين', 'شهران']);
addUnit('month', 0, ['اشهر', 'شهور', 'months']);
addUnit('week', 1, ['اسبوع', 'اسبوعا', 'week']);
addUnit('week', 2, ['اسبوعين', 'اسبوعان']);
addUnit('week', 0, ['اسابيع', 'weeks']);
addUnit('day', 1, ['يوم', 'يوما', 'day']);
addUnit('day', 2, ['يومين', 'يومان']);
addUnit('day', 0, ['ايام', 'days']);
addUnit('hour', 1, ['ساعة', 'ساعه', 'hour', 'hr']);
addUnit('hour', 2, ['ساعتين', 'ساعتان']);
addUnit('hour', 0, ['ساعات', 'hours', 'hrs']);
addUnit('minute', 1, ['دقيقة', 'دقيقه', 'minute', 'min']);
addUnit('minute', 2, ['دقيقتين', 'دقيقتان']);
addUnit('minute', 0, ['دقائق', 'minutes', 'mins']);
addUnit('second', 1, ['ثانية', 'ثانيه', 'second']);
addUnit('second', 2, ['ثانيتين', 'ثانيتان']);
addUnit('second', 0, ['ثوان', 'ثواني', 'seconds']);

/** Number words (keys), for «ثلاث سنوات», «a year ago». */
const NUMBER_WORDS = new Map<string, number>([
  ['اثنين', 2], ['اثنان', 2], ['اثنتين', 2], ['ثلاث', 3], ['ثلاثة', 3], ['اربع', 4], ['اربعة', 4],
  ['خمس', 5], ['خمسة', 5], ['ست', 6], ['ستة', 6], ['سبع', 7], ['سبعة', 7], ['ثمان', 8], ['ثماني', 8],
  ['ثمانية', 8], ['تسع', 9], ['تسعة', 9], ['عشر', 10], ['عشرة', 10],
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
]);
/** Words that may follow a singular unit without changing it («يوم واحد»). */
const ONE_AFTER = new Set(['واحد', 'واحدة', 'واحده']);
/** Words standing alone for a whole age. */
const WHOLE = new Map<string, RelativeAgeParts>([
  ['امس', { months: 0, days: 1 }], ['البارحة', { months: 0, days: 1 }], ['yesterday', { months: 0, days: 1 }],
  ['لحظات', { months: 0, days: 0 }], ['لحظة', { months: 0, days: 0 }], ['الان', { months: 0, days: 0 }],
  ['now', { months: 0, days: 0 }], ['just now', { months: 0, days: 0 }],
]);
const LEADING = new Set(['منذ', 'قبل', 'من']);

/**
 * Any unit word or word of a whole age, as a literal alternation: an age always holds one of them
 * (a number or «منذ» alone is no age), so a line key without any is not tested further.
 */
const AGE_WORD = new RegExp([...new Set([...UNITS.keys(), ...[...WHOLE.keys()].flatMap((k) => k.split(' '))])]
  .sort((a, b) => b.length - a.length).join('|'));

/**
 * Cheap necessary condition for `parseRelativeAgeParts`: false when a line key holds no unit word
 * («سنة», «أشهر», «days» …) and no whole-age word («أمس», «now» …), so the line cannot be a relative
 * age. Why: most short lines are not ages, and the full parse tokenizes the line.
 * @example mayBeRelativeAge(lineKey('منذ 3 أشهر')) // true
 * @example mayBeRelativeAge(lineKey('محمد العلي')) // false
 */
export function mayBeRelativeAge(key: string): boolean {
  return AGE_WORD.test(key);
}
const DAYS_OF: Record<Unit, number> = { year: 0, month: 0, week: 7, day: 1, hour: 1 / 24, minute: 1 / 1440, second: 1 / 86400 };

/** True for Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits. */
function isIndicDigit(c: number): boolean {
  return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** Replaces Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits by ASCII digits (`s` itself when it has none). */
export function asciiDigits(s: string): string {
  let i = 0;
  while (i < s.length && !isIndicDigit(s.charCodeAt(i))) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else out += s[i];
  }
  return out;
}

/** Characters that separate the words of an age like a space («·منذ سنة», «3 years, 2 months»). */
const AGE_SEPARATORS = new Set([...'·•|،,.؛:–-()'].map((c) => c.charCodeAt(0)));

/**
 * The words of a relative age's line key: runs between spaces and `AGE_SEPARATORS`, with ASCII
 * digits, and without a final «ago» after another word.
 * @example ageTokens('·منذ ٣ سنوات') // ['منذ', '3', 'سنوات']
 */
export function ageTokens(key: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  let indic = false;
  for (let i = 0; i <= key.length; i++) {
    const c = i < key.length ? key.charCodeAt(i) : 32;
    if (c === 32 || AGE_SEPARATORS.has(c)) {
      if (start >= 0) {
        const t = key.slice(start, i);
        tokens.push(indic ? asciiDigits(t) : t);
        start = -1;
        indic = false;
      }
    } else {
      if (start < 0) start = i;
      if (isIndicDigit(c)) indic = true;
    }
  }
  if (tokens.length >= 2 && tokens[tokens.length - 1] === 'ago') tokens.pop();
  return tokens;
}

function isDigits(t: string): boolean {
  if (t.length === 0 || t.length > 4) return false;
  for (let i = 0; i < t.length; i++) { const c = t.charCodeAt(i); if (c < 48 || c > 57) return false; }
  return true;
}

/**
 * Parses a relative age into months and days, or null when the string is not (only) a relative age.
 * Strict: every word must be understood, so «منذ قليل» or «منذ سنوات» (no number) give null.
 * @example parseRelativeAgeParts('منذ سنة شهرين') // {months: 14, days: 0}
 * @example parseRelativeAgeParts('• منذ ساعتين') // {months: 0, days: 0.0833…}
 */
export function parseRelativeAgeParts(s: string): RelativeAgeParts | null {
  if (s.length > 80) return null;
  const k0 = lineKey(s);
  if (!mayBeRelativeAge(k0)) return null;
  const tokens = ageTokens(k0);
  let i = 0;
  while (i < tokens.length && LEADING.has(tokens[i])) i++;
  const rest = tokens.slice(i);
  if (rest.length === 0) return null;
  const whole = WHOLE.get(rest.join(' '));
  if (whole) return { ...whole };
  let months = 0;
  let days = 0;
  let pending: number | null = null;
  let parts = 0;
  let lastSingular = false;
  for (let t of rest) {
    if (t === 'و' || t === 'and') { if (pending !== null) return null; continue; }
    if (ONE_AFTER.has(t) && lastSingular) { lastSingular = false; continue; }
    lastSingular = false;
    if (isDigits(t)) { if (pending !== null) return null; pending = Number(t); continue; }
    if (!UNITS.has(t) && !NUMBER_WORDS.has(t) && t.length > 1 && t.charCodeAt(0) === 0x0648) t = t.slice(1); // «وشهرين»
    const nw = NUMBER_WORDS.get(t);
    if (nw !== undefined) { if (pending !== null) return null; pending = nw; continue; }
    const u = UNITS.get(t);
    if (!u) return null;
    const [unit, implicit] = u;
    let count: number;
    if (pending !== null) count = pending;
    else if (implicit > 0) count = implicit;
    else return null;
    lastSingular = implicit === 1 && pending === null;
    pending = null;
    parts++;
    if (unit === 'year') months += 12 * count;
    else if (unit === 'month') months += count;
    else days += DAYS_OF[unit] * count;
  }
  if (pending !== null || parts === 0) return null;
  return { months, days };
}

/**
 * Parses an Arabic (or English) relative age to months, rounded to 2 decimals; null when the text
 * is not a relative age. Accepts an optional leading bullet and «منذ»/«قبل», digits (ASCII or
 * Arabic-Indic), number words, singular/dual/plural units, and combinations with or without «و».
 * @example parseRelativeAge('·منذ 7 سنوات 3 أشهر') // 87
 * @example parseRelativeAge('منذ سنة شهرين') // 14
 * @example parseRelativeAge('منذ سنتين و 5 أشهر') // 29
 * @example parseRelativeAge('منذ أسبوعين') // 0.46
 */
export function parseRelativeAge(s: string): number | null {
  const p = parseRelativeAgeParts(s);
  if (!p) return null;
  return Math.round((p.months + p.days / DAYS_PER_MONTH) * 100) / 100;
}
