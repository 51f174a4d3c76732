import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notRegularFile, specialFileAt, specialFileKind } from '../../src/corpus/specialFile';

describe('specialFileKind', () => {
  it('names what is not a regular file, and gives null for one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-special-'));
    writeFileSync(join(dir, 'page.txt'), 'نص');
    expect(specialFileKind(statSync(join(dir, 'page.txt')))).toBeNull();
    expect(specialFileKind(statSync(dir))).toBe('a folder');
    if (process.platform === 'linux') {
      execFileSync('mkfifo', [join(dir, 'pipe')]);
      expect(specialFileKind(statSync(join(dir, 'pipe')))).toBe('a named pipe (FIFO)');
      expect(specialFileKind(statSync('/dev/zero'))).toBe('a character device');
    }
  });
});

describe('specialFileAt', () => {
  it('follows links, and gives null for a regular file or a path it cannot examine', () => {
    expect(specialFileAt('/dev/null')).toBe('a character device');
    expect(specialFileAt(join(tmpdir(), 'khitab-no-such-file'))).toBeNull();
    expect(specialFileAt(__filename)).toBeNull();
  });
});

describe('notRegularFile', () => {
  it('is an unreadable reject naming the kind', () => {
    expect(notRegularFile('pipe.txt', 'a named pipe (FIFO)')).toEqual({ file: 'pipe.txt', reason: 'unreadable', detail: 'not a regular file: a named pipe (FIFO)' });
  });
});
