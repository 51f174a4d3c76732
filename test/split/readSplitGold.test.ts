import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSplitGold } from '../../src/split/readSplitGold';
import { commentStarts } from '../../src/split/readSplitGoldComments';
import { readSplitGoldDir, readSplitGoldFile } from '../../src/split/readSplitGoldDir';
import { formatGoldProblem } from '../../src/split/readSplitGoldTypes';
import type { Role } from '../../src/corpus/types';

const FIX = resolve(__dirname, '../fixtures/gold-split');
const tmp = mkdtempSync(join(tmpdir(), 'khitab-gold-split-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The problems of a gold text as `file:line: message` lines. */
const problemsOf = (text: string, html: string | null = null): string[] =>
  parseSplitGold(text, 'p.gold.txt', html).problems.map(formatGoldProblem);

describe('readSplitGoldFile', () => {
  it('reads the plain-wire fixture: headers, 8 role lines (one blank), no comments', () => {
    const { page, problems, warnings } = readSplitGoldFile(join(FIX, 'a-wire.gold.txt'), 'a-wire.gold.txt');
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(page).toMatchObject({
      file: 'a-wire.gold.txt', name: 'a-wire', layout: 'plain-wire', kind: 'article', outlet: null,
      title: 'أنقرة ودمشق تستأنفان المحادثات', format: 'text', html: null, comments: 0,
    });
    expect(page!.notes).toHaveLength(1);
    expect(page!.lines.map((l) => l.role)).toEqual(['title', 'byline', 'blank', 'body', 'body', 'subheading', 'body', 'caption']);
    // 5 header lines, so the first role line is file line 6.
    expect(page!.lines.map((l) => l.n)).toEqual([6, 7, 8, 9, 10, 11, 12, 13]);
    expect(page!.lines[2].text).toBe('');
  });

  it('counts the comments of the declared-comments fixture by the boundary rule: 3', () => {
    const page = readSplitGoldFile(join(FIX, 'b-comments.gold.txt')).page!;
    expect(page.title).toBeNull(); // '# title: (none)'
    // boilerplate, body, blank, header, author (starts 1), meta after its author, body,
    // meta after a body and before a body (starts 2), body, comment_body* (starts 3).
    expect(page.lines.map((l) => l.startsComment)).toEqual([false, false, false, false, true, false, false, true, false, true]);
    expect(page.comments).toBe(3);
    expect(page.lines[9]).toMatchObject({ role: 'comment_body', text: 'بدنا نشوف شي عالأرض' });
  });

  it('reads the sibling .html of a format: html page', () => {
    const page = readSplitGoldFile(join(FIX, 'c-html.gold.txt')).page!;
    expect(page.format).toBe('html');
    expect(page.html).toContain('<h1>تركيا وسوريا: جولة جديدة</h1>');
    expect(page.lines).toHaveLength(5);
  });
});

describe('commentStarts', () => {
  const r = (...roles: string[]) => roles.map((x) => (x.endsWith('*') ? { role: x.slice(0, -1) as Role, star: true } : { role: x as Role }));
  it.each([
    ['author, time, text, reply, next author (WordPress / Disqus): 2 comments', r('comment_author', 'comment_meta', 'comment_body', 'comment_meta', 'comment_author', 'comment_meta', 'comment_body'), [true, false, false, false, true, false, false]],
    ['a moderation notice after the time belongs to the comment', r('comment_author', 'comment_meta', 'comment_meta', 'comment_body'), [true, false, false, false]],
    ['authorless comments: time, text, time, text', r('comment_meta', 'comment_body', 'comment_meta', 'comment_body'), [true, false, true, false]],
    ['blank lines do not separate the time from its author', r('comment_author', 'blank', 'comment_meta', 'comment_body'), [true, false, false, false]],
    ['comment_body* starts one; a plain comment_body continues', r('comment_body', 'comment_body', 'comment_body*', 'comment_body'), [true, false, true, false]],
    ['a time line then comment_body*: one comment, not an empty one and a second', r('comment_meta', 'comment_body', 'comment_meta', 'comment_body*'), [true, false, true, false]],
    ['an author then comment_body*: the star adds no second start', r('comment_author', 'comment_body*', 'comment_body*'), [true, false, true]],
    ['a non-comment line closes the comment, so the next body starts one', r('comment_body', 'boilerplate', 'comment_body'), [true, false, true]],
    ['a header line starts none', r('comment_header', 'comment_body'), [false, true]],
    ['no comment roles: none', r('title', 'body', 'blank', 'body'), [false, false, false, false]],
  ])('%s', (_name, lines, expected) => {
    expect(commentStarts(lines)).toEqual(expected);
  });
});

describe('parseSplitGold', () => {
  const L = '# layout: plain-wire\n';
  it.each([
    ['an unknown role', `${L}bodyy\tنص`, "p.gold.txt:2: unknown role 'bodyy'"],
    ['a missing tab (space instead)', `${L}body نص الخبر`, "p.gold.txt:2: no tab after the role 'body' (write ROLE<TAB>TEXT)"],
    ['a role with no tab at all', `${L}title`, "p.gold.txt:2: no tab after the role 'title'"],
    ['an unknown header', `${L}# lang: ar\nbody\tنص`, "p.gold.txt:2: unknown header 'lang' (known: layout, kind, outlet, title, note, format)"],
    ['a malformed header', `#layout plain-wire\nbody\tنص`, "p.gold.txt:1: a header line is written '# key: value'"],
    ['a header after the role lines', `${L}body\tنص\n# kind: article`, "p.gold.txt:3: header 'kind' after the first role line"],
    ['a repeated header', `${L}# layout: no-headline\nbody\tنص`, "p.gold.txt:2: header 'layout' given twice (first on line 1)"],
    ['a missing layout', '# kind: article\nbody\tنص', "p.gold.txt:1: no 'layout:' header"],
    ['an unknown kind', `${L}# kind: story\nbody\tنص`, "p.gold.txt:2: unknown kind 'story'"],
    ['a title header disagreeing with the title line', `${L}# title: عنوان آخر\ntitle\tعنوان\nbody\tنص`, "p.gold.txt:2: title header disagrees with the title line 3 ('عنوان')"],
    ['a title header (none) with a title line', `${L}# title: (none)\ntitle\tعنوان`, "p.gold.txt:2: title header '(none)' but line 3 has the role 'title'"],
    ['a title header with no title line', `${L}# title: عنوان\nbody\tنص`, "p.gold.txt:2: title header 'عنوان' but no line has the role 'title'"],
    ['a second title line', `${L}title\tعنوان\ntitle\tعنوان`, "p.gold.txt:3: second 'title' line (first on line 2"],
    ['format: html without the .html', `${L}# format: html\nbody\tنص`, 'p.gold.txt:2: format: html but there is no p.html beside the gold file'],
    ['an empty line', `${L}body\tنص\n\nbody\tنص`, "p.gold.txt:3: empty line: an empty line of the page is written 'blank'"],
    ['text on a blank line', `${L}blank\tنص`, "p.gold.txt:2: 'blank' with text 'نص'"],
    ['a role with empty text', `${L}body\t  `, "p.gold.txt:2: role 'body' with no text: an empty line is 'blank'"],
    ['no role lines', L, "p.gold.txt:1: no role lines"],
  ])('reports %s as file:line', (_name, text, message) => {
    const problems = problemsOf(text);
    expect(problems.some((p) => p.startsWith(message)), problems.join('\n')).toBe(true);
    expect(parseSplitGold(text, 'p.gold.txt', null).page).toBeNull();
  });

  it('collects every problem of a file in one pass', () => {
    expect(problemsOf('bodyy\tنص\nbody نص\n# lang: x')).toEqual([
      expect.stringMatching(/^p\.gold\.txt:1: unknown role 'bodyy'/), expect.stringMatching(/^p\.gold\.txt:2: no tab after the role 'body'/),
      expect.stringMatching(/^p\.gold\.txt:3: header 'lang' after the first role line/), expect.stringMatching(/^p\.gold\.txt:1: no 'layout:' header/),
    ]);
  });

  it('accepts CRLF line ends, a byte-order mark, blank<TAB>, a trailing newline and tabs inside the text', () => {
    const { page, problems } = parseSplitGold('\uFEFF# layout: plain-wire\r\ntitle\tعنوان\r\nblank\t\r\nbody\tنص\tمع جدولة\r\n', 'p.gold.txt', null);
    expect(problems).toEqual([]);
    expect(page!.lines.map((l) => [l.role, l.text])).toEqual([['title', 'عنوان'], ['blank', ''], ['body', 'نص\tمع جدولة']]);
    expect(page!.title).toBe('عنوان'); // from the title line when there is no title header
  });

  it('warns (and keeps the page) for a layout outside the README families and an .html without format: html', () => {
    const r = parseSplitGold('# layout: my-new-layout\nbody\tنص', 'p.gold.txt', '<html></html>');
    expect(r.page?.layout).toBe('my-new-layout');
    expect(r.page?.format).toBe('text');
    expect(r.warnings.map(formatGoldProblem)).toEqual([
      "p.gold.txt:1: layout 'my-new-layout' is not a family of data/gold/split/README.md; it is its own family",
      "p.gold.txt:1: p.html is beside the gold file but there is no 'format: html' header: evaluated as text",
    ]);
  });

  it("reads outlet '-' as null and keeps kind and notes", () => {
    const page = parseSplitGold('# layout: listing-teasers\n# kind: listing\n# outlet: -\n# note: a\n# note: b\nboilerplate\tعنوان', 'p.gold.txt', null).page!;
    expect([page.outlet, page.kind, page.notes]).toEqual([null, 'listing', ['a', 'b']]);
  });
});

describe('readSplitGoldDir', () => {
  it('reads the fixtures sorted by file name', () => {
    const set = readSplitGoldDir(FIX);
    expect(set.pages.map((p) => p.name)).toEqual(['a-wire', 'b-comments', 'c-html']);
    expect([set.files, set.skipped, set.problems]).toEqual([3, [], []]);
  });

  it('leaves out and names files with problems, and does not read subfolders', () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(join(dir, 'heldback'), { recursive: true });
    writeFileSync(join(dir, 'b.gold.txt'), '# layout: plain-wire\nbodyy\tنص\n');
    writeFileSync(join(dir, 'a.gold.txt'), '# layout: plain-wire\nbody\tنص\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a gold file');
    writeFileSync(join(dir, 'heldback', 'c.gold.txt'), '# layout: plain-wire\nbody\tنص\n');
    const set = readSplitGoldDir(dir);
    expect(set.pages.map((p) => p.file)).toEqual(['a.gold.txt']);
    expect(set.files).toBe(2);
    expect(set.skipped).toEqual(['b.gold.txt']);
    expect(set.problems.map(formatGoldProblem)).toEqual([expect.stringMatching(/^b\.gold\.txt:2: unknown role 'bodyy'/)]);
  });

  it('throws for a folder that does not exist', () => {
    expect(() => readSplitGoldDir(join(tmp, 'none'))).toThrow(/ENOENT/);
  });
});
