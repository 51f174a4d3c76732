/**
 * Dating a comment from the crawl date and its relative age.
 */
import type { RelativeAgeParts } from './relativeAge';
import { DAYS_PER_MONTH } from './relativeAge';

const PARTIAL_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

function pad2(n: number): string { return n < 10 ? `0${n}` : String(n); }
function ym(total: number): string {
  const y = Math.floor(total / 12);
  return `${String(y).padStart(4, '0')}-${pad2(total - y * 12 + 1)}`;
}

/**
 * Returns the crawl date minus a relative age, as `YYYY-MM`; null when the crawl date is missing or
 * coarser than a month.
 *
 * With a day-precise crawl date (`YYYY-MM-DD`) the months are subtracted on the calendar (day
 * clamped to the month's length) and then the whole days (`floor(days)`); with `YYYY-MM` the days
 * are converted to months (÷ 30.436875, rounded) and subtracted from the month.
 * @example approxDateFromAge('2024-03', {months: 87, days: 0}) // '2016-12'
 * @example approxDateFromAge('2024-03-02', {months: 0, days: 3}) // '2024-02'
 */
export function approxDateFromAge(crawled: string | null | undefined, age: RelativeAgeParts): string | null {
  if (!crawled) return null;
  const m = PARTIAL_DATE.exec(crawled.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const monthIndex = y * 12 + (mo - 1);
  if (m[3] === undefined) return ym(monthIndex - age.months - Math.round(age.days / DAYS_PER_MONTH));
  const target = monthIndex - age.months;
  const ty = Math.floor(target / 12);
  const tm = target - ty * 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  const t = Date.UTC(ty, tm, day) - Math.floor(age.days) * 86_400_000;
  const d = new Date(t);
  return ym(d.getUTCFullYear() * 12 + d.getUTCMonth());
}
