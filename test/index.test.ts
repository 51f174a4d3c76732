import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as khitab from '../src/index';

describe('src/index', () => {
  it('resolves every value it names (no export points at a missing binding)', () => {
    const src = readFileSync(resolve(__dirname, '../src/index.ts'), 'utf8');
    const names = [...src.matchAll(/^export \{([^}]+)\} from/gm)].flatMap((m) => m[1].split(',').map((x) => x.trim()).filter(Boolean));
    expect(names.length).toBeGreaterThan(150);
    const missing = names.filter((n) => (khitab as Record<string, unknown>)[n] === undefined);
    expect(missing).toEqual([]);
  });

  it('names every export explicitly (no export *)', () => {
    const src = readFileSync(resolve(__dirname, '../src/index.ts'), 'utf8');
    expect(src).not.toMatch(/^export \*/m);
  });
});
