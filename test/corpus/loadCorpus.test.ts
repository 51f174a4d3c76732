import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadCorpus } from '../../src/corpus/loadCorpus';
import { splitPage } from '../../src/split/splitPage';

const CORPUS = path.resolve(__dirname, '../../data/corpus');

describe('loadCorpus', () => {
  it('loads the bundled corpus with data/metadata.csv', async () => {
    const c = await loadCorpus(CORPUS);
    expect(c.pages.map((p) => p.id)).toEqual(['000_be8fd5d588858933', '001_be24e1eb1075d265', '002_dffa4802db24a670', '003_64b54956efce23e0', '004_8bf833d50ff6660d']);
    expect(c.pages.map((p) => p.meta?.outlet ?? null)).toEqual(['al_bawsala', 'orient_news', 'arab48', 'orient_news', null]);
    expect(c.rejects).toEqual([]);
    expect(c.metaWarnings).toEqual([]);
  });

  it('walks folders in sorted order, skips dot files, rejects duplicates, empty and binary files', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'khitab-corpus-'));
    const dir = path.join(root, 'corpus');
    mkdirSync(path.join(dir, 'b'), { recursive: true });
    mkdirSync(path.join(dir, '.hidden'));
    copyFileSync(path.join(CORPUS, '001_be24e1eb1075d265.txt'), path.join(dir, 'b', 'one.txt'));
    copyFileSync(path.join(CORPUS, '001_be24e1eb1075d265.txt'), path.join(dir, 'z-copy.txt'));
    copyFileSync(path.join(CORPUS, '004_8bf833d50ff6660d.txt'), path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([1, 0, 2]));
    writeFileSync(path.join(dir, '.DS_Store'), 'x');
    writeFileSync(path.join(dir, '.hidden', 'h.txt'), 'مخفي');
    const c = await loadCorpus(dir);
    expect(c.pages.map((p) => p.file)).toEqual(['a.txt', 'b/one.txt']);
    expect(c.rejects.map((r) => [r.file, r.reason])).toEqual([['bin.dat', 'binary'], ['empty.txt', 'empty'], ['z-copy.txt', 'duplicate']]);
    expect(c.rejects[2].detail).toContain('b/one.txt');
    const seen = new Set([...c.pages.map((p) => p.file), ...c.rejects.map((r) => r.file)]);
    expect(seen.size).toBe(5); // files seen = pages' distinct files + rejects
    expect(c.metaWarnings).toEqual([]);
  });

  it('applies include/exclude globs and a given metadata CSV, reporting unknown ids', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'khitab-corpus-'));
    const dir = path.join(root, 'pages');
    mkdirSync(path.join(dir, 'x'), { recursive: true });
    copyFileSync(path.join(CORPUS, '003_64b54956efce23e0.txt'), path.join(dir, 'x', 'p3.txt'));
    copyFileSync(path.join(CORPUS, '002_dffa4802db24a670.txt'), path.join(dir, 'p2.txt'));
    writeFileSync(path.join(dir, 'notes.md'), '# notes');
    const metaPath = path.join(root, 'm.csv');
    writeFileSync(metaPath, 'id,file,outlet,crawled\nthree,x/p3.txt,orient_news,2024-03\nghost,ghost.txt,,\n');
    const c = await loadCorpus(dir, { meta: metaPath, include: ['**/*.txt'], exclude: ['p2.*'] });
    expect(c.pages.map((p) => [p.id, p.file])).toEqual([['three', 'x/p3.txt']]);
    expect(c.metaWarnings).toEqual(["m.csv row 2 (line 3): unknown id 'ghost': file 'ghost.txt' is not in the corpus"]);
    const a = splitPage(c.pages[0]);
    expect([a.id, a.outlet, a.outletSource, a.comments.map((x) => x.approxDate)]).toEqual(['three', 'orient_news', 'metadata', ['2023-01', '2023-01']]);
    const none = await loadCorpus(dir, { meta: false });
    expect(none.pages.every((p) => p.meta === null)).toBe(true);
  });
});

describe('splitPage', () => {
  it('detects the outlet and dates comments from the page metadata', async () => {
    const c = await loadCorpus(CORPUS);
    const arts = c.pages.map((p) => splitPage(p));
    expect(arts.map((a) => [a.outlet, a.outletSource])).toEqual([
      ['al_bawsala', 'metadata'], ['orient_news', 'metadata'], ['arab48', 'metadata'], ['orient_news', 'metadata'], [null, null]]);
    expect(arts[1].comments.map((x) => x.approxDate)).toEqual(['2016-12', '2016-12']);
  });
});
