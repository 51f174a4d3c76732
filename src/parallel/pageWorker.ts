/**
 * Body of a page worker thread: loads the lexicon once (from `workerData`), then turns each batch
 * of pages it is sent into `PageOutput`s. Messages: in `{seq, pages}`, out `{seq, outputs}` or
 * `{seq, error}`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Page } from '../corpus/types';
import type { Lexicon } from '../lexicon/types';
import { pageOutputOf, type PageOutput, type RowEmit } from './pageOutput';

/** What a page worker is started with. */
export interface PageWorkerData {
  lexicon: Lexicon;
  camps: [string, string][];
  kwicWindow?: number;
  emit: RowEmit;
}

/** A batch sent to a worker. */
export interface PageBatchMessage { seq: number; pages: Page[] }

/** A worker's answer to one batch. */
export type PageBatchReply = { seq: number; outputs: PageOutput[] } | { seq: number; error: string };

if (parentPort) {
  const data = workerData as PageWorkerData;
  const camps = new Map(data.camps);
  const port = parentPort;
  port.on('message', (msg: PageBatchMessage) => {
    const outputs: PageOutput[] = [];
    for (const page of msg.pages) {
      try {
        outputs.push(pageOutputOf(page, data.lexicon, { camps, kwicWindow: data.kwicWindow, emit: data.emit }));
      } catch (e) {
        const reply: PageBatchReply = { seq: msg.seq, error: `${page.file}: ${(e as Error).stack ?? String(e)}` };
        port.postMessage(reply);
        return;
      }
    }
    const reply: PageBatchReply = { seq: msg.seq, outputs };
    // The CSV bytes are moved, not copied: each Uint8Array owns its buffer (TextEncoder.encode).
    const transfer: ArrayBuffer[] = [];
    for (const o of outputs) {
      if (!o.csv) continue;
      for (const b of [o.csv.articles, o.csv.comments, o.csv.hits]) {
        if (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.byteLength > 0) transfer.push(b.buffer as ArrayBuffer);
      }
    }
    port.postMessage(reply, transfer);
  });
}
