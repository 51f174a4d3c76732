import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import fc from 'fast-check';
import { splitArticle } from '../../src/split/splitArticle';
import type { Role } from '../../src/split/types';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.join(ROOT, 'data/corpus');
const seed = (f: string): string => readFileSync(path.join(CORPUS, f), 'utf8');
const SEEDS = ['000_be8fd5d588858933.txt', '001_be24e1eb1075d265.txt', '002_dffa4802db24a670.txt', '003_64b54956efce23e0.txt', '004_8bf833d50ff6660d.txt'];

interface SeedRoles { file: string; lines: number; roles: Record<string, (number | string)[]> }
const seedRoles = parse(readFileSync(path.join(__dirname, 'seed-roles.yaml'), 'utf8')) as SeedRoles[];

function expandRoles(s: SeedRoles): Map<number, string> {
  const m = new Map<number, string>();
  for (const [role, xs] of Object.entries(s.roles)) {
    for (const x of xs) {
      const [a, b] = String(x).split('-').map(Number);
      for (let n = a; n <= (b ?? a); n++) {
        if (m.has(n)) throw new Error(`${s.file}: line ${n} listed twice in seed-roles.yaml`);
        m.set(n, role);
      }
    }
  }
  return m;
}

describe('splitArticle', () => {
  const byLabeller = (['rules', 'model'] as const).flatMap((labeller) => seedRoles.map((s) => [s.file, labeller, s] as const));
  it.each(byLabeller)('labels every line of seed %s as in seed-roles.yaml (labeller %s)', (file, labeller, s) => {
    const expected = expandRoles(s);
    expect(expected.size, 'the table must cover every line').toBe(s.lines);
    const a = splitArticle(seed(file), { labeller });
    expect(a.lines.length).toBe(s.lines);
    const mismatches = a.lines.filter((l) => l.role !== expected.get(l.n))
      .map((l) => `line ${l.n}: expected ${expected.get(l.n)}, got ${l.role} (rule ${l.rule}) «${l.text.slice(0, 40)}»`);
    expect(mismatches).toEqual([]);
  });

  it.each(['rules', 'model'] as const)('gives the five seed titles once each (labeller %s)', (labeller) => {
    expect(SEEDS.map((f) => splitArticle(seed(f), { labeller }).title)).toEqual([
      '“لن نصالح” هاشتاغ يستذكر دموية النظام السوري ويرفض “مباحثات موسكو”',
      'لبحث هدنة شاملة بسوريا..أنقرة تستضيف محادثات بين فصائل ثورية وروسيا',
      'محادثات “بناءة” في موسكو تمهيدا لتطبيع العلاقات التركية مع النظام السوري',
      'تركيا تتحدث عن موعد جديد للقاء مع وزير خارجية أسد بعد اقتحام إيران مسار التطبيع',
      'روسيا ترعى اجتماعاً أمنياً تركياً – سورياً',
    ]);
  });

  it.each(['rules', 'model'] as const)('parses the two Orient comments of seed 001 (author slot holds a phrase; labeller %s)', (labeller) => {
    const a = splitArticle(seed(SEEDS[1]), { outlet: 'orient_news', crawled: '2024-03', labeller });
    expect(a.declaredCommentCount).toBe(2);
    expect(a.warnings).toEqual([]);
    expect(a.comments.map((c) => [c.author, c.meta, c.ageMonths, c.approxDate, c.lines])).toEqual([
      ['الخطر هو أيران ومليشياتها وهي لاتريد حل في سوريا', '·منذ 7 سنوات 3 أشهر', 87, '2016-12', [31]],
      ['ابو حمد', '·منذ 7 سنوات 3 أشهر', 87, '2016-12', [36]],
    ]);
    expect(a.comments[0].text.startsWith('من الخطأ تكرار مأساة الفلسطينين ومعانتهم')).toBe(true);
    expect(a.comments[1].text.startsWith('اولا نقول الخير فيما يختاره الله')).toBe(true);
  });

  it('parses the two Orient comments of seed 003', () => {
    const a = splitArticle(seed(SEEDS[3]), { crawled: '2024-03' });
    expect(a.declaredCommentCount).toBe(2);
    expect(a.comments.map((c) => [c.index, c.author, c.meta, c.ageMonths, c.approxDate])).toEqual([
      [0, 'Sundus', '·منذ سنة شهرين', 14, '2023-01'],
      [1, 'محمد', '·منذ سنة شهرين', 14, '2023-01'],
    ]);
    expect(a.comments[1].text).toBe('عساكم لجهنم انتم و الأسد يا مجرمون');
    expect(a.comments[0].text.startsWith('الف مبروك لبشار اسد الواطي')).toBe(true);
  });

  it('finds no comments and no warning on seed 002 (comment form only)', () => {
    const a = splitArticle(seed(SEEDS[2]));
    expect(a.comments).toEqual([]);
    expect(a.declaredCommentCount).toBeNull();
    expect(a.warnings).toEqual([]);
  });

  it('sets line.comment for comment lines only', () => {
    const a = splitArticle(seed(SEEDS[3]));
    expect(a.lines.filter((l) => l.comment !== null).map((l) => [l.n, l.comment])).toEqual([[43, 0], [45, 0], [46, 0], [48, 1], [50, 1], [51, 1]]);
  });

  it('round-trips every seed: lines joined with their eol give the input', () => {
    for (const f of SEEDS) {
      const t = seed(f);
      const a = splitArticle(t);
      expect(a.lines.map((l) => l.text + l.eol).join('')).toBe(t);
      for (const crlf of [t.replace(/\n/g, '\r\n'), t.replace(/\n/g, '\r')]) {
        expect(splitArticle(crlf).lines.map((l) => l.text + l.eol).join('')).toBe(crlf);
      }
    }
  });

  it('round-trips arbitrary strings (property: lone surrogates, bidi marks, CR/LF mixes, Arabic)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('\n', '\r', '\r\n', '\n\r', '\uD800', '\uDC00', '\u200F', '\u202E', '\u2067', '\u2069', '\u00a0', ' ', '\t',
        'التعليقات (2)', '·منذ سنة شهرين', 'منذ 3 أيام', '1.', '#2', '2', 'رد', 'أعجبني · رد · 3 سنوات', 'Share on facebook',
        'الأكثر قراءة', 'اترك تعليقاً', 'فلان يقول:', 'https://x.y/z', '(AFP)', 'المصدر: عرب 48', '💡 أهم المواضيع'),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const a = splitArticle(text);
      expect(a.lines.map((l) => l.text + l.eol).join('')).toBe(text);
      expect(a.lines.every((l, i) => l.n === i + 1 && typeof l.role === 'string')).toBe(true);
      for (const c of a.comments) for (const n of c.lines) expect(a.lines[n - 1].role).toBe('comment_body');
    }), { numRuns: 400 });
  });

  it('labels a lone CR, CRLF and LF as line ends and keeps a final empty line', () => {
    const a = splitArticle('a\rb\r\nc\n');
    expect(a.lines.map((l) => [l.text, l.eol])).toEqual([['a', '\r'], ['b', '\r\n'], ['c', '\n'], ['', '']]);
  });

  it('uses role hints and rebuilds comments from hinted comment lines', () => {
    const text = 'عنوان الخبر\nنص الخبر هنا.\nكريم\nمنذ يومين\nكلام القارئ';
    const hints: (Role | null)[] = [null, null, 'comment_author', 'comment_meta', 'comment_body'];
    const a = splitArticle(text, { roleHints: hints, crawled: '2024-03-15' });
    expect(a.lines.map((l) => l.role)).toEqual(['title', 'body', 'comment_author', 'comment_meta', 'comment_body']);
    expect(a.lines[2].rule).toBe('hint');
    expect(a.comments).toEqual([{ index: 0, author: 'كريم', meta: 'منذ يومين', ageMonths: 0.07, approxDate: '2024-03', text: 'كلام القارئ', lines: [5] }]);
  });

  it('opens a comment block from a relative age after the body even without a header, with a warning', () => {
    const text = 'عنوان\n\nنص الخبر الطويل هنا وفيه تفاصيل كثيرة.\n\nسليم\nمنذ 3 أيام\nتعليق القارئ';
    const a = splitArticle(text);
    expect(a.lines.map((l) => l.role)).toEqual(['title', 'blank', 'body', 'blank', 'comment_author', 'comment_meta', 'comment_body']);
    expect(a.comments[0].author).toBe('سليم');
    expect(a.warnings.some((w) => w.includes('without a known comment header'))).toBe(true);
  });

  it('labels a related-stories list read as comments (names, dates, headlines) boilerplate: comments need evidence', () => {
    const text = 'عنوان\n\nنص الخبر الطويل هنا وفيه تفاصيل كثيرة عن اللقاء المرتقب بين الوزيرين.\n\n'
      + 'رامي الأحمد\nمنذ 3 أيام\nلماذا لا يستعجل الأسد لقاء أردوغان في موسكو\n'
      + 'منى العلي\nمنذ 5 أيام\nتجار حلب يراهنون على إعادة فتح طريق إم 4';
    const a = splitArticle(text);
    expect(a.comments).toEqual([]);
    expect(a.lines.slice(4).map((l) => [l.role, l.rule, l.comment])).toEqual(Array(6).fill(['boilerplate', 'no_comment_evidence', null]));
    expect(a.warnings.some((w) => w.includes('had no comment structure'))).toBe(true);
  });

  it('treats a relative age before the body as a dateline (byline), not a comment', () => {
    const a = splitArticle('عنوان الخبر\nمنذ 3 ساعات\nنص الخبر.');
    expect(a.lines.map((l) => l.role)).toEqual(['title', 'byline', 'body']);
    expect(a.comments).toEqual([]);
  });

  it('splits a 10 MB single line in linear time', () => {
    const big = 'كلمة '.repeat(2_000_000);
    const t0 = process.hrtime.bigint();
    const a = splitArticle(`عنوان\n${big}\nالتعليقات (1)\nأحمد\n·منذ سنة\nنص`);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(a.lines[1].role).toBe('body');
    expect(a.comments.length).toBe(1);
    expect(ms).toBeLessThan(5000);
  });

  it('handles 100 000 short lines (no quadratic step)', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? '' : `سطر رقم ${i} من النص.`)).join('\n');
    const t0 = process.hrtime.bigint();
    const a = splitArticle(text);
    expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(5000);
    expect(a.lines.length).toBe(100_000);
  });
});
