import { describe, it, expect } from 'vitest';
import { loadLexicon, lexiconOfMarkers } from '../../src/lexicon/loadLexicon';
import { matchMarkers, scanArticle } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import type { Guard, Marker } from '../../src/lexicon/types';
import type { GuardedHit } from '../../src/stance/types';
import { caseTable } from './helpers';

const lex = loadLexicon();

/** Hits and guard-cancelled matches of one sentence. */
function run(text: string, lexicon = lex): { markers: string[]; guarded: GuardedHit[] } {
  const guarded: GuardedHit[] = [];
  const hits = matchMarkers(articleOfLines([text]), lexicon, { onGuarded: (g) => guarded.push(g) });
  return { markers: hits.map((h) => h.marker), guarded };
}

interface GuardCase { marker: string; match: string[]; guarded: [string, string][] }

describe('matchMarkers with the shipped sense guards (test/stance/cases/guards.yaml)', () => {
  const table = caseTable<GuardCase>('guards.yaml');

  it('the table names only guarded markers, and every guarded marker of the codebook', () => {
    const guardedIds = lex.markers.filter((m) => m.exclude?.length).map((m) => m.id).sort();
    expect(table.map((c) => c.marker).sort()).toEqual(guardedIds);
  });

  for (const c of table) {
    for (const text of c.match) {
      it(`${c.marker} matches «${text}»`, () => {
        const r = run(text);
        expect(r.markers).toContain(c.marker);
        expect(r.guarded.filter((g) => g.marker === c.marker)).toEqual([]);
      });
    }
    for (const [text, context] of c.guarded) {
      it(`${c.marker} is cancelled by «${context}» in «${text}» and reported`, () => {
        const r = run(text);
        expect(r.markers).not.toContain(c.marker);
        const g = r.guarded.filter((x) => x.marker === c.marker);
        expect(g).toHaveLength(1);
        expect(g[0].context).toBe(context);
        expect(text.slice(g[0].contextCol, g[0].contextCol + context.length)).toBe(context);
        expect(text.slice(g[0].col, g[0].col + g[0].len)).toBe(g[0].matched);
      });
    }
  }
});

/** A marker of a test lexicon with one guard. */
function marker(id: string, patterns: string[], guard: Partial<Guard> & { patterns: string[] }, category = 'econ'): Marker {
  return {
    id, category, polarity: 0, patterns, suffixes: false, description: id, examples: [], counterExamples: [], source: 'test',
    origin: { file: 't.yaml', line: 1 },
    exclude: [{ before: 0, after: 0, reason: '', origin: { file: 't.yaml', line: 2 }, ...guard }],
  };
}

describe('matchMarkers: the guard window', () => {
  const after2 = lexiconOfMarkers([marker('trade', ['تجارة'], { after: 2, patterns: ['المخدرات', 'تهريب البشر'] })]);
  const before2 = lexiconOfMarkers([marker('dam', ['دمشق'], { before: 2, patterns: ['يصل'] }, 'gov')]);

  it('counts words only: a guard word at distance 2 cancels, at distance 3 does not', () => {
    expect(run('تجارة واسعة المخدرات', after2).markers).toEqual([]);
    expect(run('تجارة واسعة جدا المخدرات', after2).markers).toEqual(['trade']);
    expect(run('يصل اليوم دمشق', before2).markers).toEqual([]);
    expect(run('يصل صباح اليوم دمشق', before2).markers).toEqual(['dam']);
  });

  it('skips quote marks and brackets but stops at a clause boundary', () => {
    expect(run('تجارة «المخدرات»', after2).markers).toEqual([]);
    expect(run('تجارة (واسعة) المخدرات', after2).markers).toEqual([]);
    expect(run('تجارة، المخدرات', after2).markers).toEqual(['trade']);
    expect(run('يصل. دمشق', before2).markers).toEqual(['dam']);
  });

  it('counts a hashtag as a word and stops at a link', () => {
    expect(run('تجارة #سوريا المخدرات', after2).markers).toEqual([]);
    expect(run('تجارة https://x.com/a المخدرات', after2).markers).toEqual(['trade']);
  });

  it('needs a guard phrase wholly inside the window, and reads clitics as marker patterns do', () => {
    expect(run('تجارة تهريب البشر', after2).markers).toEqual([]);
    // «تهريب البشر» takes words 2–3: it does not fit in the two-word window.
    expect(run('تجارة عبر تهريب البشر', after2).markers).toEqual(['trade']);
    expect(run('تجارة والمخدرات', after2).markers).toEqual([]);
    expect(run('ويصل دمشق', before2).markers).toEqual([]);
  });

  it('looks only on the sides the guard names', () => {
    expect(run('المخدرات تجارة', after2).markers).toEqual(['trade']);
    expect(run('دمشق يصل', before2).markers).toEqual(['dam']);
  });

  it('leaves other markers alone: a cancelled match takes no room in its overlap group', () => {
    const both = lexiconOfMarkers([
      marker('long', ['حكومة دمشق'], { after: 1, patterns: ['القديمة'] }, 'gov'),
      { ...marker('short', ['دمشق'], { after: 1, patterns: ['x'] }, 'gov'), exclude: undefined },
    ]);
    expect(run('حكومة دمشق القديمة', both).markers).toEqual(['short']);
    expect(run('حكومة دمشق الجديدة', both).markers).toEqual(['long']);
  });

  it('reports each cancelled match once, with the guard index and page position', () => {
    const lexicon = lexiconOfMarkers([{
      ...marker('trade', ['تجارة', 'تجارة'], { after: 1, patterns: ['السلاح'] }),
      exclude: [
        { before: 0, after: 1, patterns: ['الذهب'], reason: '', origin: { file: 't.yaml', line: 2 } },
        { before: 0, after: 1, patterns: ['السلاح'], reason: '', origin: { file: 't.yaml', line: 3 } },
      ],
    }]);
    const guarded: GuardedHit[] = [];
    const a = articleOfLines(['سطر أول', 'وتجارة السلاح رائجة']);
    expect(scanArticle(a, lexicon, { onGuarded: (g) => guarded.push(g) })).toEqual([]);
    expect(guarded).toEqual([{
      id: 'text', file: 'text', line: 2, col: 0, len: 6, matched: 'وتجارة', role: 'body', comment: null,
      category: 'econ', marker: 'trade', guard: 1, context: 'السلاح', contextCol: 7,
    }]);
  });
});
