import type { StanceLabel } from './types';

/**
 * Turns a stance index into a label for comparison with hand coding: `support` when the
 * index is > 0, `oppose` when < 0, `neutral` when it is 0 (balanced hits) or null (no
 * stance hits at all). This mirrors the gold scheme, where `neutral` covers both "no
 * stance expressed" and "mixed".
 *
 * @example
 * stanceFromIndex(0.5);  // 'support'
 * stanceFromIndex(-1);   // 'oppose'
 * stanceFromIndex(null); // 'neutral'
 */
export function stanceFromIndex(index: number | null): StanceLabel {
  if (index === null || Number.isNaN(index) || index === 0) return 'neutral';
  return index > 0 ? 'support' : 'oppose';
}
