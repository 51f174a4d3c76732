/**
 * Finding page ids used twice in a run. Ids from file names are unique by construction
 * (`pageIdOfFile` keeps sub-folders), but two JSON-lines records, two metadata rows, or `a.txt`
 * beside `a.html` can still give one id to two pages. Their rows are written as they are (they
 * are already formatted on the workers) and told apart by the `file` column; the run warns, naming
 * both files. The check runs on the main thread in corpus order, so it sees every worker's pages
 * and gives the same warnings for any number of workers. Memory: one digest and one file name per
 * page, packed (DigestMap, NameStore), as the deduper keeps.
 */
import { createHash } from 'node:crypto';
import { DigestMap } from '../corpus/digestMap';
import { NameStore } from '../corpus/nameStore';

/** Warnings kept for the run's summary (the count covers all). */
export const ID_WARNINGS_KEPT = 100;

/** DigestMap tag of an id's digest. */
const ID_TAG = 3;

/**
 * The ids of a run's pages, in corpus order.
 * @example
 * const ids = new PageIdLedger();
 * ids.check('page', 'a.txt')  // null
 * ids.check('page', 'a.html') // "page id 'page' of a.html is also the id of a.txt (rows told apart by their file column)"
 */
export class PageIdLedger {
  private readonly seen = new DigestMap();
  private readonly files = new NameStore();
  /** Pages whose id an earlier page had. */
  collisions = 0;
  /** The first `ID_WARNINGS_KEPT` warnings. */
  readonly warnings: string[] = [];

  /** Records a page's id; returns a warning naming both files when an earlier page had it, else null. */
  check(id: string, file: string): string | null {
    const digest = createHash('sha256').update(id).digest();
    const first = this.seen.get(ID_TAG, digest);
    if (first === undefined) {
      this.seen.set(ID_TAG, digest, this.files.add(file));
      return null;
    }
    this.collisions++;
    const warning = `page id '${id}' of ${file} is also the id of ${this.files.get(first)} (rows told apart by their file column)`;
    if (this.warnings.length < ID_WARNINGS_KEPT) this.warnings.push(warning);
    return warning;
  }
}
