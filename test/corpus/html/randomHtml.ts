/**
 * Seeded random page bodies for the HTML property tests: nesting, width and malformed markup
 * (unmatched and misnested end tags, `<x/>` forms, void elements, `</p>` and `</br>` without a
 * start tag), with numbered words as text so every word can be traced to the output.
 */
import { expect } from 'vitest';
import { htmlToPageText } from '../../../src/corpus/html/htmlToPage';
import { htmlNestsDeeperThan, HtmlTooDeepError } from '../../../src/corpus/html/depth';
import { rngMulberry32 } from '../../../src/stats/rngMulberry32';

/** Elements that hold visible text (none dropped, hidden or read as comments or title). */
export const TEXT_TAGS = ['div', 'p', 'span', 'li', 'ul', 'ol', 'td', 'tr', 'table', 'b', 'i', 'a', 'h2', 'section', 'blockquote', 'font', 'em', 'dd', 'dt', 'dl'];

/** Void elements (never hold text). */
export const VOID_TAGS = ['br', 'img', 'hr', 'wbr'];

/** Shape of a random body. */
export interface RandomBodyShape {
  /** Tokens (tags and words) to draw. */
  tokens: number;
  /** Chance that a token opens an element (the rest close one, or are words, voids, stray ends). */
  open: number;
}

/**
 * A random body and the words it holds, in order. Words are `w0`, `w1`, … so none is split or
 * joined by the markup around it (each has a space on both sides).
 */
export function randomBody(rand: () => number, shape: RandomBodyShape): { html: string; words: string[] } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const open: string[] = [];
  const words: string[] = [];
  let html = '';
  for (let i = 0; i < shape.tokens; i++) {
    const r = rand();
    if (r < shape.open) {
      const t = pick(TEXT_TAGS);
      open.push(t);
      html += rand() < 0.05 ? `<${t}/>` : `<${t} class="k${i % 7}">`;
    } else if (r < shape.open + 0.2 && open.length) html += `</${open.pop()}>`;
    else if (r < shape.open + 0.25) html += `</${pick(TEXT_TAGS)}>`;
    else if (r < shape.open + 0.3) html += `<${pick(VOID_TAGS)}>`;
    else if (r < shape.open + 0.32) html += rand() < 0.5 ? '</p>' : '</br>';
    else {
      const w = `w${words.length}`;
      words.push(w);
      html += ` ${w} `;
    }
  }
  return { html, words };
}

/** Words of a text, sorted (order within a page may change where the markup is broken). */
const sortedWords = (text: string): string[] => text.split(/\s+/).filter(Boolean).sort();

/**
 * Every word of `pages` random malformed pages (seeded) comes out exactly once, or the page is
 * refused as too deep; both happen. Shared with the long test, which draws more and larger pages.
 */
export function checkRandomPages(seed: number, pages: number, maxTokens: number): void {
  const rand = rngMulberry32(seed);
  let deep = 0;
  for (let n = 0; n < pages; n++) {
    {
      // Mostly shallow and wide; every 8th page nearly all start tags (deep, mostly past 512 levels).
      const deepOne = n % 8 === 0;
      const tokens = deepOne ? 600 + Math.floor(rand() * 400) : 10 + Math.floor(rand() * maxTokens);
      const { html, words } = randomBody(rand, { tokens, open: deepOne ? 0.97 : 0.3 });
      const source = `<html><body>${html}</body></html>`;
      if (htmlNestsDeeperThan(source)) {
        deep++;
        expect(() => htmlToPageText(source)).toThrow(HtmlTooDeepError);
        continue;
      }
      const page = htmlToPageText(source);
      expect(sortedWords(page.text), html.slice(0, 300)).toEqual([...words].sort());
      expect(page.roleHints).toHaveLength(page.text === '' ? 0 : page.text.split('\n').length);
    }
  }
  expect(deep).toBeGreaterThan(0); // both branches were taken
  expect(deep).toBeLessThan(pages);
}
