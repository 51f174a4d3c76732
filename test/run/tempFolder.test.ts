import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMP_FOLDER_PREFIX, processRuns, removeStaleTempFolders, tempFolderOf } from '../../src/run/tempFolder';

/** The id of a process that has ended (a child run to completion). */
function endedPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('tempFolderOf', () => {
  it('names the folder after the process', () => {
    expect(tempFolderOf('/data/out', 4242)).toBe(join('/data/out', '.khitab-tmp-4242'));
    expect(tempFolderOf('/data/out')).toBe(join('/data/out', `${TEMP_FOLDER_PREFIX}${process.pid}`));
  });
});

describe('processRuns', () => {
  it('is true for this process and its parent, false for one that has ended', () => {
    expect(processRuns(process.pid)).toBe(true);
    expect(processRuns(process.ppid)).toBe(true);
    expect(processRuns(endedPid())).toBe(false);
  });
});

describe('removeStaleTempFolders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-stale-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('removes the folders of processes that no longer run and keeps everything else', () => {
    const dead = endedPid();
    const folders = [dead, process.pid, process.ppid].map((pid) => tempFolderOf(dir, pid));
    for (const f of folders) {
      mkdirSync(join(f, 'staging'), { recursive: true });
      writeFileSync(join(f, 'staging', 'hits.spill'), 'rows\n');
    }
    // Not a run's folder: other names, and ids that are not process ids.
    for (const name of [`${TEMP_FOLDER_PREFIX}abc`, `${TEMP_FOLDER_PREFIX}0`, `${TEMP_FOLDER_PREFIX}012`, 'hits.csv']) writeFileSync(join(dir, name), '');
    expect(removeStaleTempFolders(dir)).toEqual([tempFolderOf(dir, dead)]);
    expect(folders.map((f) => existsSync(f))).toEqual([false, true, true]);
    expect(readdirSync(dir)).toHaveLength(6);
    expect(removeStaleTempFolders(dir)).toEqual([]);
  });

  it('finds nothing in a folder that does not exist', () => {
    expect(removeStaleTempFolders(join(dir, 'missing'))).toEqual([]);
  });
});
