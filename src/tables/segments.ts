/**
 * Segments of a page: the reporting (the outlet's own voice) and the reader comments.
 */
import type { Role } from '../split/types';

/** The two segments every count is split by. */
export type Segment = 'reporting' | 'comments';

/**
 * Segments in table order.
 * @example SEGMENTS // ['reporting', 'comments']
 */
export const SEGMENTS: readonly Segment[] = ['reporting', 'comments'];

const REPORTING: ReadonlySet<Role> = new Set<Role>(['title', 'byline', 'body', 'subheading', 'caption']);

/**
 * The segment a line of this role belongs to, or null for lines that are neither
 * (boilerplate, blank, links, comment headers, authors and meta lines).
 * @example segmentOfRole('caption') // 'reporting'
 * @example segmentOfRole('comment_body') // 'comments'
 * @example segmentOfRole('boilerplate') // null
 */
export function segmentOfRole(role: Role): Segment | null {
  if (REPORTING.has(role)) return 'reporting';
  if (role === 'comment_body') return 'comments';
  return null;
}
