import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCorpusFiles, streamCorpus, streamCorpusJobs, type CorpusItem, type CorpusJob, type StreamCorpusOptions } from '../../src/corpus/streamCorpus';

const SEEDS = resolve(__dirname, '../../data/corpus');
const SEED_000 = readFileSync(join(SEEDS, '000_be8fd5d588858933.txt'));

async function collect(root: string, options: StreamCorpusOptions = {}): Promise<CorpusItem[]> {
  const out: CorpusItem[] = [];
  for await (const item of streamCorpus(root, options)) out.push(item);
  return out;
}

const label = (i: CorpusItem): string => (i.kind === 'page' ? `page ${i.page.file}` : `reject ${i.reject.file} ${i.reject.reason}`);

describe('streamCorpus', () => {
  let root: string;
  beforeAll(() => {
    // Hand-built folder: 8 visible files (+1 dot-file) in nested folders.
    root = mkdtempSync(join(tmpdir(), 'khitab-stream-'));
    mkdirSync(join(root, 'corpus/a/b'), { recursive: true });
    mkdirSync(join(root, 'corpus/.hidden'));
    const c = join(root, 'corpus');
    writeFileSync(join(c, 'a/b/deep.txt'), 'خبر عميق في مجلد فرعي\n');
    writeFileSync(join(c, 'a-c.txt'), 'خبر بعنوان قصير\n');
    writeFileSync(join(c, 'a/first.txt'), SEED_000);
    writeFileSync(join(c, 'copy.txt'), SEED_000); // duplicate of a/first.txt
    writeFileSync(join(c, 'empty.txt'), '');
    writeFileSync(join(c, 'bin.dat'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x00, 0x00]));
    writeFileSync(join(c, 'export.jsonl'), [
      '{"id":"r1","outlet":"orient_news","text":"نص الأول"}',
      '',
      '{"id":"r2","text":"نص الثاني"}',
      '{bad json',
      '{"text":"بلا معرف"}',
    ].join('\n') + '\n');
    writeFileSync(join(c, 'notes.md'), 'ملاحظات الباحث\n');
    writeFileSync(join(c, '.hidden/secret.txt'), 'مخفي\n');
    writeFileSync(join(c, '.dotfile'), 'مخفي\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lists files recursively in code-unit order of their paths, without dot-files', () => {
    // '-' (U+002D) sorts before '/' (U+002F), so a-c.txt precedes a/….
    expect(listCorpusFiles(join(root, 'corpus'))).toEqual([
      'a-c.txt', 'a/b/deep.txt', 'a/first.txt', 'bin.dat', 'copy.txt', 'empty.txt', 'export.jsonl', 'notes.md',
    ]);
  });

  it('yields every file exactly once as pages or rejects, in stable order', async () => {
    const items = await collect(join(root, 'corpus'), { meta: false });
    expect(items.map(label)).toEqual([
      'page a-c.txt',
      'page a/b/deep.txt',
      'page a/first.txt',
      'reject bin.dat binary',
      'reject copy.txt duplicate',
      'reject empty.txt empty',
      'page export.jsonl#1',
      'page export.jsonl#3',
      'reject export.jsonl#4 bad_record',
      'page export.jsonl#5',
      'page notes.md',
    ]);
    const files = new Set(items.map((i) => (i.kind === 'page' ? i.page.file : i.reject.file).replace(/#\d+$/, '')));
    expect([...files]).toEqual(listCorpusFiles(join(root, 'corpus')));
    expect(await collect(join(root, 'corpus'), { meta: false })).toEqual(items);
  });

  it('reads JSON-lines records with their ids and metadata', async () => {
    const pages = (await collect(join(root, 'corpus'), { meta: false, include: ['*.jsonl'] }))
      .flatMap((i) => (i.kind === 'page' ? [i.page] : []));
    expect(pages.map((p) => [p.id, p.meta?.outlet ?? null, p.text])).toEqual([
      ['r1', 'orient_news', 'نص الأول'],
      ['r2', null, 'نص الثاني'],
      ['export#5', null, 'بلا معرف'],
    ]);
    expect(pages[0].bytes).toBe(Buffer.byteLength('{"id":"r1","outlet":"orient_news","text":"نص الأول"}'));
  });

  it('reads a windows-1256 JSON-lines file whole, its encoding detected', async () => {
    const d = join(root, 'cp1256');
    mkdirSync(d);
    // «سلام» in windows-1256 is D3 E1 C7 E3.
    const cp1256 = Buffer.concat([Buffer.from('{"id":"w1","text":"'), Buffer.from([0xd3, 0xe1, 0xc7, 0xe3]), Buffer.from('"}\n')]);
    writeFileSync(join(d, 'old.jsonl'), cp1256);
    const items = await collect(d, { meta: false });
    expect(items.map((i) => (i.kind === 'page' ? [i.page.id, i.page.text, i.page.encoding] : i.reject))).toEqual([['w1', 'سلام', 'windows-1256']]);
  });

  it('applies include and exclude globs', async () => {
    const inc = await collect(join(root, 'corpus'), { meta: false, include: ['**/*.txt'], exclude: ['copy.txt', 'a/b/**'] });
    expect(inc.map(label)).toEqual(['page a-c.txt', 'page a/first.txt', 'reject empty.txt empty']);
  });

  it('keeps only the selected files (sharding)', async () => {
    const sel = await collect(join(root, 'corpus'), { meta: false, select: (f) => f.startsWith('a/') });
    expect(sel.map(label)).toEqual(['page a/b/deep.txt', 'page a/first.txt']);
  });

  it('attaches data/metadata.csv to the bundled corpus', async () => {
    const items = await collect(SEEDS);
    expect(items.map((i) => (i.kind === 'page' ? i.page.meta?.outlet ?? null : i.reject.reason))).toEqual(['al_bawsala', 'orient_news', 'arab48', 'orient_news', null]);
  });
});

describe('streamCorpusJobs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'khitab-jobs-'));
    // First record longer than the 4 KB sniff, with the 4096th byte inside an Arabic letter.
    const prefix = '{"id":"r1","text":"';
    const pad = 'x'.repeat(4095 - Buffer.byteLength(prefix));
    const long = `${prefix}${pad}${'نص عربي '.repeat(600)}"}`;
    expect(Buffer.from(long).subarray(4095, 4097).toString('utf8')).not.toMatch(/^[\x00-\x7f]/);
    writeFileSync(join(dir, 'records.jsonl'), `${long}\n{"id":"r2","text":"التطبيع مع دمشق"}\n`);
    writeFileSync(join(dir, 'page.txt'), 'عنوان\n\nنص الصفحة\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams a JSON-lines file record by record even when its first record is longer than the sniffed head', async () => {
    const jobs: CorpusJob[] = [];
    for await (const j of streamCorpusJobs(dir)) jobs.push(j);
    expect(jobs.map((j) => (j.kind === 'record' ? `record ${j.lineNo}` : `${j.kind} ${'file' in j ? j.file : ''}`))).toEqual(['file page.txt', 'record 1', 'record 2']);
    const items: CorpusItem[] = [];
    for await (const i of streamCorpus(dir)) items.push(i);
    expect(items.map((i) => (i.kind === 'page' ? i.page.id : i.reject.file))).toEqual(['page', 'r1', 'r2']);
  });
});

describe('streamCorpusJobs, a folder that cannot be read', () => {
  it('rejects the folder as unreadable in its place and goes on (here: removed before the walk reached it), in its shard only', async () => {
    const root = mkdtempSync(join(tmpdir(), 'khitab-jobs-gone-'));
    for (const d of ['a', 'b', 'c']) { mkdirSync(join(root, d)); writeFileSync(join(root, d, 'page.txt'), 'عنوان\n\nنص\n'); }
    const shown: string[] = [];
    for await (const j of streamCorpusJobs(root, { meta: false })) {
      if (shown.length === 0) rmSync(join(root, 'b'), { recursive: true }); // after the first file was listed
      shown.push(j.kind === 'reject' ? `reject ${j.reject.file} ${j.reject.reason}: ${j.reject.detail}` : `${j.kind} ${'file' in j ? j.file : ''}`);
    }
    expect(shown).toEqual(['file a/page.txt', 'reject b/ unreadable: folder: ENOENT; its files could not be listed', 'file c/page.txt']);
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'b', 'page.txt'), 'x');
    const inShard = async (select: (f: string) => boolean) => {
      const out: string[] = [];
      for await (const j of streamCorpusJobs(root, { meta: false, select })) {
        if (out.length === 0) rmSync(join(root, 'b'), { recursive: true, force: true });
        out.push(j.kind === 'reject' ? j.reject.file : 'file' in j ? j.file : '');
      }
      return out;
    };
    expect(await inShard((f) => f.startsWith('a') || f.startsWith('c'))).toEqual(['a/page.txt', 'c/page.txt']);
    rmSync(root, { recursive: true, force: true });
  });
});

describe('streamCorpusJobs maxFileBytes', () => {
  let dir: string;
  // Bytes: the long record is over 100, the short one and the small page under it.
  const longRecord = `{"id":"long","text":"${'نص '.repeat(40)}"}`;
  const shortRecord = '{"id":"short","text":"دمشق"}';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'khitab-max-'));
    writeFileSync(join(dir, 'big.txt'), `عنوان\n\n${'نص الصفحة '.repeat(20)}\n`);
    writeFileSync(join(dir, 'small.txt'), 'عنوان\nنص\n');
    writeFileSync(join(dir, 'records.jsonl'), `${shortRecord}\n${longRecord}\n${shortRecord.replace('short', 'short2')}\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects files and records over the limit as too_large, with their size, and passes the rest on', async () => {
    const jobs: CorpusJob[] = [];
    for await (const j of streamCorpusJobs(dir, { maxFileBytes: 100 })) jobs.push(j);
    const shown = jobs.map((j) => (j.kind === 'reject' ? `reject ${j.reject.file}: ${j.reject.detail}` : j.kind === 'record' ? `record ${j.lineNo}` : `${j.kind} ${'file' in j ? j.file : ''}`));
    const big = Buffer.byteLength(readFileSync(join(dir, 'big.txt')));
    expect(shown).toEqual([
      `reject big.txt: the file has ${big} bytes; the limit is 100 (maxFileBytes, khitab analyze --max-file-mb)`,
      'record 1',
      `reject records.jsonl#2: the record on line 2 has ${Buffer.byteLength(longRecord)} bytes; the limit is 100 (maxFileBytes, khitab analyze --max-file-mb)`,
      'record 3',
      'file small.txt',
    ]);
    expect(jobs.filter((j) => j.kind === 'reject').map((j) => (j as Extract<CorpusJob, { kind: 'reject' }>).reject.reason)).toEqual(['too_large', 'too_large']);
    // The in-thread stream applies the same limit.
    expect((await collect(dir, { maxFileBytes: 100 })).map(label)).toEqual(['reject big.txt too_large', 'page records.jsonl#1', 'reject records.jsonl#2 too_large', 'page records.jsonl#3', 'page small.txt']);
    // Without a limit below their size, all pass.
    expect((await collect(dir)).map(label)).toEqual(['page big.txt', 'page records.jsonl#1', 'page records.jsonl#2', 'page records.jsonl#3', 'page small.txt']);
  });

  it('refuses a limit that is not positive', async () => {
    await expect(collect(dir, { maxFileBytes: 0 })).rejects.toThrow(/maxFileBytes must be positive, got 0/);
  });
});
