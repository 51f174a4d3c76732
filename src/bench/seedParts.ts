/**
 * The building blocks of the synthetic benchmark corpus, cut from the bundled pages in
 * data/corpus: titles, outlet source lines, body paragraphs and Orient-style comment blocks.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Parts recombined into synthetic pages. */
export interface SeedParts {
  /** First line of each seed page. */
  titles: string[];
  /** Body paragraphs (blank-line separated blocks of ≥ 80 characters before any comment section). */
  paragraphs: string[];
  /** Comment blocks in Orient's layout: optional author line, `·منذ …` line, comment text. */
  commentBlocks: string[];
  /** Source lines that name an outlet (e.g. `البوصلة – رصد`, `المصدر: عرب 48`). */
  sourceLines: string[];
}

/** Default folder of seed pages. */
export const SEED_DIR = resolve(__dirname, '../../data/corpus');

const COMMENTS_HEADER = /^التعليقات \(\d+\)\s*$/m;
const COMMENT_BLOCK = /(?:^ {4}([^\n·][^\n]*)\n\n)?^ {4}·(منذ [^\n]+)\n {4}([^\n]+)$/gm;
const SOURCE_LINE = /^(?:البوصلة – رصد|المصدر: [^\n]{2,30})$/m;

/**
 * Cuts the seed pages of a folder into parts.
 * @example readSeedParts().commentBlocks.length // 4 (two comments on each Orient page)
 */
export function readSeedParts(dir: string = SEED_DIR): SeedParts {
  const parts: SeedParts = { titles: [], paragraphs: [], commentBlocks: [], sourceLines: [] };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = readFileSync(join(dir, f), 'utf8').replace(/\r\n/g, '\n');
    parts.titles.push(text.split('\n')[0].trim());
    const m = COMMENTS_HEADER.exec(text);
    const body = m ? text.slice(0, m.index) : text;
    for (const block of body.split(/\n\s*\n/).slice(1)) {
      const b = block.trim();
      if (b.length >= 80 && !b.startsWith('http')) parts.paragraphs.push(b);
    }
    const s = SOURCE_LINE.exec(body);
    if (s) parts.sourceLines.push(s[0]);
    if (m) {
      for (const c of text.slice(m.index).matchAll(COMMENT_BLOCK)) {
        parts.commentBlocks.push(`${c[1] ? `    ${c[1]}\n\n` : ''}    ·${c[2]}\n    ${c[3]}`);
      }
    }
  }
  return parts;
}
