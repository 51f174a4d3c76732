import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CAMPS, campOfOutlet, loadOutlets, outletOfText, outletOfUrl } from '../../src/corpus/outlets';
import { detectOutlet } from '../../src/split/detectOutlet';
import type { PageMeta } from '../../src/corpus/types';

const seed = (f: string): string => readFileSync(path.resolve(__dirname, '../../data/corpus', f), 'utf8');
const meta = (m: Partial<PageMeta>): PageMeta => ({ id: 'x', file: 'x.txt', outlet: null, url: null, published: null, crawled: null, language: null, notes: null, ...m });

describe('loadOutlets', () => {
  it('holds the seeds\' outlets and the main outlets, each with a valid camp', () => {
    const o = loadOutlets();
    const ids = o.map((x) => x.id);
    for (const id of ['al_bawsala', 'orient_news', 'arab48', 'sana', 'al_watan_sy', 'al_mayadeen', 'rt_arabic', 'sputnik_arabic', 'al_alam',
      'anadolu_arabic', 'trt_arabi', 'daily_sabah_arabic', 'enab_baladi', 'syria_tv', 'zaman_alwasl', 'sohr', 'hawar_anha', 'north_press',
      'rudaw', 'al_jazeera', 'al_arabiya', 'asharq_al_awsat', 'al_quds_al_arabi', 'rai_al_youm', 'al_araby_al_jadeed', 'al_akhbar', 'al_hurra']) {
      expect(ids, id).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const x of o) { expect(CAMPS).toContain(x.camp); expect(x.nameAr && x.nameEn && x.alignmentNote, x.id).toBeTruthy(); }
  });
  it('exposes the camp', () => {
    expect(campOfOutlet('orient_news')).toBe('syrian_opposition');
    expect(campOfOutlet('sana')).toBe('syrian_government');
    expect(campOfOutlet('hawar_anha')).toBe('kurdish_aanes');
    expect(campOfOutlet('nope')).toBeNull();
  });
});

describe('outletOfUrl', () => {
  it.each([
    ['https://www.orient-news.net/ar/news_show/1', 'orient_news'],
    ['https://m.arab48.com/x', 'arab48'],
    ['https://arabic.rt.com/middle_east/1/', 'rt_arabic'],
    ['https://www.bbc.com/arabic/middleeast-1', 'bbc_arabic'],
    ['https://www.bbc.com/news/world-1', null],
    ['sana.sy/?p=1', 'sana'],
    ['not a url', null],
  ])('%s → %s', (u, id) => expect(outletOfUrl(u)).toBe(id));
});

describe('outletOfText', () => {
  it('finds source lines and self-references but not citations', () => {
    expect(outletOfText('نص\nالمصدر: عرب 48\n')).toBe('arab48');
    expect(outletOfText(seed('004_8bf833d50ff6660d.txt'))).toBeNull(); // cites «سانا» and «وكالة الأناضول» only
  });
});

describe('detectOutlet', () => {
  it('prefers metadata', () => {
    expect(detectOutlet({ meta: meta({ outlet: 'sana', url: 'https://orient-news.net/x' }), text: 'أورينت نت' }))
      .toEqual({ outlet: 'sana', source: 'metadata', camp: 'syrian_government' });
  });
  it('uses the metadata URL next', () => {
    expect(detectOutlet({ meta: meta({ url: 'https://www.enabbaladi.net/1' }), text: 'أورينت نت' }).source).toBe('url');
  });
  it('uses text cues next (seeds 000, 001, 002)', () => {
    expect(detectOutlet({ text: seed('000_be8fd5d588858933.txt') })).toEqual({ outlet: 'al_bawsala', source: 'text_cue', camp: 'syrian_opposition' });
    expect(detectOutlet({ text: seed('001_be24e1eb1075d265.txt') }).outlet).toBe('orient_news');
    expect(detectOutlet({ text: seed('002_dffa4802db24a670.txt') })).toEqual({ outlet: 'arab48', source: 'text_cue', camp: 'other' });
  });
  it('uses a profile\'s layout cues next (seed 003: Orient layout, no name in the text)', () => {
    expect(detectOutlet({ text: seed('003_64b54956efce23e0.txt') })).toEqual({ outlet: 'orient_news', source: 'profile', camp: 'syrian_opposition' });
  });
  it('gives null when nothing identifies the outlet (seed 004)', () => {
    expect(detectOutlet({ meta: meta({}), text: seed('004_8bf833d50ff6660d.txt') })).toEqual({ outlet: null, source: null, camp: null });
  });
});
