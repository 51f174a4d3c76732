import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRealParts, sentencesOf } from '../../src/bench/realParts';
import { SEED_DIR } from '../../src/bench/seedParts';

describe('sentencesOf', () => {
  it('cuts after . ! ؟ ? followed by a space', () => {
    expect(sentencesOf('قال كذا. وأضاف كذا؟ نعم! لا')).toEqual(['قال كذا.', 'وأضاف كذا؟', 'نعم!', 'لا']);
    expect(sentencesOf('عام 2.5 مليون')).toEqual(['عام 2.5 مليون']);
  });
});

describe('readRealParts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'khitab-parts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes each gold line by its role, the stance units by segment, and only the folders given', () => {
    mkdirSync(join(dir, 'split', 'heldback'), { recursive: true });
    mkdirSync(join(dir, 'stance'));
    writeFileSync(join(dir, 'split', 'a.gold.txt'), [
      '# layout: plain-wire', '# kind: article', '# outlet: -', '# title: عنوان الخبر',
      'boilerplate\tالرئيسية / سياسة', 'boilerplate\tالمصدر: عرب 48', 'title\tعنوان الخبر', 'blank',
      'body\tالجملة الأولى. الجملة الثانية!', 'caption\tصورة الاجتماع (رويترز)', 'comment_header\tالتعليقات (1)',
      'comment_author\tأبو خالد قال:', 'comment_body\tوالله كلام فاضي', '',
    ].join('\n'));
    // A page in a subfolder (as heldback/ is) is never read.
    writeFileSync(join(dir, 'split', 'heldback', 'b.gold.txt'), '# layout: x\ntitle\tكلمةمحجوبة\n');
    writeFileSync(join(dir, 'stance', 'u.tsv'), [
      'id\tsegment\tvariety\tcamp\tstance\tvoice\ttext\tnote',
      'dr-0001\treporting\tmsa\tdamascus\tneutral\tauthorial\tوصل الوفد إلى دمشق.\t',
      'dc-0001\tcomment\tgulf\tgulf\toppose\tauthorial\tما عليه شرهة\t', '',
    ].join('\n'));
    const p = readRealParts(SEED_DIR, join(dir, 'split'), join(dir, 'stance'));
    expect(p.titles.slice(5)).toEqual(['عنوان الخبر']); // after the five seed titles
    expect(p.sentences.slice(-3)).toEqual(['الجملة الأولى.', 'الجملة الثانية!', 'وصل الوفد إلى دمشق.']);
    expect(p.captions).toEqual(['صورة الاجتماع (رويترز)']);
    // The source line names an outlet, so it is not page chrome.
    expect(p.chrome).toEqual(['الرئيسية / سياسة']);
    expect(p.comments.slice(-2)).toEqual(['والله كلام فاضي', 'ما عليه شرهة']);
    expect(p.commenters).toEqual(['أبو خالد']);
    expect(p.stems).toContain('اجتماع');
    expect(p.stems).not.toContain('إلى'); // a stopword
    expect(JSON.stringify(p)).not.toContain('كلمةمحجوبة');
  });

  it('reads the bundled development sets by default', () => {
    const p = readRealParts();
    expect(p.titles.length).toBeGreaterThan(100);
    expect(p.sentences.length).toBeGreaterThan(500);
    expect(p.comments.length).toBeGreaterThan(200);
    expect(p.stems.length).toBeGreaterThan(3000);
  });
});
