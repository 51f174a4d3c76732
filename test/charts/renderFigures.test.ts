import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataUrlToBuffer, renderFigures } from '../../src/charts/renderFigures';
import { pngScale } from '../../src/charts/journalSize';
import { plotHashtags } from '../../src/charts/plotHashtags';
import { writeFigures } from '../../src/charts/writeFigures';
import { NO_CHROMIUM } from './browser';
import { makeReadOnly } from '../hardening/readOnly';
import { ARTICLES, COMMENTS, HASHTAGS, HITS, KEYNESS, NAMING, OUTLET_NAMES, PROFILE } from './fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'khitab-figs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('dataUrlToBuffer', () => {
  it('decodes percent-encoded and base64 data URLs', () => {
    expect(dataUrlToBuffer('data:image/svg+xml,%3Csvg%3E%D9%84%3C%2Fsvg%3E').toString()).toBe('<svg>ل</svg>');
    expect(dataUrlToBuffer('data:image/png;base64,iVBO').toString('hex')).toBe('89504e');
  });
});

describe('renderFigures', () => {
  it('rejects figure names that are not file-name-safe', async () => {
    await expect(renderFigures([{ name: '../evil', figure: plotHashtags(HASHTAGS) }], tmp)).rejects.toThrow(/file-name-safe/);
  });

  it('writes HTML and explains, without throwing, when Chromium is missing', async () => {
    const dir = path.join(tmp, 'no-chromium');
    const r = await renderFigures([{ name: 'hashtags', figure: plotHashtags(HASHTAGS) }], dir, { chromiumPath: '/nonexistent/chromium' });
    expect(r.staticRendered).toBe(false);
    expect(r.files.map((f) => path.basename(f))).toEqual(['plotly.min.js', 'hashtags.html', 'figures.json']);
    expect(r.messages[0]).toMatch(/Chromium not found at \/nonexistent\/chromium.*wrote HTML only/);
  });

  it('writes one shared minified plotly.js and HTML files that load it instead of inlining it', async () => {
    const dir = path.join(tmp, 'shared');
    const progress: string[] = [];
    const figs = [{ name: 'a', figure: plotHashtags(HASHTAGS) }, { name: 'b', figure: plotHashtags(HASHTAGS) }];
    await renderFigures(figs, dir, { formats: ['html'], onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.name}`) });
    const bundle = fs.statSync(path.join(dir, 'plotly.min.js')).size;
    // plotly.js-dist's file is about 10 MB unminified; minified it is about half.
    expect(bundle).toBeGreaterThan(3e6);
    expect(bundle).toBeLessThan(0.6 * fs.statSync(require.resolve('plotly.js-dist')).size);
    for (const n of ['a', 'b']) {
      const html = fs.readFileSync(path.join(dir, `${n}.html`), 'utf8');
      expect(html).toContain('<script src="plotly.min.js"></script>');
      expect(html.length).toBeLessThan(50_000);
    }
    expect(progress).toEqual(['1/2 a', '2/2 b']);
  });

  it.skipIf(NO_CHROMIUM !== null)('writes SVG with the Arabic tags as text, a 300-dpi PNG and a PDF at the double-column width (real Chromium)', async () => {
    const dir = path.join(tmp, 'static');
    const progress: number[] = [];
    const r = await renderFigures([{ name: 'hashtags', figure: plotHashtags(HASHTAGS, { outletNames: OUTLET_NAMES }) }], dir,
      { formats: ['html', 'svg', 'png', 'pdf'], scale: pngScale(300), onProgress: (p) => progress.push(p.done) });
    expect(r.messages).toEqual([]);
    expect(r.failed).toEqual([]);
    expect(progress).toEqual([1]);
    expect(r.files.map((f) => path.basename(f))).toEqual(['plotly.min.js', 'hashtags.html', 'hashtags.svg', 'hashtags.png', 'hashtags.pdf', 'figures.json']);
    // 175 mm at 96 px per inch is 661 px; the PNG is 661 × 3.125 = 2065.6, drawn 2065 px wide (300 dpi); the PDF
    // page is 661 px = 495.75 pt wide (72 pt per inch).
    expect(fs.readFileSync(path.join(dir, 'hashtags.svg'), 'utf8')).toMatch(/^<svg[^>]* width="661"/);
    expect(fs.readFileSync(path.join(dir, 'hashtags.png')).readUInt32BE(16)).toBe(2065);
    const pdf = fs.readFileSync(path.join(dir, 'hashtags.pdf')).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Number(box?.[1])).toBeCloseTo(495.75, 0);
    expect(pdf).toMatch(/FontName\s*\/[A-Z]{6}\+NotoSansArabic/); // the Arabic font is embedded
    const svg = fs.readFileSync(path.join(dir, 'hashtags.svg'), 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    for (const tag of ['لن نصالح', '#لن_نصالح', '#التطبيع_خيانة', 'Orient News', 'Al-Bawsala']) expect(svg).toContain(tag);
    expect(svg).toContain('Noto Sans Arabic');
    // 2 traces × 3 tags = 6 bar points (zero-count bars included as empty paths).
    expect(svg.match(/class="point"/g)?.length).toBe(6);
    const png = fs.readFileSync(path.join(dir, 'hashtags.png'));
    expect(png.subarray(0, 4).toString('hex')).toBe('89504e47');
  });
});

describe('renderFigures as a set', () => {
  const fig = [{ name: 'hashtags', figure: plotHashtags(HASHTAGS) }];
  /** A figures folder holding a previous run's files. */
  const previous = (name: string): string => {
    const dir = path.join(tmp, name, 'figures');
    fs.mkdirSync(dir, { recursive: true });
    for (const f of ['hashtags.html', 'hashtags.svg', 'hashtags.png']) fs.writeFileSync(path.join(dir, f), 'previous run');
    return dir;
  };
  const leftovers = (dir: string): string[] => fs.readdirSync(path.dirname(dir)).filter((n) => n.startsWith('.khitab-tmp-'));

  it('replaces the previous figures whole: no SVG or PNG of the previous run beside the new HTML', async () => {
    const dir = previous('set');
    await renderFigures(fig, dir, { formats: ['html'] });
    expect(fs.readdirSync(dir).sort()).toEqual(['figures.json', 'hashtags.html', 'plotly.min.js']);
    expect(fs.readFileSync(path.join(dir, 'hashtags.html'), 'utf8')).not.toBe('previous run');
    expect(leftovers(dir)).toEqual([]);
  });

  it('leaves the previous figures as they were when stopped by a signal', async () => {
    const dir = previous('stopped');
    const stop = new AbortController();
    const drawing = renderFigures(fig, dir, { formats: ['html', 'svg'], chromiumPath: '/nonexistent/chromium', signal: stop.signal });
    stop.abort();
    await expect(drawing).rejects.toThrow(/abort/i);
    expect(fs.readdirSync(dir).sort()).toEqual(['hashtags.html', 'hashtags.png', 'hashtags.svg']);
    expect(fs.readFileSync(path.join(dir, 'hashtags.html'), 'utf8')).toBe('previous run');
    expect(leftovers(dir)).toEqual([]);
  });

  it('throws, leaving a read-only figures folder as it was', async (ctx) => {
    const dir = previous('read-only');
    const undo = makeReadOnly(dir);
    if (!undo) { ctx.skip(); return; }
    try {
      await expect(renderFigures(fig, dir, { formats: ['html'] })).rejects.toMatchObject({ code: expect.stringMatching(/^(EACCES|EPERM)$/) });
      expect(fs.readdirSync(dir).sort()).toEqual(['hashtags.html', 'hashtags.png', 'hashtags.svg']);
      expect(leftovers(dir)).toEqual([]);
    } finally {
      undo();
    }
  });
});

describe('writeFigures', () => {
  it('draws every standard chart from the tables and says what it skipped', async () => {
    const dir = path.join(tmp, 'standard');
    const r = await writeFigures(
      { articles: ARTICLES, comments: COMMENTS, hits: HITS, outletProfile: PROFILE, naming: NAMING, keyness: KEYNESS, hashtags: [] },
      dir,
      { formats: ['html'], outletNames: OUTLET_NAMES },
    );
    expect(r.names).toEqual([
      'naming-shares', 'category-rates', 'category-rates-ci', 'stance-reporting-vs-comments', 'comment-volume',
      'markers-over-time', 'keyness-1', 'keyness-2',
    ]);
    expect(r.summary).toMatch(/^8 figures \(html\) in .*; skipped hashtags: no rows$/);
    expect(fs.readdirSync(dir).sort()).toEqual([...r.names.map((n) => `${n}.html`), 'figures.json', 'plotly.min.js'].sort());
    // Keyness files are numbered (outlet ids come from pages); figures.json says which is which.
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'figures.json'), 'utf8')) as { name: string; about?: string; files: string[] }[];
    expect(index.filter((f) => f.about).map((f) => [f.name, f.about, f.files])).toEqual([
      ['keyness-1', 'keyness: reporting vs comments', ['keyness-1.html']],
      ['keyness-2', 'keyness: outlet:orient_news vs rest', ['keyness-2.html']],
    ]);
  });
});
