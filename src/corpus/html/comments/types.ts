/**
 * Record types of reader comments found in a saved page's DOM.
 */
import type { HtmlElement } from '../dom';

/** Comment systems the extractor recognises. */
export type CommentSystem = 'wordpress' | 'disqus' | 'facebook' | 'generic';

/** One reader comment as found in the DOM. */
export interface HtmlComment {
  /** Author name as shown, or null. */
  author: string | null;
  /** Absolute `datetime` (or Facebook `data-utime` as ISO) when present, else the visible time text; null when none. */
  time: string | null;
  /** The comment text, one entry per visible block (paragraph). */
  lines: string[];
}

/** A comment thread: the container element and its comments in page order. */
export interface HtmlCommentThread {
  /** Which rule recognised the thread. */
  system: CommentSystem;
  /** The element holding the whole thread (replaced by the comment section in the output). */
  container: HtmlElement;
  /** The elements of the individual comments, in document order. */
  items: HtmlElement[];
  /** The comments, aligned with `items`. */
  comments: HtmlComment[];
}

/** Selectors describing one comment system's markup. */
export interface CommentMarkup {
  /** The system's name. */
  system: CommentSystem;
  /** Selector of the thread container. */
  container: string;
  /** Selector of one comment (replies are nested items). */
  item: string;
  /** Selector of the author name inside an item. */
  author: string;
  /** Selector of the time element inside an item. */
  time: string;
  /** Selector of the comment text inside an item. */
  body: string;
}
