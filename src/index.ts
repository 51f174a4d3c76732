/**
 * khitab's public API: what notebooks and analyses use, grouped by pipeline stage. Every name is
 * listed (no `export *`), so a change to the API shows up in one diff. Everything else under src/
 * is internal and may change without notice.
 *
 * @example
 * import { analyzeCorpus, loadCorpus, openRun, kwic } from './src/index';
 * const result = await analyzeCorpus(await loadCorpus('data/corpus'));   // the engine, in memory
 * kwic(result.articles, 'slogan')[0].keyword                               // 'لن نصالح'
 * const run = await openRun('outputs');                                   // the tables of a `khitab analyze` run
 * run.aggregates.naming.length                                            // rows of naming.csv
 */

// ---- corpus: files → pages (formats, encodings, metadata, outlets)
export type { PageMeta, Page, Reject, Corpus } from './corpus/types';
export { loadCorpus } from './corpus/loadCorpus';
export { streamCorpus } from './corpus/streamCorpus';
export { readMetadata } from './corpus/metadata';
export { htmlToPageText } from './corpus/html/htmlToPage';
export { loadOutlets, campOfOutlet, outletOfUrl, CAMPS } from './corpus/outlets';
export type { Camp, Outlet } from './corpus/outlets';

// ---- split: page → article (line roles, comments, outlet)
export type { Role, LabelledLine, Comment, Article } from './split/types';
export { ROLES } from './corpus/types';
export { splitPage } from './split/splitPage';
export { splitArticle } from './split/splitArticle';
export type { SplitOptions } from './split/splitArticle';
export { loadSplitModel } from './split/model/splitModel';
export { detectOutlet } from './split/detectOutlet';

// ---- text: normalization, tokens, stopwords
export { normalizeArabic, toOriginalSpan } from './text/normalizeArabic';
export type { NormalizeOptions } from './text/normalizeArabic';
export { matchKey } from './text/matchKey';
export { tokenize } from './text/tokenize';
export { arabicStopwords } from './text/stopwords';

// ---- lexicon: the codebook, its categories and user dictionaries
export type { Lexicon, Marker, Category, NamingDimension } from './lexicon/types';
export { loadLexicon, lexiconPathsWith, LexiconError } from './lexicon/loadLexicon';
export { resolveLexicon, lexiconVersion } from './lexicon/resolveLexicon';
export { categoryOf } from './lexicon/categoryOf';

// ---- stance: marker hits, negation, quotation, stance scores, KWIC
export type { Hit, StanceScore, ArticleStance } from './stance/types';
export { matchMarkers } from './stance/matchMarkers';
export { scoreStance } from './stance/scoreStance';
export { kwic } from './stance/kwic';
export type { KwicRow } from './stance/kwic';
export { checkLexicon } from './stance/checkLexicon';

// ---- stats: tests, effect sizes, keyness, bootstrap, agreement (each cites its reference)
export { statKeyness } from './stats/keyness';
export { statG2 } from './stats/statG2';
export { logRatio } from './stats/logRatio';
export { chiSquareIndependence } from './stats/chiSquareIndependence';
export { cramersV } from './stats/cramersV';
export { fisherExact2x2 } from './stats/fisherExact';
export { adjustBH } from './stats/adjustBH';
export { bootstrapRateCI } from './stats/bootstrapRateCI';
export { cohensKappa } from './stats/cohensKappa';
export { krippendorffAlpha } from './stats/krippendorffAlpha';
export { precisionRecallF1 } from './stats/precisionRecallF1';
export { rngMulberry32 } from './stats/rngMulberry32';

// ---- tables: the rows of one page and the tables of a corpus
export type { ArticleRow, CommentRow, HitRow, VoiceRow, OutletProfileRow, NamingRow, NamingTestRow, KeynessRow, HashtagRow, RejectRow, AnalysisTables } from './tables/types';
export { processPage } from './tables/processPage';
export { TABLE_FILES, TABLE_COLUMNS } from './tables/columns';
export { SEGMENTS } from './tables/segments';
export type { Segment } from './tables/segments';
export { UNKNOWN_OUTLET } from './tables/columns';
export { readRowTables } from './tables/readRowTables';
export { toDataFrame } from './tables/toDataFrame';
export { toDataFrames } from './tables/toDataFrames';
export type { AnalysisFrames } from './tables/toDataFrames';

// ---- validate: agreement with hand coding
export type { StanceLabel, GoldRow, PredictedUnit, ValidationReport } from './validate/types';
export { readGold } from './validate/readGold';
export { validateStance } from './validate/validateStance';
export { predictedUnits } from './validate/predictedUnits';
export { formatValidationReport } from './validate/formatValidationReport';
export { evalStance } from './validate/evalStance';
export { validateCoders } from './validate/validateCoders';

// ---- charts: figures from table rows, safe HTML tables
export type { Figure, NamedFigure, ChartOptions } from './charts/types';
export { plotCategoryRates } from './charts/plotCategoryRates';
export { plotCategoryRatesCI } from './charts/plotCategoryRatesCI';
export { plotNamingShares } from './charts/plotNamingShares';
export { plotStanceReportingVsComments } from './charts/plotStanceReportingVsComments';
export { stanceInterval } from './charts/stanceInterval';
export { plotHashtags } from './charts/plotHashtags';
export { plotKeyness } from './charts/plotKeyness';
export { plotMarkersOverTime } from './charts/plotMarkersOverTime';
export { plotCommentVolume } from './charts/plotCommentVolume';
export { standardFigures } from './charts/standardFigures';
export { displayFigure } from './charts/displayFigure';
export { figureToHtml } from './charts/figureToHtml';
export { renderFigures } from './charts/renderFigures';
export { writeFigures } from './charts/writeFigures';
export { displayTable } from './charts/displayTable';
export { renderTableHtml } from './charts/renderTableHtml';
export { renderRoleView, displayRoleView } from './charts/renderRoleView';
export { categoryLabel, outletLabel } from './charts/labels';
export { loadOutletNames } from './charts/loadOutletNames';
export { sourceNoteOf } from './charts/sourceNote';

// ---- export: writing tables (CSV, sidecars) and reading a run back
export { writeTables } from './export/writeTables';
export { toCsv } from './export/toCsv';
export { writeTableSet } from './export/writeTableSet';
export { openRun, Run } from './export/readRun';
export { sqlLiteral } from './export/stagingCsv';
export type { RunAggregates } from './export/readRun';
export { readRunProvenance } from './export/runProvenance';
export { splitRunPage } from './export/splitRunPage';
export { lowConfidenceSplits } from './export/lowConfidenceSplits';

// ---- run: the analysis engine, in memory or streamed to disk
export { analyzeCorpus } from './run/analyzeCorpus';
export type { AnalyzeOptions, AnalysisInfo, AnalysisResult } from './run/analyzeCorpus';
export { analyzeFolder, analyzeStream, corpusSize } from './run/analyzeStream';
export type { AnalyzeFolderOptions, StreamSummary } from './run/analyzeStream';
