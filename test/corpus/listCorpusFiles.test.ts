import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listCorpusFiles } from '../../src/corpus/listCorpusFiles';

describe('listCorpusFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-list-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows links to folders but not a link back to a folder it is inside (no endless walk)', () => {
    const root = join(dir, 'corpus');
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(root, 'top.txt'), 'نص');
    writeFileSync(join(root, 'a', 'b', 'deep.txt'), 'نص');
    writeFileSync(join(dir, 'elsewhere', 'out.txt'), 'نص');
    symlinkSync('..', join(root, 'a', 'b', 'up')); // back to a: a cycle
    symlinkSync(root, join(root, 'a', 'root')); // back to the root: a cycle
    symlinkSync(join(dir, 'elsewhere'), join(root, 'linked')); // outside: followed
    symlinkSync(join(dir, 'elsewhere'), join(root, 'a', 'linked-again')); // the same folder twice: listed twice (then deduplicated as content)
    expect(listCorpusFiles(root)).toEqual(['a/b/deep.txt', 'a/linked-again/out.txt', 'linked/out.txt', 'top.txt']);
  });
});
