/**
 * Finding the visible byline (author line) of a saved page.
 */
import { collapseWhitespace, toArray, type HtmlDocument, type HtmlElement } from './dom';
import { isInExcludedTree } from './comments/markupThreads';

/** Selectors of byline elements, tried in this order. */
export const BYLINE_SELECTORS: readonly string[] = [
  '.byline', '.post-byline', '.article-author', '.entry-author', '.post-author', '.author-name',
  '[itemprop="author"]', '[rel="author"]', '.meta-author', '.author',
];

/**
 * Finds the first visible byline element outside the given comment containers, or null.
 * @example findBylineElement(parseHtmlDocument('<p class="byline">بقلم: أحمد</p>'), [])?.textContent // 'بقلم: أحمد'
 */
export function findBylineElement(doc: HtmlDocument, exclude: readonly HtmlElement[]): HtmlElement | null {
  for (const sel of BYLINE_SELECTORS) {
    for (const el of toArray(doc.querySelectorAll(sel))) {
      if (exclude.some((c) => c.contains(el))) continue;
      if (isInExcludedTree(el)) continue;
      if (collapseWhitespace(el.textContent ?? '') === '') continue;
      return el;
    }
  }
  return null;
}
