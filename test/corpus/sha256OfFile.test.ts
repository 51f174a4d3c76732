import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256OfFile } from '../../src/corpus/sha256OfFile';

describe('sha256OfFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-sha-'));
  // Reference digests: FIPS 180-2 appendix B.1 ("abc") and the empty message (e.g. `printf '' | sha256sum`).
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes a file holding %j like the reference', async (text, hex) => {
    const f = join(dir, `f${text.length}`);
    writeFileSync(f, text);
    expect(await sha256OfFile(f)).toBe(hex);
  });

  it('rejects a missing file', async () => {
    await expect(sha256OfFile(join(dir, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});
