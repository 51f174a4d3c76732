import * as fs from 'fs';

let cached: string | null = null;

/**
 * The plotly.js bundle (npm `plotly.js-dist`) as JavaScript source, read once per process, with
 * `</script` neutralised so it can be inlined in a `<script>` element. Inlining keeps figures and
 * notebooks working offline (no CDN).
 * @example plotlyBundle().includes('window.Plotly = Plotly') // true
 */
export function plotlyBundle(): string {
  if (cached === null) {
    const file = require.resolve('plotly.js-dist');
    cached = fs.readFileSync(file, 'utf8').replace(/<\/script/gi, '<\\/script');
  }
  return cached;
}

/** Version of the bundled plotly.js. @example plotlyVersion() // '4.1.1' */
export function plotlyVersion(): string {
  return (require('plotly.js-dist/package.json') as { version: string }).version;
}
