/**
 * Numbering terms: each distinct term gets the next small integer on first meeting. The table
 * builder indexes its keyness counts this way, and each producing thread of the parallel analysis
 * numbers the terms of its outputs with one (see src/run/termTranslator.ts).
 */
import { threadId } from 'node:worker_threads';

let dictionaries = 0;
/** Source of numbering stamps (unique in the thread; 0 is never used, so a fresh slot has none). */
let stamps = 0;

/**
 * A numbering of terms (one per table builder; one per worker and run, or per in-thread run).
 * @example
 * const t = new TermIds();
 * t.idOf('نظام') // 0 (and 'نظام' is in the next takeNew())
 * t.idOf('نظام') // 0
 * t.termOf(0)    // 'نظام'
 * t.takeNew()    // ['نظام']
 */
export class TermIds {
  /** Identifies this numbering in outputs (thread id and a counter, unique in the process). */
  readonly dictionary = `${threadId}:${dictionaries++}`;
  /** Unique in the thread: a `TermSlot` caches its number in this numbering under this stamp. */
  readonly stamp = ++stamps;
  private readonly ids = new Map<string, number>();
  /** Terms by number. */
  private readonly names: string[] = [];
  /** Terms before this number were handed out by `takeNew`. */
  private taken = 0;

  /** The number of a term, assigning the next one on first meeting. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
    }
    return id;
  }

  /** Number of terms numbered so far. */
  get size(): number {
    return this.names.length;
  }

  /** The term of a number. */
  termOf(id: number): string {
    return this.names[id];
  }

  /** Terms numbered since the last call, in number order. */
  takeNew(): string[] {
    const fresh = this.names.slice(this.taken);
    this.taken = this.names.length;
    return fresh;
  }
}
