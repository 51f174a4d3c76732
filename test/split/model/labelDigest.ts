/**
 * Test helper: a digest of everything the line labeller computes (feature indices, label scores,
 * roles, confidences, titles) on a fixed set of pages under fixed synthetic weights, so a rewrite
 * made for speed can be checked to compute exactly the same, for weights other than the shipped
 * model's too. The pages: the development set, the five bundled pages and generated pages (runs of
 * their lines, perturbed with marks, digits, emoji, URLs and dashes, joined into long lines); the
 * weights: seeded random rows, one set sparse (as a trained model, most rows zero) and one dense.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rngMulberry32 } from '../../../src/stats/rngMulberry32';
import { readTrainingPages } from '../../../src/split/model/trainingPages';
import { hardConstraints, MODEL_LABELS, type SplitModel } from '../../../src/split/model/splitModel';
import { pageFeatures } from '../../../src/split/model/features';
import { labelLinesWithModel } from '../../../src/split/model/labelLines';
import { articleFromModel } from '../../../src/split/model/modelArticle';
import { profileForOutlet } from '../../../src/split/profile';
import type { Role } from '../../../src/split/types';

/** A page to label. */
export interface DigestPage {
  /** Text (lines joined with \n). */
  text: string;
  /** Outlet (picks the profile). */
  outlet: string | null;
  /** HTML role hints, if any. */
  roleHints?: (Role | null)[];
}

/** Fragments inserted into generated lines: each reaches a branch of the line reader. */
const BITS = ['#وسم', '@user', 'https://t.co/x', 'www.example.com', ' - ', ' – ', '(', ')', '😀', '١٢', '12:30', '2024/05/03',
  'ABC def', '،', '.', ':', 'ـ', 'ً', '\u200f', '  ', '\t', 'منذ 3 ساعات', 'قال', 'إنّ', 'وقال', 'فإن', 'التعليقات (3)', '؟', '!', '»', '«'];

/**
 * The pages of the digest: development set, bundled pages and `generated` pages built with a
 * seeded generator from their lines.
 */
export function digestPages(generated: number): DigestPage[] {
  const dev = readTrainingPages('data/gold/split/dev');
  const pages: DigestPage[] = dev.map((p) => ({ text: p.text, outlet: p.outlet, roleHints: p.roleHints }));
  const bundled = readdirSync('data/corpus').filter((f) => f.endsWith('.txt')).sort();
  for (const f of bundled) pages.push({ text: readFileSync(join('data/corpus', f), 'utf8'), outlet: null });
  const pool = pages.flatMap((p) => p.text.split('\n'));
  const outlets = [null, 'orient_news', 'al_bawsala'];
  const rng = rngMulberry32(17);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)];
  for (let k = 0; k < generated; k++) {
    const lines: string[] = [];
    const runs = 1 + Math.floor(rng() * 5);
    for (let q = 0; q < runs; q++) {
      const a = Math.floor(rng() * pool.length);
      for (const l of pool.slice(a, a + 1 + Math.floor(rng() * 12))) {
        let x = l;
        const u = rng();
        if (u < 0.3) { const at = Math.floor(rng() * (x.length + 1)); x = x.slice(0, at) + pick(BITS) + x.slice(at); }
        else if (u < 0.4) x = `${x} ${pick(pool)} ${pick(pool)}`;
        else if (u < 0.45) x = x.slice(0, Math.floor(rng() * 400));
        lines.push(x);
      }
      if (rng() < 0.3) lines.push(rng() < 0.5 ? '' : '  ');
    }
    const hints = rng() < 0.3 ? lines.map(() => pick<Role | null>(['title', 'body', null, 'comment_body', null])) : undefined;
    pages.push({ text: lines.join('\n'), outlet: pick(outlets), roleHints: hints });
  }
  return pages;
}

/** A synthetic model over the shipped labels: rows non-zero with probability `density`, weights to 4 decimals. */
export function syntheticModel(seed: number, density: number, bits = 16): SplitModel {
  const rng = rngMulberry32(seed);
  const R = MODEL_LABELS.length;
  const dim = 1 << bits;
  const w = (): number => Math.round((rng() * 2 - 1) * 3e4) / 1e4 || 0;
  const emit = new Float64Array(dim * R);
  for (let f = 0; f < dim; f++) if (rng() < density) for (let r = 0; r < R; r++) emit[f * R + r] = w();
  const trans = Float64Array.from({ length: (R + 1) * R }, w);
  return {
    labels: MODEL_LABELS, weights: { R, dim, emit, trans }, fixed: hardConstraints(MODEL_LABELS),
    trainingSha256: '', trainingPages: 0, options: { epochs: 0, seed, bits, calibrate: false, ensemble: 1 }, temperature: 1.7,
  };
}

const bitsOf = (a: Float64Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/**
 * SHA-256 (hex) of the labeller's work on `pages` under `model`: per page the feature indices
 * (`pageFeatures`), the label scores and marginal confidences (`labelLinesWithModel`, as float bits),
 * and the article's roles, confidences (bits), title and comment count (`articleFromModel`).
 */
export function labelDigest(pages: DigestPage[], model: SplitModel): string {
  const h = createHash('sha256');
  for (const page of pages) {
    const p = profileForOutlet(page.outlet);
    const raws = page.text.split('\n');
    const pf = pageFeatures(raws, p, model.weights.dim, page.roleHints);
    h.update(JSON.stringify(pf.lines));
    for (const f of pf.feats) h.update(Buffer.from(f.buffer, f.byteOffset, f.byteLength));
    const ll = labelLinesWithModel(raws, p, model, { roleHints: page.roleHints, confidence: 'marginal' });
    h.update(ll.roles.join(',')); h.update(bitsOf(ll.scores)); h.update(bitsOf(ll.confidence));
    const a = articleFromModel(page.text, p, model, { outlet: page.outlet, roleHints: page.roleHints });
    h.update(JSON.stringify([a.title, a.comments.length, a.warnings, a.lines.map((l) => l.role)]));
    h.update(bitsOf(Float64Array.from(a.lines, (l) => l.confidence ?? NaN)));
  }
  return h.digest('hex');
}
