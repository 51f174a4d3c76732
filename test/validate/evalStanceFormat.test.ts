import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/loadLexicon';
import { evalStance } from '../../src/validate/evalStance';
import { formatStanceEval } from '../../src/validate/evalStanceFormat';
import { readStanceGold } from '../../src/validate/readStanceGold';
import { readVoiceTable } from '../../src/stance/voices/voiceTable';

const FIX = path.resolve(__dirname, '../fixtures/stance-eval');

describe('formatStanceEval', () => {
  const text = formatStanceEval(evalStance(readStanceGold(path.join(FIX, 'gold')), {
    lexicon: loadLexicon([path.join(FIX, 'lexicon.yaml')]),
    voices: readVoiceTable(path.join(FIX, 'voices.yaml')),
  }));
  const lines = text.split('\n');

  it('prints one block per segment with the class table (figures of evalStance.test.ts)', () => {
    expect(lines[0]).toBe('reporting: 4 units');
    expect(text).toMatch(/^class +precision +recall +F1 +support +predicted$/m);
    expect(text).toMatch(/^support +0\.500 +1\.000 +0\.667 +1 +2$/m);
    expect(text).toMatch(/^conditional +– +0\.000 +– +1 +0$/m); // undefined precision and F1 print as –
    expect(text).toContain('\ncomment: 3 units\n');
  });

  it('prints macro-F1, accuracy, the never-predicted classes, sign agreement and voice attribution', () => {
    expect(text).toContain('macro-F1 (4 classes)  0.333  (an undefined F1 counts as 0)');
    expect(text).toContain('accuracy              2/4 0.500');
    expect(text).toContain('never predicted       oppose, conditional');
    expect(text).toContain('sign agreement        1/2 0.500  (gold support/oppose; no prediction 1, balanced 0, opposite 0)');
    expect(text).toMatch(/voice attribution +2\/2 1\.000 +\(units with a stance hit .*by gold voice: authorial 0\/0, unnamed 0\/0, actor 2\/2; voices found: named 2\)/);
  });

  it('prints the confusion matrix (rows gold) and one line per camp and per variety', () => {
    expect(text).toMatch(/^gold \\ predicted +support +oppose +conditional +neutral$/m);
    expect(text).toMatch(/^conditional +1 +0 +0 +0$/m);
    expect(text).toMatch(/^camp +units +accuracy +macro-F1 +sign agreement +no prediction +voice$/m);
    expect(text).toMatch(/^turkish +2 +1\/2 0\.500 +0\.167 +1\/1 1\.000 +0 +2\/2 1\.000$/m);
    expect(text).toMatch(/^gulf +1 +1\/1 1\.000 +0\.250 +0\/0 – +0 +0\/0 –$/m);
  });
});
