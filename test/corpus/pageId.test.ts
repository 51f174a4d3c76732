import { describe, expect, it } from 'vitest';
import { pageIdOfFile } from '../../src/corpus/pageId';

describe('pageIdOfFile', () => {
  it.each([
    ['000_be8fd5d588858933.txt', '000_be8fd5d588858933'], // the bundled corpus: unchanged
    ['s1/page.txt', 's1/page'],
    ['s2/page.txt', 's2/page'],
    ['a/b.c/page.html', 'a/b.c/page'], // a dot in a folder name is not an extension
    ['a\\b\\page.txt', 'a/b/page'],
    ['archive.tar.gz', 'archive.tar'],
    ['noext', 'noext'],
  ])('%s → %s', (file, id) => {
    expect(pageIdOfFile(file)).toBe(id);
  });
});
