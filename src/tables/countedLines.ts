/**
 * Which lines of a page are counted: every line, except a repeat of the title. News pages often
 * print the headline twice (in the page header and again above the body, as seeds 000, 001 and 003
 * do); counting both would double the title's markers, tokens and keyness terms, and a slogan in a
 * headline would weigh twice as much as the same slogan in the body. The rule (README, "Counting
 * once"): a reporting line whose text, with spaces trimmed and runs of spaces made one, equals the
 * text of an earlier title line of the page is not matched, so neither its hits nor its tokens count.
 * The line keeps its role (the splitter's output and `khitab split` show it as a title).
 */
import type { Article, LabelledLine } from '../split/types';
import { segmentOfRole } from './segments';

/** A line's text for comparison: trimmed, runs of white space as one space. */
function lineKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * Line numbers (`n`) of the reporting lines that repeat an earlier title line of the page.
 * @example repeatedTitleLines(article) // Set {3} (seed 000: line 1 is the title, line 3 prints it again)
 */
export function repeatedTitleLines(article: Pick<Article, 'lines'>): Set<number> {
  const titles = new Set<string>();
  const repeats = new Set<number>();
  for (const line of article.lines) {
    if (segmentOfRole(line.role) !== 'reporting') continue;
    const key = lineKey(line.text);
    if (key === '') continue;
    if (titles.has(key)) repeats.add(line.n);
    else if (line.role === 'title') titles.add(key);
  }
  return repeats;
}

/**
 * The article whose lines are matched and counted: the same article without the repeats of its
 * title (`repeatedTitleLines`, or `repeats` when the caller has them already); the article itself
 * when the title is not repeated.
 * @example articleCountedOnce(article).lines.length // article.lines.length - 1 on seed 000
 */
export function articleCountedOnce(article: Article, repeats: Set<number> = repeatedTitleLines(article)): Article {
  if (repeats.size === 0) return article;
  const lines: LabelledLine[] = article.lines.filter((l) => !repeats.has(l.n));
  return { ...article, lines };
}
