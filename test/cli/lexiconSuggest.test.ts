import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runSuggest, SHEET_COLUMNS, unitsOfArticle } from '../../src/cli/lexiconSuggest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import { captureRun } from './captureRun';

// A fixture corpus built so that «المغيبين» stands in every sentence with the slogan «لن نصالح»
// (four, on two pages) and nowhere else; the other two pages are unrelated news.
const CORPUS = path.resolve(__dirname, '../fixtures/lexicon-suggest/corpus');

describe('khitab lexicon suggest', () => {
  it('writes the review sheet to --out only, the term built into the fixture first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'suggest-'));
    const out = path.join(dir, 'sheet.csv');
    const r = await captureRun(runSuggest, [CORPUS, '--out', out, '--max-n', '1']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['sheet.csv']);
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([...SHEET_COLUMNS]);
    expect(rows[0]).toMatchObject({ term: 'مغيبين', words: '1', near: '4', elsewhere: '0', accept: '', category: '' });
    expect(rows[0].kwic1).toContain('[المغيبين]');
    expect(rows.every((x) => x.term !== 'نصالح')).toBe(true); // a seed never suggests itself
  });

  it('requires --out and rejects --max-n above 3', async () => {
    expect((await captureRun(runSuggest, [CORPUS])).code).toBe(2);
    expect((await captureRun(runSuggest, [CORPUS, '--out', '/tmp/x.csv', '--max-n', '4'])).code).toBe(2);
  });

  it('splits pages with --labeller as khitab analyze does, and refuses an unknown labeller', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'suggest-'));
    expect((await captureRun(runSuggest, [CORPUS, '--out', path.join(dir, 'x.csv'), '--labeller', 'crf'])).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    const r = await captureRun(runSuggest, [CORPUS, '--out', path.join(dir, 'rules.csv'), '--max-n', '1', '--labeller', 'rules']);
    expect(r.code, r.err).toBe(0);
    const rows = parse(readFileSync(path.join(dir, 'rules.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ term: 'مغيبين', near: '4', elsewhere: '0' });
  });
});

describe('unitsOfArticle', () => {
  it('cuts body lines into sentences and keeps a comment whole; the seed span is skipped', () => {
    const lex = loadLexicon();
    const body = articleOfLines(['الطقس جميل. رفع المحتجون لافتة لن نصالح في الساحة.'], 'body');
    const units = unitsOfArticle(body, matchMarkers(body, lex), lex);
    expect(units.map((u) => [u.text.trim(), u.seed])).toEqual([['الطقس جميل.', false], ['رفع المحتجون لافتة لن نصالح في الساحة.', true]]);
    const s = units[1];
    expect(s.skip.map(([a, b]) => s.text.slice(a, b))).toEqual(['لن نصالح']);
    const comment = articleOfLines(['سطر أول', 'لن نصالح'], 'comment_body');
    const cu = unitsOfArticle(comment, matchMarkers(comment, lex), lex);
    expect(cu.map((u) => [u.text, u.seed])).toEqual([['سطر أول\nلن نصالح', true]]);
  });
});
