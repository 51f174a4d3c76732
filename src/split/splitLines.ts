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

/** Lines as two parallel arrays (see `splitLineParts`). */
export interface LineParts {
  /** Each line without its line end. */
  texts: string[];
  /** The line end after each line: `\n`, `\r\n`, `\r`, or `` for the last line. */
  eols: string[];
}

/**
 * Splits text on LF, CRLF and lone CR, keeping every line end. Joining `text + eol` over the result
 * gives the input exactly; an empty input gives one empty line, and a final line end gives a final
 * empty line (as editors number it). Linear time: `indexOf` for LF-only text, else one scan of char codes.
 * @example splitLines('a\r\nb\rc') // [{text:'a',eol:'\r\n'},{text:'b',eol:'\r'},{text:'c',eol:''}]
 */
export function splitLines(text: string): RawLine[] {
  const { texts, eols } = splitLineParts(text);
  return texts.map((t, i) => ({ text: t, eol: eols[i] }));
}

/**
 * `splitLines` as parallel arrays of texts and line ends, without an object per line (the
 * splitter's form).
 * @example splitLineParts('a\r\nb') // {texts: ['a', 'b'], eols: ['\r\n', '']}
 */
export function splitLineParts(text: string): LineParts {
  const texts: string[] = [];
  const eols: string[] = [];
  let start = 0;
  if (text.indexOf('\r') === -1) {
    // LF only (most pages): native search instead of a loop over every character.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
      texts.push(text.slice(start, i));
      eols.push('\n');
      start = i + 1;
    }
    texts.push(text.slice(start));
    eols.push('');
    return { texts, eols };
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      texts.push(text.slice(start, i));
      eols.push('\n');
      start = i + 1;
    } else if (c === 13) {
      texts.push(text.slice(start, i));
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) {
        eols.push('\r\n');
        i++;
      } else {
        eols.push('\r');
      }
      start = i + 1;
    }
  }
  texts.push(text.slice(start));
  eols.push('');
  return { texts, eols };
}
