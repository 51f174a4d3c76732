import { describe, it, expect, vi } from 'vitest';
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { run } from '../../src/cli/markers';

const ROOT = path.resolve(__dirname, '../..');

async function runCapture(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => { out.push(a.join(' ')); });
  const er = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => { err.push(a.join(' ')); });
  const wr = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => { out.push(String(s)); return true; });
  try {
    const code = await run(argv);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally { log.mockRestore(); er.mockRestore(); wr.mockRestore(); }
}

describe('khitab markers', () => {
  it('prints one JSON object per file with hits and stance', async () => {
    const r = await runCapture(['--json', path.join(ROOT, 'data/corpus/000_be8fd5d588858933.txt'), path.join(ROOT, 'data/corpus/003_64b54956efce23e0.txt')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.map((x: { id: string }) => x.id)).toEqual(['000_be8fd5d588858933', '003_64b54956efce23e0']);
    expect(Object.keys(j[0].hits[0])).toEqual(['line', 'col', 'len', 'matched', 'role', 'category', 'marker', 'polarity', 'negated', 'quoted', 'speaker']);
    // «لن نصالح» in the title (line 1), again in its repeat on line 3 (counted once, as in the tables) and in the body.
    const slogans = j[0].hits.filter((h: { category: string }) => h.category === 'slogan').map((h: { line: number }) => h.line);
    expect(slogans).toHaveLength(2);
    expect(slogans[0]).toBe(1);
    expect(slogans).not.toContain(3);
    // 003: two comments, each with «مجرم…» (oppose).
    expect(j[1].stance.comments).toEqual([
      { comment: 0, support: 0, oppose: 1, index: -1 },
      { comment: 1, support: 0, oppose: 1, index: -1 },
    ]);
  });

  it('reports unreadable files on stderr with exit 1 while printing the others', async () => {
    const r = await runCapture(['--json', path.join(ROOT, 'data/corpus/nope.txt'), path.join(ROOT, 'data/corpus/004_8bf833d50ff6660d.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope\.txt/);
    expect(JSON.parse(r.out)).toHaveLength(1);
  });

  it('prints a readable listing file:line:col category marker «matched»', async () => {
    const r = await runCapture([path.join(ROOT, 'data/corpus/000_be8fd5d588858933.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/000_be8fd5d588858933\.txt:1:2 slogan slogan_lan_nusalih «لن نصالح»/);
    expect(r.out).toContain('000_be8fd5d588858933.txt:3 repeats the title: not counted again');
  });

  it('lists matches a sense guard cancelled as guarded, never as hits', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'khitab-markers-'));
    const file = path.join(dir, 'page.txt');
    writeFileSync(file, 'عنوان الخبر\n\nتنشط تجارة المخدرات في المنطقة منذ سنوات، بحسب ما قاله سكان محليون لمراسلنا.\n');
    try {
      const text = await runCapture([file]);
      expect(text.out).toMatch(/page\.txt:3:6 guarded frame_eco_trade «تجارة» by «المخدرات» \(exclude #1\)/);
      expect(text.out).not.toMatch(/frame_economy frame_eco_trade/);
      const j = JSON.parse((await runCapture(['--json', file])).out);
      expect(j[0].hits.filter((h: { marker: string }) => h.marker === 'frame_eco_trade')).toEqual([]);
      // The splitter picks the line's role (title or body); the rest is fixed by the text.
      expect(j[0].guarded).toEqual([{ line: 3, col: 5, len: 5, matched: 'تجارة', role: expect.any(String), category: 'frame_economy', marker: 'frame_eco_trade', guard: 0, context: 'المخدرات' }]);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('adds --lexicon files', async () => {
    const r = await runCapture(['--json', '--lexicon', path.join(ROOT, 'test/fixtures/lexicons/extra.yaml'), path.join(ROOT, 'data/corpus/002_dffa4802db24a670.txt')]);
    expect(r.code).toBe(0);
    // «موسكو» occurs on lines 4, 6, 10, 18 and 26 of seed 002 («في موسكو», «وموسكو», «موسكو،»).
    const lines = JSON.parse(r.out)[0].hits.filter((h: { category: string }) => h.category === 'place_test').map((h: { line: number }) => h.line);
    expect(lines).toEqual([4, 6, 10, 10, 18, 26]);
  });

  it('fails with exit 1 on an invalid --lexicon file', async () => {
    const r = await runCapture(['--lexicon', path.join(ROOT, 'test/fixtures/lexicons/bad.yaml'), path.join(ROOT, 'data/corpus/002_dffa4802db24a670.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.yaml:12:/);
  });
  it('takes a folder and --meta: every file of the folder, metadata from the given table', async () => {
    const os = await import('node:os');
    const fs = await import('node:fs');
    const meta = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'khitab-meta-')), 'meta.csv');
    fs.writeFileSync(meta, 'id,file,outlet,url,published,crawled,language,notes\nP4,004_8bf833d50ff6660d.txt,sana,,2020-01-13,,ar,test row\n');
    const r = await runCapture(['--json', '--meta', meta, path.join(ROOT, 'data/corpus')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.length).toBe(5);
    expect(j.map((x: { id: string }) => x.id)).toContain('P4');
    const missing = await runCapture(['--json', '--meta', meta + '.nope', path.join(ROOT, 'data/corpus')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no such file: .*meta\.csv\.nope/);
  });
});

describe('khitab markers --labeller', () => {
  // A page whose two labellers disagree: reader comments with no header after an agency tag.
  const PAGE = [
    'أنقرة تلمّح إلى لقاء قريب مع دمشق',
    'إسطنبول – الأناضول',
    'قال مسؤول تركي إن بلاده لا تستبعد عقد لقاء على مستوى الرئيسين خلال الأشهر المقبلة، مشيراً إلى أن الاتصالات الفنية مستمرة.',
    'وأضاف أن الملف الأمني على الحدود سيكون في مقدمة ما يبحثه الجانبان.',
    '(الأناضول)',
    'أبو سامر',
    'والله لن نصالح ولو بقينا وحدنا، شو بدهم منا بعد كل هالدم',
    'أم خالد',
    '#لن_نصالح ما في مصالحة مع القاتل',
    '',
  ].join('\n');

  it('splits as khitab analyze does: the trained labeller by default, the rules with --labeller rules', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'khitab-markers-labeller-'));
    const file = path.join(dir, 'page.txt');
    writeFileSync(file, PAGE);
    try {
      const { splitPage } = await import('../../src/split/splitPage');
      const { inputPages } = await import('../../src/cli/inputPages');
      const { splitOptionsOf } = await import('../../src/split/splitChoice');
      const [page] = await inputPages([file], { onReject: () => {}, onWarning: () => {} });
      const rolesOf = (labeller: 'model' | 'rules') => new Map(splitPage(page, splitOptionsOf({ labeller })).lines.map((l) => [l.n, l.role]));
      const model = rolesOf('model');
      const rules = rolesOf('rules');
      expect([7, 9].map((n) => model.get(n))).not.toEqual([7, 9].map((n) => rules.get(n)));
      for (const [argv, roles] of [[[], model], [['--labeller', 'rules'], rules], [['--labeller', 'model'], model]] as const) {
        const r = await runCapture(['--json', ...argv, file]);
        expect(r.code).toBe(0);
        const hits = JSON.parse(r.out)[0].hits as { line: number; role: string }[];
        expect(hits.length).toBeGreaterThan(0);
        for (const h of hits) expect(h.role).toBe(roles.get(h.line));
      }
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('refuses an unknown labeller and --model with --labeller rules (exit 2)', async () => {
    const file = path.join(ROOT, 'data/corpus/000_be8fd5d588858933.txt');
    expect((await runCapture(['--labeller', 'crf', file])).code).toBe(2);
    const r = await runCapture(['--labeller', 'rules', '--model', path.join(ROOT, 'data/models/split-lines.json'), file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--model/);
  });
});
