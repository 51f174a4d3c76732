import { openSync, writeSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diskFullError } from '../../src/run/diskFullError';

/** The error Node raises when a write finds the disk full (/dev/full always is). */
function realNoSpaceError(): Error {
  const fd = openSync('/dev/full', 'w');
  try {
    writeSync(fd, Buffer.from('x'));
  } catch (e) {
    return e as Error;
  } finally {
    closeSync(fd);
  }
  throw new Error('writing to /dev/full did not fail');
}

describe('diskFullError', () => {
  it('names the output folder, the progress, what takes the space and what to do, for a real ENOSPC', () => {
    const e = realNoSpaceError();
    const out = diskFullError(e, '/data/out', 1200, 3.2e9) as NodeJS.ErrnoException;
    expect(out).not.toBe(e);
    expect(out.code).toBe('ENOSPC');
    expect(out.cause).toBe(e);
    expect(out.message).toMatch(/^no space left on the disk of \/data\/out after 1,200 pages \(3,200 MB of input\)/);
    expect(out.message).toMatch(/2\.5 bytes per byte of input/);
    expect(out.message).toMatch(/--out on a larger disk/);
    expect(out.message).toMatch(/--shard i\/n/);
    expect(out.message).toContain(e.message);
  });

  it('returns any other error, or a thrown non-error, unchanged', () => {
    const other = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(diskFullError(other, '/o', 1, 1)).toBe(other);
    expect(diskFullError('text', '/o', 1, 1)).toBe('text');
    expect(diskFullError(null, '/o', 1, 1)).toBeNull();
  });
});
