// Imports run one way, down the pipeline: a module may import its own stage and earlier stages,
// never a later one. The order is the README's (corpus → split → text → lexicon → stance → tables
// → export → run → cli), with the library folders placed where they are used: stats (pure
// statistics, imported from tables on), validate (hand-coding comparison, after tables), charts
// (figures from table rows, before the writers), bench (a command, after run).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname, '../src');
const STAGES = ['corpus', 'split', 'text', 'lexicon', 'stance', 'stats', 'tables', 'validate', 'charts', 'export', 'run', 'bench', 'cli'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|cjs)$/.test(e) ? [p] : [];
  });
}

/** The stage of a file under src/ (its first folder), or null for src/index.ts. */
function stageOf(file: string): string | null {
  const rel = relative(SRC, file).split('/');
  return rel.length > 1 ? rel[0] : null;
}

/** Relative module specifiers of a file: import/export … from, import(), require(). */
export function importsOf(text: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[2]);
  return out;
}

describe('import direction', () => {
  it('importsOf finds static, dynamic, type and require imports', () => {
    const text = "import { a } from './a';\nimport type { B } from '../b/c';\nexport { d } from \"./d\";\nconst e = require('./e.ts');\ntype F = import('../f/g').F;\nimport './side';";
    expect(importsOf(text)).toEqual(['./a', '../b/c', './d', './e.ts', '../f/g', './side']);
  });

  it('every folder of src/ is a known stage', () => {
    const folders = readdirSync(SRC).filter((e) => statSync(join(SRC, e)).isDirectory());
    expect(folders.filter((f) => !STAGES.includes(f))).toEqual([]);
  });

  it('no module imports a later stage', () => {
    const wrong: string[] = [];
    for (const f of files(SRC)) {
      const from = stageOf(f);
      if (from === null) continue; // src/index.ts names everything
      for (const spec of importsOf(readFileSync(f, 'utf8'))) {
        const to = stageOf(resolve(dirname(f), spec));
        if (to === null || to === from) continue;
        if (STAGES.indexOf(to) > STAGES.indexOf(from)) wrong.push(`${relative(SRC, f)} imports ${spec} (${from} → ${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
