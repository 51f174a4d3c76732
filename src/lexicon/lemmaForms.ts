/**
 * Surface forms of a verb lemma (a triliteral root or a past stem, and a form I–X) from the tables
 * of data/lexicons/morphology.yaml: the past, present and imperative persons, both participles with
 * their gender and number endings, and the verbal nouns, each also with the accusative/adverbial
 * -ًا (optionally only some parts, and the dialect prefixes and spellings of the tables). Why: a codebook entry can then say «رفض (form I)» instead of listing رفض، رفضوا، يرفضون،
 * رافضة … by hand. Forms are matching keys (`matchKey`); clitics the matcher strips (و ف ب ك ل س،
 * ال، pronoun suffixes) are not generated.
 */
import { matchKey } from '../text/matchKey';
import type { MorphologyTables, VerbForm } from './morphologyTables';
import { spellTemplate } from './spellTemplate';

/** A verb lemma: its root or its past stem, its form, and what the tables cannot predict. */
export interface Lemma {
  /** The three radicals, e.g. `رفض`, `أيد` (hamza in any spelling). Give this or `stem`. */
  root?: string;
  /** The past 3rd person masculine as written, e.g. `استبعد`, `رحّب`; the root is read from it. */
  stem?: string;
  /** The form, a Roman numeral `I`–`X` declared in the tables. */
  pattern: string;
  /** Verbal noun(s) as written (form I has no regular one; added to a derived form's regular one). */
  masdar?: string | string[];
  /** Form I: past/present stem vowels `a|i|u` (only hamza seats depend on them). Default `a/a`. */
  vowels?: string;
  /** Forms to leave out (e.g. `مرحبا`, which also means "hello"); compared as matching keys. */
  except?: string[];
  /** Parts of the paradigm to generate (`LEMMA_PARTS`); default all. */
  parts?: LemmaPart[];
  /** Also the dialect forms of the tables' `dialect:` block (حيرفض، منرفض، رفضو). Default false. */
  dialect?: boolean;
}

/** Parts of a paradigm: past, present (all moods), imperative, the two participles, the verbal noun(s). */
export const LEMMA_PARTS = ['past', 'present', 'imperative', 'active', 'passive', 'masdar'] as const;
/** One part of a paradigm (`LEMMA_PARTS`). */
export type LemmaPart = (typeof LEMMA_PARTS)[number];

/** Thrown for a lemma the tables cannot expand (unknown form, a root class without rules, a bad root). */
export class UnsupportedLemmaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedLemmaError';
  }
}

const HARAKAT = /[\u064b-\u0652]/g;
const VOWELS: Record<string, string> = { a: '\u064e', u: '\u064f', i: '\u0650' };

/** Root letters as written in templates: every hamza is ء, harakat and tatweel removed. */
function letters(s: string): string[] {
  return [...s.replace(HARAKAT, '').replace(/\u0640/g, '').replace(/[أإآؤئ]/g, 'ء')];
}

/**
 * The three radicals of a lemma: its `root`, or read from its `stem` by aligning it with the
 * form's past template (a final shadda doubles its letter; form VIII's ت may be its `infix`).
 * @example rootOfLemma({ stem: 'استبعد', pattern: 'X' }, tables) // ['ب', 'ع', 'د']
 */
export function rootOfLemma(lemma: Lemma, tables: MorphologyTables): string[] {
  const form = formOf(lemma, tables);
  if (lemma.root !== undefined) {
    const r = letters(lemma.root);
    if (r.length !== 3 || r.some((c) => !/[\u0621-\u064a]/.test(c))) throw new UnsupportedLemmaError(`root '${lemma.root}': a root is three Arabic letters`);
    return r;
  }
  if (lemma.stem === undefined) throw new UnsupportedLemmaError(`lemma of pattern ${form.id}: give its 'root' or its 'stem'`);
  const stem = lemma.stem.replace(/(.)\u0651$/, '$1$1');
  const s = letters(stem);
  const t = letters(form.past);
  const r: string[] = [];
  const fits = s.length === t.length && t.every((c, j) => {
    const k = 'فعل'.indexOf(c);
    if (k >= 0) { r[k] = s[j]; return true; }
    return c === s[j] || (c === 'ت' && form.infix[r[0]] === s[j]);
  });
  if (!fits) throw new UnsupportedLemmaError(`stem '${lemma.stem}' does not fit form ${form.id} (${form.past.replace(HARAKAT, '')}, ${form.at}); give its root instead`);
  return r;
}

function formOf(lemma: Lemma, tables: MorphologyTables): VerbForm {
  const form = tables.forms.get(lemma.pattern);
  if (!form) throw new UnsupportedLemmaError(`unknown pattern '${lemma.pattern}' (the tables have ${[...tables.forms.keys()].join(', ')})`);
  return form;
}

/** Throws when the root belongs to a class the tables list as unsupported in this form. */
function checkClass(r: string[], form: VerbForm, tables: MorphologyTables): void {
  for (const c of tables.classes) {
    if (!c.forms.includes(form.id)) continue;
    const hit = c.radical === '2=3' ? r[1] === r[2] : c.letters.includes(r[Number(c.radical) - 1]);
    if (hit) throw new UnsupportedLemmaError(`root ${r.join('')}, form ${form.id}: ${c.id} roots are not supported in this form (${c.note}; ${c.at}); list its surface forms as patterns`);
  }
}

/**
 * The surface forms of a lemma as matching keys, deduplicated and sorted.
 * @example lemmaForms({ root: 'رفض', pattern: 'I', masdar: 'رفض' }, tables).slice(0, 4) // ['ارفض', 'ارفضا', 'ارفضن', 'ارفضوا']
 * @example lemmaForms({ stem: 'استبعد', pattern: 'X' }, tables).includes('استبعاد') // true
 * @example lemmaForms({ root: 'رفض', pattern: 'I', parts: ['present'], dialect: true }, tables).includes('حيرفض') // true
 * @example lemmaForms({ root: 'دعو', pattern: 'I' }, tables) // throws UnsupportedLemmaError (defective)
 */
export function lemmaForms(lemma: Lemma, tables: MorphologyTables): string[] {
  const form = formOf(lemma, tables);
  const r = rootOfLemma(lemma, tables);
  checkClass(r, form, tables);
  const [past, present] = (lemma.vowels ?? 'a/a').split('/');
  if (!VOWELS[past] || !VOWELS[present]) throw new UnsupportedLemmaError(`vowels '${lemma.vowels}': expected past/present vowels such as a/u`);
  const fill = (template: string, vowel?: string): string => {
    let t = form.infix[r[0]] ? template.replace('فْت', 'فْ' + form.infix[r[0]]) : template;
    if (vowel && form.lemmaVowels) t = t.replace(/ع[\u064e\u064f\u0650]/, 'ع' + VOWELS[vowel]);
    return t.replace(/[فعل]/g, (c) => r['فعل'.indexOf(c)]);
  };
  const want = new Set<string>(lemma.parts ?? LEMMA_PARTS);
  for (const p of want) if (!(LEMMA_PARTS as readonly string[]).includes(p)) throw new UnsupportedLemmaError(`part '${p}': expected one of ${LEMMA_PARTS.join(', ')}`);
  const built: string[] = [];
  const presents: [string, string][] = [];
  if (want.has('past')) for (const p of tables.past) built.push(fill(form.past, past) + p.suffix);
  if (want.has('present')) for (const p of tables.present) presents.push([p.person.replace(/\.s$/, ''), p.prefix + form.prefixVowel + fill(form.present, present) + p.suffix]);
  if (want.has('imperative')) for (const p of tables.imperative) built.push(fill(form.imperative, present) + p.suffix);
  for (const [part, t] of [['active', form.active], ['passive', form.passive]] as const) if (want.has(part)) for (const e of tables.participle) built.push(fill(t) + e);
  if (form.masdar && want.has('masdar')) for (const e of tables.masdar) built.push(withEnding(fill(form.masdar), e));
  const key = (w: string): string => matchKey(spellTemplate(w));
  const out = new Set([...built, ...presents.map(([, w]) => w)].map(key));
  const given = lemma.masdar === undefined || !want.has('masdar') ? [] : Array.isArray(lemma.masdar) ? lemma.masdar : [lemma.masdar];
  for (const m of given) for (const e of tables.masdar) out.add(matchKey(withEnding(m, e)));
  if (lemma.dialect) {
    for (const d of tables.dialect.present) {
      for (const [person, w] of presents) if (!d.persons || d.persons.includes(person)) out.add(matchKey(d.prefix) + key(w).replace(/^ا/, ''));
    }
    for (const f of [...out]) for (const e of tables.dialect.endings) if (f.endsWith(e.from)) out.add(f.slice(0, f.length - e.from.length) + e.to);
  }
  for (const x of lemma.except ?? []) out.delete(matchKey(x));
  return [...out].sort();
}

/** A noun with an ending; after a final ة the tanwin of -ًا sits on the ة (مصالحةً). */
function withEnding(noun: string, ending: string): string {
  return /ة[\u064b-\u0652]*$/.test(noun) && ending.startsWith('\u064b') ? noun + '\u064b' : noun + ending;
}
