import * as fs from 'fs';
import * as path from 'path';
import { figureToHtml } from './figureToHtml';
import { jsonForScript } from './escapeHtml';
import { launchChromium } from './launchChromium';
import { plotlyBundle } from './plotlyBundle';
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
}

/** What `renderFigures` wrote. */
export interface RenderFiguresResult {
  /** Absolute paths of the files written, in order. */
  files: string[];
  /** Human-readable notes (e.g. why SVG/PNG were skipped). */
  messages: string[];
  /** Whether SVG/PNG were rendered (false when Chromium was missing or failed). */
  staticRendered: boolean;
}

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
 * `<name>.svg` and `<name>.png`. Without Chromium it still writes the HTML files and returns a
 * message saying why the static formats are missing; it does not throw. Names must be
 * file-name-safe (letters, digits, `-`, `_`): corpus text never becomes a path.
 * @example await renderFigures([{name: 'naming-shares', figure}], 'outputs/figures')
 * // { files: ['/…/naming-shares.html', '/…/naming-shares.svg', '/…/naming-shares.png'], messages: [], staticRendered: true }
 */
export async function renderFigures(figures: NamedFigure[], outDir: string, options: RenderFiguresOptions = {}): Promise<RenderFiguresResult> {
  const formats = options.formats ?? ['html', 'svg', 'png'];
  for (const f of figures) {
    if (!NAME_RE.test(f.name)) throw new Error(`renderFigures: figure name ${JSON.stringify(f.name)} is not file-name-safe (letters, digits, '-', '_')`);
  }
  const dir = path.resolve(outDir);
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const messages: string[] = [];
  if (formats.includes('html')) {
    for (const f of figures) {
      const file = path.join(dir, `${f.name}.html`);
      fs.writeFileSync(file, figureToHtml(f.figure));
      files.push(file);
    }
  }
  const statics = formats.filter((x): x is 'svg' | 'png' => x === 'svg' || x === 'png');
  if (statics.length === 0 || figures.length === 0) return { files, messages, staticRendered: statics.length === 0 };
  const launched = await launchChromium(options.chromiumPath);
  if (!launched.browser) {
    messages.push(`${launched.reason}; wrote HTML only, no ${statics.join('/')}`);
    return { files, messages, staticRendered: false };
  }
  const browser = launched.browser;
  try {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: plotlyBundle() });
    for (const f of figures) {
      const height = options.height ?? (typeof f.figure.layout.height === 'number' ? f.figure.layout.height : 600);
      for (const format of statics) {
        const arg = { data: f.figure.data, layout: f.figure.layout, format, width: options.width ?? 1000, height, scale: format === 'png' ? options.scale ?? 2 : 1 };
        const url = (await page.evaluate(`(${TO_IMAGE})(${jsonForScript(arg)})`)) as string;
        const file = path.join(dir, `${f.name}.${format}`);
        fs.writeFileSync(file, dataUrlToBuffer(url));
        files.push(file);
      }
    }
  } catch (e) {
    messages.push(`static rendering failed: ${(e as Error).message.split('\n')[0]}`);
    return { files, messages, staticRendered: false };
  } finally {
    await browser.close();
  }
  return { files, messages, staticRendered: true };
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
