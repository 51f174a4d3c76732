/**
 * SHA-256 of a file's bytes, read as a stream in chunks, so memory stays constant whatever the
 * file's size. One helper for the corpus (a large JSON-lines file's digest for the duplicate check)
 * and for run/ (the digest of a written table in its sidecar).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/**
 * The hex SHA-256 of a file, read in chunks (constant memory).
 * @example await sha256OfFile('outputs/hits.parquet') // '9f2c…' (64 hex digits)
 */
export function sha256OfFile(path: string): Promise<string> {
  return new Promise((res, rej) => {
    const h = createHash('sha256');
    createReadStream(path).on('data', (c) => h.update(c)).on('error', rej).on('end', () => res(h.digest('hex')));
  });
}
