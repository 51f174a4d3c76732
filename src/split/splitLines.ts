/**
 * Splitting text into lines while keeping each line's exact end, so that labelled lines can be
 * joined back into the input byte for byte.
 */

/** One physical line and the line end that followed it. */
export interface RawLine {
  /** The line without its line end. */
  text: string;
  /** `\n`, `\r\n`, `\r`, or `` for the last line. */
  eol: string;
}

/**
 * Splits text on LF, CRLF and lone CR, keeping every line end. Joining `text + eol` over the result
 * gives the input exactly; an empty input gives one empty line, and a final line end gives a final
 * empty line (as editors number it). Linear time: `indexOf` for LF-only text, else one scan of char codes.
 * @example splitLines('a\r\nb\rc') // [{text:'a',eol:'\r\n'},{text:'b',eol:'\r'},{text:'c',eol:''}]
 */
export function splitLines(text: string): RawLine[] {
  const out: RawLine[] = [];
  let start = 0;
  if (text.indexOf('\r') === -1) {
    // LF only (most pages): native search instead of a loop over every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      out.push({ text: text.slice(start, i), eol: '\n' });
      start = i + 1;
    }
    out.push({ text: text.slice(start), eol: '' });
    return out;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      out.push({ text: text.slice(start, i), eol: '\n' });
      start = i + 1;
    } else if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) {
        out.push({ text: text.slice(start, i), eol: '\r\n' });
        i++;
      } else {
        out.push({ text: text.slice(start, i), eol: '\r' });
      }
      start = i + 1;
    }
  }
  out.push({ text: text.slice(start), eol: '' });
  return out;
}
