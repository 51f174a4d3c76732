import * as path from 'path';
import { loadOutletNames } from './loadOutletNames';
import { renderFigures, RenderFiguresOptions, RenderFiguresResult } from './renderFigures';
import { FigureTables, standardFigures, StandardFiguresOptions } from './standardFigures';

/** Options of `writeFigures`: chart options plus render options (`column` lays the charts out for a journal column and draws them at its width). */
export interface WriteFiguresOptions extends StandardFiguresOptions, RenderFiguresOptions {}

/** What `writeFigures` did. */
export interface WriteFiguresResult extends RenderFiguresResult {
  /** Names of the figures drawn. */
  names: string[];
  /** One line for the CLI, e.g. `8 figures (html, svg, png) in outputs/figures`; failed exports first among the notes. */
  summary: string;
}

/**
 * Builds every standard chart from the analysis tables (`standardFigures`) and renders them into
 * `outDir` (`renderFigures`: HTML always, SVG/PNG when Chromium is available). Outlet display names
 * come from data/outlets.yaml unless `outletNames` is given.
 * @example await writeFigures(result.tables, 'outputs/figures', {source: sourceNoteOf(result.info)})
 * // { summary: '9 figures (html, svg, png) in outputs/figures', … }
 */
export async function writeFigures(tables: FigureTables, outDir: string, options: WriteFiguresOptions = {}): Promise<WriteFiguresResult> {
  const { figures, skipped } = standardFigures(tables, { ...options, outletNames: options.outletNames ?? loadOutletNames() });
  const rendered = await renderFigures(figures, outDir, options);
  const asked = options.formats ?? ['html', 'svg', 'png'];
  const formats = rendered.staticRendered ? asked : asked.filter((x) => x === 'html');
  const where = path.relative(process.cwd(), path.resolve(outDir)) || '.';
  const notes = [...rendered.messages, ...skipped.map((s) => `skipped ${s}`)];
  if (rendered.failed.length) notes.unshift(`FAILED ${rendered.failed.length}: ${rendered.failed.join('; ')}`);
  return {
    ...rendered,
    names: figures.map((f) => f.name),
    summary: `${figures.length} figures (${formats.join(', ')}) in ${where}` + (notes.length ? `; ${notes.join('; ')}` : ''),
  };
}
