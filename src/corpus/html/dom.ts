/**
 * The small part of the DOM that the HTML extractor uses, typed structurally so the code
 * compiles without the `dom` lib, plus parsing with linkedom and text helpers.
 */
import type * as Linkedom from 'linkedom';
import { assertHtmlDepth } from './depth';

/**
 * linkedom, loaded on first use: it takes ~150 ms to load, which every worker thread and every
 * run over plain-text pages would otherwise pay.
 */
let linkedom: typeof Linkedom | null = null;

/** A DOM node as linkedom provides it (only the members used here). */
export interface HtmlNode {
  /** 1 for elements, 3 for text, 8 for comments. */
  nodeType: number;
  /** Text content of the node and its descendants. */
  textContent: string | null;
  /** Child nodes in document order. */
  childNodes: ArrayLike<HtmlNode>;
  /** The parent element, or null at the root. */
  parentElement: HtmlElement | null;
}

/** A DOM element as linkedom provides it (only the members used here). */
export interface HtmlElement extends HtmlNode {
  /** Lower-case tag name. */
  localName: string;
  /** Attribute value, or null when absent. */
  getAttribute(name: string): string | null;
  /** Whether the attribute is present. */
  hasAttribute(name: string): boolean;
  /** First descendant matching a CSS selector. */
  querySelector(selector: string): HtmlElement | null;
  /** All descendants matching a CSS selector, in document order. */
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
  /** Closest inclusive ancestor matching a CSS selector. */
  closest(selector: string): HtmlElement | null;
  /** Whether the element matches a CSS selector. */
  matches(selector: string): boolean;
  /** Child elements. */
  children: ArrayLike<HtmlElement>;
  /** Whether `other` is this element or inside it. */
  contains(other: HtmlNode): boolean;
}

/** A parsed document (only the members used here). */
export interface HtmlDocument {
  /** The root element (`<html>`), or the first element of a fragment. */
  documentElement: HtmlElement | null;
  /** The `<body>` element, or null for fragments without one. */
  body: HtmlElement | null;
  /** First element matching a CSS selector. */
  querySelector(selector: string): HtmlElement | null;
  /** All elements matching a CSS selector, in document order. */
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

/**
 * Parses an HTML string with linkedom. Nothing is executed: scripts stay inert elements and
 * event-handler attributes stay plain attributes. Fragments without `<html>` are wrapped. A page
 * nesting elements deeper than `MAX_HTML_DEPTH` (512) throws `HtmlTooDeepError` before it is
 * parsed (see depth.ts).
 * @example parseHtmlDocument('<p>سلام</p>').body?.textContent // 'سلام'
 */
export function parseHtmlDocument(html: string): HtmlDocument {
  const source = /<html[\s>]/i.test(html.slice(0, 65536)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  assertHtmlDepth(source);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  linkedom ??= require('linkedom') as typeof Linkedom;
  return linkedom.parseHTML(source).document as unknown as HtmlDocument;
}

/**
 * Collapses runs of white space (including no-break and zero-width-free Unicode spaces) into one
 * space and trims. Used for every extracted block so one block is one line.
 * @example collapseWhitespace('  سلام\n\t عليكم\u00a0 ') // 'سلام عليكم'
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ').trim();
}

/**
 * Lists an element's own class and id tokens in lower case (for loose class/id rules).
 * @example classAndId(el) // ['comment-list', 'comments'] for <ol id="comments" class="comment-list">
 */
export function classAndId(el: HtmlElement): string[] {
  const cls = (el.getAttribute('class') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const id = (el.getAttribute('id') ?? '').toLowerCase();
  return id ? [...cls, id] : cls;
}

/** Converts an `ArrayLike` of nodes to an array. */
export function toArray<T>(list: ArrayLike<T>): T[] {
  return Array.from(list);
}
