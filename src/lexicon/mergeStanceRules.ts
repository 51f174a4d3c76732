/**
 * Merging the `stanceRules:` blocks of several lexicon files (the shipped codebook and a user's
 * own file): lists are concatenated, so a user file can add an attitude, a target, a cue or a
 * dialect form without copying the shipped block; numbers and `emit` come from the first file.
 */
import type { StanceRules } from './stanceRuleTypes';

/**
 * The rules of `first` followed by those of `later`.
 * @example mergeStanceRules(shipped, mine).attitudes.length // shipped's + mine's
 */
export function mergeStanceRules(first: StanceRules, later: StanceRules): StanceRules {
  return {
    ...first,
    negators: [...first.negators, ...later.negators],
    relativeAfter: [...first.relativeAfter, ...later.relativeAfter],
    relativeBefore: [...first.relativeBefore, ...later.relativeBefore],
    exceptives: [...first.exceptives, ...later.exceptives],
    reversers: [...first.reversers, ...later.reversers],
    timeWords: [...first.timeWords, ...later.timeWords],
    cueExceptions: [...first.cueExceptions, ...later.cueExceptions],
    insertions: [...first.insertions, ...later.insertions],
    denials: [...first.denials, ...later.denials],
    sarcasm: [...first.sarcasm, ...later.sarcasm],
    attitudes: [...first.attitudes, ...later.attitudes],
    targets: [...first.targets, ...later.targets],
    conditions: [...first.conditions, ...later.conditions],
    phrases: [...first.phrases, ...later.phrases],
  };
}
