/**
 * The splitter: every input line gets exactly one role, and the `Article` is derived from the labels.
 */
import type { Article, Comment, LabelledLine, Role } from './types';
import { splitLineParts } from './splitLines';
import type { LineKind } from './classifyLine';
import type { TextKind } from './classifyLine';
import { classifyLine, keyOfText, wordsOfText } from './classifyLine';
import type { SplitProfile } from './profile';
import { profileForOutlet } from './profile';
import { labelCommentBlock } from './commentBlock';
import { commentsFromLabels } from './commentsFromLabels';
import { dropUnfoundedComments } from './commentEvidence';
import { matchLinePatterns } from './linePatterns';
import { articleFromModel } from './model/modelArticle';
import { loadSplitModel, type SplitModel } from './model/splitModel';

/** Options of `splitArticle`. Every field is optional. */
export interface SplitOptions {
  /** Page id copied to the article. Default: `''`. */
  id?: string;
  /** Source file copied to the article. Default: `''`. */
  file?: string;
  /** Encoding copied to the article. Default: `'utf-8'`. */
  encoding?: string;
  /** Outlet id: copied to the article and used to pick the profile. Default: null (generic profile). */
  outlet?: string | null;
  /** How the outlet was found (see `detectOutlet`). Default: null. */
  outletSource?: Article['outletSource'];
  /** Profile to use instead of the outlet's. Default: `profileForOutlet(outlet)`. */
  profile?: SplitProfile;
  /** Crawl date (`YYYY-MM` or `YYYY-MM-DD`) for comments' `approxDate`. Default: null. */
  crawled?: string | null;
  /**
   * Per-line role hints (index i = line i+1), e.g. from HTML DOM extraction. A non-null hint is the
   * line's role (rule `hint`); when any hint is a comment role, comments are rebuilt from the labels.
   * Default: none.
   */
  roleHints?: (Role | null)[];
  /**
   * Who labels the lines: `'rules'` (the profile rules below) or `'model'` (the trained line
   * labeller, `data/models/split-lines.json` unless `model` is given; role hints become features).
   * Default: `'rules'`.
   */
  labeller?: 'rules' | 'model';
  /** The trained model for `labeller: 'model'`. Default: `loadSplitModel()`. */
  model?: SplitModel;
}

/** Longest line (words / characters) that can be a subheading (crosshead). */
const SUBHEADING_MAX_WORDS = 8;
const SUBHEADING_MAX_CHARS = 80;
/** Longest line (words) that can be a title; a longer first line is body and the page has no title. */
const TITLE_MAX_WORDS = 40;

function isTitleLike(k: LineKind, raw: string): boolean {
  return k.kind === 'text' && wordsOfText(k, raw) <= 25 && !keyOfText(k, raw).endsWith('.');
}

/**
 * Splits a page's text into labelled lines and derives the article (title, comments, warnings).
 *
 * Zones: the *head* (before the title: boilerplate, category labels, bylines), the *body* (title
 * repeats, bylines, captions, links, subheadings, body), comment blocks (from a comment header or
 * comment form met after the body started, to the next footer line such as «الأكثر قراءة» or the
 * end) and the *footer* (after «الأكثر قراءة»: navigation, all boilerplate). A repeated title
 * (seeds 000, 001, 003) is labelled `title` again (rule `title_repeat`) when it comes before the
 * first body line; `Article.title` holds it once. A relative age or an explicit «فلان يقول:» line
 * after the body without any comment header opens a comment block anyway (with a warning).
 * Linear in the input size; lines longer than the profile's `maxShortLine` are body or comment text
 * without pattern tests.
 * @example
 * const a = splitArticle('عنوان\n\nنص الخبر الطويل.\n\nالتعليقات (1)\nأحمد\n·منذ سنة\nتعليق');
 * a.title // 'عنوان'
 * a.lines.map((l) => l.role) // ['title','blank','body','blank','comment_header','comment_author','comment_meta','comment_body']
 * a.comments[0] // {index:0, author:'أحمد', meta:'·منذ سنة', ageMonths:12, approxDate:null, text:'تعليق', lines:[8]}
 */
export function splitArticle(text: string, options: SplitOptions = {}): Article {
  const outlet = options.outlet ?? null;
  const p = options.profile ?? profileForOutlet(outlet);
  if (options.labeller === 'model') return articleFromModel(text, p, options.model ?? loadSplitModel(), options);
  const { texts: raws, eols } = splitLineParts(text);
  const n = raws.length;
  const kinds: LineKind[] = new Array(n);
  for (let i = 0; i < n; i++) kinds[i] = classifyLine(raws[i], p);
  const roles: Role[] = new Array(n);
  const rules: string[] = new Array(n);
  const commentOf: (number | null)[] = new Array(n).fill(null);
  const comments: Comment[] = [];
  const warnings: string[] = [];
  let declared: number | null = null;
  const set = (i: number, role: Role, rule: string): void => { roles[i] = role; rules[i] = rule; };
  const nextNonBlank = (i: number): number => {
    for (let j = i + 1; j < n; j++) if (kinds[j].kind !== 'blank') return j;
    return -1;
  };

  const runBlock = (s: number, rule: string): number => {
    let e = s + 1;
    while (e < n && kinds[e].kind !== 'footer') e++;
    const r = labelCommentBlock(raws, kinds, s, e, p, comments.length, { crawled: options.crawled ?? null });
    for (let i = s; i < e; i++) { roles[i] = r.roles[i - s]; rules[i] = r.rules[i - s]; commentOf[i] = r.commentOf[i - s]; }
    if (rule !== 'comment_header' && kinds[s].kind !== 'comment_header' && kinds[s].kind !== 'comment_form') {
      warnings.push(`comment-like lines from line ${s + 1} without a known comment header (${rule})`);
    }
    comments.push(...r.comments);
    if (declared === null) declared = r.declared;
    warnings.push(...r.warnings);
    return e;
  };

  const hinted = (options.roleHints?.length ?? 0) > 0;
  let zone: 'head' | 'body' | 'footer' = 'head';
  let titleKey: string | null = null;
  let bodySeen = false;
  let lastBody = -1;
  for (let i = 0; i < n;) {
    const k = kinds[i];
    if (k.kind === 'blank') { set(i, 'blank', 'blank'); i++; continue; }
    if (k.kind === 'link') { set(i, 'link', 'link'); i++; continue; }
    if ((k.kind === 'comment_header' || k.kind === 'comment_form') && (bodySeen || zone === 'footer')) {
      i = runBlock(i, k.kind === 'comment_header' ? 'comment_header' : 'comment_form');
      continue;
    }
    if (zone === 'footer') { set(i, 'boilerplate', 'footer'); i++; continue; }
    switch (k.kind) {
      case 'footer': set(i, 'boilerplate', 'footer'); zone = 'footer'; i++; continue;
      case 'counter': set(i, 'boilerplate', 'counter'); i++; continue;
      case 'comment_header': case 'comment_form': case 'comment_action':
        set(i, 'boilerplate', k.kind); i++; continue;
      case 'boilerplate': set(i, 'boilerplate', k.rule); i++; continue;
      case 'byline': set(i, 'byline', k.rule); i++; continue;
      case 'caption': set(i, 'caption', k.rule); i++; continue;
      case 'meta': case 'author': case 'author_meta': {
        // With role hints (saved HTML) the DOM already found the comments: a date or author-like
        // line outside them is page furniture (a dateline, a category), never an unheaded comment.
        if (bodySeen && zone === 'body' && !hinted) {
          let s = i;
          if (k.kind === 'meta' && lastBody >= 0 && rawsShort(raws[lastBody], p.maxAuthorWords) && noLinesBetween(kinds, lastBody, i)) {
            s = lastBody;
          }
          i = runBlock(s, 'implicit_comments');
          continue;
        }
        if (k.kind === 'meta') { set(i, 'byline', 'dateline'); i++; continue; }
        break;
      }
      default: break;
    }
    // text (or an author-like line before the body)
    // Exact words and the key are only needed until the body starts (most lines never build them).
    const words = k.kind !== 'text' ? 1 : zone === 'head' ? wordsOfText(k, raws[i]) : k.words;
    const key: string = zone === 'head' || (!bodySeen && titleKey !== null) ? (k.kind === 'text' ? keyOfText(k, raws[i]) : '') : '';
    if (zone === 'head') {
      const nx = nextNonBlank(i);
      const isCategory = words <= p.categoryMaxWords && (
        matchLinePatterns(p.category, key) !== null ||
        (nx >= 0 && isTitleLike(kinds[nx], raws[nx]) && keyOfText(kinds[nx] as TextKind, raws[nx]) !== key));
      if (isCategory) { set(i, 'boilerplate', 'category_label'); i++; continue; }
      zone = 'body';
      if (words <= TITLE_MAX_WORDS) { set(i, 'title', 'title'); titleKey = key; i++; continue; }
    }
    if (!bodySeen && titleKey !== null && key === titleKey) { set(i, 'title', 'title_repeat'); i++; continue; }
    set(i, 'body', 'body');
    bodySeen = true;
    lastBody = i;
    i++;
  }

  // Subheadings: short body lines without final punctuation between two body lines.
  let prev = -1;
  for (let i = 0; i < n; i++) {
    if (roles[i] === 'blank') continue;
    if (roles[i] === 'body' && prev >= 0 && roles[prev] === 'body') {
      const k = kinds[i];
      const nx = nextNonBlank(i);
      // `k.words` is a lower bound of the exact count: most lines are ruled out before counting.
      if (k.kind === 'text' && !k.finalPunct && k.words <= SUBHEADING_MAX_WORDS && wordsOfText(k, raws[i]) <= SUBHEADING_MAX_WORDS &&
          raws[i].trim().length <= SUBHEADING_MAX_CHARS &&
          nx >= 0 && roles[nx] === 'body') {
        set(i, 'subheading', 'subheading');
        prev = i;
        continue;
      }
    }
    prev = i;
  }

  const lines: LabelledLine[] = new Array(n);
  for (let i = 0; i < n; i++) lines[i] = { n: i + 1, role: roles[i], text: raws[i], eol: eols[i], rule: rules[i], comment: commentOf[i] };
  let finalComments = comments;
  const hints = options.roleHints;
  if (hints && hints.length) {
    let commentHint = false;
    for (let i = 0; i < n && i < hints.length; i++) {
      const h = hints[i];
      if (h == null) continue;
      lines[i].role = h;
      lines[i].rule = 'hint';
      if (h.startsWith('comment_')) commentHint = true;
    }
    if (commentHint) finalComments = commentsFromLabels(lines, options.crawled ?? null);
  }
  // Comments need positive evidence (a header, markup, an author or time line before text, a
  // reader's voice after the article): a headline list with dates read as comments is boilerplate.
  const dropped = finalComments.length > 0 ? dropUnfoundedComments(lines, hints) : 0;
  if (dropped > 0) {
    for (const l of lines) l.comment = null;
    finalComments = [];
    warnings.push(`${dropped} line(s) read as reader comments had no comment structure (header, author or time, comment markup, reader's voice after the text): labelled boilerplate`);
  }
  let titleLine: LabelledLine | undefined;
  for (let i = 0; i < n; i++) if (lines[i].role === 'title') { titleLine = lines[i]; break; }
  if (declared !== null && declared !== finalComments.length) {
    warnings.push(`the page declares ${declared} comment(s) but ${finalComments.length} were parsed`);
  }
  return {
    id: options.id ?? '', file: options.file ?? '', encoding: options.encoding ?? 'utf-8',
    outlet, outletSource: options.outletSource ?? null,
    title: titleLine ? titleLine.text.trim() : null,
    lines, comments: finalComments, declaredCommentCount: declared, warnings,
    pageKind: 'article', pageKindReason: '', splitConfidence: null, // decided by splitPage (split/pageKind.ts)
  };
}

function rawsShort(s: string, maxWords: number): boolean {
  const t = s.trim();
  return t.length > 0 && t.length <= 120 && t.split(/\s+/).length <= maxWords;
}

function noLinesBetween(kinds: LineKind[], a: number, b: number): boolean {
  for (let j = a + 1; j < b; j++) if (kinds[j].kind !== 'blank') return false;
  return true;
}
