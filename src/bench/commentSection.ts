/**
 * Reader-comment sections of the realistic benchmark corpus, in three layouts seen on real pages:
 * Orient's (count header, indented author, «·منذ …», text), WordPress's («N أفكار بشأن “…”»,
 * «X قال:», date, text, «رد») and a plain one (header, author, time, text). Comment texts come
 * from the dialect comment units and gold comments, varied more than body text.
 */
import type { RealParts } from './realParts';
import { commentTime } from './pageDates';
import { nameOfRank, zipfRank } from './wordForms';
import { varySentence, type VaryContext } from './varySentence';

const EMOJI = ['😂', '👍', '🔥', '🤔', '💔', '🙏', '😡'];

/** What a comment section is drawn from. */
export interface CommentContext extends VaryContext {
  parts: RealParts;
}

function author(rng: () => number, parts: RealParts): string {
  if (rng() < 0.3 && parts.commenters.length) return parts.commenters[Math.floor(rng() * parts.commenters.length)];
  return nameOfRank(zipfRank(rng, 200_000));
}

function commentText(rng: () => number, ctx: CommentContext): string {
  const pool = ctx.parts.comments;
  let t = varySentence(pool[Math.floor(rng() * pool.length)], ctx, rng, { reinflect: 0.1, replace: 0.06, noise: 0.12 });
  if (rng() < 0.2) t += ` ${varySentence(pool[Math.floor(rng() * pool.length)], ctx, rng, { reinflect: 0.1, replace: 0.06, noise: 0.12 })}`;
  if (rng() < 0.15) t += ` ${EMOJI[Math.floor(rng() * EMOJI.length)]}`;
  return t;
}

/**
 * A comment section of `n` comments under a page titled `title`, in layout `layout` (0–2).
 * @example commentSection(rngMulberry32(1), ctx, 2, 0, 'عنوان', new Date()).startsWith('التعليقات (2)') // true
 */
export function commentSection(rng: () => number, ctx: CommentContext, n: number, layout: number, title: string, published: Date): string {
  const out: string[] = [];
  if (layout === 0) {
    out.push(`التعليقات (${n})`, '');
    for (let k = 0; k < n; k++) out.push(`    ${author(rng, ctx.parts)}`, '', `    ·${commentTime(rng, published)}`, `    ${commentText(rng, ctx)}`, '');
    out.push(String(n), '', 'الأكثر قراءة');
  } else if (layout === 1) {
    out.push(`${n} ${n === 1 ? 'فكرة' : 'أفكار'} بشأن “${title}”`);
    for (let k = 0; k < n; k++) out.push(`${author(rng, ctx.parts)} قال:`, commentTime(rng, published), commentText(rng, ctx), 'رد');
    out.push('اترك تعليقاً', 'لن يتم نشر عنوان بريدك الإلكتروني.');
  } else {
    out.push('التعليقات', '');
    for (let k = 0; k < n; k++) out.push(author(rng, ctx.parts), commentTime(rng, published), commentText(rng, ctx), '');
  }
  return out.join('\n');
}
