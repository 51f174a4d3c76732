// The Python reference (scripts/bench/reference.py) on hand-made corpora; skipped without a
// python3 that imports pandas (Debian python3-pandas, installed by scripts/setup.sh in CI).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPython, runReference } from '../../src/bench/pythonReference';
import { writeLexiconTerms } from '../../src/bench/lexiconTerms';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { splitAndMatch } from '../../src/bench/stages';

const python = findPython();
const dir = mkdtempSync(join(tmpdir(), 'khitab-ref-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Terms as khitab exports them (see lexiconTerms), written by hand.
const TERMS = {
  about: 'test', conjunctions: ['و', 'ف'], particles: ['ب', 'ك', 'ل', 'س'],
  suffixes: ['تين', 'تان', 'هما', 'ات', 'ون', 'ين', 'ان', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ه', 'ي', 'ك'],
  terms: [
    { words: ['مصالحه'], article: [true], marker: 'reconcile', category: 'topic', suffixes: true },
    { words: ['نظام', 'اسد'], article: [false, true], marker: 'regime', category: 'naming', suffixes: false },
    { words: ['#لن_نصالح'], article: [false], marker: 'slogan', category: 'slogan', suffixes: false },
  ],
  outlets: [{ id: 'orient', cues: ['أورينت نت'] }],
};
// a: the outlet's cue; «وبالمصالحةِ» (و + ب + ال, a kasra), «نظام الأسد»، «والمصالحات» (plural of a
// term that takes suffixes), «مصالحة» without the article the term asks for, the hashtag: 13 tokens.
const A = 'أورينت نت\nوبالمصالحةِ مع نظام الأسد، والمصالحات. مصالحة بلا أل لا تُعد. #لن_نصالح\n';
// b: no cue; «نظام أسد» lacks the article of its second word; «والمصالحة»: 6 tokens.
const B = 'خبر بلا مصدر: نظام أسد والمصالحة\n';
const EXPECTED = [
  'outlet,category,hits,pages,tokens,hits_per_1000_tokens',
  '(unknown),topic,1,1,6,166.667',
  'orient,naming,1,1,13,76.923',
  'orient,slogan,1,1,13,76.923',
  'orient,topic,2,1,13,153.846',
];

describe.skipIf(!python)('runReference', () => {
  const terms = join(dir, 'terms.json');
  writeFileSync(terms, JSON.stringify(TERMS));

  it('counts terms per outlet and category on a folder of text files', () => {
    mkdirSync(join(dir, 'text', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'text', 'a.txt'), A);
    writeFileSync(join(dir, 'text', 'sub', 'b.txt'), B);
    mkdirSync(join(dir, 'o1'));
    const r = runReference(python!, join(dir, 'text'), terms, join(dir, 'o1'));
    expect(readFileSync(join(dir, 'o1', 'reference.csv'), 'utf8').trim().split('\n')).toEqual(EXPECTED);
    expect(r).toMatchObject({ pages: 2, bytes: Buffer.byteLength(A) + Buffer.byteLength(B), hits: 5 });
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.cpuSeconds).toBeGreaterThan(0);
    expect(r.maxRssMb).toBeGreaterThan(0);
  });

  it('takes the outlet of a JSON-lines record, and a cue when the record has none', () => {
    mkdirSync(join(dir, 'jsonl'));
    writeFileSync(join(dir, 'jsonl', 'p.jsonl'), `${JSON.stringify({ id: 'a', text: A })}\n${JSON.stringify({ id: 'b', outlet: 'orient', text: B })}\n`);
    mkdirSync(join(dir, 'o2'));
    runReference(python!, join(dir, 'jsonl'), terms, join(dir, 'o2'));
    expect(readFileSync(join(dir, 'o2', 'reference.csv'), 'utf8').trim().split('\n')).toEqual([
      EXPECTED[0], 'orient,naming,1,2,19,52.632', 'orient,slogan,1,2,19,52.632', 'orient,topic,3,2,19,157.895',
    ]);
  });

  it('finds about as many hits as khitab on the bundled pages with the exported lexicon', async () => {
    const lexicon = loadLexicon();
    writeLexiconTerms(join(dir, 'lexicon.json'), lexicon);
    mkdirSync(join(dir, 'o3'));
    const r = runReference(python!, 'data/corpus', join(dir, 'lexicon.json'), join(dir, 'o3'));
    const khitab = (await splitAndMatch('data/corpus', lexicon)).work;
    expect(r.pages).toBe(5);
    // Not the same counts (no overlaps, negation, guards or comment split in the reference), but the same order.
    expect(r.hits / khitab).toBeGreaterThan(0.7);
    expect(r.hits / khitab).toBeLessThan(1.4);
  });
});
