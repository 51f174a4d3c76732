/**
 * The negator particles, shared by the lexicon compiler (a pattern that starts with one negates
 * itself) and the stance stage's negation scope (src/stance/negation.ts).
 */

/** Negator particles (matching keys: ليس, ليست, لا, لم, لن, عدم, غير, دون, بدون, ما). */
export const NEGATORS: ReadonlySet<string> = new Set(['لا', 'لم', 'لن', 'ليس', 'ليست', 'ليسوا', 'لسنا', 'لست', 'عدم', 'غير', 'دون', 'بدون', 'ما']);
