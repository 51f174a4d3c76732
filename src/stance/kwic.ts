/**
 * Keyword in context: hits shown with the characters around them on the same line.
 */
import type { Article, Role } from '../split/types';
import type { Lexicon } from '../lexicon/types';
import type { Hit } from './types';
import { matchMarkers } from './matchMarkers';
import { compileLexicon } from '../lexicon/compileLexicon';
import { loadLexicon, lexiconOfMarkers } from '../lexicon/loadLexicon';

/** Context of one hit. */
export interface KwicParts {
  /** Up to `window` characters before the hit on its line. */
  pre: string;
  /** The hit as written. */
  keyword: string;
  /** Up to `window` characters after the hit on its line. */
  post: string;
}

/** One KWIC row. */
export interface KwicRow extends KwicParts {
  /** Page id. */
  id: string;
  /** Outlet id, or null. */
  outlet: string | null;
  /** Role of the line. */
  role: Role;
  /** 1-based line number. */
  line: number;
  /** Category of the marker (`query` for a free pattern). */
  category: string;
  /** Marker id (`query` for a free pattern). */
  marker: string;
}

/** Options of `kwic`. */
export interface KwicOptions {
  /** Characters of context on each side. Default 40. */
  window?: number;
  /** Lexicon used to find category and marker ids. Default: `loadLexicon()`. */
  lexicon?: Lexicon;
}

/** Whether UTF-16 unit `i` of `s` is the second half of a surrogate pair (an emoji, a rare letter). */
function insidePair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const lo = s.charCodeAt(i);
  const hi = s.charCodeAt(i - 1);
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}

/**
 * The context of one hit from its own line: `window` characters (UTF-16 units, default 40) each side,
 * one fewer where the window's edge would cut a surrogate pair in half (a lone half is not text: it
 * would be written as U+FFFD).
 * When the hit carries its `matched` text (as matcher hits do) and the article's line `hit.line`
 * is at its usual place, the keyword is that text instead of a new slice (the same string).
 * @example kwicOfHit(article, hit, 10) // { pre: 'خرجت تحت ', keyword: 'لن نصالح', post: ' في إدلب' }
 */
export function kwicOfHit(article: Article, hit: Pick<Hit, 'line' | 'col' | 'len'> & { matched?: string }, window = 40): KwicParts {
  const line = article.lines[hit.line - 1];
  const text = line?.text ?? '';
  const end = hit.col + hit.len;
  const matched = hit.matched;
  const own = matched !== undefined && line !== undefined && line.n === hit.line && matched.length === hit.len;
  let from = Math.max(0, hit.col - window);
  if (insidePair(text, from)) from++;
  let to = Math.min(text.length, end + window);
  if (insidePair(text, to)) to--;
  return {
    pre: text.slice(from, hit.col),
    keyword: own ? (matched as string) : text.slice(hit.col, end),
    post: text.slice(end, to),
  };
}

/**
 * KWIC rows for a query over articles. The query is a list of hits, a category id, a marker id
 * (both looked up in the lexicon), or else a pattern in codebook syntax (matched with suffixes).
 * Rows come in article order, then hit order.
 * @example kwic(articles, 'naming_gov_regime')[0] // { id: '000…', line: 1, keyword: 'النظام السوري', category: 'naming_gov_regime', … }
 * @example kwic(articles, 'التطبيع', { window: 20 }).length // 9
 */
export function kwic(articles: Article[], hitsOrQuery: Hit[] | string, options: KwicOptions = {}): KwicRow[] {
  const window = options.window ?? 40;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const rows: KwicRow[] = [];
  const push = (a: Article, h: Hit) => {
    rows.push({ id: a.id, outlet: a.outlet, role: h.role, line: h.line, category: h.category, marker: h.marker, ...kwicOfHit(a, h, window) });
  };
  if (Array.isArray(hitsOrQuery)) {
    for (const h of hitsOrQuery) { const a = byId.get(h.id); if (a) push(a, h); }
    return rows;
  }
  const q = hitsOrQuery.trim();
  const lexicon = options.lexicon ?? loadLexicon();
  const isCategory = lexicon.markers.some((m) => m.category === q);
  const isMarker = lexicon.markers.some((m) => m.id === q);
  let compiled;
  let keep: (h: Hit) => boolean;
  if (isCategory || isMarker) {
    compiled = compileLexicon(lexicon);
    keep = (h) => (isCategory ? h.category === q : h.marker === q);
  } else {
    compiled = compileLexicon(lexiconOfMarkers([
      { id: 'query', category: 'query', polarity: 0, patterns: [q], suffixes: true, description: q, examples: [], counterExamples: [], source: 'kwic', origin: { file: 'kwic', line: 0 } },
    ]));
    keep = () => true;
  }
  for (const a of articles) for (const h of matchMarkers(a, compiled)) if (keep(h)) push(a, h);
  return rows;
}
