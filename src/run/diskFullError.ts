/**
 * A clearer error for a run that fills its output disk. Node's own message ("ENOSPC: no space left
 * on device, write") names neither the folder nor what takes the space; a researcher who sees it
 * after an hour needs both, and what to do.
 */
import { TEMP_FOLDER_PREFIX } from './tempFolder';

/**
 * `e` itself, unless it is a no-space error (`code === 'ENOSPC'`): then an error that names the
 * output folder, how far the run got and what takes the space, with the original message at the
 * end, the same `code`, and `e` as its `cause`.
 * @example diskFullError(Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'}), '/data/out', 1200, 3.2e9).message
 * // 'no space left on the disk of /data/out after 1,200 pages (3,200 MB of input): …'
 */
export function diskFullError(e: unknown, out: string, pages: number, bytes: number): unknown {
  if (!(e instanceof Error) || (e as NodeJS.ErrnoException).code !== 'ENOSPC') return e;
  const mb = Math.round(bytes / 1e6).toLocaleString('en-US');
  const err: NodeJS.ErrnoException = new Error(
    `no space left on the disk of ${out} after ${pages.toLocaleString('en-US')} pages (${mb} MB of input): `
    + `the row tables and their temporary files (in a ${TEMP_FOLDER_PREFIX}* folder there, removed now) take about `
    + '2.5 bytes per byte of input on a corpus as dense in markers as the bundled one, and --format parquet needs '
    + 'as much again while it converts. Free space there, choose --out on a larger disk, or analyze the corpus in '
    + `shards (--shard i/n). (${e.message})`,
    { cause: e },
  );
  err.code = 'ENOSPC';
  return err;
}
