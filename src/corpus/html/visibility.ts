/**
 * Which elements of a saved page are not reader-visible page text and are dropped by the
 * extractor. This list is the ONLY text the extractor drops (see docs/html-extraction.md);
 * everything else visible becomes a line, and the splitter labels boilerplate.
 */
import type { HtmlElement } from './dom';

/**
 * Elements whose content is never page text: code, styles, fallback content, templates, and the
 * site chrome (navigation, side bars, footers, forms, embedded frames, vector graphics, media).
 */
export const DROPPED_TAGS: ReadonlySet<string> = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'form', 'iframe',
  'svg', 'math', 'canvas', 'object', 'embed', 'video', 'audio', 'select', 'button', 'input',
  'textarea', 'dialog', 'link', 'meta',
]);

/** Containers inside which `<header>`/`<footer>` belong to content (article, section, comment item). */
export const CONTENT_SECTION_SELECTOR = 'article, main, section, li, [role="article"], [role="main"]';

/** ARIA roles that mark site chrome (dropped like the matching tags). */
const DROPPED_ROLES: ReadonlySet<string> = new Set(['navigation', 'menubar', 'menu', 'search', 'complementary', 'contentinfo']);

/**
 * Tells whether an element is dropped by type: a tag in {@link DROPPED_TAGS}, an element with an
 * ARIA chrome role (`navigation`, `menu`, `menubar`, `search`, `complementary`, `contentinfo`),
 * or a `<header>`/`<footer>` outside {@link CONTENT_SECTION_SELECTOR} (the site's header with its
 * menus and the site footer; inside an article, section or list item they hold the title, byline,
 * tags or a comment's author and are kept).
 * @example isDroppedElement(parseHtmlDocument('<nav>…</nav>').querySelector('nav')!) // true
 */
export function isDroppedElement(el: HtmlElement): boolean {
  const tag = el.localName;
  if (DROPPED_TAGS.has(tag)) return true;
  const role = (el.getAttribute('role') ?? '').toLowerCase().trim();
  if (role && DROPPED_ROLES.has(role)) return true;
  if ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest(CONTENT_SECTION_SELECTOR)) return true;
  return false;
}

/**
 * Tells whether an element is hidden from readers by its own attributes: `hidden`,
 * `aria-hidden="true"`, or an inline style with `display:none` or `visibility:hidden`.
 * (Stylesheets are not evaluated: text hidden by a CSS class is kept.)
 * @example isHiddenElement(parseHtmlDocument('<p style="display: none">x</p>').querySelector('p')!) // true
 */
export function isHiddenElement(el: HtmlElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  if ((el.getAttribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return /(^|;)display:none(!important)?(;|$)/.test(style) || /(^|;)visibility:hidden(!important)?(;|$)/.test(style);
}

/**
 * Tells whether an element's text is excluded: dropped by type or hidden.
 * @example isExcludedElement(el) // true for <script>, <nav>, <div hidden>
 */
export function isExcludedElement(el: HtmlElement): boolean {
  return isDroppedElement(el) || isHiddenElement(el);
}
