import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/validate/codingSheet';

describe('excerpt', () => {
  it('keeps a short text and cuts a long one to the limit with …', () => {
    expect(excerpt('abc', 4)).toBe('abc');
    expect(excerpt('abcdef', 4)).toBe('abc…');
    expect([...excerpt('لن نصالح أبدا', 5)]).toHaveLength(5);
  });
});
