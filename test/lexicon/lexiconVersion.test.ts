import { describe, expect, it } from 'vitest';
import { lexiconFilesVersion } from '../../src/lexicon/lexiconVersion';

describe('lexiconFilesVersion', () => {
  it('names each file by its stem and declared version, else the first 12 hex digits of its hash', () => {
    expect(lexiconFilesVersion([
      { path: '/x/data/lexicons/codebook.yaml', sha256: 'a'.repeat(64), version: '2024.3' },
      { path: 'mine.dic', sha256: '0123456789abcdef'.repeat(4), version: null },
    ])).toBe('codebook@2024.3+mine@0123456789ab');
  });
});
