/**
 * The stance evaluation as readable text tables: per segment the per-class P/R/F1, the summary
 * figures (macro-F1, accuracy, classes never predicted, sign agreement, voice attribution), the
 * confusion matrix, and one line per camp or variety. Plain ASCII columns.
 */
import type { SegmentEval, StanceEvalReport, StanceFigures } from './evalStanceTypes';
import { frac, labelled, num, table } from './textTable';

/** The summary lines of a set of figures. */
function summary(f: StanceFigures): string {
  const c = f.classes;
  const never = c.neverPredicted.length
    ? `${c.neverPredicted.join(', ')}`
    : 'none';
  const s = f.sign;
  const v = f.voice;
  const kinds = v.byGoldKind.map((k) => `${k.kind} ${k.correct.count}/${k.correct.total}`).join(', ');
  const found = v.statuses.map((x) => `${x.status} ${x.units}`).join(', ') || 'no unit';
  return labelled([
    ['macro-F1 (4 classes)', `${num(c.macroF1)}  (an undefined F1 counts as 0)`],
    ['accuracy', frac(c.accuracy)],
    ['never predicted', never],
    ['sign agreement', `${frac(s.agree)}  (gold support/oppose; no prediction ${s.noPrediction}, balanced ${s.balanced}, opposite ${s.opposite})`],
    ['voice attribution', `${frac(v.correct)}  (units with a stance hit and a non-neutral gold stance; by gold voice: ${kinds}; voices found: ${found})`],
  ]);
}

/** One segment: classes, summary, confusion matrix, groups. */
function formatSegment(s: SegmentEval): string {
  const c = s.classes;
  const classes = table([
    ['class', 'precision', 'recall', 'F1', 'support', 'predicted'],
    ...c.perClass.map((x) => [x.stance, num(x.precision), num(x.recall), num(x.f1), String(x.support), String(x.predicted)]),
  ]);
  const confusion = table([
    ['gold \\ predicted', ...c.classes],
    ...c.classes.map((g, i) => [g, ...c.confusion[i].map(String)]),
  ]);
  const groups = table([
    [s.groupBy, 'units', 'accuracy', 'macro-F1', 'sign agreement', 'no prediction', 'voice'],
    ...s.groups.map((g) => [
      g.group, String(g.classes.n), frac(g.classes.accuracy), num(g.classes.macroF1), frac(g.sign.agree),
      String(g.sign.noPrediction), frac(g.voice.correct),
    ]),
  ]);
  return [`${s.segment}: ${c.n} units`, '', classes, '', summary(s), '', confusion, '', `per ${s.groupBy}`, groups].join('\n');
}

/**
 * The report of `evalStance` as text, one block per segment.
 * @example formatStanceEval(report).split('\n')[0] // 'reporting: 300 units'
 */
export function formatStanceEval(r: StanceEvalReport): string {
  return r.segments.map(formatSegment).join('\n\n');
}
