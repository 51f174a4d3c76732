import { describe, expect, it } from 'vitest';
import { editDistance, suggestName } from '../../src/cli/suggest';

describe('editDistance', () => {
  // Expected values counted by hand (optimal string alignment: insert, delete, substitute, swap neighbours).
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['analyse', 'analyze', 1], // one substitution
    ['makrers', 'markers', 1], // one swap
    ['markrs', 'markers', 1], // one insertion
    ['no-notebook', 'no-notebooks', 1],
    ['kitten', 'sitting', 3], // the textbook Levenshtein example
    ['ca', 'abc', 3], // OSA (not unrestricted Damerau): no edit of a swapped pair
    ['نظام', 'النظام', 2], // Arabic, two insertions
  ])('editDistance(%j, %j) is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('suggestName', () => {
  const commands = ['split', 'markers', 'lexicon', 'analyze', 'validate', 'bench'];
  const analyzeOptions = ['meta', 'lexicon', 'out', 'excel', 'seed', 'resamples', 'workers', 'format', 'shard', 'include', 'exclude', 'max-file-mb', 'no-figures', 'no-notebooks', 'help'];
  it.each([
    ['analyse', commands, 'analyze'],
    ['Analyze', commands, 'analyze'], // case ignored
    ['marker', commands, 'markers'],
    ['valdiate', commands, 'validate'],
    ['benchmark', commands, null], // 4 letters too many, and not a beginning
    ['x', commands, null], // a one-letter word is never "one edit from" a name
    ['no-notebook', analyzeOptions, 'no-notebooks'],
    ['no-figure', analyzeOptions, 'no-figures'],
    ['worker', analyzeOptions, 'workers'],
    ['max-file', analyzeOptions, 'max-file-mb'], // beginning of exactly one name
    ['ex', analyzeOptions, null], // beginning of two names, and too short
    ['exc', analyzeOptions, 'excel'], // one substitution from excel (and the beginning of two names)
    ['frobnicate', analyzeOptions, null],
  ])('suggestName(%j) is %j', (typed, names, expected) => {
    expect(suggestName(typed, names)).toBe(expected);
  });

  it('prefers the smaller distance, then the first name listed', () => {
    expect(suggestName('seed', ['speed', 'seeds'])).toBe('speed');
    expect(suggestName('abd', ['abx', 'aby'])).toBe('abx');
  });
});
