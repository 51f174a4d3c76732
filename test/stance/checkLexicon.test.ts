import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { checkLexicon } from '../../src/stance/checkLexicon';

describe('checkLexicon', () => {
  it('passes on the shipped codebook (every example matches, no counterExample does)', () => {
    expect(checkLexicon(loadLexicon())).toEqual([]);
  });
  it('reports a failing example and a matching counterExample with file:line', () => {
    const lex = loadLexicon([path.join(__dirname, '../fixtures/lexicons/failing.yaml')]);
    const f = checkLexicon(lex);
    expect(f).toHaveLength(2);
    expect(f[0]).toMatch(/failing\.yaml:3: marker 'fx_fail': example does not match: «محادثات فقط»/);
    expect(f[1]).toMatch(/failing\.yaml:3: marker 'fx_fail': counterExample matches «مفاوضات»/);
  });
});
