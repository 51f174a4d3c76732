/**
 * Reading one comment item (author, time, text) with a system's selectors, ignoring the
 * markup of nested replies (which are items of their own).
 */
import { collapseWhitespace, toArray, type HtmlElement } from '../dom';
import { extractHtmlBlocks } from '../blocks';
import { isExcludedElement } from '../visibility';
import type { HtmlComment } from './types';

/**
 * Returns the first descendant of `item` matching `selector` (alternatives of a comma list tried
 * in order) that belongs to `item` itself and
 * not to a nested item (a reply), or null.
 * @example ownDescendant(li, '.fn', 'li.comment') // the author of li, not of its replies
 */
export function ownDescendant(
  item: HtmlElement,
  selector: string,
  itemSelector: string,
  accept: (el: HtmlElement) => boolean = () => true,
): HtmlElement | null {
  // Alternatives are tried in the order written (a selector list would return document order,
  // preferring `.comment-author` over the more precise `.comment-author .fn` inside it).
  for (const alternative of selector.split(',')) {
    const found = ownMatch(item, alternative.trim(), itemSelector, accept);
    if (found) return found;
  }
  return null;
}

/** The first own (non-reply) visible descendant of `item` matching one selector. */
function ownMatch(item: HtmlElement, selector: string, itemSelector: string, accept: (el: HtmlElement) => boolean): HtmlElement | null {
  for (const el of toArray(item.querySelectorAll(selector))) {
    if (el.parentElement?.closest(itemSelector) === item && !isInsideExcluded(el, item) && accept(el)) return el;
  }
  return null;
}

/** Whether an element or an ancestor up to (not including) `stop` is dropped or hidden. */
function isInsideExcluded(el: HtmlElement, stop: HtmlElement): boolean {
  for (let cur: HtmlElement | null = el; cur && cur !== stop; cur = cur.parentElement) if (isExcludedElement(cur)) return true;
  return false;
}

/**
 * The time of a comment: its `datetime` attribute, a Facebook `data-utime` (Unix seconds) as an
 * ISO timestamp, else its visible text; null when empty.
 * @example timeOf(parseHtmlDocument('<time datetime="2023-01-03T17:12:00+03:00">منذ سنة</time>').querySelector('time')!) // '2023-01-03T17:12:00+03:00'
 */
export function timeOf(el: HtmlElement | null): string | null {
  if (!el) return null;
  const inner = el.matches('[datetime]') ? el : el.querySelector('[datetime]');
  const dt = inner?.getAttribute('datetime');
  if (dt && dt.trim()) return dt.trim();
  const utime = el.getAttribute('data-utime');
  if (utime && /^\d{9,11}$/.test(utime.trim())) return new Date(Number(utime.trim()) * 1000).toISOString().replace('.000Z', 'Z');
  const text = collapseWhitespace(el.textContent ?? '');
  return text || null;
}

/**
 * Reads one comment item: author text, time, and the visible blocks of the body (scripts and
 * hidden elements dropped; nested replies left out).
 * @example readCommentItem(li, { item: 'li.comment', author: '.fn', time: 'time', body: '.comment-content' })
 * // { author: 'أبو محمد', time: '2023-01-03T17:12:00+03:00', lines: ['لن نصالح'] }
 */
export function readCommentItem(
  item: HtmlElement,
  sel: { item: string; author: string; time: string; body: string },
): HtmlComment {
  const authorEl = ownDescendant(item, sel.author, sel.item);
  const author = authorEl ? collapseWhitespace(authorEl.textContent ?? '') || null : null;
  const time = timeOf(ownDescendant(item, sel.time, sel.item));
  // The body must not be the wrapper holding the author (or the author itself).
  const bodyEl = ownDescendant(item, sel.body, sel.item, (el) => !authorEl || (!el.contains(authorEl) && !authorEl.contains(el)));
  const nested = new Set(toArray(bodyEl ? bodyEl.querySelectorAll(sel.item) : []));
  const lines = bodyEl ? extractHtmlBlocks(bodyEl, { skip: nested }).map((b) => b.text) : [];
  return { author, time, lines };
}
