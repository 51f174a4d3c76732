/**
 * The stance instrument measured on the stance gold (data/gold/stance/): every unit run through the
 * pipeline (`predictStanceUnit`), then per segment the class figures, sign agreement and voice
 * attribution, and the same per camp (reporting) or per language variety (comments).
 */
import { lexiconFilesVersion } from '../lexicon/lexiconVersion';
import { loadLexicon } from '../lexicon/loadLexicon';
import type { Lexicon } from '../lexicon/types';
import type { SegmentEval, StanceEvalReport, StanceFigures, StanceUnitPrediction } from './evalStanceTypes';
import { predictStanceUnit } from './predictStanceUnit';
import { signAgreement, stanceClassScores, voiceAgreement } from './stanceEvalScores';
import { STANCE_GOLD_SEGMENTS, type StanceGoldUnit } from './stanceGoldTypes';
import { readVoiceTable, type VoiceTable } from '../stance/voices/voiceTable';

/** Options of `evalStance`. */
export interface EvalStanceOptions {
  /** Lexicon to run. Default: the shipped codebook (`loadLexicon()`). */
  lexicon?: Lexicon;
  /** Voice table. Default: data/voices.yaml (`readVoiceTable()`). */
  voices?: VoiceTable;
}

/**
 * The figures of a set of units and their predictions (same order).
 * @example figuresOf(units, predictions).classes.macroF1 // 0.25
 */
export function figuresOf(units: readonly StanceGoldUnit[], preds: readonly StanceUnitPrediction[]): StanceFigures {
  const gold = units.map((u) => u.stance);
  return {
    classes: stanceClassScores(gold, preds.map((p) => p.stance)),
    sign: signAgreement(gold, preds.map((p) => p.sign)),
    voice: voiceAgreement(units, preds),
  };
}

/**
 * Runs the stance instrument on every gold unit and reports, per segment (reporting first), the
 * per-class precision/recall/F1, macro-F1, accuracy, confusion matrix, sign agreement and voice
 * attribution, with the same figures per camp (reporting) or variety (comments). Segments without
 * units are left out.
 * @example
 * const r = evalStance(readStanceGold('data/gold/stance/dev'));
 * r.segments.map((s) => [s.segment, s.classes.n]) // [['reporting', 300], ['comment', 150]]
 */
export function evalStance(units: readonly StanceGoldUnit[], options: EvalStanceOptions = {}): StanceEvalReport {
  const lexicon = options.lexicon ?? loadLexicon();
  const voices = options.voices ?? readVoiceTable();
  const preds = units.map((u) => predictStanceUnit(u, lexicon, voices));
  const segments: SegmentEval[] = [];
  for (const segment of STANCE_GOLD_SEGMENTS) {
    const idx = units.map((_, i) => i).filter((i) => units[i].segment === segment);
    if (idx.length === 0) continue;
    const groupBy = segment === 'reporting' ? 'camp' : 'variety';
    const keys = [...new Set(idx.map((i) => units[i][groupBy]))].sort();
    const groups = keys.map((group) => {
      const g = idx.filter((i) => units[i][groupBy] === group);
      return { group, ...figuresOf(g.map((i) => units[i]), g.map((i) => preds[i])) };
    });
    segments.push({ segment, groupBy, ...figuresOf(idx.map((i) => units[i]), idx.map((i) => preds[i])), groups });
  }
  return { units: units.length, lexicon: lexiconFilesVersion(lexicon.files), voices: voices.source, segments };
}
