import { formatValidationReport } from './formatValidationReport';
import { table } from './textTable';
import type { MultiCoderReport } from './validateCoders';

/** Options of {@link formatCoderReport}. */
export interface FormatCoderReportOptions {
  /** Disagreements printed (the CSV of `khitab validate --out` has them all). Default 10. */
  top?: number;
}

function fmt(x: number | null): string {
  return x === null || Number.isNaN(x) ? '—' : x.toFixed(3);
}

/**
 * Renders a {@link MultiCoderReport} as plain text: agreement between the coders (α, Fleiss' κ,
 * Cohen's κ per pair), khitab against each coder and the majority label (the report of
 * `formatValidationReport`), and the first `top` disagreements. Undefined values print as `—`.
 * Used by `khitab validate` when the coded sheets have more than one coder.
 * @example
 * formatCoderReport(report).split('\n')[0];
 * // 'Coder agreement: 2 coders (amal, omar), 40 units, 80 codings; 40 units coded by two or more'
 */
export function formatCoderReport(report: MultiCoderReport, options: FormatCoderReportOptions = {}): string {
  const a = report.agreement;
  const out: string[] = [];
  out.push(`Coder agreement: ${a.coders.length} coders (${a.coders.join(', ')}), ${a.units} units, ${a.codings} codings; ${a.pairable} units coded by two or more`);
  const fleiss = a.fleissKappa === null ? 'Fleiss\' kappa — (units have different numbers of coders)' : `Fleiss' kappa ${fmt(a.fleissKappa)} (${a.codersPerUnit} coders on every unit)`;
  out.push(`Krippendorff's alpha (nominal) ${fmt(a.alpha)}   ${fleiss}`);
  out.push('');
  out.push('Cohen\'s kappa per pair of coders');
  out.push(table([['pair', 'units', 'agreement', 'kappa'], ...a.pairs.map((p) => [`${p.a} – ${p.b}`, String(p.units), fmt(p.agreement), fmt(p.kappa)])]));
  out.push('');
  out.push('khitab against each coder');
  out.push(table([
    ['coder', 'units', 'accuracy', 'kappa', 'alpha', 'macro-F1'],
    ...report.perCoder.map((c) => [c.coder, String(c.n), fmt(c.accuracy), fmt(c.kappa), fmt(c.alpha), fmt(c.macroF1)]),
    ['majority', String(report.majority.n), fmt(report.majority.accuracy), fmt(report.majority.kappa), fmt(report.majority.alpha), fmt(report.majority.macroF1)],
  ]));
  out.push('');
  out.push(`khitab against the majority label (${a.ties} unit(s) without a majority left out)`);
  out.push(formatValidationReport(report.majority).trimEnd());
  out.push('');
  const top = options.top ?? 10;
  const shown = report.disagreements.slice(0, top);
  if (shown.length === 0) out.push('The coders agree on every unit.');
  else {
    out.push(`Disagreements: ${report.disagreements.length} unit(s)${report.disagreements.length > shown.length ? `, the first ${shown.length}` : ''} (most labels first)`);
    out.push(table([
      ['unit', 'codes', 'majority', 'khitab'],
      ...shown.map((d) => [d.unit, d.codes.map((c) => `${c.coder}=${c.stance}`).join(' '), d.majority ?? 'tie', d.khitab ?? '—']),
    ]));
  }
  return `${out.join('\n')}\n`;
}
