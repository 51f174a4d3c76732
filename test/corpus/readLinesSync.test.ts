import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLinesSync } from '../../src/corpus/readLinesSync';

describe('readLinesSync', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-lines-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['LF with trailing newline', 'أ\nبب\nججج\n', ['أ', 'بب', 'ججج']],
    ['CRLF, no trailing newline', 'سطر أول\r\nسطر ثان\r\nأخير', ['سطر أول', 'سطر ثان', 'أخير']],
    ['blank lines kept', 'a\n\n\nb\n', ['a', '', '', 'b']],
    ['a line longer than the chunk, multi-byte letters across chunk ends', `${'نظام'.repeat(40)}\nx`, ['نظام'.repeat(40), 'x']],
    ['empty file', '', []],
  ])('%s', (_, text, expected) => {
    const f = join(dir, 'f.jsonl');
    writeFileSync(f, text);
    expect([...readLinesSync(f, 7)]).toEqual(expected);
    expect([...readLinesSync(f)]).toEqual(expected);
  });
});
