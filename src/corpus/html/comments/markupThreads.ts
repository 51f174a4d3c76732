/**
 * Finding comment threads described by a fixed set of selectors (WordPress, Disqus, Facebook).
 */
import { toArray, type HtmlDocument, type HtmlElement } from '../dom';
import { isExcludedElement } from '../visibility';
import { readCommentItem } from './readItem';
import type { CommentMarkup, HtmlCommentThread } from './types';

/** Whether an element or one of its ancestors is hidden or dropped (such threads are not visible). */
export function isInExcludedTree(el: HtmlElement): boolean {
  for (let cur: HtmlElement | null = el; cur; cur = cur.parentElement) if (isExcludedElement(cur)) return true;
  return false;
}

/**
 * Finds the threads of one comment system: each container matching `markup.container` (outermost
 * only, visible) with at least one visible item; comments are read in document order.
 * @example findThreadsByMarkup(doc, WORDPRESS_MARKUP).map((t) => t.comments.length) // [3]
 */
export function findThreadsByMarkup(doc: HtmlDocument, markup: CommentMarkup, claimed: readonly HtmlElement[] = []): HtmlCommentThread[] {
  const threads: HtmlCommentThread[] = [];
  for (const container of toArray(doc.querySelectorAll(markup.container))) {
    if (isInExcludedTree(container)) continue;
    if ([...claimed, ...threads.map((t) => t.container)].some((c) => c.contains(container) || container.contains(c))) continue;
    const items = toArray(container.querySelectorAll(markup.item)).filter((it) => !isInExcludedTree(it));
    if (items.length === 0) continue;
    threads.push({ system: markup.system, container, items, comments: items.map((it) => readCommentItem(it, markup)) });
  }
  return threads;
}
