import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { assertHtmlDepth, htmlNestsDeeperThan, HtmlTooDeepError, MAX_HTML_DEPTH, tooDeepDetail } from '../../../src/corpus/html/depth';
import { parseHtmlDocument } from '../../../src/corpus/html/dom';
import { rngMulberry32 } from '../../../src/stats/rngMulberry32';

/** Depth of the deepest element of a linkedom document (`<html>` is 1), walked with a stack. */
function domDepth(source: string): number {
  const doc = parseHTML(source).document as unknown as { documentElement: { children: ArrayLike<unknown> } };
  let max = 0;
  const todo: [unknown, number][] = [[doc.documentElement, 1]];
  while (todo.length) {
    const [el, d] = todo.pop()!;
    max = Math.max(max, d);
    for (const c of Array.from((el as { children: ArrayLike<unknown> }).children)) todo.push([c, d + 1]);
  }
  return max;
}

const TAGS = ['div', 'p', 'span', 'li', 'ul', 'td', 'tr', 'table', 'b', 'h2', 'select', 'option', 'section', 'font', 'dd', 'dt', 'svg', 'path', 'a', 'article'];
const VOIDS = ['br', 'img', 'hr', 'input', 'meta'];

/**
 * A random page body: nested, wide and malformed (unmatched and misnested end tags, `<x/>` forms,
 * void elements, `</br>` and `</p>` without a start tag, raw-text `<script>`), from a seeded generator.
 */
function randomBody(rand: () => number, tokens: number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const open: string[] = [];
  let out = '';
  for (let i = 0; i < tokens; i++) {
    const r = rand();
    if (r < 0.4) { const t = pick(TAGS); open.push(t); out += rand() < 0.1 ? `<${t}/>` : `<${t} class="c${i}">`; }
    else if (r < 0.6 && open.length) out += `</${open.pop()}>`;
    else if (r < 0.68) out += `</${pick(TAGS)}>`; // unmatched or misnested
    else if (r < 0.75) out += `<${pick(VOIDS)}>`;
    else if (r < 0.78) out += rand() < 0.5 ? '</br>' : '</p>';
    else if (r < 0.8) out += '<script>if (a < b) document.write("<div><div>")</script>';
    else out += 'نص ';
  }
  return out;
}

describe('htmlNestsDeeperThan', () => {
  it('counts nested elements: exactly the limit passes, one more does not', () => {
    expect(htmlNestsDeeperThan('<div>'.repeat(20), 20)).toBe(false);
    expect(htmlNestsDeeperThan('<div>'.repeat(21), 20)).toBe(true);
    // Closed siblings never add up; implied ends do not nest (each <p> closes the last, each <li>
    // the last <li>); a void element is one level below its parent and holds nothing.
    expect(htmlNestsDeeperThan('<div></div>'.repeat(1000), 1)).toBe(false);
    expect(htmlNestsDeeperThan('<p>a<p>b<p>c<li>x<li>y<br><img>', 3)).toBe(false);
    expect(htmlNestsDeeperThan('<p>a<p>b<p>c<li>x<li>y<br><img>', 2)).toBe(true);
    expect(htmlNestsDeeperThan('<p>a<p>b<p>c<li>x<li>y', 2)).toBe(false);
  });

  it('agrees with the depth of the DOM linkedom builds, on 300 seeded random malformed pages (depth, width, misnesting)', () => {
    const rand = rngMulberry32(20);
    for (let n = 0; n < 300; n++) {
      const source = `<!doctype html><html><head></head><body>${randomBody(rand, 20 + Math.floor(rand() * 300))}</body></html>`;
      const depth = domDepth(source);
      expect(htmlNestsDeeperThan(source, depth), source).toBe(false);
      expect(htmlNestsDeeperThan(source, depth - 1), source).toBe(true);
    }
  });

  it('stops early on 10,000 and 100,000 nested divs (linear, not the parser\'s quadratic time)', () => {
    for (const n of [10_000, 100_000]) {
      const t = performance.now();
      expect(htmlNestsDeeperThan(`<div>${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`)).toBe(true);
      expect(performance.now() - t).toBeLessThan(2000);
    }
  });
});

describe('assertHtmlDepth', () => {
  it('throws HtmlTooDeepError past MAX_HTML_DEPTH (512), and parseHtmlDocument with it', () => {
    expect(MAX_HTML_DEPTH).toBe(512);
    expect(() => assertHtmlDepth('<div>'.repeat(512))).not.toThrow();
    expect(() => assertHtmlDepth('<div>'.repeat(513))).toThrow(HtmlTooDeepError);
    expect(() => parseHtmlDocument('<div>'.repeat(10_000))).toThrow(HtmlTooDeepError);
    // The wrapper adds <html> and <body>: 510 divs fit, 511 do not.
    expect(() => parseHtmlDocument('<div>'.repeat(510))).not.toThrow();
    expect(() => parseHtmlDocument('<div>'.repeat(511))).toThrow(HtmlTooDeepError);
  });
});

describe('tooDeepDetail', () => {
  it('names the depth bound and an exhausted call stack, and nothing else', () => {
    expect(tooDeepDetail(new HtmlTooDeepError(512))).toMatch(/^HTML nests elements more than 512 deep/);
    expect(tooDeepDetail(new RangeError('Maximum call stack size exceeded'))).toMatch(/exhausted the call stack/);
    expect(tooDeepDetail(new TypeError('x'))).toBeNull();
    expect(tooDeepDetail(new RangeError('Invalid array length'))).toBeNull();
  });
});
