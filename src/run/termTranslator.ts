/**
 * Keyness terms as small integers across the worker boundary. Each producing thread numbers the
 * terms it meets (`TermIds`); a page's output carries its term counts by number plus the terms the
 * thread met for the first time on that page. The consumer replays those first meetings in the
 * order it consumes the thread's outputs — which is the order the thread produced them — so it can
 * translate every number to its own term index (`TermTranslator`). Why: a page has hundreds of
 * distinct terms, and strings cloned and merged per page cost the main thread more than the rest
 * of its work.
 */

/**
 * The consumer's side: translates each dictionary's numbers to indexes of its own (`indexOf`).
 * Outputs of one dictionary must be read in the order they were produced.
 * @example
 * const tr = new TermTranslator((term) => myIndex(term));
 * const map = tr.read(output.terms.dictionary, output.terms.newTerms); // local number → my index
 */
export class TermTranslator {
  private readonly maps = new Map<string, number[]>();

  constructor(private readonly indexOf: (term: string) => number) {}

  /** Records a dictionary's new terms (in number order) and returns its number → index table. */
  read(dictionary: string, newTerms: readonly string[]): number[] {
    let map = this.maps.get(dictionary);
    if (!map) this.maps.set(dictionary, (map = []));
    for (const t of newTerms) map.push(this.indexOf(t));
    return map;
  }
}
