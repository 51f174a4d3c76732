/**
 * Merging per-page results into the corpus tables. Pages may arrive in any order (streams,
 * worker threads, shards): every table is sorted into its documented order at the end, and every
 * random draw is seeded per group, so the output does not depend on arrival order. Only pages of
 * kind `article` enter the aggregates: listings and pages without an article are counted by kind
 * (`pageKinds`) and stay in the row tables only.
 */
import type { Category, CategorySet, Lexicon, NamingDimension } from '../lexicon/types';
import type {
  AnalysisTables, OutletProfileRow, NamingRow, NamingTestRow, KeynessRow, HashtagRow,
} from './types';
import type { VoiceCount } from './voiceCounts';
import { VoiceTally } from './voiceRows';
import type { PageResult } from './processPage';
import { PAGE_KINDS, type PageKind } from '../split/types';
import { SEGMENTS, type Segment } from './segments';
import { UNKNOWN_OUTLET } from './columns';
import { TermIds } from '../text/termIds';
import { FNV1A_BASIS, fnv1aSpan } from '../corpus/fnv1a';
import { bootstrapSparseRates, type RateCI, type SparseRateUnits } from '../stats/bootstrapRates';
import { RateUnitLog } from '../stats/rateUnitLog';
import { rngMulberry32 } from '../stats/rngMulberry32';
import { keynessOfCounts } from '../stats/keynessOfCounts';
import { chiSquareIndependence } from '../stats/chiSquareIndependence';
import { cramersV } from '../stats/cramersV';
import { fisherExact2x2 } from '../stats/fisherExact';

/** All analysis tables (defined with the row types, so readers of table files need not load the builder). */
export type { AnalysisTables } from './types';

/** Options of `TableBuilder`. */
export interface BuildTablesOptions {
  /** Seed of the bootstrap. Default 20230101. */
  seed?: number;
  /** Bootstrap resamples. Default 1000. */
  resamples?: number;
  /** Minimum count of a term in target + reference to enter keyness. Default 3. */
  keynessMinCount?: number;
  /** Keyness rows kept per comparison and direction (strongest G² of each sign). Default 200. */
  keynessTop?: number;
}

/**
 * One page's contribution to the aggregate tables in count form — what the streaming path sends
 * from worker threads instead of a `PageResult` (see `TableBuilder.addPartial`).
 */
export interface PagePartial {
  outlet: string | null;
  /** The page's kind: only `article` pages are added to the aggregates (see `TableBuilder.pageKinds`). */
  pageKind: PageKind;
  /** Whether the page has parsed comments (only then is it a unit of the comments segment). */
  hasComments: boolean;
  units: Record<Segment, {
    tokens: number;
    /** Counted hits per category (see `countsTowardRates`), as parallel arrays. */
    hitCategories: readonly string[];
    hitCounts: ArrayLike<number>;
    /** Keyness terms as indexes of `TableBuilder.termIndex`, and their counts. */
    termIndexes: ArrayLike<number>;
    termCounts: ArrayLike<number>;
  }>;
  /** Hits of the naming and hashtags tables (see `taggedCategories`), counted per distinct (segment, outlet, category, marker, keyword). */
  tagged: readonly TaggedCount[];
  /** The page's hits per segment × voice (voices.csv). */
  voiceCounts: readonly VoiceCount[];
}

/** Hits of one (segment, outlet, category, marker, keyword): what the naming and hashtags tables count. */
export interface TaggedCount {
  segment: Segment;
  outlet: string | null;
  category: string;
  marker: string;
  keyword: string;
  count: number;
}

/** One outlet × segment bootstrap of the outlet profile (see `TableBuilder.rateGroups`). */
export interface RateGroup {
  /** `outlet \0 segment`. */
  key: string;
  units: SparseRateUnits;
  /** Seed of the group's mulberry32 generator. */
  seed: number;
  resamples: number;
}

const taggedCache = new WeakMap<readonly Category[], ReadonlySet<string>>();

/**
 * The categories whose hits the naming and hashtags tables count one by one (`PagePartial.tagged`):
 * the variants of every naming dimension and the categories with a `hashtags` mode.
 * @example taggedCategories(loadLexicon()).has('slogan') // true
 */
export function taggedCategories(lexicon: CategorySet): ReadonlySet<string> {
  let set = taggedCache.get(lexicon.categories);
  if (!set) taggedCache.set(lexicon.categories, (set = new Set(lexicon.categories.filter((c) => c.dimension !== null || c.hashtags !== null).map((c) => c.id))));
  return set;
}

/** FNV-1a hash of a string, mixed with a seed: a stable per-group seed. */
function seedFor(seed: number, key: string): number {
  return fnv1aSpan(key, 0, key.length, (FNV1A_BASIS ^ seed) >>> 0);
}

function byKeys<T>(...keys: ((r: T) => string | number | null)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const k of keys) {
      const x = k(a);
      const y = k(b);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return 0;
  };
}

function addCount<K>(map: Map<K, number>, key: K, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** counts[i] += n, growing `counts` with zeros (so it stays a packed array). */
function bump(counts: number[], i: number, n: number): void {
  while (counts.length <= i) counts.push(0);
  counts[i] += n;
}

/**
 * Accumulates page results and turns them into the analysis tables.
 * @example
 * const b = new TableBuilder(lexicon, {seed: 1});
 * for (const page of corpus.pages) b.add(processPage(page, lexicon));
 * const tables = b.finish();
 * tables.outletProfile.length // outlets × segments × categories
 */
export class TableBuilder {
  private readonly categories: string[];
  private readonly catIndex: Map<string, number>;
  /** outlet → segment → bootstrap units (one per article), kept compactly. */
  private readonly units = new Map<string, Record<Segment, RateUnitLog>>();
  /** Keyness terms by index (see `termIndex`). */
  private readonly terms = new TermIds();
  /** outlet → reporting term counts by term index. */
  private readonly outletTerms = new Map<string, number[]>();
  private readonly segmentTerms: Record<Segment, number[]> = { reporting: [], comments: [] };
  private readonly opts: Required<BuildTablesOptions>;
  /** Naming dimensions of the lexicon, in table order. */
  private readonly dimensions: readonly NamingDimension[];
  /** Category → how its hits go to hashtags.csv (categories with `hashtags` set only). */
  private readonly tagMode = new Map<string, 'marker' | 'keyword'>();
  /** Marker id → its tag, for markers of `hashtags: marker` categories (the first pattern). */
  private readonly markerTag = new Map<string, string>();
  /** segment \0 outlet \0 category → hits (all hits, negated or not: naming is not stance). */
  private readonly categoryCounts = new Map<string, number>();
  /** Scratch arrays of `addUnits` (a unit's category indexes and counts). */
  private readonly unitCategories: number[] = [];
  private readonly unitCounts: number[] = [];
  /** Bootstrap results computed elsewhere (see `rateGroups`), by group key, for `finish`. */
  private rates: ReadonlyMap<string, RateCI[]> | null = null;
  /** tag \0 kind (category) \0 outlet \0 segment → hits of the hashtags table's categories. */
  private readonly tagCounts = new Map<string, number>();
  /** voices.csv: hits and pages per outlet × segment × voice. */
  private readonly voiceTally = new VoiceTally();
  /** Pages added, by kind (non-articles are counted here and nowhere else). */
  private readonly kindCounts = new Map<PageKind, number>(PAGE_KINDS.map((k) => [k, 0]));

  constructor(lexicon: Lexicon, options: BuildTablesOptions = {}) {
    this.categories = [...new Set([...lexicon.categories.map((c) => c.id), ...lexicon.markers.map((m) => m.category)])].sort();
    this.catIndex = new Map(this.categories.map((c, i) => [c, i]));
    this.dimensions = lexicon.dimensions;
    for (const c of lexicon.categories) if (c.hashtags) this.tagMode.set(c.id, c.hashtags);
    for (const m of lexicon.markers) if (this.tagMode.get(m.category) === 'marker') this.markerTag.set(m.id, m.patterns[0] ?? m.id);
    this.opts = {
      seed: options.seed ?? 20230101,
      resamples: options.resamples ?? 1000,
      keynessMinCount: options.keynessMinCount ?? 3,
      keynessTop: options.keynessTop ?? 200,
    };
  }

  /**
   * Adds one page's result. Of the rows it reads only the article row's `pageKind`,
   * `commentRows.length`, its `voiceCounts` and, of each hit row, `segment`, `outlet`, `category`,
   * `marker` and `keyword`: the rows themselves are a sink's. A page that is not an article is only counted.
   */
  add(r: PageResult): void {
    if (!this.counted(r.articleRow.pageKind)) return;
    for (const h of r.hitRows) this.addTagged(h.segment, h.outlet, h.category, h.marker, h.keyword, 1);
    this.voiceTally.add(r.outlet ?? UNKNOWN_OUTLET, r.voiceCounts);
    const units = {} as PagePartial['units'];
    for (const seg of SEGMENTS) {
      const terms = r.terms[seg];
      const termIndexes: number[] = [];
      for (const t of terms.keys()) termIndexes.push(this.termIndex(t));
      units[seg] = {
        tokens: r.units[seg].tokens, hitCategories: [...r.units[seg].hits.keys()], hitCounts: [...r.units[seg].hits.values()],
        termIndexes, termCounts: [...terms.values()],
      };
    }
    this.addUnits(r.outlet, r.commentRows.length > 0, units);
  }

  /**
   * Adds one page's counts (the streaming path: no rows, terms by index).
   * @example b.addPartial({outlet: 'orient_news', pageKind: 'article', hasComments: false, units, tagged: []})
   */
  addPartial(p: PagePartial): void {
    if (!this.counted(p.pageKind)) return;
    for (const t of p.tagged) this.addTagged(t.segment, t.outlet, t.category, t.marker, t.keyword, t.count);
    this.voiceTally.add(p.outlet ?? UNKNOWN_OUTLET, p.voiceCounts);
    this.addUnits(p.outlet, p.hasComments, p.units);
  }

  /**
   * Pages added so far by kind (every kind present, zeros included). Only the `article` pages are
   * in the aggregate tables; the others were left out of them (their rows stay in articles.csv,
   * comments.csv and hits.csv, with `pageKind` and `pageKindReason`).
   * @example b.pageKinds() // {article: 5, listing: 0, no_article: 0}
   */
  pageKinds(): Record<PageKind, number> {
    return Object.fromEntries(this.kindCounts) as Record<PageKind, number>;
  }

  /** Counts a page by kind; true when it is an article (and so enters the aggregates). */
  private counted(kind: PageKind): boolean {
    this.kindCounts.set(kind, (this.kindCounts.get(kind) ?? 0) + 1);
    return kind === 'article';
  }

  /**
   * The index of a keyness term, for `PagePartial.units[*].termIndexes` (assigned on first use).
   * @example b.termIndex('نظام') // 0
   */
  termIndex(term: string): number {
    return this.terms.idOf(term);
  }

  private addTagged(segment: Segment, hitOutlet: string | null, category: string, marker: string, keyword: string, n: number): void {
    const o = hitOutlet ?? UNKNOWN_OUTLET;
    addCount(this.categoryCounts, `${segment}\u0000${o}\u0000${category}`, n);
    const mode = this.tagMode.get(category);
    if (mode) {
      const tag = mode === 'marker' ? this.markerTag.get(marker) ?? marker : keyword.normalize('NFKC');
      addCount(this.tagCounts, [tag, category, o, segment].join('\u0000'), n);
    }
  }

  private addUnits(pageOutlet: string | null, hasComments: boolean, units: PagePartial['units']): void {
    const outlet = pageOutlet ?? UNKNOWN_OUTLET;
    let u = this.units.get(outlet);
    if (!u) this.units.set(outlet, (u = { reporting: new RateUnitLog(), comments: new RateUnitLog() }));
    const cats = this.unitCategories;
    const counts = this.unitCounts;
    for (const seg of SEGMENTS) {
      const unit = units[seg];
      // Categories of the lexicon only (by index), each once: its last count, as an array would keep it.
      cats.length = 0;
      counts.length = 0;
      for (let k = 0; k < unit.hitCategories.length; k++) {
        const i = this.catIndex.get(unit.hitCategories[k]);
        if (i === undefined) continue;
        const at = cats.indexOf(i);
        if (at >= 0) counts[at] = unit.hitCounts[k];
        else { cats.push(i); counts.push(unit.hitCounts[k]); }
      }
      // Pages without comments are not units of the comments segment.
      if (seg === 'comments' && !hasComments) continue;
      u[seg].add(unit.tokens, cats, counts);
      const termCounts = this.segmentTerms[seg];
      for (let k = 0; k < unit.termIndexes.length; k++) bump(termCounts, unit.termIndexes[k], unit.termCounts[k]);
    }
    let ot = this.outletTerms.get(outlet);
    if (!ot) this.outletTerms.set(outlet, (ot = []));
    const rep = units.reporting;
    for (let k = 0; k < rep.termIndexes.length; k++) bump(ot, rep.termIndexes[k], rep.termCounts[k]);
  }

  /**
   * Computes the aggregate tables. The row tables (articles, comments, hits, rejects) are empty:
   * the engine's sink writes or keeps them (src/run/analysisSink.ts).
   */
  finish(rates?: ReadonlyMap<string, RateCI[]>): AnalysisTables {
    this.rates = rates ?? null;
    return {
      articles: [],
      comments: [],
      hits: [],
      outletProfile: this.outletProfile(),
      naming: this.namingRows(),
      namingTests: this.namingTests(),
      keyness: this.keyness(),
      hashtags: this.hashtags(),
      rejects: [],
      voices: this.voiceTally.rows(),
    };
  }

  private outlets(): string[] {
    return [...this.units.keys()].sort();
  }

  /**
   * The bootstrap of every outlet × segment of the outlet profile, as independent jobs (units in
   * sparse form, seed, resamples), for callers that run them elsewhere — on worker threads — and
   * pass the results to `finish`. The key is `outlet \0 segment`.
   * With `shared`, each group's units live in SharedArrayBuffers (`RateUnitLog.toSparse`), so
   * every worker reads one copy.
   * @example b.rateGroups().map((g) => g.key) // ['orient_news\u0000reporting', 'orient_news\u0000comments', …]
   */
  rateGroups(shared = false): RateGroup[] {
    return [...this.unitGroups()].map(({ key, units }) => this.rateGroupOf(key, units, shared));
  }

  /**
   * `rateGroups(shared)` one group at a time, for a caller that resamples each group as it comes
   * and passes the results to `finish`: once a group's sparse form is built, its units are
   * released (`RateUnitLog.release`; `finish` then needs only their totals and the results), so the
   * units and their sparse forms are never all held at once. Without those results, `finish`
   * throws for a released group.
   * @example builder.finish(await ratesOnPool(pool, builder.takeRateGroups(true)))
   */
  *takeRateGroups(shared = true): Generator<RateGroup> {
    for (const { key, units } of this.unitGroups()) {
      const group = this.rateGroupOf(key, units, shared);
      units.release();
      yield group;
    }
  }

  /** The bootstrap job of one outlet × segment group (see `rateGroups`). */
  private rateGroupOf(key: string, units: RateUnitLog, shared: boolean): RateGroup {
    return { key, units: units.toSparse(this.categories.length, this.opts.resamples, 0.95, shared), seed: seedFor(this.opts.seed, key), resamples: this.opts.resamples };
  }

  /** The outlet × segment groups that have units, in table order, with their key `outlet \0 segment`. */
  private *unitGroups(): Generator<{ outlet: string; seg: Segment; key: string; units: RateUnitLog }> {
    for (const outlet of this.outlets()) {
      for (const seg of SEGMENTS) {
        const units = this.units.get(outlet)![seg];
        if (units.n > 0) yield { outlet, seg, key: `${outlet}\u0000${seg}`, units };
      }
    }
  }

  private outletProfile(): OutletProfileRow[] {
    const rows: OutletProfileRow[] = [];
    for (const { outlet, seg, key, units } of this.unitGroups()) {
      // Intervals computed elsewhere (`rateGroups`) need only the totals here, not the sparse form.
      if (!this.rates?.has(key) && units.released) {
        throw new Error(`TableBuilder.finish: the units of ${outlet} (${seg}) were released by takeRateGroups; pass the rates computed from its groups`);
      }
      const est = this.rates?.get(key) ?? bootstrapSparseRates(units.toSparse(this.categories.length, this.opts.resamples), {
        resamples: this.opts.resamples, rng: rngMulberry32(seedFor(this.opts.seed, key)),
      });
      const hits = units.totalHits(this.categories.length);
      const tokens = units.totalTokens();
      this.categories.forEach((category, c) => {
        rows.push({
          outlet, segment: seg, category, hits: hits[c], tokens, rate: est[c].rate, ciLow: est[c].low, ciHigh: est[c].high,
          articles: units.n, resamples: this.opts.resamples, seed: this.opts.seed,
        });
      });
    }
    return rows;
  }

  /** Hits of each variant of a naming dimension for one outlet and segment, in variant order. */
  private namingCountsOf(d: NamingDimension, seg: Segment, outlet: string): number[] {
    return d.variants.map((v) => this.categoryCounts.get(`${seg}\u0000${outlet}\u0000${v}`) ?? 0);
  }

  private namingRows(): NamingRow[] {
    const rows: NamingRow[] = [];
    for (const d of this.dimensions) {
      for (const seg of SEGMENTS) {
        for (const outlet of this.outlets()) {
          const cs = this.namingCountsOf(d, seg, outlet);
          const total = cs.reduce((a, b) => a + b, 0);
          if (seg === 'comments' && this.units.get(outlet)!.comments.n === 0) continue;
          d.variants.forEach((variant, i) => {
            rows.push({ dimension: d.id, segment: seg, outlet, variant, count: cs[i], share: total > 0 ? cs[i] / total : null });
          });
        }
      }
    }
    return rows;
  }

  private namingTests(): NamingTestRow[] {
    const rows: NamingTestRow[] = [];
    for (const d of this.dimensions) {
      for (const seg of SEGMENTS) {
        // Outlets and variants with no naming at all carry no information about association.
        let table = this.outlets().map((o) => this.namingCountsOf(d, seg, o));
        table = table.filter((r) => r.some((x) => x > 0));
        const keepCols = d.variants.map((_, j) => table.some((r) => r[j] > 0));
        table = table.map((r) => r.filter((_, j) => keepCols[j]));
        const n = table.reduce((a, r) => a + r.reduce((x, y) => x + y, 0), 0);
        const base = { dimension: d.id, segment: seg, outlets: table.length, variants: table[0]?.length ?? 0, n };
        if (table.length < 2 || (table[0]?.length ?? 0) < 2) {
          rows.push({
            ...base, chi2: null, df: null, p: null, cramersV: null, minExpected: null, valid: false, fisherP: null,
            note: 'not tested: needs at least 2 outlets and 2 variants with counts',
          });
          continue;
        }
        const t = chiSquareIndependence(table);
        const fisherP = table.length === 2 && table[0].length === 2
          ? fisherExact2x2(table[0][0], table[0][1], table[1][0], table[1][1]) : null;
        rows.push({
          ...base, chi2: t.chi2, df: t.df, p: t.p, cramersV: cramersV(table), minExpected: t.minExpected, valid: t.valid,
          fisherP,
          note: t.valid ? 'chi-square valid (Cochran: no expected count < 1, at most 20% < 5)'
            : fisherP !== null ? 'expected counts too small for chi-square; use Fisher\'s exact p'
              : 'expected counts too small for chi-square; p is unreliable (no exact test for tables larger than 2×2)',
        });
      }
    }
    return rows;
  }

  private keyness(): KeynessRow[] {
    const rows: KeynessRow[] = [];
    const termOf = (i: number): string => this.terms.termOf(i);
    const push = (comparison: string, target: ArrayLike<number>, reference: ArrayLike<number>) => {
      // Sorted by signed G² (quanteda's convention): the head is most characteristic of the target,
      // the tail of the reference. Keep the strongest `keynessTop` of each side; p is adjusted over all terms.
      const k = keynessOfCounts(target, reference, termOf, { minCount: this.opts.keynessMinCount, top: this.opts.keynessTop, g2Correction: 'williams' });
      for (const r of k) rows.push({ comparison, ...r });
    };
    const outlets = this.outlets();
    if (outlets.length >= 2) {
      // Each outlet against the rest: all outlets' counts minus its own (integer counts: exact).
      const all = new Float64Array(this.terms.size);
      for (const o of outlets) {
        const counts = this.outletTerms.get(o)!;
        for (let i = 0; i < counts.length; i++) all[i] += counts[i];
      }
      for (const o of outlets) {
        const own = this.outletTerms.get(o)!;
        const rest = all.slice();
        for (let i = 0; i < own.length; i++) rest[i] -= own[i];
        push(`outlet:${o} vs rest (reporting)`, own, rest);
      }
    }
    if (this.segmentTerms.comments.some((n) => n > 0)) {
      push('comments vs reporting', this.segmentTerms.comments, this.segmentTerms.reporting);
    }
    return rows;
  }

  private hashtags(): HashtagRow[] {
    return [...this.tagCounts].map(([k, count]) => {
      const [tag, kind, outlet, segment] = k.split('\u0000');
      return { tag, kind: kind as HashtagRow['kind'], outlet, segment: segment as Segment, count };
    }).sort(byKeys((r: HashtagRow) => r.kind, (r) => r.tag, (r) => r.outlet, (r) => r.segment));
  }
}
