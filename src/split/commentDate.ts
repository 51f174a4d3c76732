/**
 * Absolute dates in comment meta lines (WordPress: «12 يناير 2023 في 10:15 م»,
 * «2023-01-12 الساعة 10:15», «كانون الثاني 12, 2023»).
 */
import { lineKey } from './lineKey';
import { asciiDigits } from './relativeAge';

/** Month names as line keys → month number: Egyptian/Gulf, Levantine, Maghrebi and English. */
const MONTHS = new Map<string, number>([
  ['يناير', 1], ['فبراير', 2], ['مارس', 3], ['ابريل', 4], ['مايو', 5], ['يونيو', 6], ['يونيه', 6],
  ['يوليو', 7], ['يوليه', 7], ['اغسطس', 8], ['سبتمبر', 9], ['اكتوبر', 10], ['نوفمبر', 11], ['ديسمبر', 12],
  ['كانون الثاني', 1], ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6], ['تموز', 7],
  ['اب', 8], ['ايلول', 9], ['تشرين الاول', 10], ['تشرين الثاني', 11], ['كانون الاول', 12],
  ['جانفي', 1], ['فيفري', 2], ['افريل', 4], ['ماي', 5], ['جوان', 6], ['جويلية', 7], ['اوت', 8],
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

const ISO = /(?:^|[^0-9])([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])/;
const DMY = /(?:^|[^0-9])([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})(?![0-9])/;

/**
 * Cheap necessary condition for `parseCommentDate`: every date it reads has a four-digit year, so a
 * line with fewer than four digits (ASCII, Arabic-Indic or Extended Arabic-Indic) holds none.
 * @example hasFourDigits('12 يناير ٢٠٢٣') // true
 * @example hasFourDigits('محمد 12') // false
 */
export function hasFourDigits(s: string): boolean {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) { if (++n >= 4) return true; }
  }
  return false;
}

function pad2(n: number): string { return n < 10 ? `0${n}` : String(n); }
function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Parses an absolute date in a comment meta line to `YYYY-MM-DD` (or `YYYY-MM` when the line has a
 * month and year but no day); null when the line holds no such date. Numeric dates are read as
 * year-month-day or day/month/year (the Arab convention), never month/day/year.
 * Lines over 80 characters are not meta lines and give null.
 * @example parseCommentDate('12 يناير 2023 في 10:15 م') // '2023-01-12'
 * @example parseCommentDate('2023-01-12 الساعة 10:15') // '2023-01-12'
 * @example parseCommentDate('كانون الثاني 12, 2023') // '2023-01-12'
 */
export function parseCommentDate(s: string): string | null {
  if (s.length > 80 || !hasFourDigits(s)) return null;
  const key = asciiDigits(lineKey(s));
  let m = ISO.exec(key);
  if (m && valid(+m[1], +m[2], +m[3])) return `${m[1]}-${pad2(+m[2])}-${pad2(+m[3])}`;
  m = DMY.exec(key);
  if (m && valid(+m[3], +m[2], +m[1])) return `${m[3]}-${pad2(+m[2])}-${pad2(+m[1])}`;
  const tokens = key.replace(/[،,.·•|/]/g, ' ').split(' ').filter((t) => t !== '');
  let month = 0;
  let at = -1;
  let len = 1;
  for (let i = 0; i < tokens.length && month === 0; i++) {
    const two = i + 1 < tokens.length ? MONTHS.get(`${tokens[i]} ${tokens[i + 1]}`) : undefined;
    if (two) { month = two; at = i; len = 2; break; }
    const one = MONTHS.get(tokens[i]);
    if (one) { month = one; at = i; len = 1; }
  }
  if (month === 0) return null;
  let year = 0;
  for (const t of tokens) if (/^[0-9]{4}$/.test(t)) { year = Number(t); break; }
  if (year === 0) return null;
  const num = (t: string | undefined): number => (t !== undefined && /^[0-9]{1,2}$/.test(t) ? Number(t) : 0);
  const day = num(tokens[at - 1]) || num(tokens[at + len]);
  if (day && valid(year, month, day)) return `${year}-${pad2(month)}-${pad2(day)}`;
  if (valid(year, month, 1)) return `${year}-${pad2(month)}`;
  return null;
}
