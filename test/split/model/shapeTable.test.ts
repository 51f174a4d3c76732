import { describe, expect, it } from 'vitest';
import { ShapeTable } from '../../../src/split/model/shapeTable';
import { lineShapeOf, newLineFacts, readLine, readLineFacts } from '../../../src/split/model/lineShape';
import { readTrainingPages } from '../../../src/split/model/trainingPages';
import { profileForOutlet } from '../../../src/split/profile';
import { isBlankLine } from '../../../src/split/lineKey';

const generic = profileForOutlet(null);

describe('ShapeTable', () => {
  it('idOf gives ids 0, 1, … in the order shapes are first seen, the same id to lines of equal shape', () => {
    const t = new ShapeTable(newLineFacts().words.length);
    const f = newLineFacts();
    expect(t.idOf(readLineFacts('التعليقات (2)', generic, f))).toBe(0);
    expect(t.idOf(readLineFacts('نص الخبر الطويل.', generic, f))).toBe(1);
    expect(t.idOf(readLineFacts('التعليقات (5)', generic, f))).toBe(0); // same shape: another count
    expect(t.shape(0)).toEqual(readLine('التعليقات (2)', generic).shape);
    expect(t.size).toBe(2);
  });

  it('idOf gives equal ids exactly to lines whose shapes are equal (every line of the development set, as a table that grows)', () => {
    const t = new ShapeTable(newLineFacts().words.length);
    const f = newLineFacts();
    const idBySig = new Map<string, number>();
    let lines = 0;
    for (const page of readTrainingPages('data/gold/split/dev')) {
      const p = profileForOutlet(page.outlet);
      for (const raw of page.text.split('\n')) {
        if (isBlankLine(raw)) continue;
        const id = t.idOf(readLineFacts(raw, p, f));
        const sig = JSON.stringify(lineShapeOf(f));
        if (!idBySig.has(sig)) idBySig.set(sig, id);
        expect(id, raw).toBe(idBySig.get(sig));
        expect(JSON.stringify(t.shape(id))).toBe(sig);
        lines++;
      }
    }
    expect(t.size).toBe(idBySig.size);
    expect(t.size).toBeGreaterThan(600); // past the first slots: the table grew
    expect(lines).toBeGreaterThan(t.size);
  });
});
