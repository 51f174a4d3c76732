/**
 * The analysis stage's view of the earlier stages: one place that names the splitter, matcher and
 * text functions the tables are built from.
 */
export { splitPage } from '../corpus/splitPage';
export { loadLexicon } from '../lexicon/loadLexicon';
export { matchMarkers } from '../stance/matchMarkers';
export { scoreStance } from '../stance/scoreStance';
export { kwicOfHit } from '../stance/kwic';
export { countTokens, termsOf } from '../text/terms';
