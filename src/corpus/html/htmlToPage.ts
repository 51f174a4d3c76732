/**
 * Turning a saved HTML page into page text (one visible block per line, LF line ends) with a
 * role hint per line, page metadata and the reader comments found in the DOM, so that the
 * splitter labels the same roles for HTML as for text input.
 */
import type { Role } from '../types';
import { extractHtmlBlocks, type HtmlBlock } from './blocks';
import { findBylineElement } from './byline';
import { findHtmlComments } from './comments/findComments';
import type { HtmlCommentThread } from './comments/types';
import { collapseWhitespace, parseHtmlDocument, toArray, type HtmlDocument, type HtmlElement } from './dom';
import { extractHtmlMeta, type HtmlMeta } from './meta';
import { DROPPED_TAGS, isHiddenElement } from './visibility';

/** A saved page converted to lines. */
export interface HtmlPageText {
  /** The page text: one block per line, joined with LF, no trailing line end. */
  text: string;
  /** Role hint per line (index i is line i+1); null where the DOM does not say. */
  roleHints: (Role | null)[];
  /** Metadata from the page head and JSON-LD. */
  meta: HtmlMeta;
  /** The comment threads found, in page order. */
  threads: HtmlCommentThread[];
  /** Problems noticed (no text found, comments without text, …). */
  warnings: string[];
}

/** Options of {@link htmlToPageText}. */
export interface HtmlToPageTextOptions {
  /**
   * Makes the comment header line from the number of comments. Default
   * `(n) => \`التعليقات (${n})\`` (the form Arabic news sites print, which the splitter knows).
   */
  commentHeader?: (count: number) => string;
}

/** Marker block standing for one comment item while walking a thread's container. */
const ITEM_MARK: HtmlBlock = { text: '\u0000item', tag: '#item', hint: null };

/** Whether an element or an ancestor is hidden or code-like (so it cannot be the visible title). */
function isInvisible(el: HtmlElement): boolean {
  for (let cur: HtmlElement | null = el; cur; cur = cur.parentElement) {
    if (isHiddenElement(cur) || (DROPPED_TAGS.has(cur.localName) && cur.localName !== 'nav' && cur.localName !== 'aside')) return true;
  }
  return false;
}

/** The blocks standing for one thread: stray text before the items, header, comments, stray text after. */
function threadBlocks(thread: HtmlCommentThread, header: (n: number) => string): HtmlBlock[] {
  const marks = new Map<HtmlElement, HtmlBlock[]>(thread.items.map((it) => [it, [ITEM_MARK]]));
  const inner = extractHtmlBlocks(thread.container, { replace: marks });
  const first = inner.indexOf(ITEM_MARK);
  const before = first === -1 ? inner : inner.slice(0, first);
  const after = first === -1 ? [] : inner.slice(first).filter((b) => b !== ITEM_MARK);
  const out: HtmlBlock[] = [...before, { text: header(thread.comments.length), tag: '#comments', hint: 'comment_header' }];
  for (const c of thread.comments) {
    if (c.author) out.push({ text: c.author, tag: '#comment', hint: 'comment_author' });
    if (c.time) out.push({ text: c.time, tag: '#comment', hint: 'comment_meta' });
    for (const line of c.lines) out.push({ text: line, tag: '#comment', hint: 'comment_body' });
  }
  return [...out, ...after];
}

/** Finds the title: the first visible `<h1>` (returned as element) or og:title / `<title>`. */
function findTitle(doc: HtmlDocument, meta: HtmlMeta, exclude: readonly HtmlElement[]): { text: string | null; el: HtmlElement | null } {
  for (const h1 of toArray(doc.querySelectorAll('h1'))) {
    if (exclude.some((c) => c.contains(h1)) || isInvisible(h1)) continue;
    const text = collapseWhitespace(h1.textContent ?? '');
    if (text) return { text, el: h1 };
  }
  return { text: meta.ogTitle ?? meta.jsonLd?.headline ?? meta.title, el: null };
}

/**
 * Converts a saved HTML page to lines with role hints. Order: title (first `<h1>`, else og:title,
 * JSON-LD headline or `<title>`; hint `title`), byline (hint `byline`), then every visible block in
 * document order (figcaptions hint `caption`, crossheads `subheading`, article paragraphs `body`,
 * others null for the splitter to decide), with each comment thread replaced at its position by
 * «التعليقات (N)» (`comment_header`) and per comment its author (`comment_author`), time
 * (`comment_meta`) and text lines (`comment_body`). Nothing is executed and no HTML is produced.
 * @example htmlToPageText('<h1>عنوان</h1><p class="byline">بقلم أحمد</p><article><p>نص</p></article>')
 * // { text: 'عنوان\nبقلم أحمد\nنص', roleHints: ['title', 'byline', 'body'], … }
 */
export function htmlToPageText(html: string, options: HtmlToPageTextOptions = {}): HtmlPageText {
  const header = options.commentHeader ?? ((n: number) => `التعليقات (${n})`);
  const doc = parseHtmlDocument(html);
  const meta = extractHtmlMeta(doc);
  const threads = findHtmlComments(doc);
  const containers = threads.map((t) => t.container);
  const title = findTitle(doc, meta, containers);
  const bylineEl = findBylineElement(doc, containers);
  const skip = new Set<HtmlElement>([title.el, bylineEl].filter((e): e is HtmlElement => e !== null));
  const replace = new Map<HtmlElement, HtmlBlock[]>(threads.map((t) => [t.container, threadBlocks(t, header)]));

  const blocks: HtmlBlock[] = [];
  if (title.text) blocks.push({ text: title.text, tag: 'h1', hint: 'title' });
  if (bylineEl) {
    const text = collapseWhitespace(bylineEl.textContent ?? '');
    if (text) blocks.push({ text, tag: bylineEl.localName, hint: 'byline' });
  }
  const root = doc.body ?? doc.documentElement;
  if (root) blocks.push(...extractHtmlBlocks(root, { skip, replace }));

  const warnings: string[] = [];
  if (blocks.length === 0) warnings.push('html: no visible text blocks found');
  threads.forEach((t, i) => {
    const empty = t.comments.filter((c) => c.lines.length === 0).length;
    if (empty) warnings.push(`html: ${empty} of ${t.comments.length} comment(s) in thread ${i + 1} (${t.system}) have no text`);
  });
  return { text: blocks.map((b) => b.text).join('\n'), roleHints: blocks.map((b) => b.hint), meta, threads, warnings };
}
