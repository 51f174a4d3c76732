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

/** Stands for the end of a block element in `extractHtmlBlocks`'s walk. */
const LEAVE_BLOCK = Symbol('leave block');

/** Elements that flow inside a block instead of starting one. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'label', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'picture', 'source', 'output', 'big',
]);

/** Selector of the article's main content container (paragraphs inside get the hint `body`). */
export const MAIN_CONTENT_SELECTOR =
  'article, main, [itemprop="articleBody"], .entry-content, .post-content, .article-body, .article-content, .story-body';

/** Picks the role hint of a block from its innermost block element. */
function hintFor(el: HtmlElement | null): Role | null {
  if (!el) return null;
  if (el.closest('figcaption')) return 'caption';
  const tag = el.localName;
  const inMain = el.closest(MAIN_CONTENT_SELECTOR) !== null;
  if (/^h[2-6]$/.test(tag)) return inMain ? 'subheading' : null;
  if ((tag === 'p' || tag === 'blockquote' || el.parentElement?.localName === 'blockquote') && inMain) return 'body';
  return null;
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
  const stack: HtmlElement[] = [];
  let buffer: string[] = [];

  const flush = (): void => {
    if (buffer.length === 0) return;
    const text = collapseWhitespace(buffer.join(''));
    buffer = [];
    if (text === '') return;
    const owner = stack.length ? stack[stack.length - 1] : null;
    blocks.push({ text, tag: owner ? owner.localName : '', hint: hintFor(owner) });
  };

  /**
   * The walk keeps its own stack (no recursion, so no nesting depth can overflow the call stack):
   * a node to visit, or the end of a block element (flush its text and leave it).
   */
  const todo: (HtmlNode | typeof LEAVE_BLOCK)[] = [];
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
    if (!INLINE_TAGS.has(tag)) {
      flush();
      stack.push(el);
      todo.push(LEAVE_BLOCK);
    }
    pushChildren(el);
  };

  if (!isExcludedElement(root) || root.localName === 'body' || root.localName === 'html') {
    stack.push(root);
    pushChildren(root);
    while (todo.length > 0) {
      const next = todo.pop()!;
      if (next === LEAVE_BLOCK) {
        flush();
        stack.pop();
      } else visit(next);
    }
    flush();
  }
  return blocks;
}
