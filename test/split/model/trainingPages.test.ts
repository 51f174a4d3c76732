import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readTrainingPages, trainingPageOf, trainingSetHash } from '../../../src/split/model/trainingPages';
import { parseSplitGold } from '../../../src/split/readSplitGold';

const FIXTURE = 'test/fixtures/gold-split-train';

describe('trainingPageOf', () => {
  it('trainingPageOf gives the file, header, roles, texts and the comment_body lines that start a comment', () => {
    const { page } = parseSplitGold('# layout: plain-wire\n# outlet: -\ntitle\tعنوان\nblank\ncomment_body\tأ\ncomment_body*\tب\n', 'x.gold.txt', null);
    expect(trainingPageOf(page!)).toEqual({
      name: 'x.gold.txt', layout: 'plain-wire', outlet: null, text: 'عنوان\n\nأ\nب',
      roles: ['title', 'blank', 'comment_body', 'comment_body'], starts: [false, false, true, true],
    });
  });
});

describe('readTrainingPages', () => {
  it('readTrainingPages reads a folder sorted by name', () => {
    expect(readTrainingPages(FIXTURE).map((p) => [p.name, p.layout, p.roles.length])).toEqual([
      ['a-wire.gold.txt', 'plain-wire', 6], ['b-comments.gold.txt', 'declared-comments', 12], ['c-footer.gold.txt', 'notices-footer', 4],
    ]);
  });

  it('readTrainingPages throws naming the file and line of a page it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khitab-train-'));
    try {
      writeFileSync(join(dir, 'x.gold.txt'), '# layout: plain-wire\nheadline\tx\n');
      expect(() => readTrainingPages(dir)).toThrow(`${join(dir, 'x.gold.txt')}:2: unknown role 'headline'`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('readTrainingPages aligns a saved HTML page\'s role hints with its gold lines', () => {
    const html = readTrainingPages('data/gold/split/dev').filter((p) => p.roleHints);
    expect(html.length).toBe(18);
    for (const p of html) expect(p.roleHints!.length).toBe(p.roles.length);
    // The extractor's title hint lands on the gold title line where the page has one.
    const withTitle = html.filter((p) => p.roles.includes('title'));
    const agree = withTitle.filter((p) => p.roleHints![p.roles.indexOf('title')] === 'title');
    expect(agree.length).toBeGreaterThan(withTitle.length / 2);
  });
});

describe('trainingSetHash', () => {
  it('trainingSetHash is a SHA-256 hex digest that changes with the folder', () => {
    const h = trainingSetHash(FIXTURE);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(trainingSetHash(FIXTURE)).toBe(h);
    expect(trainingSetHash('data/gold/split/dev')).not.toBe(h);
  });
});
