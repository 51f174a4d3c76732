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
  /**
   * Where the page loads plotly.js from, relative to the HTML file (e.g. `plotly.min.js` beside it,
   * as `renderFigures` writes). Default: none, the minified bundle is inlined (~4.8 MB, one file).
   */
  plotlySrc?: string;
}

/**
 * An HTML document drawing one figure, offline: plotly.js inlined (one self-contained file,
 * ~4.8 MB), or loaded from `plotlySrc` (a few kB per figure, the bundle shared). The figure JSON is
 * script-escaped and the title HTML-escaped.
 * @example fs.writeFileSync('naming.html', figureToHtml(plotNamingShares(naming)))
 * @example figureToHtml(fig, {plotlySrc: 'plotly.min.js'}) // '…<script src="plotly.min.js"></script>…'
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
    options.plotlySrc === undefined ? `<script>${plotlyBundle()}</script>` : `<script src="${escapeHtml(options.plotlySrc)}"></script>`,
    '</head>',
    '<body>',
    figureDivHtml(figure, { id: 'figure' }),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
