/**
 * The generic comment rule for CMSs without a known markup: an element whose id or class
 * contains `comment` (comments, comment-list, commentlist, user-comments) or `تعليق`
 * holding repeated child items that each have an author-ish and a text-ish descendant; replies
 * nested in an item with the same markup are comments of their own.
 */
import { classAndId, toArray, type HtmlDocument, type HtmlElement } from '../dom';
import { MAIN_CONTENT_SELECTOR } from '../blocks';
import { isInExcludedTree } from './markupThreads';
import { readCommentItem } from './readItem';
import type { HtmlCommentThread } from './types';

/** Selector of an author-ish element inside a comment item. */
export const GENERIC_AUTHOR_SELECTOR =
  '[class*="author"], [class*="name"], [class*="user"], .fn, [itemprop="author"], [class*="writer"], cite, [class*="كاتب"]';
/** Selector of a text-ish element inside a comment item. */
export const GENERIC_BODY_SELECTOR =
  '[class*="text"], [class*="body"], [class*="content"], [class*="message"], [itemprop="text"], [class*="نص"], p';
/** Selector of a time-ish element inside a comment item. */
export const GENERIC_TIME_SELECTOR = 'time, [class*="date"], [class*="time"], [class*="ago"]';

/** Whether an element's id/class names a comment area. */
function namesComments(el: HtmlElement): boolean {
  return classAndId(el).some((t) => t.includes('comment') || t.includes('تعليق'));
}

/** Whether a child element looks like one comment: an author-ish and a separate text-ish descendant. */
function looksLikeCommentItem(el: HtmlElement): boolean {
  const author = el.querySelector(GENERIC_AUTHOR_SELECTOR);
  if (!author) return false;
  return toArray(el.querySelectorAll(GENERIC_BODY_SELECTOR)).some((b) => !b.contains(author) && !author.contains(b) && (b.textContent ?? '').trim() !== '');
}

/** Finds, inside a candidate area, the element whose children are the most comment-like items. */
function bestItemList(area: HtmlElement): HtmlElement[] {
  let best: HtmlElement[] = [];
  for (const parent of [area, ...toArray(area.querySelectorAll('*'))]) {
    const items = toArray(parent.children).filter((c) => !isInExcludedTree(c) && looksLikeCommentItem(c));
    if (items.length > best.length) best = items;
  }
  const named = best.length === 1 && namesComments(best[0]);
  return best.length >= 2 || named ? best : [];
}

/**
 * Finds comment threads with the generic rule, in document order, skipping areas inside or
 * around `claimed` containers (threads found by the specific rules) and areas that hold the
 * article itself (`<body class="comments-open">` is not a comment thread).
 * @example findGenericThreads(parseHtmlDocument(page)).map((t) => t.comments.length) // [2]
 */
export function findGenericThreads(doc: HtmlDocument, claimed: readonly HtmlElement[] = []): HtmlCommentThread[] {
  const threads: HtmlCommentThread[] = [];
  const root = doc.body ?? doc.documentElement;
  if (!root) return threads;
  for (const area of toArray(root.querySelectorAll('[id], [class]'))) {
    if (!namesComments(area) || ['body', 'html', 'main', 'article', 'form'].includes(area.localName)) continue;
    const taken = [...claimed, ...threads.map((t) => t.container)];
    if (taken.some((c) => c.contains(area) || area.contains(c))) continue;
    if (area.querySelector(MAIN_CONTENT_SELECTOR) || area.querySelector('h1')) continue;
    if (isInExcludedTree(area)) continue;
    const items = bestItemList(area);
    if (items.length === 0) continue;
    const sel = { item: itemSelectorFor(items), author: GENERIC_AUTHOR_SELECTOR, time: GENERIC_TIME_SELECTOR, body: GENERIC_BODY_SELECTOR };
    const all = withNestedReplies(items, sel.item);
    threads.push({ system: 'generic', container: area, items: all, comments: all.map((it) => readCommentItem(it, sel)) });
  }
  return threads;
}

/**
 * The items and, in document order, the replies nested inside them: descendants matching the items'
 * selector that look like comments themselves. Each item's text leaves its replies out
 * (`readCommentItem`), so a reply is read once, as a comment of its own, instead of being dropped.
 */
function withNestedReplies(items: HtmlElement[], itemSelector: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (const it of items) {
    out.push(it);
    for (const reply of toArray(it.querySelectorAll(itemSelector))) {
      if (!isInExcludedTree(reply) && looksLikeCommentItem(reply)) out.push(reply);
    }
  }
  return out;
}

/** A selector matching the items (their tag, plus their first shared class when there is one). */
function itemSelectorFor(items: HtmlElement[]): string {
  const tag = items[0].localName;
  const classes = (items[0].getAttribute('class') ?? '').split(/\s+/).filter((c) => /^[A-Za-z_][\w-]*$/.test(c));
  const shared = classes.find((c) => items.every((it) => (it.getAttribute('class') ?? '').split(/\s+/).includes(c)));
  return shared ? `${tag}.${shared}` : tag;
}
