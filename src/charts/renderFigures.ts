import * as fs from 'fs';
import * as path from 'path';
import { figureToHtml } from './figureToHtml';
import type { Page } from 'playwright-core';
import { exportStatic, plotlyPage, runPool, type StaticFormat } from './exportStatic';
import { journalWidthPx, type JournalColumn } from './journalSize';
import { launchChromium, type ChromiumLaunch } from './launchChromium';
import { PLOTLY_FILE, plotlyBundleAsync, plotlySource } from './plotlyBundle';
import { plainOfPlotlyText } from './plotlyText';
import { commitStaged, dropStaged, stageFolder } from './figureFolder';
import type { NamedFigure } from './types';

/** Output formats of `renderFigures`. */
export type FigureFormat = 'html' | StaticFormat;

/** Every format `renderFigures` can write. */
export const FIGURE_FORMATS: readonly FigureFormat[] = ['html', 'svg', 'png', 'pdf'];

/** Progress of `renderFigures`: one call per figure finished (all its formats written or failed). */
export interface FigureProgress {
  /** Figures finished so far. */
  done: number;
  /** Figures in all. */
  total: number;
  /** The figure just finished. */
  name: string;
}

/** Options of `renderFigures`. */
export interface RenderFiguresOptions {
  /** Formats to write. Default `['html', 'svg', 'png']`. */
  formats?: FigureFormat[];
  /** Chromium binary. Default `$KHITAB_CHROMIUM` or `/usr/bin/chromium`. */
  chromiumPath?: string;
  /**
   * Journal column the static exports are sized for (journalSize.ts); build the figures for the same
   * column (`standardFigures(tables, {column})`, or `writeFigures` for both). Default `double` (175 mm, 661 px).
   */
  column?: JournalColumn;
  /** Image width in CSS pixels. Default: the column's width. */
  width?: number;
  /** Image height in pixels. Default: the figure's `layout.height`, else 600. */
  height?: number;
  /**
   * PNG pixel ratio. Default 2 (a 661 px figure is a 1322 px PNG: about 190 dpi at 175 mm; as fast
   * as before). `pngScale(300)` = 3.125 gives 300 dpi, at about 20 % more drawing time.
   */
  scale?: number;
  /** Chromium pages exporting at once. Default 2. */
  concurrency?: number;
  /** Called as each figure is finished. Default: none. */
  onProgress?: (p: FigureProgress) => void;
  /**
   * Stops the drawing when aborted (checked between files; Chromium is closed at once): the
   * staging folder is removed, `outDir` is left as it was, and the call rejects with the signal's
   * reason. Default: none.
   */
  signal?: AbortSignal;
}

/** What `renderFigures` wrote. */
export interface RenderFiguresResult {
  /** Absolute paths of the files written, in order (the shared plotly bundle included). */
  files: string[];
  /** Human-readable notes (e.g. why SVG/PNG were skipped). */
  messages: string[];
  /** Whether the static formats were rendered (false when Chromium was missing or could not start). */
  staticRendered: boolean;
  /**
   * Files that could not be drawn, each `<name>.<format>: <why>` (an export that threw or came
   * back empty; such a file is not written). An error for the caller: `khitab analyze` exits 4.
   */
  failed: string[];
}

/** Name of the index written with the figures: each figure's name, title and files. */
export const FIGURE_INDEX = 'figures.json';

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,100}$/;

export { dataUrlToBuffer } from './exportStatic';

/**
 * Writes each figure as `<name>.html`, all loading one shared minified plotly.js written beside
 * them (`plotly.min.js`, offline), and, with headless Chromium (playwright-core driving
 * /usr/bin/chromium, a pool of pages with plotly loaded), `<name>.svg`, `.png` and `.pdf` as asked,
 * at a journal column's width, plus `figures.json` (`FIGURE_INDEX`: name, title, what the figure
 * shows when its name does not say, files). The set is drawn into a staging folder and replaces
 * `outDir` whole (`commitStaged`). Without Chromium it still writes the HTML files and returns a
 * message saying why the static formats are missing; an export that fails or comes back empty is
 * listed in `failed`. Names must be file-name-safe (letters, digits, `-`, `_`): corpus text never
 * becomes a path.
 * @example await renderFigures([{name: 'naming-shares', figure}], 'outputs/figures')
 * // { files: ['/…/plotly.min.js', '/…/naming-shares.html', '/…/naming-shares.svg', '/…/naming-shares.png', '/…/figures.json'], messages: [], staticRendered: true, failed: [] }
 */
export async function renderFigures(figures: NamedFigure[], outDir: string, options: RenderFiguresOptions = {}): Promise<RenderFiguresResult> {
  for (const f of figures) {
    if (!NAME_RE.test(f.name)) throw new Error(`renderFigures: figure name ${JSON.stringify(f.name)} is not file-name-safe (letters, digits, '-', '_')`);
  }
  options.signal?.throwIfAborted();
  const staged = stageFolder(outDir);
  try {
    const r = await drawFigures(figures, staged.staging, options);
    options.signal?.throwIfAborted();
    const index = figures.map((f) => ({
      name: f.name,
      title: plainOfPlotlyText(String((f.figure.layout.title as { text?: unknown } | undefined)?.text ?? '')),
      ...(f.about === undefined ? {} : { about: f.about }),
      files: r.files.filter((x) => path.basename(x).startsWith(`${f.name}.`)).map((x) => path.basename(x)),
    }));
    fs.writeFileSync(path.join(staged.staging, FIGURE_INDEX), `${JSON.stringify(index, null, 2)}\n`);
    r.files.push(path.join(staged.staging, FIGURE_INDEX));
    commitStaged(staged);
    return { ...r, files: r.files.map((x) => path.join(staged.dest, path.basename(x))) };
  } finally {
    dropStaged(staged);
  }
}

/** `renderFigures` into `dir` (the staging folder), without the index. */
async function drawFigures(figures: NamedFigure[], dir: string, options: RenderFiguresOptions): Promise<RenderFiguresResult> {
  const formats = options.formats ?? ['html', 'svg', 'png'];
  const files: string[] = [];
  const messages: string[] = [];
  const failed: string[] = [];
  const statics = formats.filter((x): x is StaticFormat => x !== 'html');
  const launching = statics.length > 0 && figures.length > 0 ? launchChromium(options.chromiumPath) : null;
  let done = 0;
  const finished = (name: string): void => options.onProgress?.({ done: ++done, total: figures.length, name });
  // Minified in esbuild's own process while Chromium starts and draws; written when done, and always
  // awaited before returning, so it never lands in a staging folder that is already gone.
  const bundleWritten = formats.includes('html') ? plotlyBundleAsync().then((js) => fs.writeFileSync(path.join(dir, PLOTLY_FILE), js)) : Promise.resolve();
  try {
    if (formats.includes('html')) {
      files.push(path.join(dir, PLOTLY_FILE));
      for (const f of figures) {
        options.signal?.throwIfAborted();
        const file = path.join(dir, `${f.name}.html`);
        fs.writeFileSync(file, figureToHtml(f.figure, { plotlySrc: PLOTLY_FILE }));
        files.push(file);
        if (!launching) finished(f.name);
      }
    }
  } catch (e) {
    launching?.then((l) => l.browser?.close()).catch(() => undefined);
    await bundleWritten.catch(() => undefined);
    throw e;
  }
  if (!launching) {
    await bundleWritten;
    return { files, messages, staticRendered: statics.length === 0, failed };
  }
  try {
    return await drawStatics(figures, dir, statics, await launching, { files, messages, failed }, options, finished);
  } finally {
    await bundleWritten;
  }
}

/** The static exports of `drawFigures`, added to what it has written so far (`done`). */
async function drawStatics(
  figures: NamedFigure[], dir: string, statics: StaticFormat[], launched: ChromiumLaunch,
  done: { files: string[]; messages: string[]; failed: string[] }, options: RenderFiguresOptions, finished: (name: string) => void,
): Promise<RenderFiguresResult> {
  const { files, messages, failed } = done;
  if (!launched.browser) {
    messages.push(`${launched.reason}; wrote HTML only, no ${statics.join('/')}`);
    return { files, messages, staticRendered: false, failed };
  }
  const browser = launched.browser;
  // A signal closes Chromium at once, so a long export does not hold the stop.
  const stop = (): void => { browser.close().catch(() => undefined); };
  options.signal?.addEventListener('abort', stop);
  const width = options.width ?? journalWidthPx(options.column ?? 'double');
  const written = new Map<string, string>();
  try {
    // The pages load the unminified file at once rather than wait for esbuild.
    const js = plotlySource().replace(/<\/script/gi, '<\\/script');
    const pages: Page[] = [];
    await runPool(figures, options.concurrency ?? 2, async (f, w) => {
      pages[w] ??= await plotlyPage(browser, js);
      const height = options.height ?? (typeof f.figure.layout.height === 'number' ? f.figure.layout.height : 600);
      for (const format of statics) {
        options.signal?.throwIfAborted();
        const scale = format === 'png' ? options.scale ?? 2 : 1;
        let bytes: Buffer;
        try {
          bytes = await exportStatic(pages[w], { name: f.name, figure: f.figure, format, width, height, scale });
        } catch (e) {
          options.signal?.throwIfAborted();
          failed.push(`${f.name}.${format}: ${(e as Error).message.split('\n')[0]}`);
          continue;
        }
        if (bytes.length === 0) { failed.push(`${f.name}.${format}: the export came back empty (0 bytes)`); continue; }
        const file = path.join(dir, `${f.name}.${format}`);
        fs.writeFileSync(file, bytes);
        written.set(`${f.name}.${format}`, file);
      }
      finished(f.name);
    });
  } catch (e) {
    options.signal?.throwIfAborted();
    messages.push(`static rendering failed: ${(e as Error).message.split('\n')[0]}`);
    return { files, messages, staticRendered: false, failed: [...failed, ...statics.map((x) => `*.${x}: Chromium failed`)] };
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await browser.close().catch(() => undefined);
  }
  // Files in figure order, then format order, whatever order the pool finished them in.
  for (const f of figures) for (const format of statics) { const file = written.get(`${f.name}.${format}`); if (file) files.push(file); }
  return { files, messages, staticRendered: true, failed: failed.sort() };
}
