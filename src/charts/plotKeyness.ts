import type { KeynessRow } from '../tables/types';
import { roundFor } from './baseLayout';
import { barLayout } from './barLayout';
import { SEGMENT_COLORS } from './palette';
import { outletLabel, segmentLabel } from './labels';
import type { ChartOptions, Figure } from './types';
import { plotlySafeFigure } from './plotlyText';

/** Options of `plotKeyness`. */
export interface KeynessOptions extends ChartOptions {
  /** Only terms with adjusted p below this are drawn. Default 1 (all). */
  maxPAdjusted?: number;
}

/**
 * Keyness plot of one comparison (e.g. `outlet:orient_news vs rest (reporting)`, titled with readable names: `Orient News vs the other outlets`): the `topN` terms most
 * over-used in the target and the `topN` most over-used in the reference, as bars of signed G²
 * (Dunning 1993): positive = key in the target, negative = key in the reference. Terms are Arabic,
 * drawn as text labels; ordered by signed G², ties by term.
 * @example plotKeyness(rows, 'reporting vs comments', 10).data.length // 2 (target bars, reference bars)
 */
export function plotKeyness(keyness: KeynessRow[], comparison: string, topN = 15, options: KeynessOptions = {}): Figure {
  const maxP = options.maxPAdjusted ?? 1;
  const rows = keyness.filter((r) => r.comparison === comparison && r.pAdjusted <= maxP);
  // G² is signed in the table (negative: key in the reference), so rank each side by its size.
  const byG2 = (a: KeynessRow, b: KeynessRow): number => Math.abs(b.g2) - Math.abs(a.g2) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
  const target = rows.filter((r) => r.logRatio > 0).sort(byG2).slice(0, topN);
  const reference = rows.filter((r) => r.logRatio < 0).sort(byG2).slice(0, topN);
  const [tName, rName, segment] = comparisonSides(comparison, options.outletNames);
  const { layout } = barLayout(options, {
    defaultTitle: `Key terms: ${tName} vs ${rName}${segment ? ` (${segment})` : ''}`,
    yLabels: [...target, ...reference].map((r) => r.term).concat(target.length + reference.length ? [] : ['']),
    xTitle: `signed G² (log-likelihood)\nright: key in ${tName} · left: key in ${rName}`,
    rowPx: options.column === 'single' ? 20 : 24,
  });
  layout.barmode = 'relative';
  // The two colours are named on the axis title, so no legend competes with the title.
  layout.showlegend = false;
  layout.xaxis = { ...(layout.xaxis as Record<string, unknown>), zeroline: true, zerolinewidth: 2 };
  const trace = (rs: KeynessRow[], sign: 1 | -1, name: string, color: string): Record<string, unknown> => ({
    type: 'bar',
    orientation: 'h',
    name,
    y: rs.map((r) => r.term),
    x: rs.map((r) => roundFor(sign * Math.abs(r.g2), 3)),
    customdata: rs.map((r) => [r.targetCount, r.referenceCount, roundFor(r.logRatio, 3), roundFor(r.pAdjusted, 4)]),
    hovertemplate: '%{y}<br>G² %{x:.2f}, log ratio %{customdata[2]}<br>counts %{customdata[0]} vs %{customdata[1]}, adjusted p %{customdata[3]}<extra></extra>',
    marker: { color },
  });
  return plotlySafeFigure({
    data: [
      trace(target, 1, `key in ${tName}`, SEGMENT_COLORS.reporting),
      trace(reference, -1, `key in ${rName}`, SEGMENT_COLORS.comments),
    ],
    layout,
  });
}

/**
 * Readable sides of a comparison label: `outlet:<id>` becomes the outlet's display name
 * (`outletLabel`: `unknown outlet` for `(unknown)`), `rest` becomes `the other outlets`, and a
 * trailing `(segment)` is returned apart.
 * @example comparisonSides('outlet:(unknown) vs rest (reporting)') // ['unknown outlet', 'the other outlets', 'reporting']
 * @example comparisonSides('comments vs reporting') // ['reader comments', 'reporting', '']
 */
export function comparisonSides(comparison: string, names?: Record<string, string>): [string, string, string] {
  const m = /^(.*?)\s*\(([^()]*)\)$/.exec(comparison);
  const [body, segment] = m && m[1].includes(' vs ') ? [m[1], m[2]] : [comparison, ''];
  const side = (s: string): string => {
    if (s.startsWith('outlet:')) return outletLabel(s.slice('outlet:'.length), names);
    if (s === 'rest') return 'the other outlets';
    return segmentLabel(s);
  };
  const [a, b] = splitComparison(body);
  return [side(a), side(b), segment];
}

/**
 * The two sides of a comparison label `A vs B`.
 * @example splitComparison('outlet:orient_news vs rest') // ['outlet:orient_news', 'rest']
 */
export function splitComparison(comparison: string): [string, string] {
  const i = comparison.indexOf(' vs ');
  return i < 0 ? [comparison, 'reference'] : [comparison.slice(0, i), comparison.slice(i + 4)];
}
