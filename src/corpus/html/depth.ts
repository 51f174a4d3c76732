/**
 * A bound on how deeply a saved page nests its elements, checked before the page is parsed into a
 * DOM. Why: the HTML parser's cost grows with the square of the nesting depth (100,000 nested
 * `<div>`s take ~10 s, a million would take hours), and no news page nests anywhere near the bound
 * (Chromium's parser itself stops nesting at 512). The check runs the same tokenizer and tag-stack
 * rules linkedom parses with (htmlparser2's `Parser`, without building nodes) and stops as soon as
 * the depth passes the bound, so it costs one linear pass.
 */
import { dirname } from 'node:path';
import type * as Htmlparser2 from 'htmlparser2';

/** Deepest element nesting a saved page may have (the bound of Chromium's HTML parser). */
export const MAX_HTML_DEPTH = 512;

/** Thrown for a page nested deeper than the bound; readers turn it into a `too_deep` reject. */
export class HtmlTooDeepError extends Error {
  /** The bound that was passed. */
  readonly limit: number;
  constructor(limit: number) {
    super(`HTML nests elements more than ${limit} deep; not parsed (the limit guards the run against pages built to exhaust it)`);
    this.name = 'HtmlTooDeepError';
    this.limit = limit;
  }
}

/**
 * htmlparser2 as linkedom resolves it (so the check uses the very parser version linkedom builds
 * its DOM with), loaded on first use as linkedom is.
 */
let htmlparser2: typeof Htmlparser2 | null = null;

/** Loads linkedom's htmlparser2. */
function linkedomParser(): typeof Htmlparser2 {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  htmlparser2 ??= require(require.resolve('htmlparser2', { paths: [dirname(require.resolve('linkedom'))] })) as typeof Htmlparser2;
  return htmlparser2;
}

/** Signals the end of the scan from inside a parser callback. */
const STOP = Symbol('stop');

/**
 * Tells whether the elements of `html` nest deeper than `limit`, as linkedom's parser (htmlparser2,
 * HTML mode) would nest them: void elements, implied end tags (`<p>` closed by `<div>`, `<li>` by
 * `<li>`) and end tags closing several open elements all count as the parser counts them. Stops at
 * the first element past the limit, so the parser's stack never grows beyond `limit + 1`.
 * @example htmlNestsDeeperThan('<div><div><p>x</div></div>', 2) // true (html is not added: 3 levels)
 * @example htmlNestsDeeperThan('<p>a<p>b<p>c', 1) // false (each <p> closes the one before)
 */
export function htmlNestsDeeperThan(html: string, limit: number = MAX_HTML_DEPTH): boolean {
  let depth = 0;
  const parser = new (linkedomParser().Parser)({
    // Called for every start tag, void or implied ones included; every element is closed once.
    onopentagname() {
      if (++depth > limit) throw STOP;
    },
    onclosetag() {
      depth--;
    },
  }, { lowerCaseAttributeNames: false, decodeEntities: false, xmlMode: false });
  try {
    parser.end(html);
  } catch (e) {
    if (e === STOP) return true;
    throw e;
  }
  return false;
}

/**
 * Throws {@link HtmlTooDeepError} when `html` nests deeper than `limit` (see {@link htmlNestsDeeperThan}).
 * @example assertHtmlDepth('<div>'.repeat(600)) // throws HtmlTooDeepError (limit 512)
 */
export function assertHtmlDepth(html: string, limit: number = MAX_HTML_DEPTH): void {
  if (htmlNestsDeeperThan(html, limit)) throw new HtmlTooDeepError(limit);
}

/**
 * The `too_deep` reject detail for an error thrown while converting a page: the depth bound, or a
 * call stack exhausted by the page's structure (the last guard: one page must never stop the run);
 * null for any other error, which is a bug to report, not a property of the page.
 * @example tooDeepDetail(new HtmlTooDeepError(512)) // 'HTML nests elements more than 512 deep; not parsed (…)'
 * @example tooDeepDetail(new TypeError('x')) // null
 */
export function tooDeepDetail(e: unknown): string | null {
  if (e instanceof HtmlTooDeepError) return e.message;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return `the page's structure exhausted the call stack (${e.message}); not parsed`;
  return null;
}
