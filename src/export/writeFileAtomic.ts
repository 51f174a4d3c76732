import * as fs from 'fs';
import * as path from 'path';

/**
 * Writes a file so that readers never see it half-written: the content goes to a
 * temporary sibling (`.<name>.tmp-<pid>`), is flushed to disk, then renamed over the
 * target (rename is atomic within one file system). On error the temporary file is removed.
 *
 * @example
 * writeFileAtomic('/tmp/out/articles.csv', 'id\n'); // '/tmp/out/articles.csv'
 */
export function writeFileAtomic(target: string, content: string): string {
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.tmp-${process.pid}`);
  try {
    writeFileSynced(tmp, content, 'w');
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  return target;
}

/**
 * Writes UTF-8 text to a file and flushes it to disk (fsync) before closing, so a later rename
 * publishes complete bytes. `flag` as `fs.openSync` (`'wx'` refuses an existing file).
 * @example writeFileSynced('/tmp/out/.tmp/a.csv', 'id\n', 'wx')
 */
export function writeFileSynced(file: string, content: string, flag: 'w' | 'wx'): void {
  const fd = fs.openSync(file, flag);
  try {
    fs.writeFileSync(fd, content, 'utf8');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
