/**
 * Walking a saved page's DOM into visible text blocks, one block per output line, in document
 * order. Inline elements (a, span, b, …) join into the surrounding block; every other element
 * starts a new block; `<br>` ends a line. Elements dropped by type or hidden are skipped
 * (see visibility.ts).
 */
import type { Role } from '../types';
import { collapseWhitespace, type HtmlElement, type HtmlNode } from './dom';
import { isExcludedElement } from './visibility';

/** One visible text block. */
export interface HtmlBlock {
  /** The block's text, white space collapsed (one line). */
  text: string;
  /** Tag of the innermost block element holding the text (`p`, `h2`, `li`, `div`, …). */
  tag: string;
  /** Role hint for the splitter, or null when the DOM does not say. */
  hint: Role | null;
}

/** Options of {@link extractHtmlBlocks}. */
export interface ExtractHtmlBlocksOptions {
  /** Elements left out entirely (e.g. the `<h1>` already emitted as the title). Default none. */
  skip?: ReadonlySet<HtmlElement>;
  /** Elements replaced by ready-made blocks at their position (e.g. a comment thread). Default none. */
  replace?: ReadonlyMap<HtmlElement, HtmlBlock[]>;
}

/** Elements that flow inside a block instead of starting one. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'label', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'picture', 'source', 'output', 'big',
]);

/** Selector of the article's main content container (paragraphs inside get the hint `body`). */
export const MAIN_CONTENT_SELECTOR =
  'article, main, [itemprop="articleBody"], .entry-content, .post-content, .article-body, .article-content, .story-body';

/**
 * The role hint of a block from its innermost block element, given whether that element is inside
 * (or is) a figcaption and the main content (`MAIN_CONTENT_SELECTOR`). The walk tracks both as it
 * goes down, so a hint costs no walk up the ancestors (a page 500 levels deep with a million
 * paragraphs would otherwise cost 500 million selector tests).
 */
function hintOf(el: HtmlElement, inMain: boolean, inFigcaption: boolean): Role | null {
  if (inFigcaption) return 'caption';
  const tag = el.localName;
  if (/^h[2-6]$/.test(tag)) return inMain ? 'subheading' : null;
  if ((tag === 'p' || tag === 'blockquote' || el.parentElement?.localName === 'blockquote') && inMain) return 'body';
  return null;
}

/** The end of an element in the walk: a block to flush and leave, and/or a main-content or figcaption scope to close. */
interface Leave {
  leave: true;
  /** The element was a block (pushed on the block stack). */
  block: boolean;
  /** The element matched `MAIN_CONTENT_SELECTOR`. */
  main: boolean;
  /** The element was a figcaption. */
  figcaption: boolean;
}

/**
 * Extracts the visible text blocks under `root` in document order: one block per paragraph,
 * heading, list item, table cell, caption, or run of direct text in a `div`; `<br>` splits a
 * block. White space inside a block is collapsed; empty blocks are left out. Text is taken from
 * text nodes only, so markup written as text by a commenter (`&lt;script&gt;`) stays inert text.
 * @example extractHtmlBlocks(parseHtmlDocument('<article><h2>عنوان</h2><p>نص <b>مهم</b></p></article>').body!)
 * // [{ text: 'عنوان', tag: 'h2', hint: 'subheading' }, { text: 'نص مهم', tag: 'p', hint: 'body' }]
 */
export function extractHtmlBlocks(root: HtmlElement, options: ExtractHtmlBlocksOptions = {}): HtmlBlock[] {
  const skip = options.skip ?? new Set<HtmlElement>();
  const replace = options.replace ?? new Map<HtmlElement, HtmlBlock[]>();
  const blocks: HtmlBlock[] = [];
  /** The open block elements, innermost last, each with its role hint. */
  const stack: { el: HtmlElement; hint: Role | null }[] = [];
  let buffer: string[] = [];
  /** Open elements (below the root) matching the main-content selector, and open figcaptions. */
  let mainOpen = 0;
  let figcaptionOpen = 0;
  const rootInMain = root.closest(MAIN_CONTENT_SELECTOR) !== null;
  const rootInFigcaption = root.closest('figcaption') !== null;

  const flush = (): void => {
    if (buffer.length === 0) return;
    const text = collapseWhitespace(buffer.join(''));
    buffer = [];
    if (text === '') return;
    const owner = stack.length ? stack[stack.length - 1] : null;
    blocks.push({ text, tag: owner ? owner.el.localName : '', hint: owner ? owner.hint : null });
  };

  /**
   * The walk keeps its own stack (no recursion, so no nesting depth can overflow the call stack):
   * a node to visit, or the end of an element (see `Leave`).
   */
  const todo: (HtmlNode | Leave)[] = [];
  const pushChildren = (el: HtmlElement): void => {
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]);
  };
  const visit = (node: HtmlNode): void => {
    if (node.nodeType === 3) {
      buffer.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HtmlElement;
    const replacement = replace.get(el);
    if (replacement) {
      flush();
      blocks.push(...replacement);
      return;
    }
    if (skip.has(el) || isExcludedElement(el)) {
      // A dropped element still separates the text around it.
      if (!INLINE_TAGS.has(el.localName)) flush();
      return;
    }
    const tag = el.localName;
    if (tag === 'br' || tag === 'hr') {
      flush();
      return;
    }
    const leave: Leave = { leave: true, block: !INLINE_TAGS.has(tag), main: el.matches(MAIN_CONTENT_SELECTOR), figcaption: tag === 'figcaption' };
    if (leave.main) mainOpen++;
    if (leave.figcaption) figcaptionOpen++;
    if (leave.block) {
      flush();
      stack.push({ el, hint: hintOf(el, rootInMain || mainOpen > 0, rootInFigcaption || figcaptionOpen > 0) });
    }
    if (leave.block || leave.main || leave.figcaption) todo.push(leave);
    pushChildren(el);
  };

  if (!isExcludedElement(root) || root.localName === 'body' || root.localName === 'html') {
    stack.push({ el: root, hint: hintOf(root, rootInMain, rootInFigcaption) });
    pushChildren(root);
    while (todo.length > 0) {
      const next = todo.pop()!;
      if (!('leave' in next)) { visit(next); continue; }
      if (next.block) {
        flush();
        stack.pop();
      }
      if (next.main) mainOpen--;
      if (next.figcaption) figcaptionOpen--;
    }
    flush();
  }
  return blocks;
}
