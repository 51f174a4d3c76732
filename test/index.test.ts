import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as khitab from '../src/index';

const SRC = resolve(__dirname, '../src');
const INDEX = readFileSync(resolve(SRC, 'index.ts'), 'utf8');

/** `[names, module]` of every `export { … } from '…'` (values) in src/index.ts. */
function valueExports(): [string[], string][] {
  return [...INDEX.matchAll(/^export \{([^}]+)\} from '([^']+)'/gm)]
    .map((m) => [m[1].split(',').map((x) => x.trim()).filter(Boolean), m[2]]);
}

describe('src/index', () => {
  it('resolves every value it names (no export points at a missing binding)', () => {
    const names = valueExports().flatMap(([n]) => n);
    const missing = names.filter((n) => (khitab as Record<string, unknown>)[n] === undefined);
    expect(missing).toEqual([]);
  });

  it('names every export explicitly (no export *)', () => {
    expect(INDEX).not.toMatch(/^export \*/m);
  });

  it('is a small API: about a hundred names, values and record types together', () => {
    const all = [...INDEX.matchAll(/^export (?:type )?\{([^}]+)\}/gm)].flatMap((m) => m[1].split(',').map((x) => x.trim()).filter(Boolean));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeLessThanOrEqual(135);
    expect(valueExports().flatMap(([n]) => n).length).toBeLessThanOrEqual(90);
  });

  it('documents every value it exports with a doc comment that carries an @example', () => {
    const problems: string[] = [];
    for (const [names, module] of valueExports()) {
      const text = readFileSync(resolve(SRC, `${module}.ts`), 'utf8');
      for (const name of names) {
        const decl = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*export (?:async )?(?:function\\*?|const|class|let) ${name}\\b`).exec(text);
        if (!decl) problems.push(`${name} (${module}): no doc comment`);
        else if (!decl[1].includes('@example')) problems.push(`${name} (${module}): no @example`);
      }
    }
    expect(problems).toEqual([]);
  });
});
