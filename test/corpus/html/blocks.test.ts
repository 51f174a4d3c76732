import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractHtmlBlocks } from '../../../src/corpus/html/blocks';
import type { HtmlElement } from '../../../src/corpus/html/dom';

describe('extractHtmlBlocks', () => {
  it('walks a DOM 10,000 elements deep without recursion, in document order', () => {
    // Built with linkedom directly: parseHtmlDocument refuses pages this deep before parsing.
    const n = 10_000;
    const html = `<html><body>${'<div>'.repeat(n)}<b>أ</b>ب<br>ج${'</div>'.repeat(n)}<p>نهاية</p></body></html>`;
    const body = (parseHTML(html).document as unknown as { body: HtmlElement }).body;
    expect(extractHtmlBlocks(body)).toEqual([
      { text: 'أب', tag: 'div', hint: null }, { text: 'ج', tag: 'div', hint: null }, { text: 'نهاية', tag: 'p', hint: null },
    ]);
  });
});
