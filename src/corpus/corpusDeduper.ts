/**
 * Duplicate files in a corpus stream: the first file of each content is kept, later ones are
 * rejected, with a key per kept file small enough for millions of files.
 */
import { createHash } from 'node:crypto';
import { DigestMap } from './digestMap';
import { NameStore } from './nameStore';
import type { Reject } from './types';

/**
 * Remembers which file first had each content, in stream order: later files with the same content
 * are rejected as `duplicate` (as `loadCorpus` does).
 * @example
 * const d = new CorpusDeduper();
 * d.duplicateOf('a.txt', 'k', 'ab12…') // null (kept)
 * d.duplicateOf('b.txt', 'k', 'ab12…') // {file: 'b.txt', reason: 'duplicate', detail: 'same content (sha256 ab12…) as a.txt, which is kept'}
 */
export class CorpusDeduper {
  /** The name (in `files`) of the first file of each content, by the 33 bytes of its `compactKey`. */
  private readonly kept = new DigestMap();
  /** Files kept, in the order met, compactly. */
  private readonly files = new NameStore();

  /** The duplicate reject of a file whose key was seen, else null (and the key is remembered). */
  duplicateOf(file: string, key: string, sha: string): Reject | null {
    const { tag, digest } = compactKeyBytes(key);
    const first = this.kept.get(tag, digest);
    if (first !== undefined) return { file, reason: 'duplicate', detail: `same content (sha256 ${sha.slice(0, 12)}…) as ${this.files.get(first)}, which is kept` };
    this.kept.set(tag, digest, this.files.add(file));
    return null;
  }
}

/** `compactKey` as a tag byte (1 for a decoded hash, 2 for a hashed key) and 32 bytes. */
function compactKeyBytes(key: string): { tag: number; digest: Uint8Array } {
  if (HEX64.test(key)) return { tag: 1, digest: Buffer.from(key, 'hex') };
  return { tag: 2, digest: createHash('sha256').update(key).digest() };
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * A dedupe key in 33 one-byte characters instead of 64 or more: a single SHA-256 (one page's
 * hash, the usual key) as its 32 bytes, any other key as the 32 bytes of its own SHA-256, each
 * behind a different first character. Equal keys give equal compact keys; different keys collide
 * only if SHA-256 does. Why: the deduper keeps one key per file, for the whole run.
 * @example compactKey('ab'.repeat(32)).length // 33
 */
export function compactKey(key: string): string {
  const { tag, digest } = compactKeyBytes(key);
  return `${tag === 1 ? 'h' : 'd'}${Buffer.from(digest).toString('latin1')}`;
}
