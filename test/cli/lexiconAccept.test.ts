import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { acceptedRows, runAccept, withAcceptedMarkers } from '../../src/cli/lexiconAccept';
import { readLexicon, lexiconPathsWith } from '../../src/lexicon/loadLexicon';
import { checkLexicon } from '../../src/stance/checkLexicon';
import { captureRun } from './captureRun';

const SHEET = [
  'term,words,g2,near,elsewhere,kwic1,kwic2,kwic3,accept,category',
  'مغيبين,1,8.869,4,0,وحملوا صور [المغيبين] في السجون,,,yes,stance_oppose',
  'صور,1,4.358,2,0,وحملوا [صور] المغيبين,,,,',
  'ادلب,1,4.358,2,0,في [إدلب],,,x,',
].join('\n') + '\n';

describe('acceptedRows', () => {
  it('keeps the accepted rows and reports one accepted without a category', () => {
    const { rows, problems } = acceptedRows(SHEET);
    expect(rows).toEqual([{ term: 'مغيبين', category: 'stance_oppose', example: 'وحملوا صور المغيبين في السجون', g2: '8.869', near: '4' }]);
    expect(problems).toEqual(["row 4: 'ادلب' is accepted but its category '' is not a category id"]);
  });
});

describe('withAcceptedMarkers', () => {
  it('adds one marker per row to a file, with ids that do not clash', () => {
    const rows = acceptedRows(SHEET).rows;
    const text = withAcceptedMarkers('version: "mine-1"\nmarkers:\n  - {id: suggested_stance_oppose_1, category: frame_x, polarity: 0, patterns: [x]}\n', rows, () => -1);
    const doc = parse(text) as { version: string; markers: { id: string; patterns: string[]; polarity: number }[] };
    expect(doc.version).toBe('mine-1');
    expect(doc.markers.map((m) => m.id)).toEqual(['suggested_stance_oppose_1', 'suggested_stance_oppose_2']);
    expect(doc.markers[1]).toMatchObject({ patterns: ['مغيبين'], polarity: -1 });
  });
});

describe('khitab lexicon accept', () => {
  it('writes a lexicon file whose markers pass khitab lexicon check with the shipped codebook', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'accept-'));
    const sheet = path.join(dir, 'sheet.csv');
    writeFileSync(sheet, SHEET);
    const out = path.join(dir, 'mine.yaml');
    const r = await captureRun(runAccept, [sheet, '--out', out]);
    expect(r.code).toBe(1); // the accepted row without a category is reported
    expect(r.err).toMatch(/row 4/);
    const { lexicon, problems } = readLexicon(lexiconPathsWith([out]));
    expect(problems).toEqual([]);
    expect(checkLexicon(lexicon)).toEqual([]);
    expect(lexicon.markers.find((m) => m.id === 'suggested_stance_oppose_1')?.polarity).toBe(-1);
    expect(readFileSync(out, 'utf8')).toContain('مغيبين');
  });
});
