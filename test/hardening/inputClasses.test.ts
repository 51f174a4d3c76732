/**
 * The input classes of the adversarial pass (issue 20), against `khitab analyze` (one worker and the
 * pool), `split`, `markers` and `validate`: every hostile or broken input is analyzed or rejected
 * with a reason, never stops the other files, and files in = articles + rejects.
 * Fixtures are built here (named pipes and symbolic links cannot be committed); the encoded
 * fixtures come from test/fixtures/encodings (made with iconv, see its cases.yaml).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../src/run/analyzeStream';
import { run as runSplit } from '../../src/cli/split';
import { run as runMarkers } from '../../src/cli/markers';
import { run as runValidate } from '../../src/cli/validate';
import { captureRun, type CapturedRun } from '../cli/captureRun';

const ROOT = resolve(__dirname, '../..');
const SEED = join(ROOT, 'data/corpus/000_be8fd5d588858933.txt');
const ENC = join(ROOT, 'test/fixtures/encodings');
const linux = process.platform === 'linux';

const tmp = mkdtempSync(join(tmpdir(), 'khitab-classes-'));
const corpus = join(tmp, 'corpus');
/** The output folder of the main runs: inside the corpus, with a link to it (`res-link`) beside it. */
const out = join(corpus, 'results');
/** Output folders of the other runs. */
const other = join(tmp, 'other');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What each corpus entry must become: `page` (analyzed), or a reject reason. JSON-lines files list their records. */
const EXPECTED: Record<string, string> = {
  'empty.txt': 'empty',
  'whitespace.txt': 'empty',
  'binary.png.txt': 'binary',
  'utf16le.txt': 'page',
  'utf16be-nobom.txt': 'page',
  'cp1256.txt': 'page',
  'iso8859-6.txt': 'page',
  'invalid-utf8.txt': 'page',
  'huge-line.txt': 'page',
  'active.html': 'page',
  'deep.html': 'too_deep',
  'zero-width.txt': 'empty',
  'payloads.jsonl#1': 'page',
  'bad.jsonl#1': 'page',
  'bad.jsonl#2': 'bad_record',
  'bad.jsonl#3': 'bad_record',
  'bad.jsonl#4': 'bad_record',
  'bad.jsonl#5': 'empty',
  '-n.txt': 'page',
  'a b;c.txt': 'page',
  '=1+1.txt': 'page',
  'ملف عربي.txt': 'page',
  'new\nline.txt': 'page',
  'sub/page.txt': 'page',
  ...(linux ? { 'pipe.txt': 'unreadable' } : {}),
  'zero.txt': 'link_refused',
  'outside.txt': 'link_refused',
  'loop/': 'duplicate',
  'res-link/': 'link_refused',
};

/** A page text unlike the others (duplicates are rejected, so each page is its own). */
const page = (n: string) => `عنوان ${n}\nقالت الحكومة التركية في بيان إن المحادثات مع دمشق مستمرة ${n}.\n`;

beforeAll(() => {
  mkdirSync(join(corpus, 'sub'), { recursive: true });
  const w = (name: string, data: string | Uint8Array) => writeFileSync(join(corpus, name), data);
  w('empty.txt', '');
  w('whitespace.txt', ' \r\n\t \n');
  w('binary.png.txt', Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
  w('utf16le.txt', readFileSync(join(ENC, 'utf16le-bom.txt')));
  w('utf16be-nobom.txt', readFileSync(join(ENC, 'utf16be-nobom.txt')));
  w('cp1256.txt', readFileSync(join(ENC, 'cp1256-crlf.txt')));
  w('iso8859-6.txt', readFileSync(join(ENC, 'iso8859-6-crlf.txt')));
  w('invalid-utf8.txt', Buffer.concat([Buffer.from(page('invalid')), Buffer.from([0xff, 0xfe, 0xc3])]));
  w('huge-line.txt', `${'كلمة '.repeat(200_000)}\n`); // 1 MB on one line
  w('active.html', '<html><head><script>window.__x=1</script></head><body><h1>عنوان نشط</h1>'
    + '<p onclick="alert(1)">نص <a href="javascript:alert(1)">رابط</a> <img src=x onerror="alert(2)"></p>'
    + '<iframe src="javascript:alert(3)"></iframe><p>&lt;script&gt;alert(4)&lt;/script&gt;</p></body></html>');
  w('deep.html', `<html><body>${'<div>'.repeat(10_000)}نص عميق${'</div>'.repeat(10_000)}</body></html>`);
  w('zero-width.txt', '\u200f\u200b\u202b\u2067\ufeff\u200d \n\u200e\u2069\u202c\n');
  // Payloads in every field: formulas, markup, a CRLF, a path-like id, bidi overrides.
  w('payloads.jsonl', `${JSON.stringify({
    id: "=cmd|' /C calc'!A0\u202e", outlet: '<script>alert(1)</script>', url: 'javascript:alert(1)', published: '+2023',
    crawled: '@SUM(1)', language: '-ar', text: '=HYPERLINK("http://x","اضغط")\r\nنص <b>عريض</b> ../../etc/passwd',
  })}\n`);
  w('bad.jsonl', [JSON.stringify({ id: 'ok', text: page('jsonl') }), '{bad', '[1,2]', '{"id":5,"text":"x"}', '{"id":"e","text":"  "}'].join('\n'));
  for (const n of ['-n.txt', 'a b;c.txt', '=1+1.txt', 'ملف عربي.txt', 'new\nline.txt', 'sub/page.txt']) w(n, page(n));
  if (linux) execFileSync('mkfifo', [join(corpus, 'pipe.txt')]);
  symlinkSync('/dev/zero', join(corpus, 'zero.txt'));
  writeFileSync(join(tmp, 'secret.txt'), page('secret'));
  symlinkSync(join(tmp, 'secret.txt'), join(corpus, 'outside.txt'));
  symlinkSync('.', join(corpus, 'loop'));
  mkdirSync(out);
  mkdirSync(other);
  symlinkSync('results', join(corpus, 'res-link'));
});

/** The outcome of each corpus entry in a run's articles.csv and rejects.csv (records by `file#line`). */
function outcomes(dir: string, prefix = ''): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const add = (file: string, what: string) => seen.set(file, [...(seen.get(file) ?? []), what]);
  const articles = parse(readFileSync(join(dir, `${prefix}articles.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
  for (const a of articles) add(a.file.replace(/^'(?=[=+\-@])/, ''), 'page');
  const rejects = parse(readFileSync(join(dir, `${prefix}rejects.csv`), 'utf8'), { columns: true }) as Record<string, string>[];
  for (const r of rejects) add(r.file.replace(/^'(?=[=+\-@])/, ''), r.reason);
  return seen;
}

describe('khitab analyze on every input class (analyzeFolder)', () => {
  it.each([1, 2])('analyzes or rejects each file once, with the expected reason, and files in = articles + rejects (%i worker(s))', async (workers) => {
    // Both runs write to results/ inside the corpus: the second one must not read the first one's tables.
    const s = await analyzeFolder(corpus, { out, workers, resamples: 10, meta: false });
    for (const t of ['articles.csv', 'rejects.csv']) copyFileSync(join(out, t), join(other, `${workers}-${t}`));
    const got = outcomes(other, `${workers}-`);
    expect(Object.fromEntries([...got].map(([f, w]) => [f, w.join('+')]))).toEqual(EXPECTED);
    const pages = Object.values(EXPECTED).filter((v) => v === 'page').length;
    expect([s.pages, s.rejects]).toEqual([pages, Object.keys(EXPECTED).length - pages]);
  });

  it('keeps payloads inert: formula cells guarded, markup and scripts as text, never in a table as live markup', () => {
    const csv = readFileSync(join(other, '1-articles.csv'), 'utf8');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    for (const row of rows) for (const cell of Object.values(row)) expect(cell, cell).not.toMatch(/^[=+@\t\r]|^-[^\d]/);
    const active = rows.find((r) => r.file === 'active.html')!;
    expect(active.title).toBe('عنوان نشط');
    expect(csv).not.toContain('window.__x');
    expect(readFileSync(join(other, '1-articles.csv'), 'utf8')).not.toContain('\u202e');
  });

  it('reads what the encodings hold, and says which encoding it took', () => {
    const rows = parse(readFileSync(join(other, '2-articles.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const title = (f: string) => rows.find((r) => r.file === f)?.title;
    for (const f of ['utf16le.txt', 'utf16be-nobom.txt', 'cp1256.txt']) expect(title(f), f).toBe('تركيا والنظام السوري: لن نصالح، قالوا؟ «نعم».');
    expect(title('iso8859-6.txt')).toBe('تركيا والنظام السوري: لن نصالح، قالوا؟');
  });

  it('refuses links out of the corpus and to --out with reasons; --follow-outside reads the outside file', async () => {
    const rejects = parse(readFileSync(join(other, '1-rejects.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const detail = (f: string) => rejects.find((r) => r.file === f)?.detail;
    expect(detail('outside.txt')).toMatch(/outside the corpus folder \(--follow-outside follows it\)$/);
    expect(detail('res-link/')).toMatch(/the output folder of this run/);
    expect(detail('loop/')).toBe('a link back to the corpus folder, which holds it');
    const s = await analyzeFolder(corpus, { out: join(other, 'follow'), workers: 1, resamples: 10, meta: false, followOutside: true, include: ['outside.txt', 'zero.txt'] });
    // zero.txt: a character device, unread. The folder links stay refused whatever --include says: the
    // loop, and results/ (not this run's output now), reached first through res-link/.
    expect([s.pages, s.rejectReasons]).toEqual([1, { unreadable: 1, duplicate: 2 }]);
  });

  it('rejects a file that vanishes between the listing and its reading, and reads the others (1 and 2 workers)', async () => {
    for (const workers of [1, 2]) {
      const s = await analyzeFolder(corpus, { out: join(other, `vanish-${workers}`), workers, resamples: 10, meta: false, files: ['-n.txt', 'gone.txt', 'sub/page.txt'] });
      expect([s.pages, s.rejectReasons]).toEqual([2, { unreadable: 1 }]);
      expect(readFileSync(join(other, `vanish-${workers}`, 'rejects.csv'), 'utf8')).toBe('file,reason,detail\ngone.txt,unreadable,ENOENT\n');
    }
  });
});

/** Runs a command's `run` in this process and collects what it printed. */
function capture(run: (argv: string[]) => Promise<number>, argv: string[]): Promise<CapturedRun> {
  return captureRun(run, argv, { stdout: true });
}

describe('khitab split, markers and validate on deep HTML and special files', () => {
  const small = join(tmp, 'small');
  beforeAll(() => {
    mkdirSync(small);
    copyFileSync(SEED, join(small, '000_be8fd5d588858933.txt'));
    copyFileSync(join(corpus, 'deep.html'), join(small, 'deep.html'));
    copyFileSync(join(corpus, 'zero-width.txt'), join(small, 'zero-width.txt'));
  });

  it('split: a deep page, a named pipe and a link to /dev/zero named on the command line are rejected unread, the seed is split', async () => {
    const files = [SEED, join(corpus, 'deep.html'), join(corpus, 'zero.txt'), ...(linux ? [join(corpus, 'pipe.txt')] : [])];
    const r = await capture(runSplit, ['--json', ...files]);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { id: string }[]).map((p) => p.id)).toEqual(['000_be8fd5d588858933']);
    expect(r.err).toMatch(/deep\.html: too_deep: HTML nests elements more than 512 deep/);
    expect(r.err).toMatch(/zero\.txt: unreadable: not a regular file: a character device/);
    if (linux) expect(r.err).toMatch(/pipe\.txt: unreadable: not a regular file: a named pipe \(FIFO\)/);
  });

  it('split: a folder with a deep page and a zero-width-only file splits the other page', async () => {
    const r = await capture(runSplit, ['--json', small]);
    expect((JSON.parse(r.out) as { id: string }[]).map((p) => p.id)).toEqual(['000_be8fd5d588858933']);
    expect(r.err).toMatch(/deep\.html: too_deep/);
    expect(r.err).toMatch(/zero-width\.txt: empty: file has only invisible marks/);
  });

  it('markers: the same inputs, the seed\'s hits printed', async () => {
    const files = [small, join(corpus, 'zero.txt'), ...(linux ? [join(corpus, 'pipe.txt')] : [])];
    const r = await capture(runMarkers, files);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/# .*000_be8fd5d588858933\.txt \(000_be8fd5d588858933, al_bawsala\): \d+ hits/);
    expect(r.err).toMatch(/deep\.html: too_deep/);
    expect(r.err).toMatch(/zero\.txt: unreadable: not a regular file/);
  });

  it('validate: a corpus folder with a deep page is still validated', async () => {
    const r = await capture(runValidate, ['--gold', join(ROOT, 'data/gold/seeds-coded.csv'), small, '--meta', join(ROOT, 'data/metadata.csv'), '--json']);
    expect(r.code, r.err).toBe(0);
    expect((JSON.parse(r.out) as { n: number }).n).toBeGreaterThan(0);
  });

  it.runIf(linux)('validate and markers refuse a named pipe as --gold or --meta (exit 1, unread)', async () => {
    const v = await capture(runValidate, ['--gold', join(corpus, 'pipe.txt'), small]);
    expect([v.code, v.err]).toEqual([1, expect.stringMatching(/pipe\.txt is not a regular file: a named pipe \(FIFO\)/)]);
    const m = await capture(runMarkers, ['--meta', join(corpus, 'pipe.txt'), SEED]);
    expect(m.code).toBe(1);
  });
});

describe('lexicon attacks (khitab markers --lexicon)', () => {
  it('reports an alias bomb, regular-expression syntax in patterns and a named pipe as problems, quickly, and exits 1', async () => {
    const dir = join(tmp, 'lexicons');
    mkdirSync(dir);
    // A billion laughs: 10^12 strings if every alias were expanded.
    let bomb = 'version: "bomb"\nl0: &l0 ["x","x","x","x","x","x","x","x","x","x"]\n';
    for (let i = 1; i <= 11; i++) bomb += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(',')}]\n`;
    writeFileSync(join(dir, 'bomb.yaml'), `${bomb}markers: *l11\n`);
    writeFileSync(join(dir, 'regex.yaml'), 'version: "re"\nmarkers:\n  - id: re_1\n    category: place_test\n    polarity: 0\n'
      + '    patterns: ["(.*)+$", "موسكو.*"]\n    description: regex syntax\n    examples: ["في موسكو"]\n    source: test\n');
    if (linux) execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const t = performance.now();
    const r = await capture(runMarkers, ['--lexicon', join(dir, 'bomb.yaml'), '--lexicon', join(dir, 'regex.yaml'), ...(linux ? ['--lexicon', join(dir, 'pipe.yaml')] : []), SEED]);
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bomb\.yaml:\d+: /);
    expect(r.err).toMatch(/regex\.yaml:6: marker 're_1': pattern '\(\.\*\)\+\$'/);
    if (linux) expect(r.err).toMatch(/pipe\.yaml:0: cannot read: not a regular file: a named pipe \(FIFO\)/);
  });
});
