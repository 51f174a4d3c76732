/**
 * Splitting a corpus page: outlet detection plus `splitArticle` with the page's details, then the
 * page's kind and split confidence (`withPageKind`).
 */
import type { Page } from '../corpus/types';
import type { Article } from './types';
import type { SplitOptions } from './splitArticle';
import { splitArticle } from './splitArticle';
import { detectOutlet } from './detectOutlet';
import { withPageKind } from './withPageKind';

/** Options of `splitPage`: those of `splitArticle` except what the page provides. */
export type SplitPageOptions = Omit<SplitOptions, 'id' | 'file' | 'encoding' | 'roleHints'>;

/**
 * Splits a page: detects its outlet (metadata, URL, text cue, profile), picks that outlet's profile,
 * passes the crawl date and the page's role hints, prefixes the page's read warnings, and decides
 * the page's kind and split confidence (`withPageKind`: `pageKind`, `pageKindReason`,
 * `splitConfidence`, the `low_confidence_split` warning).
 * @example splitPage(corpus.pages[1]).comments.map((c) => c.ageMonths) // [87, 87]
 * @example splitPage(corpus.pages[1]).pageKind // 'article'
 */
export function splitPage(page: Page, options: SplitPageOptions = {}): Article {
  const detected = options.outlet !== undefined
    ? { outlet: options.outlet, source: options.outletSource ?? null }
    : detectOutlet({ meta: page.meta, text: page.text });
  const a = splitArticle(page.text, {
    ...options,
    id: page.id, file: page.file, encoding: page.encoding,
    outlet: detected.outlet, outletSource: detected.source,
    crawled: options.crawled ?? page.meta?.crawled ?? null,
    roleHints: page.roleHints,
  });
  if (page.warnings.length) a.warnings.unshift(...page.warnings);
  return withPageKind(a);
}
