/**
 * Hand-made table rows for the chart tests (not produced by the pipeline): three outlets, Arabic
 * tags, terms and comments, one article without a date, one comment carrying an XSS payload.
 */
import type { ArticleRow, CommentRow, HashtagRow, HitRow, KeynessRow, NamingRow, OutletProfileRow } from '../../src/tables/types';

export const OUTLET_NAMES = { orient_news: 'Orient News', arab48: 'Arab48', al_bawsala: 'Al-Bawsala' };

const nm = (dimension: string, segment: 'reporting' | 'comments', outlet: string, variant: string, count: number, share: number | null): NamingRow =>
  ({ dimension, segment, outlet, variant, count, share });

/** gov: Orient 6 regime / 2 metonym; Arab48 3 regime / 3 state; Al-Bawsala 4 regime. turkey: Al-Bawsala has no hit. */
export const NAMING: NamingRow[] = [
  nm('gov', 'reporting', 'al_bawsala', 'naming_gov_regime', 4, 1),
  nm('gov', 'reporting', 'al_bawsala', 'naming_gov_state', 0, 0),
  nm('gov', 'reporting', 'al_bawsala', 'naming_gov_metonym', 0, 0),
  nm('gov', 'reporting', 'arab48', 'naming_gov_regime', 3, 0.5),
  nm('gov', 'reporting', 'arab48', 'naming_gov_state', 3, 0.5),
  nm('gov', 'reporting', 'arab48', 'naming_gov_metonym', 0, 0),
  nm('gov', 'reporting', 'orient_news', 'naming_gov_regime', 6, 0.75),
  nm('gov', 'reporting', 'orient_news', 'naming_gov_state', 0, 0),
  nm('gov', 'reporting', 'orient_news', 'naming_gov_metonym', 2, 0.25),
  nm('turkey', 'reporting', 'al_bawsala', 'naming_turkey_occupation', 0, null),
  nm('turkey', 'reporting', 'al_bawsala', 'naming_turkey_guarantor', 0, null),
  nm('turkey', 'reporting', 'arab48', 'naming_turkey_occupation', 0, 0),
  nm('turkey', 'reporting', 'arab48', 'naming_turkey_guarantor', 2, 1),
  nm('turkey', 'reporting', 'orient_news', 'naming_turkey_occupation', 1, 1),
  nm('turkey', 'reporting', 'orient_news', 'naming_turkey_guarantor', 0, 0),
];

const pr = (outlet: string, segment: 'reporting' | 'comments', category: string, hits: number, tokens: number, rate: number | null, ciLow: number | null, ciHigh: number | null): OutletProfileRow =>
  ({ outlet, segment, category, hits, tokens, rate, ciLow, ciHigh, articles: 2, resamples: 1000, seed: 1 });

export const PROFILE: OutletProfileRow[] = [
  pr('arab48', 'reporting', 'stance_support', 2, 500, 4, 2, 6),
  pr('arab48', 'reporting', 'slogan', 0, 500, 0, 0, 0),
  pr('arab48', 'comments', 'stance_support', 0, 0, null, null, null),
  pr('arab48', 'comments', 'slogan', 0, 0, null, null, null),
  pr('orient_news', 'reporting', 'stance_support', 1, 1000, 1, 0, 2.5),
  pr('orient_news', 'reporting', 'slogan', 3, 1000, 3, 1, 5),
  pr('orient_news', 'comments', 'stance_support', 0, 200, 0, 0, 0),
  pr('orient_news', 'comments', 'slogan', 2, 200, 10, 5, 15),
];

const art = (id: string, outlet: string | null, published: string | null, bodyTokens: number, support: number, oppose: number, commentsParsed: number, commentsDeclared: number | null, title: string, hits: number): ArticleRow => ({
  hits, id, file: `${id}.txt`, outlet, camp: null, outletSource: outlet ? 'metadata' : null, published, title,
  pageKind: 'article', pageKindReason: '', splitConfidence: null, bodyTokens,
  commentsParsed, commentsDeclared, support, oppose, stanceIndex: support + oppose ? (support - oppose) / (support + oppose) : null,
  meanCommentIndex: null, warnings: '',
  authorialSupport: support, authorialOppose: oppose, reportedSupport: 0, reportedOppose: 0,
});

/** Orient: 1 for / 3 against in reporting (index −0.5); its readers 0 for / 2 against (−1). Arab48: 3 for / 1 against (+0.5). */
export const ARTICLES: ArticleRow[] = [
  art('p1', 'orient_news', '2016-12', 1000, 1, 1, 2, 2, 'محادثات في أنقرة', 2),
  art('p2', 'orient_news', '2023-01', 1000, 0, 2, 1, 2, 'موعد جديد للقاء', 1),
  art('p3', 'arab48', '2023-04-25', 500, 3, 1, 0, null, 'محادثات بناءة في موسكو', 1),
  art('p4', null, null, 800, 0, 0, 0, null, 'روسيا ترعى اجتماعاً', 1),
];

const com = (articleId: string, outlet: string, comment: number, support: number, oppose: number, text: string, hits = 0): CommentRow => ({
  hits, articleId, file: `${articleId}.txt`, outlet, comment, author: 'قارئ', meta: '·منذ سنة', ageMonths: 12, approxDate: '2023-03', tokens: 10, support, oppose,
  stanceIndex: support + oppose ? (support - oppose) / (support + oppose) : null, text,
});

export const XSS_TEXT = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> لن نصالح';

export const COMMENTS: CommentRow[] = [
  com('p1', 'orient_news', 0, 0, 1, 'لن نصالح', 1),
  com('p1', 'orient_news', 1, 0, 1, XSS_TEXT),
  com('p2', 'orient_news', 0, 0, 0, 'الله يفرجها'),
];

const hit = (id: string, outlet: string | null, segment: 'reporting' | 'comments', category: string, line: number): HitRow => ({
  id, file: `${id}.txt`, outlet, line, col: 0, len: 5, role: segment === 'reporting' ? 'body' : 'comment_body', segment,
  comment: segment === 'comments' ? 0 : null, category, marker: `${category}_m`, polarity: category === 'stance_support' ? 1 : -1,
  negated: false, quoted: false, speaker: null, pre: '', keyword: 'كلمة', post: '', voice: 'authorial',
});

/** Reporting hits: 2016-12 (p1, 1000 tokens): 2 oppose; 2023-01 (p2, 1000): 1 oppose; 2023-04 (p3, 500): 1 support; p4 undated. */
export const HITS: HitRow[] = [
  hit('p1', 'orient_news', 'reporting', 'stance_oppose', 3),
  hit('p1', 'orient_news', 'reporting', 'stance_oppose', 5),
  hit('p1', 'orient_news', 'comments', 'stance_oppose', 20),
  hit('p2', 'orient_news', 'reporting', 'stance_oppose', 4),
  hit('p3', 'arab48', 'reporting', 'stance_support', 6),
  hit('p4', null, 'reporting', 'stance_support', 2),
];

export const HASHTAGS: HashtagRow[] = [
  { tag: '#لن_نصالح', kind: 'hashtag', outlet: 'al_bawsala', segment: 'reporting', count: 2 },
  { tag: 'لن نصالح', kind: 'slogan', outlet: 'orient_news', segment: 'comments', count: 3 },
  { tag: 'لن نصالح', kind: 'slogan', outlet: 'al_bawsala', segment: 'reporting', count: 1 },
  { tag: '#التطبيع_خيانة', kind: 'hashtag', outlet: 'orient_news', segment: 'comments', count: 1 },
];

const kw = (comparison: string, term: string, targetCount: number, referenceCount: number, g2: number, logRatio: number): KeynessRow => ({
  comparison, term, targetCount, referenceCount, targetTotal: 1000, referenceTotal: 2000, g2, chi2: g2, logRatio, p: 0.01, pAdjusted: 0.02,
});

export const KEYNESS: KeynessRow[] = [
  kw('reporting vs comments', 'النظام', 20, 5, 12.5, 2.1),
  kw('reporting vs comments', 'موسكو', 10, 2, 8.25, 2.3),
  kw('reporting vs comments', 'نصالح', 1, 12, 6, -1.6),
  kw('reporting vs comments', 'الأسد', 3, 3, 0.5, 1.0),
  kw('outlet:orient_news vs rest', 'أسد', 8, 0, 9, 3),
];
