import type { ValidationReport } from './types';

function fmt(x: number | null): string {
  if (x === null || Number.isNaN(x)) return '—';
  return x.toFixed(3);
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]): string => cells.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/**
 * Renders a {@link ValidationReport} as plain text: the summary (n, accuracy, κ, α,
 * macro-F1), the confusion table (rows = coder, columns = khitab), per-label and
 * per-category precision/recall/F1, and the unmatched gold rows. Undefined values print
 * as `—`. Used by `khitab validate` and the validation notebook.
 *
 * @example
 * formatValidationReport(report).split('\n')[0];
 * // 'Stance validation: 9 units compared with the hand coding'
 */
export function formatValidationReport(report: ValidationReport): string {
  const out: string[] = [];
  out.push(`Stance validation: ${report.n} units compared with the hand coding`);
  out.push(`accuracy ${fmt(report.accuracy)}   Cohen's kappa ${fmt(report.kappa)}   Krippendorff's alpha (nominal) ${fmt(report.alpha)}   macro-F1 ${fmt(report.macroF1)}`);
  out.push('');
  out.push('Confusion table (rows: coder, columns: khitab)');
  out.push(...table(['coder \\ khitab', ...report.labels], report.labels.map((l, i) => [l, ...report.confusion[i].map(String)])));
  out.push('');
  out.push('Per label');
  out.push(
    ...table(
      ['label', 'precision', 'recall', 'F1', 'support'],
      report.perLabel.map((l) => [l.label, fmt(l.precision), fmt(l.recall), fmt(l.f1), String(l.support)]),
    ),
  );
  if (report.perCategory) {
    out.push('');
    out.push('Per category (presence in the unit)');
    out.push(
      ...table(
        ['category', 'precision', 'recall', 'F1', 'tp', 'fp', 'fn'],
        report.perCategory.map((c) => [c.category, fmt(c.precision), fmt(c.recall), fmt(c.f1), String(c.tp), String(c.fp), String(c.fn)]),
      ),
    );
  }
  out.push('');
  if (report.unmatched.length === 0) out.push('Every gold row matched a unit.');
  else {
    out.push(`Gold rows without a matching unit (${report.unmatched.length}):`);
    for (const g of report.unmatched) out.push(`  line ${g.line}: ${g.unit ? `unit ${g.unit}` : `id ${g.id}, ${g.comment === null ? 'reporting' : `comment ${g.comment}`}`}`);
  }
  if (report.unmatchedPredicted > 0) out.push(`Units without a gold row (not compared): ${report.unmatchedPredicted}`);
  return `${out.join('\n')}\n`;
}
