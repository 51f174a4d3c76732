/**
 * Gold split pages as training examples for the line labeller: each page's text, its per-line roles
 * and (for saved HTML) the DOM role hints aligned to its lines, from the shared gold reader
 * (`readSplitGoldDir`, data/gold/split/README.md).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../types';
import { readSplitGoldDir } from '../readSplitGoldDir';
import { formatGoldProblem, type SplitGoldPage } from '../readSplitGoldTypes';
import { htmlToPageText } from '../../corpus/html/htmlToPage';
import { lineKey } from '../lineKey';

/** One gold page ready for training or evaluation. */
export interface TrainingPage {
  /** File name of the gold page (e.g. `001-nav-breadcrumb-x.gold.txt`). */
  name: string;
  /** Layout family (`# layout:`). */
  layout: string;
  /** Outlet id, or null for `-` or none. */
  outlet: string | null;
  /** The page text: the gold lines' texts joined with `\n`. */
  text: string;
  /** Gold role of each line. */
  roles: Role[];
  /** Per line: whether a reader comment starts at this `comment_body` line (the README's boundary rule). */
  starts: boolean[];
  /** For saved HTML: the extractor's role hint per gold line (null where none or unaligned). */
  roleHints?: (Role | null)[];
}

/**
 * A gold page (read by the shared gold reader) as a training page: the gold lines' texts joined by
 * line ends, their roles, the `comment_body` lines that start a comment, and for saved HTML the
 * extractor's role hints aligned to the gold lines.
 * @example trainingPageOf(goldPage).roles.length === goldPage.lines.length // true
 */
export function trainingPageOf(p: SplitGoldPage): TrainingPage {
  const texts = p.lines.map((l) => l.text);
  const page: TrainingPage = {
    name: p.file, layout: p.layout, outlet: p.outlet, text: texts.join('\n'),
    roles: p.lines.map((l) => l.role),
    starts: p.lines.map((l) => l.role === 'comment_body' && l.startsComment),
  };
  if (p.html !== null) page.roleHints = alignHints(texts, htmlToPageText(p.html));
  return page;
}

/**
 * Aligns the extractor's lines with the gold lines by line key: each gold line takes the first
 * extractor line with its key not taken yet (the extractor moves the title and byline to the top,
 * so the order may differ).
 */
function alignHints(gold: string[], ex: { text: string; roleHints: (Role | null)[] }): (Role | null)[] {
  const byKey = new Map<string, number[]>();
  ex.text.split('\n').forEach((t, i) => {
    const k = lineKey(t);
    const list = byKey.get(k);
    if (list) list.push(i); else byKey.set(k, [i]);
  });
  return gold.map((t) => {
    const k = lineKey(t);
    const next = k === '' ? undefined : byKey.get(k)?.shift();
    return next === undefined ? null : ex.roleHints[next];
  });
}

/**
 * Reads every `*.gold.txt` page of a folder (with its `.html` beside it when the header says
 * `format: html`), sorted by file name, through the shared gold reader; throws listing every
 * problem (`file:line: message`) when a page cannot be read.
 * @example readTrainingPages('data/gold/split/dev').length // 70
 */
export function readTrainingPages(dir: string): TrainingPage[] {
  const gold = readSplitGoldDir(dir);
  if (gold.problems.length) throw new Error(gold.problems.map((q) => formatGoldProblem({ ...q, file: join(dir, q.file) })).join('\n'));
  return gold.pages.map(trainingPageOf);
}

/**
 * SHA-256 (hex) of a gold folder: its sorted file names and contents (the `.gold.txt` pages and the
 * `.html` files beside them), so a model names exactly the set it was trained on.
 * @example trainingSetHash('test/fixtures/gold-split-train').length // 64
 */
export function trainingSetHash(dir: string): string {
  const h = createHash('sha256');
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.txt') || f.endsWith('.html')).sort();
  for (const f of files) {
    h.update(`${f}\n`);
    h.update(readFileSync(join(dir, f)));
    h.update('\n');
  }
  return h.digest('hex');
}
