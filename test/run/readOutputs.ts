/** Test helper: the files a run wrote, to compare two runs byte for byte. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** name → file bytes of every CSV (and sidecar, when asked) in a folder. */
export function readOutputs(dir: string, sidecars = false): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) {
    if (f.endsWith('.csv') || (sidecars && f.endsWith('.meta.json'))) out[f] = readFileSync(join(dir, f), 'utf8');
  }
  return out;
}
