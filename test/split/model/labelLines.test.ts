import { describe, expect, it } from 'vitest';
import { labelLinesWithModel } from '../../../src/split/model/labelLines';
import { loadSplitModel } from '../../../src/split/model/splitModel';
import { profileForOutlet } from '../../../src/split/profile';

const generic = profileForOutlet(null);

describe('labelLinesWithModel', () => {
  it('labelLinesWithModel gives a forced line its forced role and keeps the unforced scores', () => {
    const model = loadSplitModel();
    const raws = ['عنوان الخبر', '', 'قال الوزير إن المحادثات ستستمر الأسبوع المقبل في موسكو.', 'خليل -', 'كلام صحيح'];
    const free = labelLinesWithModel(raws, generic, model);
    const forced = labelLinesWithModel(raws, generic, model, { forced: [null, null, null, 'comment_author', null] });
    expect(forced.roles[3]).toBe('comment_author');
    expect(forced.roles[1]).toBe('blank');
    expect(Array.from(forced.scores)).toEqual(Array.from(free.scores));
  });
});
