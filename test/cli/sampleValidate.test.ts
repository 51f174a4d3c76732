/**
 * Hand coding end to end: `khitab analyze` → `khitab sample` → two coders' sheets → `khitab
 * validate` with both. The coders are simulated: A's label is a fixed function of the unit id, B
 * copies A except on every fourth row of the sheet, where B takes the next label. The expected α
 * and κ are computed here by their closed forms for two coders without missing codings, not by
 * the code under test. Two more runs code the sheets as two published worked examples: Krippendorff's
 * two-coder binary example (α = 0.095) and Wikipedia's Cohen's κ example (κ = 0.4).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { run as runAnalyze } from '../../src/cli/analyze';
import { run as runSample } from '../../src/cli/sample';
import { run as runValidate } from '../../src/cli/validate';
import { captureRun } from './captureRun';

const LABELS = ['support', 'oppose', 'neutral'];
const labelA = (unit: string) => LABELS[[...unit].reduce((s, c) => s + c.charCodeAt(0), 0) % 3];
const next = (label: string) => LABELS[(LABELS.indexOf(label) + 1) % 3];

let dir = '';
let sheet: Record<string, string>[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'khitab-coding-'));
  const analyzed = await captureRun(runAnalyze, ['--out', join(dir, 'run'), '--no-figures', '--no-notebooks', '--resamples', '10', '--workers', '1']);
  expect(analyzed.code, analyzed.err).toBe(0);
  const sampled = await captureRun(runSample, [join(dir, 'run'), '--out', join(dir, 'sample'), '--unit', 'hits', '--n', '40', '--seed', '11']);
  expect(sampled.code, sampled.err).toBe(0);
  sheet = parse(readFileSync(join(dir, 'sample', 'coding-sheet.csv'), 'utf8'), { columns: true });
}, 180_000);

describe('khitab sample → two coders → khitab validate', () => {
  it('reports α, Cohen\'s κ and Fleiss\' κ between the coders as computed by hand, and their disagreements', async () => {
    expect(sheet).toHaveLength(40);
    const a = sheet.map((r) => labelA(r.unit));
    const b = a.map((l, i) => (i % 4 === 0 ? next(l) : l));
    // Coder A names itself in the coder column; coder B leaves it empty, so B's file name is the coder.
    // A also judges each hit's category: wrong on every fifth row.
    writeFileSync(join(dir, 'A.csv'), stringify(sheet.map((r, i) => ({ ...r, stance: a[i], coder: 'A', category_ok: i % 5 === 0 ? 'no' : 'yes' })), { header: true }));
    writeFileSync(join(dir, 'B.csv'), stringify(sheet.map((r, i) => ({ ...r, stance: b[i], notes: i % 4 === 0 ? 'other reading' : '' })), { header: true }));
    const r = await captureRun(runValidate, ['--gold', join(dir, 'A.csv'), '--gold', join(dir, 'B.csv'), '--json', '--out', join(dir, 'discuss')]);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out);

    // Independent oracle. N units, D disagreements, n_c = uses of label c by both coders (2N values).
    const N = a.length;
    const D = a.filter((l, i) => l !== b[i]).length;
    expect(D).toBe(10);
    const nc = LABELS.map((l) => a.filter((x) => x === l).length + b.filter((x) => x === l).length);
    // Krippendorff's α (two coders, no missing): 1 − (n − 1) · 2D / (n² − Σ n_c²), n = 2N.
    const n = 2 * N;
    const alpha = 1 - ((n - 1) * 2 * D) / (n * n - nc.reduce((s, x) => s + x * x, 0));
    // Cohen's κ: pₒ = 1 − D/N, pₑ = Σ_c (a_c/N)(b_c/N).
    const pe = LABELS.reduce((s, l) => s + (a.filter((x) => x === l).length / N) * (b.filter((x) => x === l).length / N), 0);
    const kappa = (1 - D / N - pe) / (1 - pe);
    // Fleiss' κ with 2 raters: P̄ = 1 − D/N, P̄ₑ = Σ_c (n_c / 2N)².
    const peF = nc.reduce((s, x) => s + (x / n) ** 2, 0);
    const fleiss = (1 - D / N - peF) / (1 - peF);

    const ag = report.agreement;
    expect(ag.coders).toEqual(['A', 'B']);
    expect(ag).toMatchObject({ units: 40, codings: 80, pairable: 40, codersPerUnit: 2, ties: D });
    expect(ag.alpha).toBeCloseTo(alpha, 12);
    expect(ag.pairs).toHaveLength(1);
    expect(ag.pairs[0]).toMatchObject({ a: 'A', b: 'B', units: 40, agreement: 1 - D / N });
    expect(ag.pairs[0].kappa).toBeCloseTo(kappa, 12);
    expect(ag.fleissKappa).toBeCloseTo(fleiss, 12);

    // Every sampled hit is one of khitab's hit units; the majority is the 30 units both coders agree on.
    expect(report.perCoder.map((c: { coder: string; n: number }) => [c.coder, c.n])).toEqual([['A', 40], ['B', 40]]);
    expect(report.majority.n).toBe(N - D);
    expect(report.majority.unmatched).toEqual([]);

    const discuss = parse(readFileSync(join(dir, 'discuss', 'disagreements.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(discuss.map((d) => d.unit).sort()).toEqual(sheet.filter((_, i) => i % 4 === 0).map((s) => s.unit).sort());
    const first = sheet.findIndex((s) => s.unit === discuss[0].unit);
    expect(discuss[0]).toMatchObject({ codes: `A=${a[first]}; B=${b[first]}`, majority: '', notes: 'B: other reading' });
    expect(LABELS).toContain(discuss[0].khitab);

    // category_ok: per category of the sheet, A's judgements (B gave none).
    const categories = [...new Set(sheet.map((s) => s.category))].sort();
    expect(report.categoryJudgements).toEqual(categories.map((category) => {
      const judged = sheet.map((s, i) => [s, i] as const).filter(([s]) => s.category === category);
      const yes = judged.filter(([, i]) => i % 5 !== 0).length;
      return { category, judged: judged.length, yes, precision: yes / judged.length };
    }));
  }, 120_000);

  it('prints the agreement report and the first disagreements in text', async () => {
    const r = await captureRun(runValidate, ['--gold', join(dir, 'A.csv'), '--gold', join(dir, 'B.csv'), '--top', '3']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Coder agreement: 2 coders \(A, B\), 40 units, 80 codings; 40 units coded by two or more/);
    expect(r.out).toMatch(/Krippendorff's alpha \(nominal\) \d\.\d{3} {3}Fleiss' kappa \d\.\d{3} \(2 coders on every unit\)/);
    expect(r.out).toMatch(/Disagreements: 10 unit\(s\), the first 3/);
  }, 120_000);

  it('rejects a coder who codes the same unit twice, and keeps one-coder sheets as before', async () => {
    const twice = await captureRun(runValidate, ['--gold', join(dir, 'A.csv'), '--gold', join(dir, 'A.csv')]);
    expect(twice.code).toBe(1);
    expect(twice.err).toMatch(/duplicate unit \S+ by coder A, first at /);
    const one = await captureRun(runValidate, ['--gold', 'data/gold/seeds-coded.csv']);
    expect(one.code, one.err).toBe(0);
    expect(one.out).toMatch(/Stance validation: 9 units compared with the hand coding/);
    expect(one.out).not.toMatch(/Coder agreement/);
  }, 120_000);

  it('splits the corpus as the run did: --labeller and --model as in khitab analyze, checked before any page is read', async () => {
    const bad = await captureRun(runValidate, ['--gold', 'data/gold/seeds-coded.csv', '--labeller', 'crf']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/labeller/);
    const mixed = await captureRun(runValidate, ['--gold', 'data/gold/seeds-coded.csv', '--labeller', 'rules', '--model', 'data/models/split-lines.json']);
    expect(mixed.code).toBe(2);
    // The bundled pages split the same with both labellers (test/split), so both reports agree.
    const rules = await captureRun(runValidate, ['--gold', 'data/gold/seeds-coded.csv', '--labeller', 'rules']);
    const model = await captureRun(runValidate, ['--gold', 'data/gold/seeds-coded.csv']);
    expect(rules.code, rules.err).toBe(0);
    expect(rules.out).toBe(model.out);
  }, 120_000);

  /** Samples `n` hits of the run, writes two coders' sheets with the given labels (in sheet order) and validates them; returns the agreement report. */
  async function codeAndValidate(n: number, a: string[], b: string[]): Promise<{ alpha: number; pairs: { kappa: number }[] }> {
    const out = join(dir, `sample-${n}`);
    const sampled = await captureRun(runSample, [join(dir, 'run'), '--out', out, '--unit', 'hits', '--n', String(n), '--seed', '5']);
    expect(sampled.code, sampled.err).toBe(0);
    const rows = parse(readFileSync(join(out, 'coding-sheet.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(n);
    writeFileSync(join(out, 'A.csv'), stringify(rows.map((r, i) => ({ ...r, stance: a[i], coder: 'A' })), { header: true }));
    writeFileSync(join(out, 'B.csv'), stringify(rows.map((r, i) => ({ ...r, stance: b[i], coder: 'B' })), { header: true }));
    const r = await captureRun(runValidate, ['--gold', join(out, 'A.csv'), '--gold', join(out, 'B.csv'), '--json']);
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out).agreement;
  }

  it('reproduces Krippendorff\'s published two-coder binary example end to end (α = 0.095)', async () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A: two observers,
    // ten units, binary data, no missing values: α = 0.095. 0 and 1 coded as oppose and support.
    const code = (xs: number[]) => xs.map((x) => (x === 1 ? 'support' : 'oppose'));
    const ag = await codeAndValidate(10, code([0, 1, 0, 0, 0, 0, 0, 0, 1, 0]), code([1, 1, 1, 0, 0, 1, 0, 0, 0, 0]));
    expect(ag.alpha).toBeCloseTo(0.095, 3);
  }, 120_000);

  it('reproduces the published worked example of Cohen\'s κ end to end (50 proposals, κ = 0.4)', async () => {
    // Wikipedia, "Cohen's kappa", worked example: of 50 grant proposals both readers say yes to 20,
    // A yes and B no to 5, A no and B yes to 10, both no to 15: pₒ = 0.7, pₑ = 0.5, κ = 0.4.
    const a = [...Array(25).fill('support'), ...Array(25).fill('oppose')];
    const b = [...Array(20).fill('support'), ...Array(5).fill('oppose'), ...Array(10).fill('support'), ...Array(15).fill('oppose')];
    const ag = await codeAndValidate(50, a, b);
    expect(ag.pairs[0].kappa).toBeCloseTo(0.4, 10);
  }, 120_000);
});
