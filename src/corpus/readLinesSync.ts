/**
 * Lines of a large file read on demand (the JSON-lines stream reads a file of any size this way,
 * holding one chunk and one line).
 */
import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Yields the lines of a UTF-8 file one at a time (LF or CRLF; the CR is removed), reading 1 MB
 * chunks on demand, so memory holds one chunk and one line whatever the file size — and nothing
 * is read ahead of the consumer.
 * @example [...readLinesSync('export.jsonl')].length // number of lines
 */
export function* readLinesSync(path: string, chunkBytes = 1 << 20): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    let buf = Buffer.alloc(chunkBytes);
    let start = 0; // start of the unconsumed bytes in buf
    let end = 0; // end of valid bytes in buf
    let eof = false;
    while (true) {
      let nl = buf.indexOf(10, start);
      while (nl === -1 || nl >= end) {
        if (eof) {
          if (start < end) yield buf.toString('utf8', start, end > start && buf[end - 1] === 13 ? end - 1 : end);
          return;
        }
        // Move the partial line to the front, grow when one line is longer than the buffer.
        if (start > 0) { buf.copy(buf, 0, start, end); end -= start; start = 0; }
        if (end === buf.length) { const bigger = Buffer.alloc(buf.length * 2); buf.copy(bigger, 0, 0, end); buf = bigger; }
        const n = readSync(fd, buf, end, buf.length - end, null);
        if (n === 0) eof = true;
        end += n;
        nl = buf.indexOf(10, start);
      }
      yield buf.toString('utf8', start, nl > start && buf[nl - 1] === 13 ? nl - 1 : nl);
      start = nl + 1;
    }
  } finally {
    closeSync(fd);
  }
}
