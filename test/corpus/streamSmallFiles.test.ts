import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamCorpus } from '../../src/corpus/streamCorpus';
import { readInput } from '../../src/corpus/readInput';
import { loadCorpus } from '../../src/corpus/loadCorpus';

describe('readInput', () => {
  it('uses bytes already read instead of reading the file again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-ri-'));
    const f = join(dir, 'a.txt');
    writeFileSync(f, 'نص على القرص');
    const fromDisk = readInput(f, 'a.txt');
    const given = readInput(f, 'a.txt', { bytes: readFileSync(f) });
    expect(given).toEqual(fromDisk);
    // The given bytes win (the file is not read): a different text proves it.
    expect(readInput(f, 'a.txt', { bytes: Buffer.from('نص آخر') }).pages[0].text).toBe('نص آخر');
    expect(readInput(f, 'a.txt', { bytes: Buffer.from('abc'), maxBytes: 2 }).rejects[0].reason).toBe('too_large');
  });
});

describe('streamCorpus', () => {
  it('yields the same pages as loadCorpus for text, JSON lines with leading space, and a BOM-led JSON-lines file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-sc-'));
    writeFileSync(join(dir, 'a.txt'), 'عنوان\n\nنص.\n');
    writeFileSync(join(dir, 'b.json'), '\n  {"id":"r1","text":"سطر"}\n{"id":"r2","text":"آخر"}\n');
    writeFileSync(join(dir, 'c.txt'), '\uFEFF{"id":"r3","text":"ثالث"}\n');
    writeFileSync(join(dir, 'd.txt'), '{ليس JSON}\n');
    const streamed: string[] = [];
    for await (const item of streamCorpus(dir, { meta: false })) streamed.push(item.kind === 'page' ? `${item.page.id}:${item.page.text}` : `reject:${item.reject.file}`);
    const loaded = await loadCorpus(dir, { meta: false });
    expect(streamed.filter((s) => !s.startsWith('reject:'))).toEqual(loaded.pages.map((p) => `${p.id}:${p.text}`));
    expect(streamed.filter((s) => s.startsWith('reject:'))).toEqual(loaded.rejects.map((r) => `reject:${r.file}`));
    expect(streamed).toContain('r1:سطر');
    expect(streamed).toContain('r3:ثالث');
  });
});
