/**
 * Labelling a block of reader comments (from the comment header or form to the end of the comment
 * zone) and building the `Comment` records from it.
 */
import type { Comment, Role } from './types';
import type { LineKind } from './classifyLine';
import type { SplitProfile } from './profile';
import type { RelativeAgeParts } from './relativeAge';
import { DAYS_PER_MONTH } from './relativeAge';
import { approxDateFromAge } from './approxDate';
import { countWords } from './lineKey';

/** Options of `labelCommentBlock`. */
export interface CommentBlockOptions {
  /** Crawl date (`YYYY-MM` or `YYYY-MM-DD`) for `approxDate`. Default: null (no dates from ages). */
  crawled?: string | null;
}

/** Result of labelling a comment block. */
export interface CommentBlockResult {
  /** Role of each line of the block (index 0 = first line of the block). */
  roles: Role[];
  /** Rule that gave each role. */
  rules: string[];
  /** Comment index of each line, or null. */
  commentOf: (number | null)[];
  /** The comments, indexed from `firstIndex`. */
  comments: Comment[];
  /** Declared count from the first comment header that has one, or null. */
  declared: number | null;
  /** Problems (unrecognised lines, count mismatch is left to the caller). */
  warnings: string[];
}

interface Draft {
  author: number | null;
  authorName: string | null;
  meta: number | null;
  metaText: string | null;
  age: RelativeAgeParts | null;
  date: string | null;
  body: number[];
}

function isOther(k: LineKind): boolean {
  return k.kind === 'text' || k.kind === 'byline' || k.kind === 'caption';
}

/**
 * Labels lines `[start, end)` as a comment block and builds its comments.
 *
 * Layouts: `author_meta_text` (Orient, WordPress, Disqus: an author line — explicit «فلان يقول:» or
 * the last short line before a meta line — then the meta line, then the text) and
 * `author_text_meta` (Facebook: author, text, then a trailer «أعجبني · رد · 3 سنوات»); `auto`
 * picks the second when a meta line of the block carries a trailing cue. Counters («1.», «#2», «2»)
 * and action lines («رد», «تحميل المزيد») are boilerplate that close the current comment.
 * Fallback when no comment can be anchored: lines are grouped by counters (first line = author
 * when a group has two or more lines) or else by blank-separated paragraphs (no author, with a
 * warning) — nothing is dropped. Lines left over beside recognised comments are boilerplate with a
 * warning naming them.
 * @example labelCommentBlock(raws, kinds, 25, 43, orient, 0).comments.length // 2 (seed 001)
 */
export function labelCommentBlock(
  raws: string[], kinds: LineKind[], start: number, end: number, p: SplitProfile, firstIndex: number,
  options: CommentBlockOptions = {},
): CommentBlockResult {
  const len = end - start;
  const roles: Role[] = new Array(len);
  const rules: string[] = new Array(len);
  const commentOf: (number | null)[] = new Array(len).fill(null);
  const warnings: string[] = [];
  let declared: number | null = null;
  let layout = p.commentLayout;
  if (layout === 'auto') {
    layout = 'author_meta_text';
    for (let i = start; i < end; i++) {
      const k = kinds[i];
      if (k.kind === 'meta' && k.trailing) { layout = 'author_text_meta'; break; }
    }
  }
  const drafts: Draft[] = [];
  const orphans: number[] = [];
  let cur: Draft | null = null;
  let open = false;
  let pending: number[] = [];
  let counters = 0;
  const groups: number[][] = [[]];
  const newDraft = (d: Partial<Draft>): Draft => {
    const x: Draft = { author: null, authorName: null, meta: null, metaText: null, age: null, date: null, body: [], ...d };
    drafts.push(x);
    return x;
  };
  const set = (i: number, role: Role, rule: string): void => { roles[i - start] = role; rules[i - start] = rule; };
  const prevNonBlank = (i: number): number => {
    for (let j = i - 1; j >= start; j--) if (kinds[j].kind !== 'blank') return j;
    return -1;
  };

  for (let i = start; i < end; i++) {
    const k = kinds[i];
    switch (k.kind) {
      case 'blank': set(i, 'blank', 'blank'); continue;
      case 'comment_header':
        set(i, 'comment_header', 'comment_header');
        if (declared === null && k.count !== null) declared = k.count;
        open = false;
        continue;
      case 'link': set(i, 'link', 'link'); continue;
      case 'counter': counters++; groups.push([]); set(i, 'boilerplate', 'comment_counter'); open = false; continue;
      case 'comment_form': set(i, 'boilerplate', 'comment_form'); open = false; continue;
      case 'comment_action': set(i, 'boilerplate', 'comment_action'); open = layout === 'author_text_meta' ? open : false; continue;
      case 'footer': case 'boilerplate': set(i, 'boilerplate', k.kind === 'footer' ? 'footer' : k.rule); open = false; continue;
      default: break;
    }
    if (layout === 'author_text_meta') {
      if (k.kind === 'meta' || k.kind === 'author_meta') {
        const lines = pending.filter((j) => kinds[j].kind !== 'blank');
        const d = newDraft({ meta: i, metaText: raws[i].trim(), age: k.age, date: k.date });
        if (lines.length >= 2) { d.author = lines[0]; d.authorName = raws[lines[0]].trim(); d.body = lines.slice(1); } else d.body = lines;
        if (k.kind === 'author_meta') { d.author = i; d.authorName = k.name; }
        pending = [];
      } else {
        pending.push(i);
        groups[groups.length - 1].push(i);
      }
      continue;
    }
    // author_meta_text
    if (k.kind === 'author') {
      cur = newDraft({ author: i, authorName: k.name });
      open = true;
    } else if (k.kind === 'author_meta') {
      cur = newDraft({ author: i, authorName: k.name, meta: i, metaText: k.meta, age: k.age, date: k.date });
      open = true;
    } else if (k.kind === 'meta') {
      if (cur && open && cur.meta === null && cur.body.length === 0 && cur.author !== null) {
        cur.meta = i; cur.metaText = raws[i].trim(); cur.age = k.age; cur.date = k.date;
      } else {
        const j = prevNonBlank(i);
        let author: number | null = null;
        if (j >= 0 && isOther(kinds[j]) && countWords(raws[j], p.maxAuthorWords) <= p.maxAuthorWords) {
          if (orphans.length && orphans[orphans.length - 1] === j) { orphans.pop(); author = j; }
          else if (cur && open && cur.body.length > 1 && cur.body[cur.body.length - 1] === j) { cur.body.pop(); author = j; }
        }
        cur = newDraft({ author, authorName: author === null ? null : raws[author].trim(), meta: i, metaText: raws[i].trim(), age: k.age, date: k.date });
        open = true;
      }
    } else if (cur && open) {
      cur.body.push(i);
    } else {
      orphans.push(i);
      groups[groups.length - 1].push(i);
    }
  }
  if (layout === 'author_text_meta') orphans.push(...pending.filter((j) => kinds[j].kind !== 'blank'));

  if (drafts.length === 0 && orphans.length > 0) {
    // Fallback: no anchor (no meta, no explicit author).
    if (counters > 0) {
      for (const g of groups) {
        const ls = g.filter((j) => kinds[j].kind !== 'blank');
        if (ls.length === 0) continue;
        if (ls.length >= 2) newDraft({ author: ls[0], authorName: raws[ls[0]].trim(), body: ls.slice(1) });
        else newDraft({ body: ls });
      }
    } else {
      const orphanSet = new Set(orphans);
      let para: number[] = [];
      for (let i = start; i < end; i++) {
        if (orphanSet.has(i)) para.push(i);
        else if (para.length) { newDraft({ body: para }); para = []; }
      }
      if (para.length) newDraft({ body: para });
      warnings.push(`comment block at lines ${start + 1}–${end}: layout not recognised (no author or date lines); ` +
        `${drafts.length} paragraph(s) kept as comments without author`);
    }
    orphans.length = 0;
  }
  for (const j of orphans) set(j, 'boilerplate', 'comment_orphan');
  if (orphans.length) {
    warnings.push(`comment block at lines ${start + 1}–${end}: line(s) ${orphans.map((j) => j + 1).join(', ')} belong to no comment (labelled boilerplate)`);
  }

  const comments: Comment[] = drafts.map((d, n) => {
    const index = firstIndex + n;
    if (d.author !== null) { set(d.author, 'comment_author', 'comment_author'); commentOf[d.author - start] = index; }
    if (d.meta !== null && d.meta !== d.author) { set(d.meta, 'comment_meta', 'comment_meta'); commentOf[d.meta - start] = index; }
    for (const b of d.body) { set(b, 'comment_body', 'comment_body'); commentOf[b - start] = index; }
    const ageMonths = d.age ? Math.round((d.age.months + d.age.days / DAYS_PER_MONTH) * 100) / 100 : null;
    const approxDate = d.date ?? (d.age ? approxDateFromAge(options.crawled, d.age) : null);
    return {
      index, author: d.authorName, meta: d.metaText, ageMonths, approxDate,
      text: d.body.map((b) => raws[b].trim()).join('\n').trim(), lines: d.body.map((b) => b + 1),
    };
  });
  return { roles, rules, commentOf, comments, declared, warnings };
}
