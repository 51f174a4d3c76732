import { escapeHtml, jsonForScript } from './escapeHtml';
import type { Figure } from './types';

/** Options of `figureDivHtml`. */
export interface FigureDivOptions {
  /** Element id of the div; letters, digits, `-`, `_` only. Default `khitab-figure`. */
  id?: string;
  /** CSS width of the div. Default `100%`. */
  width?: string;
}

/** plotly config used for every figure: responsive, no plotly logo, PNG download at 2× scale. */
export const PLOTLY_CONFIG = { responsive: true, displaylogo: false, toImageButtonOptions: { format: 'png', scale: 2 } };

/**
 * A `<div>` plus a `<script>` that draws the figure with `Plotly.newPlot` (plotly.js must already be
 * loaded on the page). The figure travels as JSON escaped with `jsonForScript`, so text from the
 * corpus (titles, comments, tags) cannot end the script element or inject markup.
 * @example figureDivHtml(fig, {id: 'f1'}) // '<div id="f1" class="khitab-figure" …></div>\n<script>…Plotly.newPlot("f1", …)</script>'
 */
export function figureDivHtml(figure: Figure, options: FigureDivOptions = {}): string {
  const id = (options.id ?? 'khitab-figure').replace(/[^A-Za-z0-9_-]/g, '_');
  const height = typeof figure.layout.height === 'number' ? `${figure.layout.height}px` : '480px';
  return (
    `<div id="${escapeHtml(id)}" class="khitab-figure" style="width:${escapeHtml(options.width ?? '100%')};height:${height};"></div>\n` +
    `<script>(function(){var f=${jsonForScript(figure)};` +
    `if(typeof Plotly==='undefined'){document.getElementById(${jsonForScript(id)}).textContent='plotly.js is not loaded: a figure file needs plotly.min.js beside it; in a notebook, restart the kernel and run displayFigure again';return;}` +
    `Plotly.newPlot(${jsonForScript(id)},f.data,f.layout,${jsonForScript(PLOTLY_CONFIG)});})();</script>`
  );
}
