/**
 * Gold split pages as training examples for the line labeller: each page's text, its per-line roles
 * and (for saved HTML) the DOM role hints aligned to its lines. A private reader of the gold format
 * (data/gold/split/README.md), kept behind `readTrainingPages` so that the shared gold reader can
 * replace it in one line.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, type Role } from '../types';
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
  /** Per line: whether a `comment_body*` starts a new comment there. */
  starts: boolean[];
  /** For saved HTML: the extractor's role hint per gold line (null where none or unaligned). */
  roleHints?: (Role | null)[];
}

const ROLE_SET = new Set<string>(ROLES);

/**
 * Parses one gold page. Throws naming the file and line on an unknown role or a missing layout.
 * @example parseTrainingPage('x.gold.txt', '# layout: plain-wire\ntitle\tعنوان\nblank').roles // ['title', 'blank']
 */
export function parseTrainingPage(name: string, content: string, html?: string): TrainingPage {
  const header = new Map<string, string>();
  const roles: Role[] = [];
  const texts: string[] = [];
  const starts: boolean[] = [];
  const rows = content.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  rows.forEach((row, i) => {
    if (roles.length === 0 && row.startsWith('# ')) {
      const m = /^# ([a-z_]+):\s?(.*)$/.exec(row);
      if (m && !header.has(m[1])) header.set(m[1], m[2].trim());
      return;
    }
    const tab = row.indexOf('\t');
    const tag = tab < 0 ? row : row.slice(0, tab);
    const star = tag.endsWith('*');
    const role = star ? tag.slice(0, -1) : tag;
    if (!ROLE_SET.has(role)) throw new Error(`${name}:${i + 1}: unknown role '${tag}'`);
    roles.push(role as Role);
    starts.push(star);
    texts.push(tab < 0 ? '' : row.slice(tab + 1));
  });
  const layout = header.get('layout');
  if (!layout) throw new Error(`${name}: no '# layout:' header`);
  const outlet = header.get('outlet');
  const page: TrainingPage = {
    name, layout, outlet: outlet && outlet !== '-' ? outlet : null, text: texts.join('\n'), roles, starts,
  };
  if (html !== undefined) page.roleHints = alignHints(texts, htmlToPageText(html));
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

/** The gold page files of a folder (`*.gold.txt`), sorted by name. */
function goldFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.txt')).sort();
}

/**
 * Reads every `*.gold.txt` page of a folder (with its `.html` beside it when the header says
 * `format: html`), sorted by file name.
 * @example readTrainingPages('data/gold/split/dev').length // 70
 */
export function readTrainingPages(dir: string): TrainingPage[] {
  return goldFiles(dir).map((f) => {
    const content = readFileSync(join(dir, f), 'utf8');
    const htmlPath = join(dir, f.replace(/\.gold\.txt$/, '.html'));
    const isHtml = /^# format:\s*html\s*$/m.test(content) && existsSync(htmlPath);
    return parseTrainingPage(f, content, isHtml ? readFileSync(htmlPath, 'utf8') : undefined);
  });
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
