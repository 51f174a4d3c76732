import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, looksBinary } from '../../src/corpus/detectFormat';
import { readInput } from '../../src/corpus/readInput';

const FIX = resolve(__dirname, '../fixtures');
const read = (rel: string) => readInput(join(FIX, rel), rel);
const tmp = mkdtempSync(join(tmpdir(), 'khitab-readInput-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readInput', () => {
  it('reads a seed page of the bundled corpus as UTF-8 text with its id from the file name', () => {
    const root = resolve(__dirname, '../../data/corpus');
    const r = readInput(join(root, '001_be24e1eb1075d265.txt'), '001_be24e1eb1075d265.txt');
    expect(r.rejects).toEqual([]);
    expect(r.pages[0]).toMatchObject({ id: '001_be24e1eb1075d265', format: 'text', encoding: 'utf-8', warnings: [] });
    expect(r.pages[0].text.startsWith('لبحث هدنة شاملة بسوريا..أنقرة تستضيف محادثات بين فصائل ثورية وروسيا\n')).toBe(true);
  });

  it.each([
    ['bad/empty.txt', 'empty', 'file has 0 bytes'],
    ['bad/whitespace.txt', 'empty', 'file has only white space'],
    ['bad/image.png.txt', 'binary', 'file contains NUL bytes; not text'],
    ['bad/control.txt', 'binary', 'file is mostly control bytes; not text'],
    ['bad/html-no-text.html', 'empty', 'HTML page has no visible text'],
  ])('rejects %s as %s', (rel, reason, detail) => {
    expect(read(rel)).toEqual({ pages: [], rejects: [{ file: rel, reason, detail }] });
  });

  it.runIf(process.platform === 'linux')('reads a file that does not know its size (fstat says 0) to its end, and rejects it past maxBytes', () => {
    const status = readInput('/proc/self/status', 'status');
    expect(status.pages).toHaveLength(1);
    expect(status.pages[0].text).toMatch(/^Name:/);
    expect(status.pages[0].bytes).toBeGreaterThan(100);
    expect(readInput('/proc/self/status', 'status', { maxBytes: 100 }).rejects).toEqual([
      { file: 'status', reason: 'too_large', detail: 'the file has more than 100 bytes; the limit is 100' },
    ]);
  });

  it('rejects a missing file and a folder as unreadable', () => {
    expect(readInput(join(tmp, 'nope.txt'), 'nope.txt').rejects).toEqual([{ file: 'nope.txt', reason: 'unreadable', detail: 'ENOENT' }]);
    expect(readInput(tmp, 'folder').rejects).toEqual([{ file: 'folder', reason: 'unreadable', detail: 'not a regular file: a folder' }]);
  });

  it('rejects a file over maxBytes as too_large', () => {
    expect(readInput(join(FIX, 'bad/english.txt'), 'english.txt', { maxBytes: 10 }).rejects[0]).toMatchObject({ reason: 'too_large' });
  });

  it('warns when a page has no Arabic letters', () => {
    expect(read('bad/english.txt').pages[0].warnings).toEqual(['no Arabic letters']);
  });

  it('keeps CRLF, LF and lone CR line ends exactly', () => {
    expect(read('bad/mixed-eol.txt').pages[0].text).toBe('سطر أول\r\nسطر ثان\nسطر ثالث\r\rسطر خامس');
  });

  it('counts invalid byte sequences and warns on the page', () => {
    const p = read('encodings/broken-utf8.txt').pages[0];
    expect(p.encoding).toBe('utf-8');
    expect(p.warnings).toEqual(['3 invalid byte sequence(s) replaced by U+FFFD']);
  });

  it('reads UTF-16 (full of NUL bytes) as text, not binary', () => {
    const r = read('encodings/utf16le-bom.txt');
    expect(r.pages[0]).toMatchObject({ encoding: 'utf-16le', format: 'text', text: 'تركيا والنظام السوري: لن نصالح، قالوا؟ «نعم».\n' });
  });

  it('reads Windows-1256 files and reports the encoding', () => {
    expect(read('encodings/cp1256-crlf.txt').pages[0]).toMatchObject({ encoding: 'windows-1256', text: 'تركيا والنظام السوري: لن نصالح، قالوا؟ «نعم».\r\nسطر ثان\r\n' });
  });

  it('reads a saved HTML page with role hints and metadata', () => {
    const r = read('html/wordpress-jannah.html');
    const p = r.pages[0];
    expect(p.format).toBe('html');
    // The id keeps the sub-folder (pageIdOfFile), the metadata id is the page's own.
    expect(p.id).toBe('html/wordpress-jannah');
    expect(p.roleHints?.[0]).toBe('title');
    expect(p.roleHints).toHaveLength(p.text.split('\n').length);
    expect(p.meta).toMatchObject({ id: 'html/wordpress-jannah', file: 'html/wordpress-jannah.html', url: 'https://example-mashreq.net/2023/04/25/moscow-talks/', outlet: null });
  });

  it('reads JSON lines into one page per good record and rejects the bad ones', () => {
    const r = read('bad/records.jsonl');
    expect(r.pages).toHaveLength(5);
    expect(r.rejects).toHaveLength(4);
    expect(r.pages.every((p) => p.file.startsWith('bad/records.jsonl#'))).toBe(true);
  });

  it.runIf(process.platform === 'linux')('rejects a named pipe and a link to /dev/zero unread and without waiting, as the corpus stream does', () => {
    execFileSync('mkfifo', [join(tmp, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(tmp, 'zero.txt'));
    expect(readInput(join(tmp, 'pipe.txt'), 'pipe.txt').rejects).toEqual([{ file: 'pipe.txt', reason: 'unreadable', detail: 'not a regular file: a named pipe (FIFO)' }]);
    expect(readInput(join(tmp, 'zero.txt'), 'zero.txt').rejects).toEqual([{ file: 'zero.txt', reason: 'unreadable', detail: 'not a regular file: a character device' }]);
  });

  it('rejects saved HTML nesting 10,000 divs as too_deep, and reads one nesting 500', () => {
    writeFileSync(join(tmp, 'deep.html'), `<html><body>${'<div>'.repeat(10_000)}سلام${'</div>'.repeat(10_000)}</body></html>`);
    expect(readInput(join(tmp, 'deep.html'), 'deep.html').rejects).toEqual([
      { file: 'deep.html', reason: 'too_deep', detail: expect.stringMatching(/^HTML nests elements more than 512 deep/) },
    ]);
    writeFileSync(join(tmp, 'ok.html'), `<html><body>${'<div>'.repeat(500)}سلام${'</div>'.repeat(500)}</body></html>`);
    expect(readInput(join(tmp, 'ok.html'), 'ok.html').pages[0].text).toBe('سلام');
  });

  it('reads a generated 10 MB single line', () => {
    const path = join(tmp, 'long-line.txt');
    const line = 'تطبيع العلاقات '.repeat(350_000); // 15 chars × 350k = 5.25M chars, ≈ 9.8 MB UTF-8
    writeFileSync(path, line);
    const p = readInput(path, 'long-line.txt').pages[0];
    expect(p.bytes).toBeGreaterThan(9_500_000);
    expect(p.text.length).toBe(5_250_000);
    expect(p.warnings).toEqual([]);
  });

  it('reads a generated 30 MB page of many lines, keeping CRLF', () => {
    const path = join(tmp, 'big.txt');
    const para = 'وقالت وزارة الدفاع التركية إن الاجتماع كان بناء ومثمرا.\r\n';
    writeFileSync(path, para.repeat(300_000));
    const p = readInput(path, 'big.txt').pages[0];
    expect(p.bytes).toBeGreaterThan(30_000_000);
    expect(p.text.length).toBe(para.length * 300_000);
    expect(p.text.endsWith('مثمرا.\r\n')).toBe(true);
  });
});

describe('detectFormat', () => {
  it.each([
    ['<!DOCTYPE html><html lang="ar"><body>نص</body></html>', 'page.txt', 'html', 'doctype wins over a .txt name'],
    ['\uFEFF  \n<html><p>نص</p></html>', 'x', 'html', 'BOM and space before <html>'],
    ['<meta charset="utf-8">\n<head><title>t</title></head>', 'x.dat', 'html', '<head> early'],
    ['<p>نص</p>', 'saved.html', 'html', 'a tag at the start with an .html name (tie broken by extension)'],
    ['<p>نص</p>', 'notes.txt', 'text', 'a tag at the start without an HTML name stays text'],
    ['\n\n{"id":"a","text":"نص"}\n{"id":"b","text":"نص"}', 'export.json', 'jsonl', 'first non-empty line is a record'],
    ['{"id":"a","html":"<p>x</p>"}', 'x.txt', 'jsonl', 'html field counts too'],
    ['{"id":"a","body":"نص"}', 'x.txt', 'text', 'an object without text/html is not a record'],
    ['{bad json', 'dump.jsonl', 'jsonl', 'a .jsonl name breaks the tie when the first line is broken'],
    ['سلام عليكم', 'page.html', 'text', 'Arabic text named .html is text'],
    ['التعليقات <body> في نص', 'a.txt', 'html', 'a <body tag early means HTML'],
  ])('%j named %s → %s (%s)', (input, name, expected) => {
    expect(detectFormat(input, name)).toBe(expected);
    expect(detectFormat(Buffer.from(input), name)).toBe(expected);
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes and control-heavy bytes, not text with tabs and line ends', () => {
    expect(looksBinary(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00))).toBe(true);
    expect(looksBinary(Uint8Array.of(1, 2, 3, 0x61, 0x62, 0x63))).toBe(true);
    expect(looksBinary(Buffer.from('سلام\tعليكم\r\n\f'))).toBe(false);
  });
});
