/**
 * The temporary folder a streaming run (`analyzeStream`) keeps inside its output folder:
 * `<out>/.khitab-tmp-<pid>`, holding the spill files, the Parquet staging files and the tables
 * until they are complete. A run removes it when it ends, also when it fails or is stopped; a run
 * that was killed outright (`kill -9`, a second Ctrl-C, a crash of the machine) cannot, so the next
 * run into the same folder removes the folders whose process no longer runs.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Name prefix of a run's temporary folder; the process id follows. */
export const TEMP_FOLDER_PREFIX = '.khitab-tmp-';

/**
 * The temporary folder of the run of process `pid` into the output folder `dir`.
 * @example tempFolderOf('/data/out', 4242) // '/data/out/.khitab-tmp-4242'
 */
export function tempFolderOf(dir: string, pid: number = process.pid): string {
  return join(dir, `${TEMP_FOLDER_PREFIX}${pid}`);
}

/**
 * Whether a process with this id runs on this machine (signal 0 probes without signalling: no
 * such process is `ESRCH`; one of another user is `EPERM`, and runs).
 * @example processRuns(process.pid) // true
 */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary folders in `dir` left by runs whose process no longer runs, and returns
 * their paths (sorted). Folders of running processes, this one's included, are kept; a missing
 * `dir` has none.
 * @example removeStaleTempFolders('outputs') // ['/…/outputs/.khitab-tmp-31337'] after a killed run
 */
export function removeStaleTempFolders(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(TEMP_FOLDER_PREFIX)) continue;
    const digits = name.slice(TEMP_FOLDER_PREFIX.length);
    if (!/^[1-9]\d*$/.test(digits)) continue;
    const pid = Number(digits);
    if (pid === process.pid || processRuns(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(join(dir, name));
  }
  return removed;
}
