import { describe, it } from 'vitest';
import { checkRandomPages } from './randomHtml';

describe('htmlToPageText (property, seeded, long)', () => {
  it('keeps every word of 300 larger random malformed pages exactly once, or refuses the page as too deep', () => {
    checkRandomPages(99, 300, 4000);
  });
});
