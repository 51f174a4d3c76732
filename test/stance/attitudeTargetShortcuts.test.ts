import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { compileLexicon } from '../../src/lexicon/compileLexicon';
import { matchMarkers } from '../../src/stance/matchMarkers';
import { articleOfLines } from '../../src/stance/articleOfLines';
import { RULE_SCAN } from '../../src/stance/attitudeTarget';
import { seedArticles } from './helpers';

// The rules' shortcuts (only the tokens that start a rule form are read; lines whose parts cannot
// combine stop early) must give the same hits as reading every token of every line.
const LEX = compileLexicon(loadLexicon());
const DEV = path.resolve(__dirname, '../../data/gold/stance/dev');

/** The text and segment of every dev gold unit (files in sub-folders too). */
function devUnits(): [string, boolean][] {
  const out: [string, boolean][] = [];
  for (const f of (readdirSync(DEV, { recursive: true }) as string[]).filter((x) => x.endsWith('.tsv')).sort()) {
    const [head, ...rows] = readFileSync(path.join(DEV, f), 'utf8').split('\n').filter((l) => l.trim());
    const cols = head.split('\t');
    for (const r of rows) { const c = r.split('\t'); out.push([c[cols.indexOf('text')], c[cols.indexOf('segment')] === 'comment']); }
  }
  return out;
}

describe('ruleMatchesOfLine shortcuts (RULE_SCAN.exhaustive)', () => {
  afterEach(() => { RULE_SCAN.exhaustive = false; });

  it('gives the same hits on the dev gold units with and without the shortcuts', () => {
    const articles = devUnits().map(([text, comment]) => articleOfLines([text], comment ? 'comment_body' : 'body'));
    expect(articles.length).toBeGreaterThan(550);
    const fast = articles.map((a) => matchMarkers(a, LEX));
    RULE_SCAN.exhaustive = true;
    const slow = articles.map((a) => matchMarkers(a, LEX));
    expect(fast).toEqual(slow);
    expect(fast.flat().filter((h) => h.parts).length).toBeGreaterThan(100);
  });

  it('gives the same hits on the seed pages with and without the shortcuts', async () => {
    const articles = await seedArticles();
    const fast = articles.map((a) => matchMarkers(a, LEX));
    RULE_SCAN.exhaustive = true;
    expect(articles.map((a) => matchMarkers(a, LEX))).toEqual(fast);
  });
});
