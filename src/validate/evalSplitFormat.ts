/**
 * The splitter evaluation as readable text tables: per role P/R/F1/support, the page figures,
 * and line accuracy per layout family with the worst family marked; and the cross-validation
 * folds with their mean and worst. Plain ASCII columns (family ids and role names are Latin).
 */
import type { SplitCvReport, SplitEvalReport, SplitGroupScore } from './evalSplitTypes';
import { frac, labelled, num, table } from './textTable';

/** The per-family (or per-fold) table; `worst` gets a `*`. */
function familyTable(groups: readonly SplitGroupScore[], worst: string | null, extra?: (g: SplitGroupScore) => string): string {
  const head = ['layout family', 'pages', ...(extra ? ['trained on'] : []), 'line accuracy', 'pages exact', 'comment count', 'titles right'];
  const rows = groups.map((g) => [
    `${g.layout === worst ? '* ' : '  '}${g.layout}`, String(g.pages), ...(extra ? [extra(g)] : []),
    frac(g.lineAccuracy), frac(g.pagesExact), frac(g.commentCountExact), frac(g.titlesRight),
  ]);
  return table([head, ...rows]);
}

/**
 * The report of `evalSplit` as text.
 * @example formatSplitEval(report).split('\n')[1] // 'title               0.667   1.000  0.800        2'
 */
export function formatSplitEval(r: SplitEvalReport): string {
  const roles = table([
    ['role', 'precision', 'recall', 'F1', 'support'],
    ...r.roles.map((x) => [x.role, num(x.precision), num(x.recall), num(x.f1), String(x.support)]),
  ]);
  const pages = labelled([
    ['line accuracy', `${frac(r.lineAccuracy)}  (non-blank gold lines; blank lines apart: ${r.blankLines.count}/${r.blankLines.total})`],
    ['pages exact', `${frac(r.pagesExact)}  (every line, the title and the comment count right)`],
    ['comment count exact', frac(r.commentCountExact)],
    ['phantom comments', `${r.phantomComments.comments} on ${r.phantomComments.pages} page(s) whose gold has none`],
    ['titles right', frac(r.titlesRight)],
    ['page kind', r.kind ? frac(r.kind) : 'not measured (the labeller outputs no page kind)'],
    ['HTML alignment', `${r.alignment.missing} gold line(s) dropped by khitab's HTML reader (scored as boilerplate; ${r.alignment.missingText} of them not boilerplate, so wrong), ${r.alignment.extra} extra khitab line(s), ${r.alignment.moved} paired out of order, ${r.alignment.rewritten} paired with the reader's rewriting of them (an author without «قال:», a time as its datetime)`],
  ]);
  const out = [roles, '', pages, ''];
  out.push(familyTable(r.families, r.worstFamily));
  if (r.worstFamily) out.push(`* worst family: ${r.worstFamily} (line accuracy ${num(r.families.find((f) => f.layout === r.worstFamily)!.lineAccuracy.value)})`);
  if (r.failed.length) {
    out.push('', `pages not scored (${r.failed.length}):`, ...r.failed.map((f) => `  ${f.file}: ${f.reason}`));
  }
  return out.join('\n');
}

/**
 * The report of `crossValidateLayouts` as text: its note, the folds, the mean and the worst.
 * @example formatSplitCv(cv).split('\n')[0] // 'rule splitter: no training; per-family figures'
 */
export function formatSplitCv(cv: SplitCvReport): string {
  const folds = cv.folds;
  const lines = [cv.note, '', familyTable(folds, cv.worst?.layout ?? null, (g) => String((g as typeof folds[number]).trainPages))];
  lines.push('', `mean line accuracy over ${folds.length} famil${folds.length === 1 ? 'y' : 'ies'}: ${num(cv.meanLineAccuracy)}`);
  lines.push(cv.worst ? `* worst family: ${cv.worst.layout} (line accuracy ${num(cv.worst.lineAccuracy)})` : 'worst family: –');
  const p = cv.pooled;
  lines.push(`all folds pooled: line accuracy ${frac(p.lineAccuracy)}; comment count exact ${frac(p.commentCountExact)}; `
    + `phantom comments ${p.phantomComments.comments} on ${p.phantomComments.pages} page(s); titles right ${frac(p.titlesRight)}; pages exact ${frac(p.pagesExact)}`);
  return lines.join('\n');
}
