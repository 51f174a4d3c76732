/**
 * Reading the article record from a page's JSON-LD (`<script type="application/ld+json">`),
 * which news CMSs fill for search engines: headline, publication date, author and publisher.
 */
import type { HtmlDocument } from './dom';
import { toArray } from './dom';

/** The article fields read from JSON-LD. */
export interface JsonLdArticle {
  /** The `@type` that matched (`NewsArticle`, `Article`, …). */
  type: string;
  /** `headline`, or null. */
  headline: string | null;
  /** `datePublished` as written, or null. */
  datePublished: string | null;
  /** Author name(s) (`author.name`, or a string author); several joined with «، »; null when none. */
  author: string | null;
  /** `publisher.name`, or null. */
  publisher: string | null;
  /** `url` or `mainEntityOfPage` (`@id`), or null. */
  url: string | null;
}

/** Schema.org types taken as a news article. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BlogPosting', 'ReportageArticle',
]);

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Returns a trimmed string field value, or null. */
function str(v: Json | undefined): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/**
 * The leaves of a JSON value that are not arrays, in order, arrays opened to any depth (with a
 * stack of its own: a JSON-LD block is page text, and `[[[…]]]` nested 100,000 deep would overflow
 * recursion). `open` can open an object further (as `@graph` is).
 */
function leaves(v: Json, open: (obj: Record<string, Json>) => Json | undefined = () => undefined): Json[] {
  const out: Json[] = [];
  const todo: Json[] = [v];
  while (todo.length > 0) {
    const cur = todo.pop()!;
    if (Array.isArray(cur)) {
      for (let i = cur.length - 1; i >= 0; i--) todo.push(cur[i]);
      continue;
    }
    out.push(cur);
    const more = cur && typeof cur === 'object' ? open(cur) : undefined;
    if (more !== undefined) todo.push(more);
  }
  return out;
}

/** Returns the names of a person/organisation value: string, `{name}`, or arrays of those. */
function names(v: Json | undefined): string[] {
  if (v === undefined) return [];
  const out: string[] = [];
  for (const x of leaves(v)) {
    if (typeof x === 'string') { if (x.trim()) out.push(x.trim()); }
    else if (x && typeof x === 'object') {
      const n = str((x as Record<string, Json>).name);
      if (n) out.push(n);
    }
  }
  return out;
}

/** Flattens JSON-LD values: arrays and `@graph` lists become their items (objects only). */
function flattenItems(v: Json): Record<string, Json>[] {
  return leaves(v, (obj) => obj['@graph']).filter((x): x is Record<string, Json> => x !== null && typeof x === 'object' && !Array.isArray(x));
}

/** The first article type an item declares (`@type` may be a string or an array). */
function articleType(item: Record<string, Json>): string | null {
  const t = item['@type'];
  const types = Array.isArray(t) ? t : [t];
  for (const x of types) if (typeof x === 'string' && ARTICLE_TYPES.has(x)) return x;
  return null;
}

/**
 * Finds the first article record in the page's JSON-LD blocks (top-level objects, arrays, or
 * `@graph` lists; `@type` string or array). Blocks that are not valid JSON are ignored.
 * @example findJsonLdArticle(parseHtmlDocument('<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان","author":{"name":"أحمد"}}</script>'))
 * // { type: 'NewsArticle', headline: 'عنوان', datePublished: null, author: 'أحمد', publisher: null, url: null }
 */
export function findJsonLdArticle(doc: HtmlDocument): JsonLdArticle | null {
  for (const script of toArray(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    for (const item of flattenItems(parsed)) {
      const type = articleType(item);
      if (!type) continue;
      const authors = names(item.author);
      const publisher = names(item.publisher)[0] ?? null;
      const main = item.mainEntityOfPage;
      const mainId = typeof main === 'string' ? main : main && typeof main === 'object' && !Array.isArray(main) ? str(main['@id']) : null;
      return {
        type,
        headline: str(item.headline) ?? str(item.name),
        datePublished: str(item.datePublished),
        author: authors.length ? authors.join('، ') : null,
        publisher,
        url: str(item.url) ?? mainId,
      };
    }
  }
  return null;
}
