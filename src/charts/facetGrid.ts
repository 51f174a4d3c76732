/**
 * Axis layout for a grid of subplots (facets) in one plotly figure, computed here rather than with
 * `layout.grid` so every axis carries its own title and the spec is explicit in golden files.
 */

/** One facet cell of the grid. */
export interface FacetCell {
  /** Trace axis ids, e.g. `x2` / `y2`. */
  xaxis: string;
  yaxis: string;
  /** Layout keys of the axes, e.g. `xaxis2` / `yaxis2`. */
  xkey: string;
  ykey: string;
  /** Paper-coordinate domains of the cell. */
  xdomain: [number, number];
  ydomain: [number, number];
}

/** Options of `facetGrid`. */
export interface FacetGridOptions {
  /** Horizontal gap between columns (paper fraction). Default 0.08. */
  xgap?: number;
  /** Vertical gap between rows (paper fraction). Default 0.16. */
  ygap?: number;
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * Cells of an nRows × nCols grid, row-major from the top-left; cell k (0-based) uses axes x{k+1}/y{k+1}.
 * @example facetGrid(1, 2)[1] // { xaxis: 'x2', yaxis: 'y2', xkey: 'xaxis2', ykey: 'yaxis2', xdomain: [0.54, 1], ydomain: [0, 1] }
 */
export function facetGrid(nRows: number, nCols: number, options: FacetGridOptions = {}): FacetCell[][] {
  const xgap = nCols > 1 ? options.xgap ?? 0.08 : 0;
  const ygap = nRows > 1 ? options.ygap ?? 0.16 : 0;
  const w = (1 - xgap * (nCols - 1)) / nCols;
  const h = (1 - ygap * (nRows - 1)) / nRows;
  const grid: FacetCell[][] = [];
  for (let r = 0; r < nRows; r++) {
    const row: FacetCell[] = [];
    for (let c = 0; c < nCols; c++) {
      const k = r * nCols + c + 1;
      const suffix = k === 1 ? '' : String(k);
      const x0 = c * (w + xgap);
      const y1 = 1 - r * (h + ygap);
      row.push({
        xaxis: `x${suffix}`,
        yaxis: `y${suffix}`,
        xkey: `xaxis${suffix}`,
        ykey: `yaxis${suffix}`,
        xdomain: [r4(x0), r4(Math.min(1, x0 + w))],
        ydomain: [r4(Math.max(0, y1 - h)), r4(y1)],
      });
    }
    grid.push(row);
  }
  return grid;
}

/**
 * A facet title annotation centred above a cell, at `fontPx` (default 13, the double column's panel size).
 * @example facetTitle('reporting', facetGrid(1, 1)[0][0]).text // 'reporting'
 */
export function facetTitle(text: string, cell: FacetCell, fontPx = 13): Record<string, unknown> {
  return {
    text,
    xref: 'paper',
    yref: 'paper',
    x: r4((cell.xdomain[0] + cell.xdomain[1]) / 2),
    y: cell.ydomain[1],
    xanchor: 'center',
    yanchor: 'bottom',
    showarrow: false,
    font: { size: fontPx },
  };
}
