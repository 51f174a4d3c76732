import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { outletOfText, type Outlet } from '../../src/corpus/outlets';
import { detectOutlet } from '../../src/split/detectOutlet';
import { loadCitingRules } from '../../src/split/citingContext';

interface CitingCase { registry: 'test' | 'shipped'; outlet: string | null; note: string; lines: string[] }
const table = parse(readFileSync(path.join(__dirname, 'outlet-citing.yaml'), 'utf8')) as CitingCase[];

const outlet = (id: string, cues: string[]): Outlet => ({ id, nameAr: id, nameEn: id, domains: [], cues, camp: 'other', alignmentNote: '' });
/** Bare names as cues: without the citing rules every case of the table would name an outlet. */
const TEST_REGISTRY = [
  outlet('rt', ['روسيا اليوم']), outlet('sana', ['سانا', 'دمشق-سانا']), outlet('anadolu', ['الأناضول']),
  outlet('asharq', ['الشرق الأوسط']), outlet('orient', ['أورينت نت']), outlet('arab48', ['(عرب 48)']),
];

describe('detectOutlet with citing contexts (test/split/outlet-citing.yaml)', () => {
  for (const c of table) {
    it(`${c.outlet ?? 'no outlet'}: ${c.note}`, () => {
      const outlets = c.registry === 'test' ? TEST_REGISTRY : undefined;
      const text = `${c.lines.join('\n')}\n`;
      const r = detectOutlet({ text, meta: null }, { outlets });
      expect(r.outlet).toBe(c.outlet);
      expect(r.source).toBe(c.outlet === null ? null : 'text_cue');
    });
  }

  it('every test-registry citation would attribute without the citing rules (the table can fail)', () => {
    for (const c of table.filter((x) => x.registry === 'test' && x.outlet === null)) {
      expect(outletOfText(c.lines.join('\n'), TEST_REGISTRY), c.note).not.toBeNull();
    }
  });

  it('reads the citing rules from data/outlets.yaml', () => {
    const rules = loadCitingRules();
    expect(rules.words.some((w) => w.join(' ') === 'وفق ما نشرته')).toBe(true);
    expect(rules.glued.has('ل')).toBe(true);
    expect(rules.nouns.has('وكالة')).toBe(true);
  });
});

describe('detectOutlet on the seeds (outlets unchanged)', () => {
  const seedText = (f: string) => readFileSync(path.resolve(__dirname, '../../data/corpus', f), 'utf8');
  it.each([
    ['000_be8fd5d588858933.txt', 'al_bawsala', 'text_cue'],
    // «لـ"أورينت نت"» twice in the body is an exclusive statement to Orient: a citation; the layout names Orient.
    ['001_be24e1eb1075d265.txt', 'orient_news', 'profile'],
    ['002_dffa4802db24a670.txt', 'arab48', 'text_cue'],
    ['003_64b54956efce23e0.txt', 'orient_news', 'profile'],
    ['004_8bf833d50ff6660d.txt', null, null],
  ])('%s → %s (%s)', (f, id, source) => {
    const r = detectOutlet({ text: seedText(f), meta: null });
    expect([r.outlet, r.source]).toEqual([id, source]);
  });
});
