/**
 * The building blocks of the realistic benchmark corpus: sentences, titles, page chrome and reader
 * comments cut from the bundled pages (data/corpus) and the development sets (data/gold/split/dev,
 * data/gold/stance/dev; never the held-back parts), plus the stems the vocabulary is derived from.
 */
import { join, resolve } from 'node:path';
import { readSplitGoldDir } from '../split/readSplitGoldDir';
import { readStanceGold } from '../validate/readStanceGold';
import { outletOfText } from '../corpus/outlets';
import { readSeedParts, SEED_DIR } from './seedParts';
import { stemsOfTexts } from './wordForms';
import { arabicStopwords } from '../text/stopwords';
import { matchKey } from '../text/matchKey';

/** Parts recombined into realistic pages. */
export interface RealParts {
  /** Headlines: seed titles and gold titles. */
  titles: string[];
  /** Body sentences: seed paragraphs and gold body lines cut at sentence ends, and the stance reporting units. */
  sentences: string[];
  /** Crossheads (gold subheading lines). */
  subheadings: string[];
  /** Photo captions (gold caption lines). */
  captions: string[];
  /** Page chrome (gold boilerplate lines that name no outlet): navigation, share buttons, notices. */
  chrome: string[];
  /** Reader comments: the stance comment units (every dialect) and the gold and seed comment texts. */
  comments: string[];
  /** Commenter names seen in the gold pages (`comment_author` lines without their «قال:» tail). */
  commenters: string[];
  /** Word stems of all the texts above, most frequent first, stopwords left out (see `stemsOfTexts`). */
  stems: string[];
}

/** The development sets the realistic corpus may recombine. */
export const DEV_SPLIT_DIR = resolve(__dirname, '../../data/gold/split/dev');
export const DEV_STANCE_DIR = resolve(__dirname, '../../data/gold/stance/dev');

/**
 * Cuts a paragraph into sentences after «.», «!», «؟» or «?» followed by a space.
 * @example sentencesOf('قال كذا. وأضاف كذا؟ نعم') // ['قال كذا.', 'وأضاف كذا؟', 'نعم']
 */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!؟?])\s+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

const HAS_ARABIC = /[\u0621-\u064a]/;

/**
 * Reads the parts from the seeds and the two development sets.
 * @example readRealParts().sentences.length // > 1000
 */
export function readRealParts(seedDir: string = SEED_DIR, splitDir: string = DEV_SPLIT_DIR, stanceDir: string = DEV_STANCE_DIR): RealParts {
  const seeds = readSeedParts(seedDir);
  const p: RealParts = { titles: [...seeds.titles], sentences: [], subheadings: [], captions: [], chrome: [], comments: [], commenters: [], stems: [] };
  for (const para of seeds.paragraphs) p.sentences.push(...sentencesOf(para));
  for (const block of seeds.commentBlocks) p.comments.push(block.split('\n').pop()!.trim());
  const chrome = new Set<string>();
  for (const page of readSplitGoldDir(splitDir).pages) {
    if (page.kind !== 'article') continue;
    for (const l of page.lines) {
      const t = l.text.trim();
      if (!t || !HAS_ARABIC.test(t)) continue;
      if (l.role === 'title') p.titles.push(t);
      else if (l.role === 'body') p.sentences.push(...sentencesOf(t));
      else if (l.role === 'subheading') p.subheadings.push(t);
      else if (l.role === 'caption') p.captions.push(t);
      else if (l.role === 'comment_body') p.comments.push(t);
      else if (l.role === 'comment_author') p.commenters.push(t.replace(/\s*(?:قال|كتب)\s*:?\s*$/, '').replace(/[:\-–—]\s*$/, '').trim());
      else if (l.role === 'boilerplate' && t.length <= 80 && outletOfText(t) === null) chrome.add(t);
    }
  }
  p.chrome = [...chrome].sort();
  for (const u of readStanceGold(stanceDir)) (u.segment === 'comment' ? p.comments : p.sentences).push(u.text);
  p.commenters = [...new Set(p.commenters.filter((c) => c.length > 0 && c.length <= 30))].sort();
  const stop = arabicStopwords();
  p.stems = stemsOfTexts([...p.titles, ...p.sentences, ...p.subheadings, ...p.captions, ...p.comments]).filter((s) => !stop.has(matchKey(s)));
  return p;
}

/** Where the dev sets live relative to the repository (for docs and messages). */
export const REAL_SOURCES = [join('data', 'corpus'), join('data', 'gold', 'split', 'dev'), join('data', 'gold', 'stance', 'dev')];
