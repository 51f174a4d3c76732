/**
 * Estimates of how wide a label is drawn, so a chart can size its margins from its labels and wrap
 * titles and notes to the width of a journal column before plotly draws them. The estimate is one
 * average glyph width per character: measured in Chromium, Noto Sans and Noto Sans Arabic average
 * 0.42–0.53 em for lower-case English and Arabic words and 0.63 em for capitals, so 0.55 em errs
 * on the wide side for labels. The screenshot tests (figureShots.long.test.ts) check the result.
 */

/** Average glyph width in em used for every estimate. */
export const EM_PER_CHAR = 0.55;

/** Line height of wrapped plotly text in em (plotly's own spacing). */
export const LINE_EM = 1.3;

/**
 * Estimated drawn width in pixels of the longest line of `text` at `fontPx`.
 * @example textWidthPx('against reconciliation', 12) // 145.2
 */
export function textWidthPx(text: string, fontPx: number): number {
  const longest = Math.max(0, ...text.split('\n').map((l) => [...l].length));
  return Math.round(longest * EM_PER_CHAR * fontPx * 10) / 10;
}

/** Height in pixels of `lines` lines of text at `fontPx`. @example linesHeightPx(2, 10) // 26 */
export function linesHeightPx(lines: number, fontPx: number): number {
  return Math.ceil(lines * LINE_EM * fontPx);
}

/**
 * `text` wrapped at spaces into lines no wider than `maxPx` at `fontPx` (a word longer than a line
 * keeps its own line), joined with `\n` (plotly's line break once escaped); line breaks already in
 * the text are kept.
 * @example wrapText('Naming choices per outlet (share of naming hits)', 200, 12) // 'Naming choices per outlet\n(share of naming hits)'
 */
export function wrapText(text: string, maxPx: number, fontPx: number): string {
  const perLine = Math.max(1, Math.floor(maxPx / (EM_PER_CHAR * fontPx)));
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line === '') line = word;
      else if ([...line].length + 1 + [...word].length <= perLine) line += ' ' + word;
      else { out.push(line); line = word; }
    }
    out.push(line);
  }
  return out.join('\n');
}

/** Number of lines of a `wrapText` result. @example lineCount('a\nb') // 2 */
export function lineCount(text: string): number {
  return text.split('\n').length;
}
