/**
 * Partial dates as written in the metadata table: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * True when a string is a valid partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, real month and day).
 * @example isPartialDate('2023-04-25') // true
 * @example isPartialDate('2024-13') // false
 * @example isPartialDate('25/04/2023') // false
 */
export function isPartialDate(s: string): boolean {
  const m = PARTIAL.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  return d >= 1 && d <= new Date(Date.UTC(Number(m[1]), mo, 0)).getUTCDate();
}
