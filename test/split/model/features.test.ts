import { describe, expect, it } from 'vitest';
import { openLength, pageFeatures } from '../../../src/split/model/features';
import { pageScores } from '../../../src/split/model/pageScores';
import { unaryScores } from '../../../src/split/model/perceptron';
import { loadSplitModel } from '../../../src/split/model/splitModel';
import { readTrainingPages } from '../../../src/split/model/trainingPages';
import { profileForOutlet } from '../../../src/split/profile';
import { fnv1a32 } from '../../../src/corpus/fnv1a';

const generic = profileForOutlet(null);
const DIM = 1 << 16;
const idx = (name: string): number => fnv1a32(name) & (DIM - 1);

describe('pageFeatures', () => {
  it('pageFeatures skips blank lines and marks blank neighbours and repeated lines', () => {
    const pf = pageFeatures(['عنوان الخبر', '', 'نص الخبر.', 'عنوان الخبر'], generic, DIM);
    expect(pf.lines).toEqual([0, 2, 3]);
    expect([...pf.feats[0]]).toContain(idx('next_blank'));
    expect([...pf.feats[1]]).toContain(idx('prev_blank'));
    expect([...pf.feats[2]]).toContain(idx('repeat'));
    expect([...pf.feats[0]]).not.toContain(idx('repeat'));
    expect([...pf.feats[0]]).toContain(idx('pos=0'));
    expect([...pf.feats[2]]).toContain(idx('from_end=0'));
    for (const f of pf.feats) for (const x of f) expect(x).toBeLessThan(DIM);
  });

  it('pageFeatures adds hint features only to pages with hints', () => {
    const hinted = pageFeatures(['عنوان', 'نص'], generic, DIM, ['title', null]);
    const plain = pageFeatures(['عنوان', 'نص'], generic, DIM);
    expect([...hinted.feats[0]]).toContain(idx('hint=title'));
    expect([...hinted.feats[1]]).toContain(idx('hint=none'));
    expect([...plain.feats[0]]).not.toContain(idx('hint=title'));
  });

  it('pageFeatures throws for a feature space that is not a power of two', () => {
    expect(() => pageFeatures(['x'], generic, 1000)).toThrow(/power of two/);
  });
});

describe('openLength', () => {
  it('openLength is the trimmed length of a line that runs on (ends with a letter or a comma), else 0', () => {
    expect(openLength('قال الوزير إن ')).toBe(13);
    expect(openLength('and so,\u3000\t')).toBe(7);
    expect(openLength('انتهى الخبر.')).toBe(0);
    expect(openLength('   ')).toBe(0);
    expect(openLength('العدد 12')).toBe(0);
  });
});

describe('pageScores', () => {
  it('pageScores equals unaryScores(pageFeatures) on the development pages', () => {
    const model = loadSplitModel();
    for (const page of readTrainingPages('data/gold/split/dev').slice(0, 30)) {
      const raws = page.text.split('\n');
      const p = profileForOutlet(page.outlet);
      const slow = unaryScores(model.weights, pageFeatures(raws, p, model.weights.dim, page.roleHints).feats);
      const fast = pageScores(raws, p, model.weights, page.roleHints);
      expect(fast.unary.length).toBe(slow.length);
      for (let q = 0; q < slow.length; q++) expect(Math.abs(fast.unary[q] - slow[q])).toBeLessThan(1e-6);
    }
  });
});
