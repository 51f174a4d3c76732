// Run and output classes of the adversarial pass (issue 20), each with its fixture built here:
// `khitab analyze` in this process on a small corpus, checking the outcome the README promises and
// that every input is a row of articles.csv or rejects.csv. Slow ones (child processes, signals,
// Chromium) are in runClasses.long.test.ts; classes tested elsewhere are listed in the closing note.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TABLE_FILES } from '../../src/tables/columns';
import { analyze, corpusOf, tableRows, unaccounted } from './accounting';
import { makeReadOnly } from './readOnly';

const SEEDS = resolve(__dirname, '../../data/corpus');
const seed = (n: number): string => readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[n]), 'utf8');
const quick = ['--workers', '1', '--resamples', '20', '--no-notebooks'];
const made: string[] = [];
const fixture = (prefix: string, files: Record<string, string | Buffer>) => {
  const f = corpusOf(prefix, files);
  made.push(f.dir);
  return f;
};
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

/** Cell starts a spreadsheet reads as a formula, look-alikes included (README, CSV tables). */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]/;

describe('run classes: khitab analyze', () => {
  it('CSV injection: no cell of any table starts a formula, look-alikes (＝ ＋ － ＠ −) included', async () => {
    const payloads = ['=HYPERLINK("http://x","اضغط")', '＝1+1', '＠SUM(A1)', '－2+3', '+90 555', '@cmd', '\u2212٣'];
    /** Seed 001 with a line starting with the payload and holding a slogan (a hit whose `pre` cell starts with it). */
    const withLine = (p: string): string => { const l = seed(1).split('\n'); l.splice(8, 0, `${p} لن نصالح مع النظام`); return l.join('\n'); };
    const { dir, corpus } = fixture('inject', {
      // Each payload in a page's line (hits.csv `pre`), and as a JSON-lines record's id and outlet.
      ...Object.fromEntries(payloads.map((p, i) => [`t${i}.txt`, withLine(p)])),
      'r.jsonl': payloads.map((p, i) => JSON.stringify({ id: `${p}${i}`, outlet: p, text: `${p}\n${seed(3)}` })).join('\n') + '\n',
    });
    const out = join(dir, 'out');
    const r = await analyze([corpus, '--out', out, '--no-figures', ...quick]);
    expect(r.code, r.err).toBe(0);
    let cells = 0;
    for (const table of Object.values(TABLE_FILES)) {
      for (const row of tableRows(out, table)) {
        for (const cell of Object.values(row)) {
          cells++;
          // Numbers (−1 polarity, negative G²) are written as numbers; everything else is guarded.
          if (FORMULA.test(cell)) expect(cell, `${table}: ${cell}`).toMatch(/^-(\d+(\.\d+)?(e-?\d+)?|Inf)$/);
        }
      }
    }
    expect(cells).toBeGreaterThan(100);
    const articles = tableRows(out, 'articles');
    const pre = tableRows(out, 'hits').map((h) => h.pre);
    for (const [i, p] of payloads.entries()) {
      expect(articles.map((a) => a.id)).toContain(`'${p}${i}`);
      expect(articles.map((a) => a.outlet)).toContain(`'${p}`);
      expect(pre.some((x) => x.startsWith(`'${p} `)), p).toBe(true);
    }
    expect(unaccounted(out, { ...Object.fromEntries(payloads.map((_, i) => [`t${i}.txt`, 1])), 'r.jsonl': payloads.length })).toEqual([]);
  });

  it('read-only --out: exit 1 with one line naming the folder, nothing written', async (ctx) => {
    const { dir } = fixture('ro-out', {});
    const out = join(dir, 'out');
    mkdirSync(out);
    const undo = makeReadOnly(out);
    if (!undo) { ctx.skip(); return; }
    try {
      const r = await analyze([SEEDS, '--out', out, '--no-figures', ...quick]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^khitab analyze: E(ACCES|PERM)\b.*out/);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
      expect(readdirSync(out)).toEqual([]);
    } finally {
      undo();
    }
  });

  it('read-only figures/: exit 4, one figures line saying so, figures/ as it was, tables complete', async (ctx) => {
    const { dir } = fixture('ro-figs', {});
    const out = join(dir, 'out');
    const figures = join(out, 'figures');
    mkdirSync(figures, { recursive: true });
    writeFileSync(join(figures, 'naming-shares.svg'), 'previous run');
    const undo = makeReadOnly(figures);
    if (!undo) { ctx.skip(); return; }
    const chromium = process.env.KHITAB_CHROMIUM;
    process.env.KHITAB_CHROMIUM = '/nonexistent/chromium'; // HTML figures only: fast
    try {
      const r = await analyze([SEEDS, '--out', out, ...quick]);
      expect(r.code, r.err).toBe(4);
      expect(r.out).toMatch(/ {2}figures: FAILED: cannot write .*figures \(E(ACCES|PERM): not writable\); it is left as it was\. The tables are complete\n/);
      expect(`${r.out}${r.err}`).not.toMatch(/\n\s+at /);
      expect(readdirSync(figures)).toEqual(['naming-shares.svg']);
      expect(readdirSync(out).filter((f) => f.startsWith('.khitab-tmp-'))).toEqual([]);
      expect(unaccounted(out, Object.fromEntries(readdirSync(SEEDS).map((f) => [f, 1])))).toEqual([]);
    } finally {
      undo();
      if (chromium === undefined) delete process.env.KHITAB_CHROMIUM; else process.env.KHITAB_CHROMIUM = chromium;
    }
  });

  it.each(['5/4', '0/2', '1/0', '1/2/3', '-1/2'])('bad --shard %s: a usage error (exit 2), nothing written', async (shard) => {
    const { dir } = fixture('shard', {});
    const r = await analyze([SEEDS, '--out', join(dir, 'out'), '--shard', shard, '--no-figures', ...quick]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/khitab analyze: --shard (takes i\/n|needs a value)/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('id collisions: sub-folders keep distinct ids; a.txt beside a.html and duplicate JSON-lines ids are warned about, rows told apart by file', async () => {
    const { dir, corpus } = fixture('ids', {
      's1/page.txt': seed(1), 's2/page.txt': seed(3), // both `page` before: now s1/page and s2/page
      'a.txt': seed(0), 'a.html': `<html><body><h1>عنوان</h1><p>${seed(2).split('\n').slice(0, 6).join('</p><p>')}</p></body></html>`,
      'r.jsonl': `${JSON.stringify({ id: 'r1', text: seed(4) })}\n${JSON.stringify({ id: 'r1', text: seed(2) })}\n`,
    });
    const out = join(dir, 'out');
    const r = await analyze([corpus, '--out', out, '--no-figures', ...quick]);
    expect(r.code, r.err).toBe(0);
    const ids = tableRows(out, 'articles').map((a) => [a.id, a.file]);
    expect(ids).toEqual([['a', 'a.html'], ['a', 'a.txt'], ['r1', 'r.jsonl#1'], ['r1', 'r.jsonl#2'], ['s1/page', 's1/page.txt'], ['s2/page', 's2/page.txt']]);
    expect(r.out).toContain('page ids: 2 pages have the id of an earlier page; rows are told apart by their file column:');
    expect(r.out).toContain("page id 'a' of a.txt is also the id of a.html");
    expect(r.out).toContain("page id 'r1' of r.jsonl#2 is also the id of r.jsonl#1");
    // Every comment row leads back to its file, also for the pages that share an id.
    const comments = tableRows(out, 'comments');
    expect(comments.length).toBeGreaterThan(0);
    const pages = new Set(ids.map(([id, file]) => `${id} ${file}`));
    for (const c of comments) expect(pages.has(`${c.articleId} ${c.file}`), `${c.articleId} ${c.file}`).toBe(true);
    expect(unaccounted(out, { 's1/page.txt': 1, 's2/page.txt': 1, 'a.txt': 1, 'a.html': 1, 'r.jsonl': 2 })).toEqual([]);
  });

  it('path-like ids and plotly markup in page text: figure files keep fixed names, labels reach plotly escaped, nothing outside --out', async () => {
    const evil = '../../<a href="https://evil.example/">x</a><b>B</b><br>';
    const { dir, corpus } = fixture('paths', {
      'r.jsonl': [1, 2, 3].map((i) => JSON.stringify({ id: `${evil}${i}`, outlet: `${evil}o${i % 2}`, text: seed(i) })).join('\n') + '\n',
    });
    const out = join(dir, 'out');
    const chromium = process.env.KHITAB_CHROMIUM;
    process.env.KHITAB_CHROMIUM = '/nonexistent/chromium';
    try {
      const r = await analyze([corpus, '--out', out, ...quick]);
      expect(r.code, r.err).toBe(0);
    } finally {
      if (chromium === undefined) delete process.env.KHITAB_CHROMIUM; else process.env.KHITAB_CHROMIUM = chromium;
    }
    expect(readdirSync(dir).sort()).toEqual(['corpus', 'out']);
    const names = readdirSync(join(out, 'figures'));
    for (const n of names) expect(n).toMatch(/^[a-z-]+(-\d+)?\.html$|^figures\.json$|^plotly\.min\.js$/);
    // Keyness charts are numbered; figures.json says which comparison each one is.
    const index = JSON.parse(readFileSync(join(out, 'figures', 'figures.json'), 'utf8')) as { name: string; about?: string }[];
    expect(index.filter((f) => f.name.startsWith('keyness-')).every((f) => f.about?.startsWith('keyness: '))).toBe(true);
    // The figure JSON in each HTML file (script-escaped: & is \u0026) holds the markup as plotly entities only.
    let escaped = 0;
    for (const n of names.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(out, 'figures', n), 'utf8');
      const spec = html.slice(html.lastIndexOf('var f='));
      expect(spec, n).not.toContain('\\u003ca href');
      escaped += spec.split('\\u0026lt;a href=\\"https://evil.example/\\"\\u0026gt;').length - 1;
    }
    expect(escaped).toBeGreaterThan(0);
    expect(unaccounted(out, { 'r.jsonl': 3 })).toEqual([]);
  });
});
