/**
 * The plotly.js bundle that figures and notebooks load, minified. npm `plotly.js-dist` ships only
 * the unminified 10 MB file; esbuild (already installed as tsx's engine) minifies it to about
 * 4.8 MB, keeping the licence comments. A run folder holds one copy (`PLOTLY_FILE`) that every
 * figure's HTML references; notebooks inline it once. Both stay offline (no CDN).
 */
import * as fs from 'fs';

/** File name of the shared bundle written beside the figures. */
export const PLOTLY_FILE = 'plotly.min.js';

let cached: string | null = null;
let pending: Promise<string> | null = null;

/**
 * The unminified plotly.js source as shipped (10 MB), read from disk: what a headless page loads
 * when it should not wait for the minified text (static exports start while esbuild works).
 * @example plotlySource().startsWith('/**') // true
 */
export function plotlySource(): string {
  return fs.readFileSync(require.resolve('plotly.js-dist'), 'utf8');
}

// The unminified file's own header is a plain comment, which minifying drops: put it back.
const header = (): string => `/*! plotly.js v${plotlyVersion()} | Copyright Plotly, Inc. | MIT licence | minified by khitab (esbuild) */\n`;
const safe = (js: string): string => header() + js.replace(/<\/script/gi, '<\\/script');

const MINIFY = { minify: true, legalComments: 'inline', charset: 'utf8' } as const;

/**
 * The minified plotly.js bundle as JavaScript source, made once per process (about 4 s of CPU on
 * esbuild's own process), with `</script` neutralised so it can be inlined in a `<script>` element.
 * @example plotlyBundle().includes('Plotly') // true
 */
export function plotlyBundle(): string {
  if (cached === null) {
    const esbuild = require('esbuild') as typeof import('esbuild');
    cached = safe(esbuild.transformSync(plotlySource(), MINIFY).code);
  }
  return cached;
}

/**
 * `plotlyBundle` without blocking: esbuild minifies in its own process, so the work overlaps
 * whatever this process does meanwhile (starting Chromium, writing files).
 * @example const js = await plotlyBundleAsync() // same text as plotlyBundle()
 */
export function plotlyBundleAsync(): Promise<string> {
  if (cached !== null) return Promise.resolve(cached);
  if (pending === null) {
    const esbuild = require('esbuild') as typeof import('esbuild');
    pending = esbuild.transform(plotlySource(), MINIFY).then((r) => {
      cached = cached ?? safe(r.code);
      return cached;
    });
  }
  return pending;
}

/** Version of the bundled plotly.js. @example plotlyVersion() // '4.1.1' */
export function plotlyVersion(): string {
  return (require('plotly.js-dist/package.json') as { version: string }).version;
}
