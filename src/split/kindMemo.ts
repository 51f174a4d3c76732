/**
 * A bounded memo of the kinds of short lines, per profile: the same short lines (share bars, menus,
 * footers, comment headers, «·منذ سنة» meta lines) recur on page after page of one outlet, and
 * classifying one costs a key, several pattern lookups and maybe an age or date parse.
 *
 * Only kinds holding no text of the line are kept (author kinds are not; a `text` kind's key is
 * copied), and keys are copied too: a V8 substring of 13+ code units is a view that would keep its
 * whole page alive. Kinds are shared between lines and never changed (a `text` kind with a key is
 * complete). Generic over the kind type (`LineKind` of classifyLine), so it imports nothing back.
 */
/** Longest line (trimmed, code units) whose kind is memoized. */
export const MEMO_MAX_CHARS = 80;
/** Entries a memo holds before it is emptied (then it fills again with the lines that recur). */
const MEMO_MAX_ENTRIES = 4096;

/**
 * The same string, sharing no memory with the page it was cut from: V8 flattens a concatenation
 * into a new string before slicing it (and copies strings under 13 units outright).
 */
function detached(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * Remembers the kind of a trimmed short line (at most `MEMO_MAX_CHARS`), unless it holds text of
 * the line; returns the kind to use for this line.
 * @example rememberKind(memo, 'Share on whatsapp', kind); memo.get('Share on whatsapp') // kind
 */
export function rememberKind<K extends { kind: string; key?: string | null }>(memo: Map<string, K>, t: string, k: K): K {
  if (k.kind === 'author' || k.kind === 'author_meta') return k;
  if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
  memo.set(detached(t), k.kind === 'text' && typeof k.key === 'string' ? { ...k, key: detached(k.key) } : k);
  return k;
}
