/**
 * Escaping of untrusted text (page text, reader comments, outlet names) before it goes into HTML.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for an HTML text node or a quoted attribute value: `& < > " '`.
 * Page text and comments come from the open web, so every string placed in HTML passes here.
 * @example escapeHtml('<img src=x onerror="a()">') // '&lt;img src=x onerror=&quot;a()&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON for a `<script>` element: `JSON.stringify` plus escapes of `<`, `>`, `&`, U+2028 and U+2029,
 * so a string such as `</script><script>alert(1)` cannot end the script element, and the result is
 * still valid JavaScript with the same value.
 * @example jsonForScript({t: '</script>'}) // '{"t":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return 'null';
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
