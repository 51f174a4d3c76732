/**
 * The article from model labels: the same record `splitArticle` derives from its rules, built from
 * the line labeller's roles: comment lines kept only with comment evidence (`commentEvidence`),
 * comments via `commentsFromLabels`, the title chosen among the title lines (`chooseTitle`), the
 * declared count from the first comment header the rule classifier reads.
 */
import type { Article, LabelledLine, Role } from '../types';
import type { SplitProfile } from '../profile';
import { splitLineParts } from '../splitLines';
import { classifyLine } from '../classifyLine';
import { commentsFromLabels } from '../commentsFromLabels';
import { labelLinesWithModel } from './labelLines';
import { dropUnfoundedComments } from '../commentEvidence';
import { chooseTitle } from './chooseTitle';
import { markCrossheads } from './crossheads';
import { isPostCredit } from './postCredits';
import { dashAuthors } from './dashAuthors';
import { isReadAlsoLink } from './readAlsoLinks';
import type { SplitModel } from './splitModel';

/** What `articleFromModel` needs besides the text (the `SplitOptions` fields it reads). */
export interface ModelArticleOptions {
  /** Page id. Default ''. */
  id?: string;
  /** Source file. Default ''. */
  file?: string;
  /** Encoding. Default 'utf-8'. */
  encoding?: string;
  /** Outlet id. Default null. */
  outlet?: string | null;
  /** How the outlet was found. Default null. */
  outletSource?: Article['outletSource'];
  /** Crawl date for comments' `approxDate`. Default null. */
  crawled?: string | null;
  /** HTML role hints, used as features (not as labels). Default none. */
  roleHints?: (Role | null)[];
}

/**
 * Splits a page with the trained labeller: every line gets the model's role (rule `model`) and its
 * probability (`confidence`), and the article is derived from those labels.
 * @example articleFromModel('عنوان\n\nنص الخبر.', generic, loadSplitModel()).title // 'عنوان'
 */
export function articleFromModel(text: string, p: SplitProfile, model: SplitModel, options: ModelArticleOptions = {}): Article {
  const { texts, eols } = splitLineParts(text);
  // Hard constraints fixed before decoding: «name -» authors in a comment section, embedded posts'
  // credit lines, "read also" links.
  const forced = dashAuthors(texts, p).map((r, i) => r ?? (isPostCredit(texts[i], p) ? 'caption' : isReadAlsoLink(texts[i], p) ? 'link' : null));
  const labels = labelLinesWithModel(texts, p, model, { roleHints: options.roleHints, forced });
  const lines: LabelledLine[] = texts.map((t, i) => ({
    n: i + 1, role: labels.roles[i], text: t, eol: eols[i], rule: labels.roles[i] === 'blank' ? 'blank' : 'model',
    comment: null, confidence: labels.confidence[i],
  }));
  const warnings: string[] = [];
  markCrossheads(lines, p);
  const dropped = dropUnfoundedComments(lines, options.roleHints);
  if (dropped > 0) warnings.push(`${dropped} line(s) read as reader comments had no comment structure (header, author or time, comment markup, reader's voice after the text): labelled boilerplate`);
  const comments = commentsFromLabels(lines, options.crawled ?? null, { bareLineStarts: true });
  const chosen = chooseTitle(lines, p, { scores: labels.scores, labels: model.labels, hints: options.roleHints });
  const title = chosen.line ? chosen.line.text.trim() : null;
  if (chosen.line === null) warnings.push(`no_title: ${chosen.reason}`);
  let declared: number | null = null;
  for (const l of lines) {
    if (declared === null && l.role === 'comment_header') {
      const k = classifyLine(l.text, p);
      if (k.kind === 'comment_header') declared = k.count;
    }
  }
  if (declared !== null && declared !== comments.length) {
    warnings.push(`the page declares ${declared} comment(s) but ${comments.length} were parsed`);
  }
  return {
    id: options.id ?? '', file: options.file ?? '', encoding: options.encoding ?? 'utf-8',
    outlet: options.outlet ?? null, outletSource: options.outletSource ?? null,
    title, lines, comments, declaredCommentCount: declared, warnings,
    pageKind: 'article', pageKindReason: '', splitConfidence: null, // decided by splitPage (split/pageKind.ts)
  };
}
