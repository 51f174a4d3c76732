/**
 * Making a folder read-only for a test, also as root (who ignores permission bits): `chmod 555`
 * for a user, `chattr +i` (immutable: no entry added, removed or renamed, the folder itself not
 * moved) for root. `null` when neither works here, so the test can be skipped with the reason.
 */
import { chmodSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Makes `dir` read-only; returns the undo, or null when this machine cannot. */
export function makeReadOnly(dir: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    return () => chmodSync(dir, 0o755);
  }
  const r = spawnSync('chattr', ['+i', dir], { encoding: 'utf8' });
  if (r.status !== 0) return null;
  return () => { spawnSync('chattr', ['-i', dir]); };
}
