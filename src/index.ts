/**
 * khitab's public API, grouped by pipeline stage. Every public name is listed here by name (no
 * `export *`), so a change to the API shows up in one diff.
 *
 * @example
 * import { loadCorpus, analyzeCorpus, writeTables } from './src/index';
 * const result = await analyzeCorpus(await loadCorpus('data/corpus'));
 * await writeTables(result, 'outputs');
 */

// ---- corpus: reading files, encodings, HTML, JSON lines, metadata, outlets
export type { PageMeta, Encoding, InputFormat, DecodedText, Page, Reject, Corpus } from './corpus/types';
export { loadCorpus } from './corpus/loadCorpus';
export { listCorpusFiles, walkCorpusFiles, metadataPathOf, globMatcher } from './corpus/listCorpusFiles';
export type { CorpusFilesOptions } from './corpus/listCorpusFiles';
export type { LoadCorpusOptions } from './corpus/loadCorpus';
export { streamCorpus, streamCorpusJobs, readCorpusFile, corpusMetadata, CorpusDeduper, compactKey, unreadableFolder, DEFAULT_MAX_FILE_BYTES } from './corpus/streamCorpus';
export { DigestMap } from './corpus/digestMap';
export { NameStore } from './corpus/nameStore';
export type { CorpusItem, CorpusJob, DeferredFile, DeferredRecord, CorpusFileRead, StreamCorpusOptions } from './corpus/streamCorpus';
export { readInput, readOpenFile, tooLargeDetail, NO_ARABIC_WARNING, DEFAULT_MAX_INPUT_BYTES } from './corpus/readInput';
export { specialFileKind, specialFileAt, notRegularFile } from './corpus/specialFile';
export type { InputResult, ReadInputOptions } from './corpus/readInput';
export { decodeBytes, decodeUtf8OrNull, sniffByteOrderMark, isValidUtf8, arabicShareOfNonAscii } from './corpus/decode';
export type { DecodeOptions } from './corpus/decode';
export { detectFormat, isJsonLinesRecord, looksBinary } from './corpus/detectFormat';
export type { LooksBinaryOptions } from './corpus/detectFormat';
export { readJsonLines, readJsonLinesRecord, sanitizeRecordId } from './corpus/jsonl';
export type { JsonLinesPage, ReadJsonLinesOptions, JsonLinesRecordResult } from './corpus/jsonl';
export { htmlToPageText } from './corpus/html/htmlToPage';
export type { HtmlPageText, HtmlToPageTextOptions } from './corpus/html/htmlToPage';
export { extractHtmlBlocks } from './corpus/html/blocks';
export type { HtmlBlock, ExtractHtmlBlocksOptions } from './corpus/html/blocks';
export { extractHtmlMeta, htmlMetaToPageMeta } from './corpus/html/meta';
export type { HtmlMeta } from './corpus/html/meta';
export { findJsonLdArticle } from './corpus/html/jsonLd';
export type { JsonLdArticle } from './corpus/html/jsonLd';
export { findHtmlComments } from './corpus/html/comments/findComments';
export { WORDPRESS_MARKUP } from './corpus/html/comments/wordpress';
export { DISQUS_MARKUP } from './corpus/html/comments/disqus';
export { FACEBOOK_MARKUP } from './corpus/html/comments/facebook';
export type { CommentSystem, HtmlComment, HtmlCommentThread, CommentMarkup } from './corpus/html/comments/types';
export { DROPPED_TAGS } from './corpus/html/visibility';
export { readMetadata, mergeMeta, META_COLUMNS } from './corpus/metadata';
export type { ReadMetadataOptions, MetadataTable } from './corpus/metadata';
export { isPartialDate } from './corpus/dates';
export { loadOutlets, campOfOutlet, campsOfOutlets, outletOfUrl, outletOfText, CAMPS, OUTLETS_FILE } from './corpus/outlets';
export type { Camp, Outlet } from './corpus/outlets';
export { detectOutlet } from './split/detectOutlet';
export type { DetectOutletInput, DetectOutletOptions, DetectedOutlet } from './split/detectOutlet';
export { splitPage } from './split/splitPage';
export type { SplitPageOptions } from './split/splitPage';

// ---- split: line roles, comments, relative ages, outlet profiles
export type { Role, LabelledLine, Comment, Article } from './split/types';
export { ROLES } from './split/types';
export { splitArticle } from './split/splitArticle';
export type { SplitOptions } from './split/splitArticle';
export { splitLines } from './split/splitLines';
export type { RawLine } from './split/splitLines';
export { parseRelativeAge, parseRelativeAgeParts, DAYS_PER_MONTH } from './split/relativeAge';
export type { RelativeAgeParts } from './split/relativeAge';
export { approxDateFromAge } from './split/approxDate';
export { parseCommentDate } from './split/commentDate';
export { commentsFromLabels } from './split/commentsFromLabels';
export { lineKey, lineKeyWords, isBlankLine } from './split/lineKey';
export type { KeyedLine } from './split/lineKey';
export { compileSafeRegex } from './split/linePatterns';
export { profileForOutlet, loadProfileSpecs, compileProfile, detectProfileOutlet, PROFILES_DIR } from './split/profile';
export type { CommentLayout, ProfileSpec, SplitProfile } from './split/profile';

// ---- text: normalization, tokens, clitics, stopwords
export { normalizeArabic, toOriginalSpan, DEFAULT_NORMALIZE } from './text/normalizeArabic';
export type { NormalizeOptions, Normalized } from './text/normalizeArabic';
export { matchKey, MATCH_NORMALIZE } from './text/matchKey';
export { tokenize } from './text/tokenize';
export { scanTokens, TokenBuffer, TOKEN_KINDS, IS_WORD_KIND } from './text/scanTokens';
export type { Token, TokenKind } from './text/tokenize';
export { prefixCandidates, suffixCandidates, cliticCandidates, MIN_STEM } from './text/clitics';
export type { CliticCandidate } from './text/clitics';
export { arabicStopwords, STOPWORDS_FILE } from './text/stopwords';
export { countTokens, termsOf, termStem, hashtagsOf, termOfToken, termOfWordKey } from './text/terms';

// ---- lexicon: the codebook and user dictionaries
export type { Polarity, Marker, Lexicon } from './lexicon/types';
export { loadLexicon, readLexicon, defaultLexiconPaths, LexiconError, LEXICON_DIR } from './lexicon/loadLexicon';
export { compileLexicon, overlapGroup, TOKEN_CACHE_LIMIT } from './lexicon/compileLexicon';
export type { CompiledLexicon } from './lexicon/compileLexicon';
export { checkLexicon } from './stance/checkLexicon';
export { validatePattern, compilePattern } from './lexicon/patterns';
export type { PatternWord, CompiledPattern } from './lexicon/patterns';
export { readLexiconText, readLiwc } from './lexicon/readLexiconFile';
export type { LexiconFileResult } from './lexicon/readLexiconFile';

// ---- stance: marker hits, negation, quotation, stance scores, KWIC
export type { Hit, StanceScore, ArticleStance } from './stance/types';
export { matchMarkers, scanArticle, MATCHED_ROLES } from './stance/matchMarkers';
export type { MatchOptions, ScanOptions, LineCounts } from './stance/matchMarkers';
export { scoreStance, stanceScore, stanceDirection, REPORTING_ROLES } from './stance/scoreStance';
export { kwic, kwicOfHit } from './stance/kwic';
export type { KwicRow, KwicParts, KwicOptions } from './stance/kwic';
export { articleOfLines } from './stance/articleOfLines';
export { NEGATORS, NEGATION_WINDOW, isNegatorKey } from './stance/negation';
export { quotationOfLine, quotationOfColumns, reportingClass, REPORTING_VERBS } from './stance/quotation';
export type { LineQuotes, QuoteColumns } from './stance/quotation';

// ---- stats: tests, effect sizes, keyness, bootstrap, agreement
export { rngMulberry32, rngMulberry32After } from './stats/rngMulberry32';
export { bootstrapRates, bootstrapSparseRates, checkRateOptions, sparseRateUnits, resampleRateUnits, summarizeRateResamples } from './stats/bootstrapRates';
export { RateUnitLog } from './stats/rateUnitLog';
export type { RateUnit, RateCI, BootstrapRateCIOptions, SparseRateUnits, RateResamples } from './stats/bootstrapRates';
export { bootstrapRateCI } from './stats/bootstrapRateCI';
export type { HitTokenUnit } from './stats/bootstrapRateCI';
export { statG2 } from './stats/statG2';
export type { StatG2Options } from './stats/statG2';
export { chiSquare2x2 } from './stats/chiSquare2x2';
export type { ChiSquare2x2Options } from './stats/chiSquare2x2';
export { logRatio } from './stats/logRatio';
export { statKeyness } from './stats/keyness';
export type { KeynessStat, StatKeynessOptions } from './stats/keyness';
export { chiSquareIndependence } from './stats/chiSquareIndependence';
export type { ChiSquareIndependenceResult } from './stats/chiSquareIndependence';
export { cramersV } from './stats/cramersV';
export { fisherExact2x2 } from './stats/fisherExact';
export { pChiSquare, gammaQ } from './stats/pChiSquare';
export { adjustBH } from './stats/adjustBH';
export { cohensKappa } from './stats/cohensKappa';
export { krippendorffAlpha } from './stats/krippendorffAlpha';
export type { CodedValue, KrippendorffAlphaOptions } from './stats/krippendorffAlpha';
export { precisionRecallF1, prf1FromCounts } from './stats/precisionRecallF1';
export type { PrecisionRecallF1 } from './stats/precisionRecallF1';
export { confusionTable } from './stats/confusionTable';
export type { ConfusionTable } from './stats/confusionTable';

// ---- tables: the analysis (the main job as functions)
export type {
  ArticleRow, CommentRow, HitRow, OutletProfileRow, NamingRow, NamingTestRow, KeynessRow, HashtagRow, RejectRow,
} from './tables/types';
export { analyzeCorpus, resolveLexicon, lexiconVersion } from './tables/analyzeCorpus';
export type { AnalyzeOptions, AnalysisInfo, AnalysisResult } from './tables/analyzeCorpus';
export { processPage, processArticle, countsTowardRates } from './tables/processPage';
export type { PageResult, SegmentUnit, ProcessPageOptions } from './tables/processPage';
export { TableBuilder, UNKNOWN_OUTLET } from './tables/buildTables';
export type { AnalysisTables, BuildTablesOptions, PagePartial, RateGroup } from './tables/buildTables';
export { TABLE_FILES, TABLE_COLUMNS, ROW_TABLE_TYPES } from './tables/columns';
export type { ColumnKind } from './tables/columns';
export { readRowTables } from './tables/readRowTables';
export type { RowTables, ReadRowTablesOptions } from './tables/readRowTables';
export { NAMING_DIMENSIONS, namingDimensionOf } from './tables/naming';
export type { NamingDimension } from './tables/naming';
export { SEGMENTS, segmentOfRole } from './tables/segments';
export type { Segment } from './tables/segments';
export { predictedUnits } from './validate/predictedUnits';
export { toDataFrames } from './tables/toDataFrames';
export type { AnalysisFrames } from './tables/toDataFrames';
export { writeTables } from './export/writeTables';
export type { WriteTablesOptions } from './export/writeTables';

// ---- charts: figure specs, renderers, safe HTML tables
export type { Figure, NamedFigure, ChartOptions, PlotlyTrace, PlotlyLayout } from './charts/types';
export { plotNamingShares } from './charts/plotNamingShares';
export type { NamingSharesOptions } from './charts/plotNamingShares';
export { plotCategoryRates } from './charts/plotCategoryRates';
export { plotCategoryRatesCI } from './charts/plotCategoryRatesCI';
export { plotStanceReportingVsComments, stanceComparisonRows } from './charts/plotStanceReportingVsComments';
export type { StanceComparisonOptions, StanceComparisonRow } from './charts/plotStanceReportingVsComments';
export { stanceInterval } from './charts/stanceInterval';
export type { StanceEstimate } from './charts/stanceInterval';
export { plotHashtags } from './charts/plotHashtags';
export type { HashtagsOptions } from './charts/plotHashtags';
export { plotKeyness } from './charts/plotKeyness';
export type { KeynessOptions } from './charts/plotKeyness';
export { plotMarkersOverTime, periodOf } from './charts/plotMarkersOverTime';
export type { MarkersOverTimeOptions } from './charts/plotMarkersOverTime';
export { plotCommentVolume } from './charts/plotCommentVolume';
export { standardFigures } from './charts/standardFigures';
export type { FigureTables, StandardFiguresOptions, StandardFigures } from './charts/standardFigures';
export { displayFigure } from './charts/displayFigure';
export type { DisplayFigureOptions } from './charts/displayFigure';
export { figureToHtml } from './charts/figureToHtml';
export type { FigureToHtmlOptions } from './charts/figureToHtml';
export { renderFigures } from './charts/renderFigures';
export type { FigureFormat, RenderFiguresOptions, RenderFiguresResult } from './charts/renderFigures';
export { writeFigures } from './charts/writeFigures';
export type { WriteFiguresOptions, WriteFiguresResult } from './charts/writeFigures';
export { launchChromium } from './charts/launchChromium';
export { renderTableHtml } from './charts/renderTableHtml';
export type { TableHtmlOptions } from './charts/renderTableHtml';
export { displayTable } from './charts/displayTable';
export type { DisplayTableOptions } from './charts/displayTable';
export { renderRoleView, displayRoleView, ROLE_COLORS } from './charts/renderRoleView';
export type { RoleViewOptions } from './charts/renderRoleView';
export { escapeHtml, jsonForScript } from './charts/escapeHtml';
export { OKABE_ITO, SEGMENT_COLORS, STANCE_COLORS, ARABIC_FONT_FAMILY, seriesColor } from './charts/palette';
export { categoryLabel, outletLabel, segmentLabel, dimensionLabel } from './charts/labels';
export { loadOutletNames } from './charts/loadOutletNames';
export { sourceNoteOf } from './charts/sourceNote';
export type { SourceInfo } from './charts/sourceNote';

// ---- export: CSV, sidecars, durable writing, DataFrames, Parquet
export { toCsv } from './export/toCsv';
export type { CsvOptions } from './export/toCsv';
export { formatCsvCell, formatCsvNumber, neutralizeFormula } from './export/formatCsvCell';
export { writeCsvTable } from './export/writeCsvTable';
export { writeFileAtomic, writeFileSynced } from './export/writeFileAtomic';
export { writeTableSet, TABLE_NAME } from './export/writeTableSet';
export type { TableSpec, WriteTableSetOptions } from './export/writeTableSet';
export { writeSidecar, buildSidecar, sidecarDocument, sidecarPathFor, khitabVersion } from './export/sidecar';
export type { SidecarInfo, SidecarTable, SidecarDocument } from './export/sidecar';
export { toDataFrame } from './tables/toDataFrame';
export { ParquetRowWriter, readParquetRows, countHitsParquet, verifyProfileCounts, verifyNamingCounts, PARQUET_TYPES } from './export/parquet';
export type { RowTable, ParquetWriterOptions, HitCountRow, StagedPage } from './export/parquet';
export { formatStagingRows, readStagingCsvSql, stagingBufferSizes, sqlLiteral } from './export/stagingCsv';

// ---- validate: agreement with hand coding
export type { StanceLabel, GoldRow, PredictedUnit, CategoryAgreement, ValidationReport } from './validate/types';
export { STANCE_LABELS } from './validate/types';
export { readGold, parseGold } from './validate/readGold';
export { validateStance } from './validate/validateStance';
export type { ValidateStanceOptions } from './validate/validateStance';
export { stanceFromIndex } from './validate/stanceFromIndex';
export { formatValidationReport } from './validate/formatValidationReport';

// ---- parallel: streaming, worker threads, shards (large corpora)
export { analyzeFolder, analyzeStream, corpusBytes, corpusSize } from './run/analyzeStream';
export type { AnalyzeFolderOptions, AnalyzeStreamOptions, StreamSummary, RowTableFormat } from './run/analyzeStream';
export { runPages, runJobs, startPagePool, defaultWorkers } from './run/runPages';
export type { RunPagesOptions, PagePool } from './run/runPages';
export type { WorkerJob, JobResult } from './run/pageWorker';
export { ratesOnPool } from './run/ratesOnPool';
export { shardSelector, shardOfFile } from './run/shard';
export { fnv1a32 } from './text/fnv1a';
export { RowSpill, compareIds, appendFileRange, writeAll } from './export/rowSpill';
export type { RowSpillOptions } from './export/rowSpill';
export { pageOutputOf, pagePartialOf } from './export/pageOutput';
export { TermIds } from './text/termIds';
export { TermTranslator } from './run/termTranslator';
export type { PageOutput } from './export/pageOutput';
export { InputLog } from './run/inputLog';
export { RejectLog, compareRejects } from './run/rejectLog';
export { diskFullError } from './run/diskFullError';
export { TEMP_FOLDER_PREFIX, tempFolderOf, processRuns, removeStaleTempFolders } from './run/tempFolder';
export { outputFolderInCorpus, isOutside, filesOutside } from './run/outputInCorpus';
export { writeStreamSidecar } from './run/writeStreamSidecar';
export type { InputsFile } from './run/writeStreamSidecar';

// ---- bench: the benchmark behind `npm run bench`
export { runBench, formatBenchTable, resultLine, measureStage, mbPerSecond } from './bench/runBench';
export type { BenchOptions, BenchReport, StageMeasure } from './bench/runBench';
export { generateBenchCorpus, generatePage } from './bench/generateCorpus';
export type { GenerateOptions, GeneratedCorpus, GeneratedPage } from './bench/generateCorpus';
export { readSeedParts } from './bench/seedParts';
export type { SeedParts } from './bench/seedParts';
export { STAGES, lexiconAlternation, rawScan, splitOnly, splitAndMatch, fullAnalyze, prepareStage } from './bench/stages';
export type { StageName, StageCount } from './bench/stages';
