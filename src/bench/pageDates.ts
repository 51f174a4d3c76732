/**
 * Publication dates of the realistic benchmark corpus, and the ways news pages write them:
 * numeric with a time, Levantine or Egyptian month names with a weekday, ISO.
 */

const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const LEVANTINE = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const EGYPTIAN = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** First day of the drawn range (2016-01-01 UTC) and its length in days (9 years). */
const FIRST = Date.UTC(2016, 0, 1);
const DAYS = 9 * 365;

/**
 * A publication time drawn uniformly from 2016–2024, to the minute.
 * @example drawDate(() => 0).toISOString() // '2016-01-01T00:00:00.000Z'
 */
export function drawDate(rng: () => number): Date {
  return new Date(FIRST + Math.floor(rng() * DAYS * 1440) * 60_000);
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * The date as one of the forms pages print (`style` 0–3).
 * @example formatPageDate(new Date(Date.UTC(2024, 6, 7, 13, 15)), 0) // '07.07.2024 13:15'
 * @example formatPageDate(new Date(Date.UTC(2024, 6, 7, 13, 15)), 1) // 'الأحد 7 تموز 2024'
 * @example formatPageDate(new Date(Date.UTC(2024, 6, 7, 13, 15)), 2) // '7 يوليو 2024 - 13:15'
 * @example formatPageDate(new Date(Date.UTC(2024, 6, 7, 13, 15)), 3) // '2024-07-07'
 */
export function formatPageDate(d: Date, style: number): string {
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  switch (style % 4) {
    case 0: return `${two(day)}.${two(month + 1)}.${year} ${time}`;
    case 1: return `${WEEKDAYS[d.getUTCDay()]} ${day} ${LEVANTINE[month]} ${year}`;
    case 2: return `${day} ${EGYPTIAN[month]} ${year} - ${time}`;
    default: return d.toISOString().slice(0, 10);
  }
}

/**
 * A comment's time as pages print it: relative («منذ 3 ساعات») or a date with a time.
 * @example commentTime(() => 0, new Date(Date.UTC(2024, 6, 7))) // 'منذ ساعة'
 */
export function commentTime(rng: () => number, published: Date): string {
  const u = rng();
  if (u < 0.5) {
    const n = 1 + Math.floor(rng() * 23);
    return n === 1 ? 'منذ ساعة' : n === 2 ? 'منذ ساعتين' : `منذ ${n} ${n <= 10 ? 'ساعات' : 'ساعة'}`;
  }
  const later = new Date(published.getTime() + Math.floor(rng() * 3 * 1440) * 60_000);
  const h = later.getUTCHours();
  return `${later.getUTCDate()} ${EGYPTIAN[later.getUTCMonth()]} ${later.getUTCFullYear()} في ${h % 12 || 12}:${two(later.getUTCMinutes())} ${h < 12 ? 'ص' : 'م'}`;
}
