/**
 * Golden-file check for figure specs (Plot's test/plot-snapshot.js pattern): the spec is compared
 * with test/charts/__golden__/<name>.json; on a mismatch the new spec is written beside it as
 * <name>-changed.json (git-ignored) and the check fails. UPDATE_GOLDEN=1 rewrites the golden files.
 */
import * as fs from 'fs';
import * as path from 'path';
import { expect } from 'vitest';

const DIR = path.resolve(__dirname, '__golden__');

export function expectGolden(name: string, value: unknown): void {
  const text = JSON.stringify(value, null, 2) + '\n';
  const file = path.join(DIR, `${name}.json`);
  const changed = path.join(DIR, `${name}-changed.json`);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, text);
    if (fs.existsSync(changed)) fs.unlinkSync(changed);
    return;
  }
  if (!fs.existsSync(file)) {
    fs.writeFileSync(changed, text);
    throw new Error(`golden file ${path.relative(process.cwd(), file)} is missing; the current spec is in ${path.basename(changed)}: review it, then run with UPDATE_GOLDEN=1`);
  }
  const expected = fs.readFileSync(file, 'utf8');
  if (expected !== text) {
    fs.writeFileSync(changed, text);
    expect(text, `spec differs from ${path.basename(file)}; new spec written to ${path.basename(changed)}`).toBe(expected);
  } else if (fs.existsSync(changed)) {
    fs.unlinkSync(changed);
  }
}
