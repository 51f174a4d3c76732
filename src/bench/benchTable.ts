/**
 * The benchmark's measures and how they are reported: the aligned table (with khitab's speed as a
 * multiple of the Python reference's) and the machine-readable RESULT line.
 */
import { STAGES, type StageName } from './stages';

/** A measured stage: one of khitab's (`StageName`) or the Python reference. */
export type MeasuredStage = StageName | 'python';

/** One measured stage. */
export interface StageMeasure {
  /** Corpus size label, e.g. `400 MB`. */
  size: string;
  /** `text` (one file a page) or `jsonl`. */
  form: 'text' | 'jsonl';
  stage: MeasuredStage;
  /** Workers used (1 for single-core stages and the Python reference). */
  workers: number;
  pages: number;
  bytes: number;
  seconds: number;
  /**
   * CPU time of the stage's process over the same span, all threads (user + system): above
   * `seconds` when threads ran in parallel, and the work the stage cost in all.
   */
  cpuSeconds: number;
  /** Peak resident set of the stage's process in MB. */
  maxRssMb: number;
  /** Lexicon hits found (markers, analyze and python stages), or null where the stage finds none. */
  hits: number | null;
}

/** Label of the Python reference's rows. */
export const PYTHON_LABEL = '(p) Python reference (regex + dict + pandas)';

/**
 * MB/s of a measure (10^6 bytes).
 * @example mbPerSecond({bytes: 5e7, seconds: 2}) // 25
 */
export function mbPerSecond(m: Pick<StageMeasure, 'bytes' | 'seconds'>): number {
  return m.bytes / 1e6 / Math.max(m.seconds, 1e-9);
}

/**
 * How many times faster than the Python reference a row ran (the reference's wall seconds over
 * the row's, same size and form), for the full analyze and the reference itself; null elsewhere
 * or without a reference row.
 * @example vsPython(rows, analyzeRow) // 3.1
 */
export function vsPython(rows: readonly StageMeasure[], m: StageMeasure): number | null {
  if (m.stage !== 'analyze' && m.stage !== 'python') return null;
  const p = rows.find((r) => r.stage === 'python' && r.size === m.size && r.form === m.form);
  return p ? p.seconds / Math.max(m.seconds, 1e-9) : null;
}

/**
 * Formats the measures as an aligned text table (`× python`: see `vsPython`).
 * @example formatBenchTable(rows).split('\n')[0] // 'size    form   stage …'
 */
export function formatBenchTable(rows: readonly StageMeasure[]): string {
  const label = new Map<string, string>([...STAGES.map((s) => [s.name, s.label] as [string, string]), ['python', PYTHON_LABEL]]);
  const head = ['size', 'form', 'stage', 'workers', 'pages', 'MB', 'seconds', 'CPU s', 'MB/s', 'pages/s', 'hits/KB', 'peak RSS MB', '× python'];
  const body = rows.map((m) => {
    const x = vsPython(rows, m);
    return [
      m.size, m.form, label.get(m.stage) ?? m.stage, String(m.workers), String(m.pages), (m.bytes / 1e6).toFixed(1),
      m.seconds.toFixed(2), m.cpuSeconds.toFixed(2), mbPerSecond(m).toFixed(1), (m.pages / Math.max(m.seconds, 1e-9)).toFixed(0),
      m.hits === null ? '' : (m.hits / (m.bytes / 1e3)).toFixed(2), m.maxRssMb.toFixed(0), x === null ? '' : x.toFixed(2),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const fmt = (r: string[]): string => r.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt)].join('\n');
}

/**
 * The RESULT line from the large text-form measures (a)–(d), the peak RSS of each size, and the
 * full analyze's speed as a multiple of the Python reference's on the large corpus, text and
 * JSON-lines forms (`na` when the reference did not run).
 * @example resultLine(rows, '400 MB', '50 MB') // 'RESULT raw_mb_s=180.2 … rss_large_mb=260 vs_python=2.10 vs_python_jsonl=2.25'
 */
export function resultLine(rows: readonly StageMeasure[], large: string, small: string): string {
  const row = (s: MeasuredStage, form: 'text' | 'jsonl' = 'text'): StageMeasure | undefined =>
    rows.find((r) => r.size === large && r.form === form && r.stage === s);
  const get = (s: StageName): number => {
    const m = row(s);
    return m ? mbPerSecond(m) : NaN;
  };
  const vs = (form: 'text' | 'jsonl'): string => {
    const m = row('analyze', form);
    const x = m ? vsPython(rows, m) : null;
    return x === null ? 'na' : x.toFixed(2);
  };
  const rss = (size: string): number => Math.max(...rows.filter((r) => r.size === size && r.stage !== 'python').map((r) => r.maxRssMb));
  const a = get('raw');
  const d = get('analyze');
  return `RESULT raw_mb_s=${a.toFixed(1)} split_mb_s=${get('split').toFixed(1)} markers_mb_s=${get('markers').toFixed(1)} ` +
    `analyze_mb_s=${d.toFixed(1)} ratio=${(d / a).toFixed(3)} rss_small_mb=${rss(small).toFixed(0)} rss_large_mb=${rss(large).toFixed(0)} ` +
    `vs_python=${vs('text')} vs_python_jsonl=${vs('jsonl')}`;
}
