/**
 * Reading a marker's `exclude:` block (sense guards) with every problem as `file:line: problem`.
 * A guard is a list of context patterns and a window (`before`/`after`, in word tokens of the
 * same clause); a match with one of the patterns in its window is cancelled. Data, not code: the
 * codebook says which contexts cancel which marker (data/lexicons/README.md, «Sense guards»).
 */
import { isMap, isSeq } from 'yaml';
import type { LineCounter, Node } from 'yaml';
import type { Guard } from './types';
import { validatePattern } from './patterns';
import { lineOf } from './yamlLines';

/** Largest `before`/`after` window a guard may ask for (word tokens). */
export const MAX_GUARD_WINDOW = 8;

const GUARD_KEYS = new Set(['patterns', 'before', 'after', 'reason']);

function windowOk(v: unknown): v is number {
  return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_GUARD_WINDOW;
}

/**
 * Reads the `exclude:` value of a marker (`node`; undefined when absent) into guards; problems
 * name the file, the line of the offending key and the marker.
 * @example
 * // exclude: [{after: 2, patterns: [المخدرات]}]
 * readGuards('c.yaml', node, lc, 'frame_eco_trade').guards[0] // { patterns: ['المخدرات'], before: 0, after: 2, reason: '', origin: { file: 'c.yaml', line: 9 } }
 */
export function readGuards(file: string, node: unknown, lc: LineCounter, marker: string, fallback: number): { guards: Guard[]; problems: string[] } {
  const guards: Guard[] = [];
  const problems: string[] = [];
  if (node === undefined) return { guards, problems };
  const where = (n: unknown, line: number) => `${file}:${lineOf(lc, n as Node, line)}: marker '${marker}': exclude`;
  if (!isSeq(node)) {
    problems.push(`${where(node, fallback)}: 'exclude' must be a list of guards ({patterns, before, after, reason})`);
    return { guards, problems };
  }
  node.items.forEach((item, k) => {
    const line = lineOf(lc, item as Node, fallback);
    const bad = (key: string, what: string) => {
      const n = isMap(item) ? item.get(key, true) : item;
      problems.push(`${where(n, line)} #${k + 1}: ${what}`);
    };
    if (!isMap(item)) { problems.push(`${where(item, line)} #${k + 1}: a guard must be a mapping with 'patterns' and 'before'/'after'`); return; }
    const g = item.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(g)) if (!GUARD_KEYS.has(key)) bad(key, `unknown key '${key}' (expected ${[...GUARD_KEYS].join(', ')})`);
    const patterns = Array.isArray(g.patterns) && g.patterns.every((x) => typeof x === 'string') ? (g.patterns as string[]) : null;
    if (!patterns || patterns.length === 0) bad('patterns', "'patterns' must be a non-empty list of strings");
    else for (const p of patterns) { const err = validatePattern(p); if (err) bad('patterns', `pattern '${p}': ${err}`); }
    for (const key of ['before', 'after']) {
      if (g[key] !== undefined && !windowOk(g[key])) bad(key, `'${key}' must be a whole number of words from 0 to ${MAX_GUARD_WINDOW}`);
    }
    const before = windowOk(g.before) ? g.before : 0;
    const after = windowOk(g.after) ? g.after : 0;
    if (g.before === undefined && g.after === undefined) bad('patterns', "a guard needs a window: 'before' and/or 'after' (words)");
    else if (before === 0 && after === 0 && windowOk(g.before ?? 0) && windowOk(g.after ?? 0)) bad('before', "'before' and 'after' are both 0: the guard could never apply");
    if (g.reason !== undefined && typeof g.reason !== 'string') bad('reason', "'reason' must be a string");
    guards.push({
      patterns: (patterns ?? []).map((p) => p.trim()), before, after,
      reason: typeof g.reason === 'string' ? g.reason : '', origin: { file, line },
    });
  });
  return { guards, problems };
}
