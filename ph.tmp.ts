import { listCorpusFiles, readCorpusFile } from './src/corpus/streamCorpus';
import { splitPage } from './src/corpus/splitPage';
import { processArticle } from './src/tables/processPage';
import { scanArticle } from './src/stance/matchMarkers';
import { pageOutputFromResult } from './src/parallel/pageOutput';
import { loadLexicon } from './src/lexicon/loadLexicon';
import { TermIds } from './src/text/termIds';
import { join } from 'node:path';
const root = process.argv[2];
const lex = loadLexicon();
const files = listCorpusFiles(root);
const T = { read: 0, split: 0, scanOnly: 0, process: 0, output: 0 };
const now = () => Number(process.hrtime.bigint()) / 1e6;
const ids = new TermIds();
let hits = 0;
for (let pass = 0; pass < 2; pass++) {
  for (const k of Object.keys(T)) (T as any)[k] = 0;
  for (const f of files) {
    let t = now();
    const r = readCorpusFile(join(root, f), f, null);
    let u = now(); T.read += u - t; t = u;
    for (const page of r.pages) {
      const a = splitPage(page);
      u = now(); T.split += u - t; t = u;
      scanArticle(a, lex, {});
      u = now(); T.scanOnly += u - t; t = u;
      const res = processArticle(page, a, lex, {});
      u = now(); T.process += u - t; t = u;
      const o = pageOutputFromResult(res, page, 'csv', ids);
      hits += o.hitCount;
      u = now(); T.output += u - t; t = u;
    }
  }
  if (pass === 1 || files.length < 10000) console.log(Object.fromEntries(Object.entries(T).map(([k, v]) => [k, (v / 1000).toFixed(2)])), hits);
}
