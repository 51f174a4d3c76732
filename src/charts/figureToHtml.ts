import { ARABIC_FONT_FAMILY } from './palette';
import { escapeHtml } from './escapeHtml';
import { figureDivHtml } from './figureHtml';
import { plotlyBundle } from './plotlyBundle';
import { plainOfPlotlyText } from './plotlyText';
import type { Figure } from './types';

/** Options of `figureToHtml`. */
export interface FigureToHtmlOptions {
  /** Document title (escaped). Default: the text the figure's title shows (see plotlyText.ts), else `khitab figure`. */
  title?: string;
}

/**
 * A standalone HTML document drawing one figure, with plotly.js inlined (works offline, ~10 MB).
 * The figure JSON is script-escaped and the title HTML-escaped.
 * @example fs.writeFileSync('naming.html', figureToHtml(plotNamingShares(naming)))
 */
export function figureToHtml(figure: Figure, options: FigureToHtmlOptions = {}): string {
  const layoutTitle = (figure.layout.title as { text?: unknown } | undefined)?.text;
  const title = options.title ?? (typeof layoutTitle === 'string' ? plainOfPlotlyText(layoutTitle) : 'khitab figure');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>body{margin:16px;font-family:${ARABIC_FONT_FAMILY};}</style>`,
    `<script>${plotlyBundle()}</script>`,
    '</head>',
    '<body>',
    figureDivHtml(figure, { id: 'figure' }),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
