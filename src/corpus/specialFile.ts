/**
 * Files a corpus cannot be made of: a named pipe (FIFO), a device or a socket found in a corpus
 * folder (directly, or through a symbolic link such as `zero.txt -> /dev/zero`). They are rejected
 * `unreadable`, unread: opening a FIFO for reading waits for a writer (the run would hang), and a
 * device such as /dev/zero never ends.
 */
import { statSync, type Stats } from 'node:fs';
import type { Reject } from './types';

/**
 * What a file is when it is not a regular file, else null.
 * @example specialFileKind(statSync('/dev/zero')) // 'a character device'
 * @example specialFileKind(statSync('data/corpus/000_be8fd5d588858933.txt')) // null
 */
export function specialFileKind(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a folder';
  return 'not a file';
}

/**
 * `specialFileKind` of the file a path leads to (links followed); null when it is a regular file or
 * cannot be examined (the reader then reports why it cannot read it).
 * @example specialFileAt('/dev/null') // 'a character device'
 */
export function specialFileAt(path: string): string | null {
  try {
    return specialFileKind(statSync(path));
  } catch {
    return null;
  }
}

/**
 * The reject of a special file.
 * @example notRegularFile('pipe.txt', 'a named pipe (FIFO)').detail // 'not a regular file: a named pipe (FIFO)'
 */
export function notRegularFile(file: string, kind: string): Reject {
  return { file, reason: 'unreadable', detail: `not a regular file: ${kind}` };
}
