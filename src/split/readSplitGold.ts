/**
 * Parsing one gold page of the splitter (`*.gold.txt`, data/gold/split/README.md): the `# key:
 * value` headers, then one `ROLE<TAB>TEXT` line per page line. Every problem is collected with its
 * file line, so that a researcher can fix a page in one pass; a page with problems is not returned.
 */
import { ROLES, type Role } from '../corpus/types';
import { commentStarts } from './readSplitGoldComments';
import {
  GOLD_PAGE_KINDS, LAYOUT_FAMILIES, type GoldLine, type GoldPageKind, type GoldProblem, type SplitGoldPage,
} from './readSplitGoldTypes';

/** The headers a gold file may have (`note` may repeat). */
const HEADERS = ['layout', 'kind', 'outlet', 'title', 'note', 'format'] as const;
type HeaderKey = typeof HEADERS[number];

/** What `parseSplitGold` returns: the page (null when there were problems), problems and warnings. */
export interface ParsedSplitGold {
  /** The page, or null when `problems` is not empty. */
  page: SplitGoldPage | null;
  /** Problems that make the file unusable (each `file:line: message`). */
  problems: GoldProblem[];
  /** Things worth knowing that do not stop the page being used (an unknown layout family). */
  warnings: GoldProblem[];
}

/**
 * Parses the text of a gold file. `html` is the sibling `NAME.html` (null when there is none),
 * needed when the header says `format: html`. Problems: a header that is unknown, repeated,
 * malformed or after the first role line; no `layout:`; an unknown `kind:` or `format:`; an unknown
 * role; a missing tab; text on a `blank` line or an empty text on another role; a second `title`
 * line; a `title:` header disagreeing with the `title` line; `format: html` without the `.html`.
 * @example
 * parseSplitGold('# layout: plain-wire\n# title: عنوان\ntitle\tعنوان\nblank\nbody\tنص.', 'a.gold.txt', null).page
 * // {file:'a.gold.txt', name:'a', layout:'plain-wire', kind:'article', outlet:null, title:'عنوان', format:'text', comments:0, lines:[…3 lines], …}
 */
export function parseSplitGold(text: string, file: string, html: string | null): ParsedSplitGold {
  const problems: GoldProblem[] = [];
  const warnings: GoldProblem[] = [];
  const problem = (line: number, message: string): void => { problems.push({ file, line, message }); };
  const headers = new Map<HeaderKey, { value: string; line: number }>();
  const notes: string[] = [];
  let roleSeen = false;
  const raw: { n: number; role: Role; star: boolean; text: string }[] = [];
  const rows = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();

  rows.forEach((row, i) => {
    const n = i + 1;
    if (row.startsWith('#')) {
      const m = /^# ([A-Za-z_]+):[ \t]*(.*)$/.exec(row);
      if (!m) { problem(n, "a header line is written '# key: value'"); return; }
      const key = m[1] as HeaderKey;
      if (roleSeen) { problem(n, `header '${m[1]}' after the first role line (headers come first)`); return; }
      if (!HEADERS.includes(key)) { problem(n, `unknown header '${m[1]}' (known: ${HEADERS.join(', ')})`); return; }
      if (key === 'note') { notes.push(m[2].trim()); return; }
      if (headers.has(key)) { problem(n, `header '${key}' given twice (first on line ${headers.get(key)!.line})`); return; }
      headers.set(key, { value: m[2].trim(), line: n });
      return;
    }
    roleSeen = true;
    const tab = row.indexOf('\t');
    const head = (tab === -1 ? row : row.slice(0, tab)).trim();
    const star = head === 'comment_body*';
    const role = (star ? 'comment_body' : head) as Role;
    const body = tab === -1 ? '' : row.slice(tab + 1);
    if (row === '') { problem(n, "empty line: an empty line of the page is written 'blank'"); return; }
    if (!ROLES.includes(role)) {
      const lead = head.split(/\s/)[0];
      problem(n, ROLES.includes(lead as Role) && tab === -1
        ? `no tab after the role '${lead}' (write ROLE<TAB>TEXT)`
        : `unknown role '${head}' (roles: ${ROLES.join(', ')}; comment_body* starts a comment)`);
      return;
    }
    if (role === 'blank') {
      if (body.trim() !== '') problem(n, `'blank' with text '${body.trim().slice(0, 40)}': give the line a role`);
      raw.push({ n, role, star, text: '' });
      return;
    }
    if (tab === -1) { problem(n, `no tab after the role '${head}' (write ROLE<TAB>TEXT)`); return; }
    if (body.trim() === '') { problem(n, `role '${head}' with no text: an empty line is 'blank'`); return; }
    raw.push({ n, role, star, text: body });
  });

  const header = (key: HeaderKey) => headers.get(key);
  const layout = header('layout');
  if (!layout || layout.value === '') problem(layout?.line ?? 1, "no 'layout:' header (the layout family, see data/gold/split/README.md)");
  else if (!LAYOUT_FAMILIES.includes(layout.value)) {
    warnings.push({ file, line: layout.line, message: `layout '${layout.value}' is not a family of data/gold/split/README.md; it is its own family` });
  }
  const kindH = header('kind');
  const kind = (kindH?.value ?? 'article') as GoldPageKind;
  if (kindH && !GOLD_PAGE_KINDS.includes(kind)) problem(kindH.line, `unknown kind '${kindH.value}' (kinds: ${GOLD_PAGE_KINDS.join(', ')})`);
  const formatH = header('format');
  if (formatH && formatH.value !== 'html' && formatH.value !== 'text') problem(formatH.line, `unknown format '${formatH.value}' (html or text)`);
  const format = formatH?.value === 'html' ? 'html' : 'text';
  const name = file.replace(/^.*[\\/]/, '').replace(/\.gold\.txt$/, '');
  if (format === 'html' && html === null) problem(formatH!.line, `format: html but there is no ${name}.html beside the gold file`);
  if (format === 'text' && html !== null) {
    warnings.push({ file, line: 1, message: `${name}.html is beside the gold file but there is no 'format: html' header: evaluated as text` });
  }
  if (raw.length === 0 && problems.length === 0) problem(rows.length || 1, 'no role lines (ROLE<TAB>TEXT)');

  const titles = raw.filter((l) => l.role === 'title');
  for (const extra of titles.slice(1)) problem(extra.n, `second 'title' line (first on line ${titles[0].n}; a repeated headline is 'boilerplate')`);
  const titleH = header('title');
  const titleLine = titles.length ? titles[0].text.trim() : null;
  if (titleH) {
    const said = titleH.value === '(none)' ? null : titleH.value;
    if (said !== titleLine) {
      problem(titleH.line, titleLine === null
        ? `title header '${titleH.value}' but no line has the role 'title'`
        : said === null ? `title header '(none)' but line ${titles[0].n} has the role 'title'`
        : `title header disagrees with the title line ${titles[0].n} ('${titleLine}')`);
    }
  }
  if (problems.length) return { page: null, problems, warnings };

  const starts = commentStarts(raw);
  const lines: GoldLine[] = raw.map((l, i) => ({ n: l.n, role: l.role, text: l.text, startsComment: starts[i] }));
  const outlet = header('outlet')?.value;
  const page: SplitGoldPage = {
    file, name, layout: layout!.value, kind,
    outlet: outlet === undefined || outlet === '-' || outlet === '' ? null : outlet,
    title: titleLine, notes, format, html: format === 'html' ? html : null,
    lines, comments: starts.filter(Boolean).length,
  };
  return { page, problems, warnings };
}
