import * as fs from 'fs';
import * as path from 'path';
import { figureToHtml } from './figureToHtml';
import { jsonForScript } from './escapeHtml';
import { launchChromium } from './launchChromium';
import { plotlyBundle } from './plotlyBundle';
import { plainOfPlotlyText } from './plotlyText';
import { commitStaged, dropStaged, stageFolder } from './figureFolder';
import type { NamedFigure } from './types';

/** Output formats of `renderFigures`. */
export type FigureFormat = 'html' | 'svg' | 'png';

/** Options of `renderFigures`. */
export interface RenderFiguresOptions {
  /** Formats to write. Default `['html', 'svg', 'png']`. */
  formats?: FigureFormat[];
  /** Chromium binary. Default `$KHITAB_CHROMIUM` or `/usr/bin/chromium`. */
  chromiumPath?: string;
  /** Image width in pixels. Default 1000. */
  width?: number;
  /** Image height in pixels. Default: the figure's `layout.height`, else 600. */
  height?: number;
  /** PNG pixel ratio. Default 2 (print quality). */
  scale?: number;
  /**
   * Stops the drawing when aborted (checked between files; Chromium is closed at once): the
   * staging folder is removed, `outDir` is left as it was, and the call rejects with the signal's
   * reason. Default: none.
   */
  signal?: AbortSignal;
}

/** What `renderFigures` wrote. */
export interface RenderFiguresResult {
  /** Absolute paths of the files written, in order. */
  files: string[];
  /** Human-readable notes (e.g. why SVG/PNG were skipped). */
  messages: string[];
  /** Whether SVG/PNG were rendered (false when Chromium was missing or could not start). */
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

// Runs in the browser. Kept as a string: functions compiled by tsx may reference helpers
// (such as `__name`) that do not exist in the page.
const TO_IMAGE = `async (a) => {
  const url = await window.Plotly.toImage({data: a.data, layout: a.layout}, {format: a.format, width: a.width, height: a.height, scale: a.scale});
  return url;
}`;

/**
 * Writes each figure as `<name>.html` (plotly inlined, offline) and, with headless Chromium
 * (playwright-core driving /usr/bin/chromium, plotly loaded once, `Plotly.toImage` per figure),
 * `<name>.svg` and `<name>.png`, plus `figures.json` (`FIGURE_INDEX`: name, title, what the figure
 * shows when its name does not say, files). The set is drawn into a staging folder and replaces
 * `outDir` whole (`commitStaged`). Without Chromium it still writes the HTML files and returns a
 * message saying why the static formats are missing; an export that fails or comes back empty is
 * listed in `failed`. Names must be file-name-safe (letters, digits, `-`, `_`): corpus text never
 * becomes a path.
 * @example await renderFigures([{name: 'naming-shares', figure}], 'outputs/figures')
 * // { files: ['/…/naming-shares.html', '/…/naming-shares.svg', '/…/naming-shares.png', '/…/figures.json'], messages: [], staticRendered: true, failed: [] }
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
  if (formats.includes('html')) {
    for (const f of figures) {
      options.signal?.throwIfAborted();
      const file = path.join(dir, `${f.name}.html`);
      fs.writeFileSync(file, figureToHtml(f.figure));
      files.push(file);
    }
  }
  const statics = formats.filter((x): x is 'svg' | 'png' => x === 'svg' || x === 'png');
  if (statics.length === 0 || figures.length === 0) return { files, messages, staticRendered: statics.length === 0, failed };
  const launched = await launchChromium(options.chromiumPath);
  if (!launched.browser) {
    messages.push(`${launched.reason}; wrote HTML only, no ${statics.join('/')}`);
    return { files, messages, staticRendered: false, failed };
  }
  const browser = launched.browser;
  // A signal closes Chromium at once, so a long export does not hold the stop.
  const stop = (): void => { browser.close().catch(() => undefined); };
  options.signal?.addEventListener('abort', stop);
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: plotlyBundle() });
    for (const f of figures) {
      const height = options.height ?? (typeof f.figure.layout.height === 'number' ? f.figure.layout.height : 600);
      for (const format of statics) {
        options.signal?.throwIfAborted();
        const arg = { data: f.figure.data, layout: f.figure.layout, format, width: options.width ?? 1000, height, scale: format === 'png' ? options.scale ?? 2 : 1 };
        let bytes: Buffer;
        try {
          bytes = dataUrlToBuffer((await page.evaluate(`(${TO_IMAGE})(${jsonForScript(arg)})`)) as string);
        } catch (e) {
          options.signal?.throwIfAborted();
          failed.push(`${f.name}.${format}: ${(e as Error).message.split('\n')[0]}`);
          continue;
        }
        if (bytes.length === 0) { failed.push(`${f.name}.${format}: the export came back empty (0 bytes)`); continue; }
        const file = path.join(dir, `${f.name}.${format}`);
        fs.writeFileSync(file, bytes);
        files.push(file);
      }
    }
  } catch (e) {
    options.signal?.throwIfAborted();
    messages.push(`static rendering failed: ${(e as Error).message.split('\n')[0]}`);
    return { files, messages, staticRendered: false, failed: [...failed, ...statics.map((x) => `*.${x}: Chromium failed`)] };
  } finally {
    options.signal?.removeEventListener('abort', stop);
    await browser.close().catch(() => undefined);
  }
  return { files, messages, staticRendered: true, failed };
}

/**
 * Bytes of a `data:` URL as returned by `Plotly.toImage` (base64 or percent-encoded).
 * @example dataUrlToBuffer('data:image/svg+xml,%3Csvg%3E').toString() // '<svg>'
 */
export function dataUrlToBuffer(url: string): Buffer {
  const comma = url.indexOf(',');
  const head = url.slice(0, comma);
  const body = url.slice(comma + 1);
  return head.endsWith(';base64') ? Buffer.from(body, 'base64') : Buffer.from(decodeURIComponent(body), 'utf8');
}
