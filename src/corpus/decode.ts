/**
 * Decoding of file bytes to text. (Minimal version: UTF-8 with or without BOM; the input-formats
 * work extends it with UTF-16 and Windows-1256 detection.)
 */
import type { DecodedText } from './types';

/**
 * Decodes bytes to text, detecting the encoding.
 * @example decodeBytes(Buffer.from('سلام')).encoding // 'utf-8'
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  let start = 0;
  let encoding: DecodedText['encoding'] = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { start = 3; encoding = 'utf-8-bom'; }
  const text = new TextDecoder('utf-8').decode(bytes.subarray(start));
  let replacements = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replacements++;
  return { text, encoding, replacements };
}
