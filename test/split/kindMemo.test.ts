import { describe, expect, it } from 'vitest';
import type { LineKind } from '../../src/split/classifyLine';
import { classifyKeyed, classifyLine } from '../../src/split/classifyLine';
import { MEMO_MAX_CHARS, rememberKind } from '../../src/split/kindMemo';
import { profileForOutlet } from '../../src/split/profile';

describe('rememberKind', () => {
  it('keeps kinds without text of the line, and copies a text kind', () => {
    const memo = new Map<string, LineKind>();
    const share: LineKind = { kind: 'boilerplate', rule: 'boilerplate_prefix' };
    expect(rememberKind(memo, 'Share on whatsapp', share)).toBe(share);
    expect(memo.get('Share on whatsapp')).toBe(share);
    const text: LineKind = { kind: 'text', words: 2, finalPunct: false, key: 'محمد العلي' };
    expect(rememberKind(memo, 'محمد العلي', text)).toBe(text);
    expect(memo.get('محمد العلي')).toEqual(text);
    const author: LineKind = { kind: 'author', name: 'محمد' };
    expect(rememberKind(memo, 'محمد يقول:', author)).toBe(author);
    expect(memo.has('محمد يقول:')).toBe(false);
  });

  it('empties a full memo before adding', () => {
    const memo = new Map<string, LineKind>();
    const k: LineKind = { kind: 'counter' };
    for (let i = 0; i < 5000; i++) rememberKind(memo, String(i), k);
    expect(memo.size).toBeLessThanOrEqual(4096);
    expect(memo.get('4999')).toBe(k);
  });
});

describe('classifyLine', () => {
  it('gives a memoized short line the kind the full classification gives, every time', () => {
    const p = profileForOutlet(null);
    const lines = ['·منذ سنة شهرين', 'Share on whatsapp', 'التعليقات (2)', 'محمد العلي', 'أحمد يقول:', '2', 'الأكثر قراءة', '💡 أهم المواضيع'];
    for (let round = 0; round < 3; round++) {
      for (const line of lines) {
        expect(line.length).toBeLessThanOrEqual(MEMO_MAX_CHARS);
        expect(classifyLine(`  ${line}\u200f`, p)).toEqual(classifyKeyed(line, p));
      }
    }
  });
});
