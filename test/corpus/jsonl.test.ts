import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iterateLines, readJsonLines, readJsonLinesRecord, sanitizeRecordId } from '../../src/corpus/jsonl';

const RECORDS = readFileSync(resolve(__dirname, '../fixtures/bad/records.jsonl'), 'utf8');

describe('readJsonLines', () => {
  const { pages, rejects } = readJsonLines(RECORDS, 'export/records.jsonl');

  it('reads the good records as pages in line order', () => {
    expect(pages.map((p) => [p.id, p.file])).toEqual([
      ['orient-001', 'export/records.jsonl#1'],
      ['../../etc/passwd', 'export/records.jsonl#7'],
      ['html-1', 'export/records.jsonl#8'],
      ['export/records#9', 'export/records.jsonl#9'],
      ['english', 'export/records.jsonl#10'],
    ]);
  });

  it('rejects bad records naming their line, and skips the blank line', () => {
    expect(rejects.map((r) => [r.file, r.reason])).toEqual([
      ['export/records.jsonl#2', 'bad_record'],
      ['export/records.jsonl#3', 'bad_record'],
      ['export/records.jsonl#5', 'bad_record'],
      ['export/records.jsonl#6', 'bad_record'],
    ]);
    expect(rejects[0].detail).toMatch(/^line 2: invalid JSON/);
    expect(rejects[1].detail).toBe('line 3: no string "text" or "html" field');
    expect(rejects[2].detail).toBe('line 5: id is not a string (42)');
    expect(rejects[3].detail).toBe('line 6: not a JSON object');
  });

  it('takes metadata from the record fields and keeps the text with its line ends', () => {
    const p = pages[0];
    expect(p.text).toBe('عنوان الخبر\n\nنص الخبر عن التطبيع.\r\nسطر بنهاية CRLF');
    expect(p.format).toBe('jsonl');
    expect(p.meta).toMatchObject({
      id: 'orient-001', file: 'export/records.jsonl#1', outlet: 'orient_news', url: 'https://example-orient.net/news/1',
      published: '2023-01', crawled: '2024-03', language: null,
    });
    expect(p.roleHints).toBeUndefined();
    expect(p.warnings).toEqual([]);
  });

  it('converts html records like saved pages, record fields winning over page metadata', () => {
    const p = pages[2];
    expect(p.text).toBe('عنوان\nفقرة أولى.\nالتعليقات (1)\nقارئ\nتعليق');
    expect(p.roleHints).toEqual(['title', 'body', 'comment_header', 'comment_author', 'comment_body']);
    expect(p.meta).toMatchObject({ url: 'https://example.org/a', published: '2023-04-25', language: 'ar' });
  });

  it('removes control and bidi-override characters from ids and keeps them as data', () => {
    expect(pages[1].id).toBe('../../etc/passwd');
    expect(pages[1].file).toBe('export/records.jsonl#7');
  });

  it('names a record without id by its file path (no extension) and line, and warns about wrongly typed fields', () => {
    expect(pages[3].warnings).toEqual([
      'line 9: record has no usable id; using export/records#9',
      'line 9: field "outlet" is not a string; ignored',
    ]);
    expect(pages[3].meta.outlet).toBeNull();
  });

  it('warns about a record without Arabic letters', () => {
    expect(pages[4].warnings).toEqual(['no Arabic letters']);
  });

  it('gives each record the SHA-256 and byte length of its own line', () => {
    const line1 = RECORDS.split('\n')[0];
    expect(pages[0].bytes).toBe(Buffer.byteLength(line1));
    // sha256 of the line computed by Node's crypto (an outside reference to the code under test)
    expect(pages[0].sha256).toBe(require('node:crypto').createHash('sha256').update(line1).digest('hex'));
    expect(new Set(pages.map((p) => p.sha256)).size).toBe(pages.length);
  });
});

describe('iterateLines', () => {
  it('yields numbered lines without their line ends', () => {
    expect([...iterateLines('a\r\nb\n\nc')]).toEqual([
      { lineNo: 1, line: 'a' }, { lineNo: 2, line: 'b' }, { lineNo: 3, line: '' }, { lineNo: 4, line: 'c' },
    ]);
    expect([...iterateLines('')]).toEqual([]);
  });
});

describe('sanitizeRecordId', () => {
  it('strips control and bidi characters, collapses spaces and cuts long ids', () => {
    expect(sanitizeRecordId(' a\u0000b\u202ec  d ')).toBe('abc d');
    expect(sanitizeRecordId('x'.repeat(300))).toHaveLength(200);
  });
});

describe('readJsonLinesRecord', () => {
  it('returns a page for a good record and a reject naming the line for a bad one', () => {
    const ok = readJsonLinesRecord('{"id":"a1","text":"سلام"}', 4, 'x.jsonl');
    expect(ok.kind === 'page' && [ok.page.id, ok.page.file, ok.page.text]).toEqual(['a1', 'x.jsonl#4', 'سلام']);
    expect(readJsonLinesRecord('{"id":"a1","text":""}', 5, 'x.jsonl')).toEqual({ kind: 'reject', reject: { file: 'x.jsonl#5', reason: 'empty', detail: 'line 5: record text is empty' } });
    expect(readJsonLinesRecord('{"id":"a1","html":1}', 6, 'x.jsonl')).toEqual({ kind: 'reject', reject: { file: 'x.jsonl#6', reason: 'bad_record', detail: 'line 6: no string "text" or "html" field' } });
  });
});
