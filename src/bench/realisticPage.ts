/**
 * One page of the realistic benchmark corpus: page chrome, a varied headline, a byline with an
 * outlet and a date, body paragraphs of varied source sentences with invented names, the outlet's
 * source line, and, on some pages, a reader-comment section. See docs/scaling.md «The realistic
 * bench corpus» for the recipe and its measured vocabulary.
 */
import { loadOutlets, type Outlet } from '../corpus/outlets';
import { loadLexicon } from '../lexicon/loadLexicon';
import { readRealParts } from './realParts';
import { commentSection, type CommentContext } from './commentSection';
import { drawDate, formatPageDate } from './pageDates';
import { fixedWordTest, varySentence } from './varySentence';
import { nameOfRank, zipfRank } from './wordForms';

/** Everything the realistic pages are drawn from (build once with `realisticContext`). */
export interface RealisticContext extends CommentContext {
  /** Outlets of data/outlets.yaml in file order (earlier ones are drawn more often). */
  outlets: Outlet[];
}

/** Options of `generateRealisticPage`. */
export interface RealisticOptions {
  /** Smallest and largest body in bytes (before comments). Default [1500, 6000]. */
  pageBytes?: [number, number];
  /** Most comments on a page (40 % of pages have comments). Default 12. */
  maxComments?: number;
}

/** One generated page with its metadata (the JSON-lines form carries all of it). */
export interface RealisticPage {
  id: string;
  /** Outlet id, or null for an unattributed page (no source line). */
  outlet: string | null;
  /** Publication time, ISO 8601. */
  published: string;
  /** Page URL on the outlet's first domain, or null. */
  url: string | null;
  text: string;
}

/**
 * Builds the context from the sources and the bundled lexicon.
 * @example realisticContext().parts.stems.length // > 5000
 */
export function realisticContext(): RealisticContext {
  const parts = readRealParts();
  return { parts, stems: parts.stems, known: fixedWordTest(loadLexicon()), outlets: loadOutlets() };
}

const CITIES = ['دمشق', 'أنقرة', 'إسطنبول', 'موسكو', 'بيروت', 'عمّان', 'الدوحة', 'إدلب', 'حلب', 'القامشلي', 'غازي عنتاب', 'القاهرة', 'بغداد', 'طهران', 'الرياض', 'أبوظبي'];
const ROLES = ['المحلل السياسي', 'الباحث', 'الكاتب الصحفي', 'الناشط', 'المتحدث باسم الهيئة', 'عضو البرلمان', 'الخبير العسكري', 'المعارض'];
const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

function withName(rng: () => number, s: string): string {
  const who = `${pick(rng, ROLES)} ${nameOfRank(zipfRank(rng, 100_000))}`;
  return rng() < 0.5 ? `وبحسب ${who}، ${s}` : `${s.replace(/[.،]$/, '')}، وفق ما قاله ${who}.`;
}

/**
 * Generates page `i` of a stream drawn from `rng` (call in order 0, 1, 2, … with one rng).
 * @example generateRealisticPage(rngMulberry32(1), 0, realisticContext()).id // 'r0000000'
 */
export function generateRealisticPage(rng: () => number, i: number, ctx: RealisticContext, options: RealisticOptions = {}): RealisticPage {
  const p = ctx.parts;
  const [lo, hi] = options.pageBytes ?? [1500, 6000];
  const target = lo + Math.floor(rng() * (hi - lo));
  const outlet = rng() < 0.85 ? ctx.outlets[zipfRank(rng, ctx.outlets.length)] : null;
  const date = drawDate(rng);
  const title = varySentence(pick(rng, p.titles), ctx, rng, { noise: 0.02 });
  const lines: string[] = [];
  for (let k = Math.floor(rng() * 4); k > 0; k--) lines.push(pick(rng, p.chrome));
  lines.push(title);
  const city = pick(rng, CITIES);
  lines.push(outlet && rng() < 0.5 ? `${city} – ${outlet.nameAr}` : rng() < 0.5 ? nameOfRank(zipfRank(rng, 20_000)) : city);
  lines.push(formatPageDate(date, Math.floor(rng() * 4)), '');
  let bytes = 0;
  while (bytes < target) {
    const u = rng();
    let para: string;
    if (u < 0.05 && p.subheadings.length) para = pick(rng, p.subheadings);
    else if (u < 0.1 && p.captions.length) para = pick(rng, p.captions);
    else {
      const s: string[] = [];
      for (let k = 1 + Math.floor(rng() * 3); k > 0; k--) {
        const v = varySentence(pick(rng, p.sentences), ctx, rng);
        s.push(rng() < 0.15 ? withName(rng, v) : v);
      }
      para = s.join(' ');
    }
    lines.push(para, '');
    bytes += Buffer.byteLength(para) + 2;
  }
  if (outlet?.cues.length && rng() < 0.8) lines.push(outlet.cues[0], '');
  for (let k = Math.floor(rng() * 3); k > 0; k--) lines.push(pick(rng, p.chrome));
  if (rng() < 0.4) {
    const n = 1 + Math.floor(rng() * (options.maxComments ?? 12));
    lines.push('', commentSection(rng, ctx, n, Math.floor(rng() * 3), title, date));
  }
  const id = `r${String(i).padStart(7, '0')}`;
  const url = outlet?.domains.length ? `https://${outlet.domains[0]}/news/${id}` : null;
  return { id, outlet: outlet?.id ?? null, published: date.toISOString(), url, text: `${lines.join('\n')}\n` };
}
