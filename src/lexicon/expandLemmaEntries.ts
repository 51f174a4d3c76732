/**
 * The `lemmas:` field of a codebook stance-rule entry: a list of verb lemmas with their form
 * (`{lemma: رفض, form: I, vowels: a/u, masdar: رفض}`), expanded through the morphology tables
 * (`lemmaForms`) into the surface forms the matcher compares. Why: the codebook names a verb once
 * instead of listing its persons, tenses, participles and verbal nouns by hand.
 */
import { lemmaForms, LEMMA_PARTS, UnsupportedLemmaError, type Lemma, type LemmaPart } from './lemmaForms';
import { loadMorphologyTables, type MorphologyTables } from './morphologyTables';

/** Keys of one lemma entry. */
const KEYS = ['lemma', 'root', 'form', 'vowels', 'masdar', 'except', 'parts', 'dialect'];

let shipped: MorphologyTables | null = null;

/** The shipped morphology tables, read once per process. */
function shippedTables(): MorphologyTables {
  shipped ??= loadMorphologyTables();
  return shipped;
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Reads one `lemmas:` list and returns the forms of all its lemmas (matching keys, each once, in
 * lemma order); every problem goes to `bad`. Keys of an entry: `lemma` (the past 3rd person
 * masculine as written) or `root`, `form` (I–X), and optionally `vowels` (form I, e.g. `a/u`),
 * `masdar` (form I's verbal noun(s), or extra ones), `except` (forms to leave out), `parts` (some of
 * past, present, imperative, active, passive, masdar) and `dialect` (default true: the tables'
 * dialect prefixes and spellings).
 * @example expandLemmaEntries([{ lemma: 'رحّب', form: 'II' }], console.error).includes('ترحيب') // true
 */
export function expandLemmaEntries(raw: unknown, bad: (why: string) => void, tables?: MorphologyTables): string[] {
  if (!Array.isArray(raw) || !raw.length) { bad("'lemmas' must be a non-empty list of {lemma, form, …}"); return []; }
  const out = new Set<string>();
  for (const e of raw) {
    if (e === null || typeof e !== 'object' || Array.isArray(e)) { bad("a lemma entry must be a mapping such as {lemma: رفض, form: I}"); continue; }
    const m = e as Record<string, unknown>;
    const name = String(m.lemma ?? m.root ?? '?');
    const unknown = Object.keys(m).filter((k) => !KEYS.includes(k));
    if (unknown.length) { bad(`lemma '${name}': unknown key '${unknown[0]}' (expected ${KEYS.join(', ')})`); continue; }
    if ((typeof m.lemma !== 'string') === (typeof m.root !== 'string')) { bad(`lemma '${name}': give 'lemma' (the past stem) or 'root', one of them`); continue; }
    if (typeof m.form !== 'string') { bad(`lemma '${name}': 'form' must be a form I–X`); continue; }
    if (m.masdar !== undefined && typeof m.masdar !== 'string' && !strings(m.masdar)) { bad(`lemma '${name}': 'masdar' must be a word or a list of words`); continue; }
    if (m.except !== undefined && !strings(m.except)) { bad(`lemma '${name}': 'except' must be a list of words`); continue; }
    if (m.parts !== undefined && !(strings(m.parts) && m.parts.every((p) => (LEMMA_PARTS as readonly string[]).includes(p)))) { bad(`lemma '${name}': 'parts' must be a list of ${LEMMA_PARTS.join(', ')}`); continue; }
    if (m.dialect !== undefined && typeof m.dialect !== 'boolean') { bad(`lemma '${name}': 'dialect' must be true or false`); continue; }
    if (m.vowels !== undefined && typeof m.vowels !== 'string') { bad(`lemma '${name}': 'vowels' must be past/present vowels such as a/u`); continue; }
    const lemma: Lemma = {
      stem: m.lemma as string | undefined, root: m.root as string | undefined, pattern: m.form, vowels: m.vowels as string | undefined,
      masdar: m.masdar as string | string[] | undefined, except: m.except as string[] | undefined, parts: m.parts as LemmaPart[] | undefined,
      dialect: m.dialect !== false,
    };
    try {
      for (const f of lemmaForms(lemma, tables ?? shippedTables())) out.add(f);
    } catch (err) {
      if (!(err instanceof UnsupportedLemmaError)) throw err;
      bad(`lemma '${name}': ${err.message}`);
    }
  }
  return [...out];
}
