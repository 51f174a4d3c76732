/**
 * One gold page against a labeller: the page is built as khitab would read it from a corpus
 * (the gold texts joined with LF as a text file, or the saved `.html` through the HTML reader),
 * labelled, and its lines, title and comment count compared with the gold.
 */
import type { Page, PageMeta } from '../corpus/types';
import { readInput } from '../corpus/readInput';
import { splitLineParts } from '../split/splitLines';
import type { SplitGoldPage } from '../split/readSplitGoldTypes';
import { alignLines, pairRewritten } from './evalSplitAlign';
import type { Labeller, ScoredLine, SplitPageScore } from './evalSplitTypes';

/**
 * The corpus page khitab would read for a gold page: a text file holding the gold texts joined
 * with `\n`, or the sibling `.html`, read by `readInput` (format and encoding detection, the HTML
 * reader's lines and role hints). The gold `outlet:` is the page's metadata outlet, as a
 * researcher's metadata table would give it. Throws when the reader rejects the input.
 * @example goldToPage(gold).text // 'عنوان\n\nنص.'
 */
export function goldToPage(gold: SplitGoldPage): Page {
  const isHtml = gold.format === 'html';
  const file = `${gold.name}${isHtml ? '.html' : '.txt'}`;
  const content = isHtml ? gold.html ?? '' : gold.lines.map((l) => l.text).join('\n');
  const read = readInput(file, file, { bytes: Buffer.from(content, 'utf8') });
  if (read.pages.length !== 1) {
    const r = read.rejects[0];
    throw new Error(r ? `khitab rejects the page: ${r.reason} (${r.detail})` : `khitab reads ${read.pages.length} pages from it`);
  }
  const p = read.pages[0];
  const base: PageMeta = p.meta ?? { id: p.id, file, outlet: null, url: null, published: null, crawled: null, language: null, notes: null };
  return { ...p, meta: { ...base, outlet: gold.outlet ?? base.outlet } };
}

/** Title for comparison: white space collapsed and trimmed; empty = none. */
function titleKey(title: string | null): string | null {
  const t = (title ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/**
 * Labels a gold page with `labeller` and scores it. Text pages pair gold line i with khitab line i
 * (blank lines included); HTML pages pair non-blank lines by `alignLines` (same text, in order,
 * then moved lines), then lines the HTML reader rewrote (`pairRewritten`), and leave blank lines out. Throws when the page cannot be built or the
 * labeller returns a wrong number of lines.
 * @example scoreSplitPage(aWire, (p) => splitPage(p)) // {file: 'a-wire.gold.txt', lines: 7, correct: 7, blank: {total: 1, correct: 1}, missing: 0, …}
 */
export function scoreSplitPage(gold: SplitGoldPage, labeller: Labeller): SplitPageScore {
  const page = goldToPage(gold);
  const out = labeller(page);
  const texts = splitLineParts(page.text).texts;
  if (out.lines.length !== texts.length) throw new Error(`the labeller gave ${out.lines.length} roles for ${texts.length} lines`);
  const scored: ScoredLine[] = [];
  let moved = 0;
  let rewritten = 0;
  if (gold.format === 'text') {
    if (texts.length !== gold.lines.length) throw new Error(`khitab reads ${texts.length} lines, the gold has ${gold.lines.length}`);
    gold.lines.forEach((g, i) => scored.push({ gold: g.role, pred: out.lines[i].role }));
  } else {
    const goldIdx = gold.lines.flatMap((l, i) => (l.role === 'blank' ? [] : [i]));
    const predIdx = texts.flatMap((t, i) => (t.trim() === '' ? [] : [i]));
    const goldTexts = goldIdx.map((i) => gold.lines[i].text);
    const predTexts = predIdx.map((i) => texts[i]);
    const pairs = pairRewritten(alignLines(goldTexts, predTexts), goldTexts, predTexts);
    for (const [a, b, how] of pairs) {
      if (how === 'moved') moved++;
      if (how === 'rewritten') rewritten++;
      const g = a === null ? null : gold.lines[goldIdx[a]].role;
      if (b === null) scored.push({ gold: g, pred: 'boilerplate', dropped: true });
      else scored.push({ gold: g, pred: out.lines[predIdx[b]].role });
    }
  }
  let lines = 0, correct = 0, blankTotal = 0, blankCorrect = 0, missing = 0, missingText = 0, extra = 0;
  for (const s of scored) {
    if (s.gold === null) { extra++; continue; }
    if (s.dropped) { missing++; if (s.gold !== 'boilerplate') missingText++; }
    if (s.gold === 'blank') { blankTotal++; if (s.pred === 'blank') blankCorrect++; continue; }
    lines++;
    if (s.pred === s.gold) correct++;
  }
  const title = { gold: titleKey(gold.title), pred: titleKey(out.title), right: false };
  title.right = title.gold === title.pred;
  const comments = { gold: gold.comments, pred: out.comments.length };
  const allLines = extra === 0 && scored.every((s) => s.gold === s.pred); // a dropped line is `boilerplate`: right only for gold chrome
  return {
    file: gold.file, layout: gold.layout, scored, lines, correct,
    blank: { total: blankTotal, correct: blankCorrect }, missing, missingText, extra, moved, rewritten, title, comments,
    kind: { gold: gold.kind, pred: out.pageKind },
    exact: allLines && title.right && comments.gold === comments.pred,
  };
}
