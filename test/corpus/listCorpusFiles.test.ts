import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { globMatcher, listCorpusFiles, walkCorpusFiles } from '../../src/corpus/listCorpusFiles';

describe('listCorpusFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-list-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows links within the corpus, refuses links out of it and lists each real folder once (no endless walk)', () => {
    const root = join(dir, 'corpus');
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(root, 'top.txt'), 'نص');
    writeFileSync(join(root, 'a', 'b', 'deep.txt'), 'نص');
    writeFileSync(join(dir, 'elsewhere', 'out.txt'), 'نص');
    writeFileSync(join(dir, 'secret.txt'), 'نص');
    symlinkSync('..', join(root, 'a', 'b', 'up')); // back to a: a cycle
    symlinkSync(root, join(root, 'a', 'root')); // back to the root: a cycle
    symlinkSync(join(root, 'a', 'b'), join(root, 'c')); // within the corpus, to a folder listed as a/b/
    symlinkSync(join(root, 'top.txt'), join(root, 'top-link.txt')); // within: followed (then deduplicated as content)
    symlinkSync(join(dir, 'elsewhere'), join(root, 'linked')); // outside
    symlinkSync(join(dir, 'elsewhere'), join(root, 'a', 'linked-again')); // outside, the same folder
    symlinkSync(join(dir, 'secret.txt'), join(root, 'secret.txt')); // outside, a file
    const refused: string[] = [];
    const onRefusedLink = (r: { file: string; reason: string; detail: string }) => refused.push(`${r.file} ${r.reason}: ${r.detail.replace(dir, 'DIR')}`);
    expect(listCorpusFiles(root, { onRefusedLink })).toEqual(['a/b/deep.txt', 'top-link.txt', 'top.txt']);
    expect(refused).toEqual([
      'a/b/up/ duplicate: a link back to a/, which holds it',
      'a/linked-again/ link_refused: a link to DIR/elsewhere, outside the corpus folder (--follow-outside follows it)',
      'a/root/ duplicate: a link back to the corpus folder, which holds it',
      'c/ duplicate: a link to the folder read as a/b/',
      'linked/ link_refused: a link to DIR/elsewhere, outside the corpus folder (--follow-outside follows it)',
      'secret.txt link_refused: a link to DIR/secret.txt, outside the corpus folder (--follow-outside follows it)',
    ]);
    refused.length = 0;
    expect(listCorpusFiles(root, { followOutside: true, onRefusedLink })).toEqual(['a/b/deep.txt', 'a/linked-again/out.txt', 'secret.txt', 'top-link.txt', 'top.txt']);
    expect(refused.filter((r) => r.startsWith('linked/'))).toEqual(['linked/ duplicate: a link to the folder read as a/linked-again/']);
  });

  it('reads each real folder once through 10 levels of two links each (not 2^10 times)', () => {
    const root = join(dir, 'chain');
    for (let i = 0; i <= 10; i++) mkdirSync(join(root, `d${i}`), { recursive: true });
    writeFileSync(join(root, 'd10', 'page.txt'), 'نص');
    for (let i = 0; i < 10; i++) for (const l of ['x', 'y']) symlinkSync(join(root, `d${i + 1}`), join(root, `d${i}`, l));
    const refused: string[] = [];
    const files = listCorpusFiles(root, { onRefusedLink: (r) => refused.push(r.file) });
    expect(files).toEqual(['d0/x/x/x/x/x/x/x/x/x/x/page.txt']);
    // Each of the 11 folders is listed once; the 20 links and the real paths d1/…d10/ that the walk reaches a second time are refused.
    expect(refused).toHaveLength(20);
  });
});

describe('walkCorpusFiles', () => {
  // Names whose order depends on code units and on the '/' that follows a folder's name.
  const name = fc.constantFrom('a', 'a-b', 'a.b', 'a0', 'a b', 'A', 'ab', 'b', 'é', 'ب', 'ب١', '\u{1F600}', 'z', 'a~');
  type Tree = { [k: string]: Tree | null };
  const tree = fc.letrec((tie) => ({
    node: fc.dictionary(name, fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant(null), tie('node')), { maxKeys: 5 }),
  })).node as fc.Arbitrary<Tree>;

  it('yields the paths of listCorpusFiles in the order of sorting the whole list, folder by folder, on random trees', () => {
    const base = mkdtempSync(join(tmpdir(), 'khitab-walk-'));
    let n = 0;
    fc.assert(fc.property(tree, (t) => {
      const root = join(base, String(n++));
      const make = (dir: string, node: Tree) => {
        mkdirSync(dir, { recursive: true });
        for (const [k, v] of Object.entries(node)) {
          if (v === null) writeFileSync(join(dir, k), k);
          else make(join(dir, k), v);
        }
      };
      make(root, t);
      const walked = [...walkCorpusFiles(root, { meta: false })];
      expect(walked).toEqual([...walked].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(listCorpusFiles(root, { meta: false })).toEqual(walked);
      // Every file is there once.
      const count = (node: Tree): number => Object.values(node).reduce((s: number, v) => s + (v === null ? 1 : count(v)), 0);
      expect(new Set(walked).size).toBe(count(t));
    }), { numRuns: 150 });
    rmSync(base, { recursive: true, force: true });
  });

  it('reads a folder only when the walk reaches it', () => {
    const root = mkdtempSync(join(tmpdir(), 'khitab-walk-lazy-'));
    mkdirSync(join(root, 'a'));
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'a', '1.txt'), 'x');
    writeFileSync(join(root, 'b', '2.txt'), 'x');
    const walk = walkCorpusFiles(root, { meta: false });
    expect(walk.next().value).toBe('a/1.txt');
    writeFileSync(join(root, 'b', '3.txt'), 'x'); // added after the walk started, before it reached b/
    expect([...walk]).toEqual(['b/2.txt', 'b/3.txt']);
    rmSync(root, { recursive: true, force: true });
  });

  it('hands a folder it cannot read to onUnreadableFolder and goes on, or throws naming it (here: removed before the walk reached it)', () => {
    const make = () => {
      const root = mkdtempSync(join(tmpdir(), 'khitab-walk-gone-'));
      for (const d of ['a', 'b', 'c']) { mkdirSync(join(root, d)); writeFileSync(join(root, d, `${d}.txt`), 'x'); }
      return root;
    };
    const root = make();
    const seen: string[] = [];
    const walk = walkCorpusFiles(root, { meta: false, onUnreadableFolder: (folder, e) => seen.push(`${folder} ${e.code}`) });
    expect(walk.next().value).toBe('a/a.txt');
    rmSync(join(root, 'b'), { recursive: true });
    expect([...walk]).toEqual(['c/c.txt']);
    expect(seen).toEqual(['b/ ENOENT']);
    const again = make();
    const strict = walkCorpusFiles(again, { meta: false });
    strict.next();
    rmSync(join(again, 'b'), { recursive: true });
    expect(() => [...strict]).toThrow(/cannot read the corpus folder b\/: ENOENT/);
    expect(() => [...walkCorpusFiles(join(again, 'nope'))]).toThrow(/cannot read the corpus folder .*nope: ENOENT/);
  });
});

describe('globMatcher', () => {
  interface Case { glob: string; path: string; expected: boolean; note: string }
  const cases = parse(readFileSync(join(__dirname, 'cases/globs.yaml'), 'utf8')) as Case[];
  it.each(cases.map((c) => [c.glob, c.path, c.expected, c.note] as const))('globMatcher(%j)(%j) is %s: %s', (glob, path, expected) => {
    expect(globMatcher(glob)(path)).toBe(expected);
  });
});
