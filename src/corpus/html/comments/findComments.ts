/**
 * Finding all reader-comment threads of a saved page: the specific markups first (WordPress,
 * Disqus, Facebook), then the generic rule for what is left.
 */
import type { HtmlDocument } from '../dom';
import { DISQUS_MARKUP } from './disqus';
import { FACEBOOK_MARKUP } from './facebook';
import { findGenericThreads } from './generic';
import { findThreadsByMarkup } from './markupThreads';
import type { HtmlCommentThread } from './types';
import { WORDPRESS_MARKUP } from './wordpress';

/**
 * Finds the comment threads of a page, each with its container, items and comments, in
 * document order. A thread found by a specific markup is not searched again by the generic rule.
 * @example findHtmlComments(parseHtmlDocument(wordpressPage)).map((t) => [t.system, t.comments.length]) // [['wordpress', 3]]
 */
export function findHtmlComments(doc: HtmlDocument): HtmlCommentThread[] {
  const threads: HtmlCommentThread[] = [];
  for (const markup of [WORDPRESS_MARKUP, DISQUS_MARKUP, FACEBOOK_MARKUP]) {
    threads.push(...findThreadsByMarkup(doc, markup, threads.map((t) => t.container)));
  }
  threads.push(...findGenericThreads(doc, threads.map((t) => t.container)));
  return sortByDocumentOrder(threads);
}

/** Sorts threads by the position of their containers in the document. */
function sortByDocumentOrder(threads: HtmlCommentThread[]): HtmlCommentThread[] {
  return [...threads].sort((a, b) => {
    const pos = (a.container as unknown as { compareDocumentPosition(o: unknown): number }).compareDocumentPosition(b.container);
    return pos & 4 ? -1 : pos & 2 ? 1 : 0;
  });
}
