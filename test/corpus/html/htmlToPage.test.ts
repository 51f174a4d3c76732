import { describe, it } from 'vitest';
import { checkRandomPages } from './randomHtml';

describe('htmlToPageText (property, seeded)', () => {
  it('keeps every word of 24 random malformed pages (depth, width, misnesting) exactly once, or refuses the page as too deep', () => {
    checkRandomPages(17, 24, 1000);
  });
});
