/**
 * The committed notebooks are clean (no outputs, no execution counts, an id on every cell), use the
 * project kernel and stay thin: they open a run (`openRun`) and never analyze the corpus or write
 * files. They import the src/ modules they use rather than ./src/index, because tslab compiles every
 * module an import reaches (all of src/ is ~13 s of CPU per kernel). Executing them is `npm run notebooks`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(__dirname, '../../notebooks');
const EXPECTED = [
  '01-corpus-and-splitting.ipynb',
  '02-stance-and-slogans.ipynb',
  '03-framing-across-outlets.ipynb',
  '04-readers-vs-reporting.ipynb',
  '05-tables-for-papers.ipynb',
  '06-hand-coding.ipynb',
];

interface Cell { cell_type: string; id?: string; source: string[] | string; outputs?: unknown[]; execution_count?: number | null; metadata?: object }
const read = (name: string): { nbformat: number; nbformat_minor: number; metadata: { kernelspec?: { name?: string } }; cells: Cell[] } =>
  JSON.parse(fs.readFileSync(path.join(DIR, name), 'utf8'));
const sourceOf = (c: Cell): string => (Array.isArray(c.source) ? c.source.join('') : c.source);

describe('notebooks/', () => {
  it('holds the six numbered notebooks', () => {
    expect(fs.readdirSync(DIR).filter((f) => f.endsWith('.ipynb')).sort()).toEqual(EXPECTED);
  });
});

describe.each(EXPECTED)('%s', (name) => {
  const nb = read(name);
  it('is nbformat 4.5+ with the khitab kernel', () => {
    expect(nb.nbformat).toBe(4);
    expect(nb.nbformat_minor).toBeGreaterThanOrEqual(5);
    expect(nb.metadata.kernelspec?.name).toBe('khitab');
  });
  it('has a unique, valid id on every cell', () => {
    const ids = nb.cells.map((c) => c.id);
    for (const [i, id] of ids.entries()) expect(id, `cell ${i}`).toMatch(/^[a-zA-Z0-9-_]{1,64}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('is committed without outputs or execution counts', () => {
    for (const [i, c] of nb.cells.entries()) {
      if (c.cell_type !== 'code') continue;
      expect(c.outputs, `cell ${i} (${c.id}) outputs`).toEqual([]);
      expect(c.execution_count, `cell ${i} (${c.id}) execution_count`).toBeNull();
    }
  });
  it('imports only existing src/ modules and Node built-ins, never ./src/index', () => {
    const froms = nb.cells.filter((c) => c.cell_type === 'code').flatMap((c) => [...sourceOf(c).matchAll(/\bfrom\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]));
    expect(froms.length).toBeGreaterThan(0);
    for (const f of froms) {
      if (f.startsWith('node:')) continue;
      expect(f, `import '${f}'`).toMatch(/^\.\/src\/[a-z]+\/[A-Za-z]+$/);
      expect(fs.existsSync(path.resolve(__dirname, '../..', `${f}.ts`)), `import '${f}'`).toBe(true);
    }
  });
  it('uses only names of the public API (src/index.ts), imported from their own modules', () => {
    const index = fs.readFileSync(path.resolve(__dirname, '../../src/index.ts'), 'utf8');
    const publicNames = new Set([...index.matchAll(/^export (?:type )?\{([^}]+)\}/gm)].flatMap((m) => m[1].split(',').map((x) => x.trim())));
    const code = nb.cells.filter((c) => c.cell_type === 'code').map(sourceOf).join('\n');
    const imported = [...code.matchAll(/import\s+(?:type\s+)?\{([^}]+)\}\s+from\s+['"]\.\/src\//g)].flatMap((m) => m[1].split(',').map((x) => x.trim()).filter(Boolean));
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((n) => !publicNames.has(n))).toEqual([]);
  });
  it('starts with a markdown cell that explains it, and reads a run without analyzing or writing', () => {
    expect(nb.cells[0].cell_type).toBe('markdown');
    expect(sourceOf(nb.cells[0])).toContain('KHITAB_RUN');
    const code = nb.cells.filter((c) => c.cell_type === 'code').map(sourceOf).join('\n');
    expect(code).toContain('await openRun()');
    expect(code).not.toMatch(/\b(analyzeCorpus|analyzeFolder|loadCorpus|writeTables|writeFigures|writeFileSync|writeFile|mkdirSync)\b/);
  });
});
