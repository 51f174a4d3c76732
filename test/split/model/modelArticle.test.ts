import { describe, expect, it } from 'vitest';
import { splitArticle } from '../../../src/split/splitArticle';
import { readTrainingPages } from '../../../src/split/model/trainingPages';
import { trainSplitModel } from '../../../src/split/model/trainLabeller';
import { rngMulberry32 } from '../../../src/stats/rngMulberry32';

const pages = readTrainingPages('test/fixtures/gold-split-train');
const model = trainSplitModel(pages, '', rngMulberry32, { epochs: 20 }); // enough passes to fit these three small pages

describe('splitArticle labeller: model', () => {
  it('splitArticle(text, {labeller: "model"}) labels every line with a confidence and derives title and comments', () => {
    const page = pages[1]; // declared comments: 2 authored comments and a third without a name
    const a = splitArticle(page.text, { labeller: 'model', model });
    expect(a.lines.map((l) => l.text + l.eol).join('')).toBe(page.text);
    expect(a.lines.map((l) => l.role)).toEqual(page.roles);
    for (const l of a.lines) {
      expect(l.rule).toBe('model');
      expect(l.confidence).toBeGreaterThan(0);
    }
    expect(a.title).toBe('لقاء مرتقب في موسكو');
    expect(a.declaredCommentCount).toBe(2);
    // Without a start mark, the nameless third comment joins the second (see README: left out).
    expect(a.comments.map((c) => c.author)).toEqual(['أبو سامر', 'ريم']);
    expect(a.comments[1].text).toBe('ننتظر الأفعال\nوتعليق ثان بلا اسم');
  });

  it('splitArticle keeps the rules by default', () => {
    const a = splitArticle(pages[0].text);
    expect(a.lines.every((l) => l.rule !== 'model' && l.confidence === undefined)).toBe(true);
  });
});
