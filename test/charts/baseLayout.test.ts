import { describe, expect, it } from 'vitest';
import { houseLayout, labelMarginPx, sourceAnnotation, topLegend } from '../../src/charts/baseLayout';
import { houseSizes, journalWidthPx } from '../../src/charts/journalSize';

const SOURCE = 'Source: khitab · corpus «corpus» (5 pages) · lexicon 0.3 · seed 1, 1,000 resamples';

describe('houseSizes', () => {
  it('gives 9 pt text at double column and nothing under 7 pt (9.33 px) at single', () => {
    expect(houseSizes('double')).toEqual({ width: 661, font: 12, title: 15, panel: 13, note: 10 });
    const s = houseSizes('single');
    expect(s.width).toBe(journalWidthPx('single'));
    for (const px of [s.font, s.title, s.panel, s.note]) expect(px).toBeGreaterThanOrEqual((7 * 96) / 72);
  });
});

describe('houseLayout', () => {
  it('keeps a short title and note on one line at double column, at the given height', () => {
    const { layout, frame } = houseLayout({ source: 'Source: khitab' }, { defaultTitle: 'Naming', height: 400 });
    expect(layout.title).toMatchObject({ text: 'Naming', font: { size: 15 } });
    expect(layout.height).toBe(400);
    expect(frame.extraTop).toBe(0);
    expect(frame.plotWidth).toBe(661 - 80 - 30);
  });
  it('wraps title and note at single column and grows the figure by their extra lines', () => {
    const { layout, frame } = houseLayout({ source: SOURCE, column: 'single', title: 'Stance of reporting vs reader comments, per outlet' }, { defaultTitle: '', height: 400, marginLeft: 100 });
    const title = (layout.title as { text: string }).text;
    expect(title.split('\n').length).toBe(2); // 50 characters, 45 a line at 12 px across 297 px
    expect(title.replace('\n', ' ')).toBe('Stance of reporting vs reader comments, per outlet');
    const note = (layout.annotations as { text: string }[])[0].text;
    expect(note.replace(/\n/g, ' ')).toBe(SOURCE);
    const noteLines = note.split('\n').length; // 205 px of plot at 9.5 px: 39 characters a line
    expect(noteLines).toBe(3);
    // The title's second line: ⌈1.3 × 12⌉ = 16 px; the note's two further lines: ⌈2 × 1.3 × 9.5⌉ = 25 px.
    expect(frame.extraTop).toBe(16);
    expect(layout.height).toBe(400 + 16 + 25);
    expect((layout.margin as Record<string, number>).b).toBe(110 + 25);
    expect((layout.font as { size: number }).size).toBe(10);
  });
});

describe('sourceAnnotation', () => {
  it('puts the last line of the note 12 px above the bottom edge', () => {
    expect(sourceAnnotation('Source: khitab', 110, 10).yshift).toBe(-(110 - 13 - 12));
    expect(sourceAnnotation('a\nb', 110, 10).yshift).toBe(-(110 - 26 - 12));
  });
});

describe('topLegend', () => {
  const frameOf = (column: 'single' | 'double') => houseLayout({ column }, { defaultTitle: 'T' }).frame;
  it('puts entries in aligned columns at double column: two of 30 characters across 551 px', () => {
    const l = topLegend(frameOf('double'), ['a'.repeat(30), 'b', 'c', 'd']);
    expect(l.height).toBe(2 * 29 + 4);
    expect(l.at(500)).toMatchObject({ orientation: 'h', xref: 'container', entrywidth: Math.ceil(30 * 0.55 * 11 + 8) });
  });
  it('packs entries by their own width at single column, wrapping at the plot width', () => {
    const frame = frameOf('single'); // plot 321 − 80 − 16 = 225 px; an entry is 5.5 px a character + 42 px
    expect(topLegend(frame, ['reporting', 'reader comments']).height).toBe(29 + 4); // 91.5 + 124.5 ≤ 225
    expect(topLegend(frame, ['reporting', 'reader comments', 'x']).height).toBe(2 * 29 + 4); // + 47.5 > 225
    expect(topLegend(frame, ['ab', 'cd', 'ef']).height).toBe(29 + 4);
    expect(topLegend(frame, ['x']).at(400)).not.toHaveProperty('entrywidth');
  });
  it('sits under the title', () => {
    const frame = frameOf('double');
    expect(topLegend(frame, ['x']).at(1000).y).toBeCloseTo(1 - (frame.titleBottom + 4) / 1000, 4);
  });
});

describe('labelMarginPx', () => {
  it('is the longest label at 0.55 em a character plus 12 px of ticks', () => {
    expect(labelMarginPx(['Orient News', 'unknown outlet'], 12)).toBe(105);
    expect(labelMarginPx(['a'], 12)).toBe(42); // at least 30 px of label room
  });
});
