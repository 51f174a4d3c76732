import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSplitGoldDir } from '../../src/split/readSplitGoldDir';
import { trainedLabeller } from '../../src/validate/evalSplitModel';
import { trainingPageOf } from '../../src/split/model/trainingPages';
import { crossValidateLayouts } from '../../src/validate/evalSplitCv';

const train = readSplitGoldDir(resolve(__dirname, '../fixtures/gold-split-train'));

describe('trainingPageOf', () => {
  it('gives the gold texts joined by line ends, their roles and the comment starts of body lines', () => {
    const p = train.pages.find((x) => x.lines.some((l) => l.role === 'comment_body'))!;
    const t = trainingPageOf(p);
    expect(t.text.split('\n')).toEqual(p.lines.map((l) => l.text));
    expect(t.roles).toEqual(p.lines.map((l) => l.role));
    // Starts are marked only on comment_body lines that start a comment (not on author lines).
    t.starts.forEach((s, i) => expect(s).toBe(p.lines[i].role === 'comment_body' && p.lines[i].startsComment));
  });
});

describe('crossValidateLayouts with trainedLabeller', () => {
  it('trains each fold on the other families only and is deterministic', () => {
    const a = crossValidateLayouts(train.pages, trainedLabeller);
    expect(a.trains).toBe(true);
    for (const f of a.folds) {
      const held = train.pages.filter((p) => p.layout === f.layout).length;
      expect(f.trainPages).toBe(train.pages.length - held);
    }
    expect(crossValidateLayouts(train.pages, trainedLabeller)).toEqual(a);
  });
});
