/**
 * Reader of the stance gold set: tab-separated `*.tsv` files under `data/gold/stance/`
 * (`dev/`, `heldback/`). Every problem is collected with its file:line and thrown as one
 * error, so a writer can fix a sheet in one pass.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  STANCE_GOLD_CAMPS, STANCE_GOLD_HEADER, STANCE_GOLD_SEGMENTS, STANCE_GOLD_STANCES, STANCE_GOLD_VARIETIES,
  STANCE_GOLD_VOICES, StanceGoldUnit,
} from './stanceGoldTypes';

const ID = /^[a-z]{2}-\d{4}$/;
/** Second letter of an id for each segment (`dr-`/`hr-` reporting, `dc-`/`hc-` comments). */
const SEGMENT_LETTER = new Map([['reporting', 'r'], ['comment', 'c']]);

/** Checks a field against its closed list, pushing a message when it is not in it. */
function checkVocabulary(value: string, field: string, allowed: readonly string[], where: string, errors: string[]): void {
  if (!allowed.includes(value)) errors.push(`${where}: ${field} must be one of ${allowed.join(', ')}; got '${value}'`);
}

/**
 * Parses the text of one stance gold file. Rules: first line exactly
 * `id	segment	variety	camp	stance	voice	text	note`; every other non-empty line has
 * exactly 8 tab-separated fields (so no tab inside a text); `id` looks like `dr-0001`, its
 * second letter `r` for reporting and `c` for comments; segment, variety, camp,
 * stance and voice are in their vocabularies (see stanceGoldTypes.ts); text is not
 * empty. Ids must be unique within the text (across files: {@link readStanceGold}).
 *
 * @param source Name used in messages (file path).
 * @example
 * parseStanceGold('id\tsegment\tvariety\tcamp\tstance\tvoice\ttext\tnote\n' +
 *   'dr-0001\treporting\tmsa\tturkish\tsupport\tactor:erdogan\tقال أردوغان إنه قد يدعو الأسد\t\n', 'a.tsv');
 * // [{ id: 'dr-0001', segment: 'reporting', variety: 'msa', camp: 'turkish', stance: 'support',
 * //    voice: 'actor:erdogan', text: 'قال أردوغان إنه قد يدعو الأسد', note: '', source: 'a.tsv', line: 2 }]
 */
export function parseStanceGold(text: string, source = 'gold'): StanceGoldUnit[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  const header = lines[0] ?? '';
  if (header !== STANCE_GOLD_HEADER.join('\t')) {
    throw new Error(`${source}:1: header must be '${STANCE_GOLD_HEADER.join('<TAB>')}'; got '${header.replace(/\t/g, '<TAB>')}'`);
  }
  const errors: string[] = [];
  const units: StanceGoldUnit[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const where = `${source}:${i + 1}`;
    const fields = lines[i].split('\t');
    if (fields.length !== STANCE_GOLD_HEADER.length) {
      errors.push(`${where}: expected ${STANCE_GOLD_HEADER.length} tab-separated fields, got ${fields.length}`);
      continue;
    }
    const [id, segment, variety, camp, stance, voice, unitText, note] = fields;
    if (!ID.test(id)) errors.push(`${where}: id must look like dr-0001; got '${id}'`);
    else if (SEGMENT_LETTER.has(segment) && id[1] !== SEGMENT_LETTER.get(segment)) errors.push(`${where}: id ${id} does not fit segment '${segment}' (reporting ids end their prefix in r, comment ids in c)`);
    const previous = seen.get(id);
    if (previous !== undefined) errors.push(`${where}: duplicate id ${id} (first on line ${previous})`);
    else seen.set(id, i + 1);
    checkVocabulary(segment, 'segment', STANCE_GOLD_SEGMENTS, where, errors);
    checkVocabulary(variety, 'variety', STANCE_GOLD_VARIETIES, where, errors);
    checkVocabulary(camp, 'camp', STANCE_GOLD_CAMPS, where, errors);
    checkVocabulary(stance, 'stance', STANCE_GOLD_STANCES, where, errors);
    checkVocabulary(voice, 'voice', STANCE_GOLD_VOICES, where, errors);
    if (unitText.trim() === '') errors.push(`${where}: empty text`);
    units.push({ id, segment, variety, camp, stance, voice, text: unitText, note, source, line: i + 1 } as StanceGoldUnit);
  }
  if (errors.length > 0) throw new Error(`${source}: ${errors.length} problem(s):\n${errors.join('\n')}`);
  return units;
}

/**
 * Reads every `*.tsv` file under `dir` (recursively, in sorted path order) and checks that
 * ids are unique across files. Problems of all files are reported together.
 *
 * @example
 * readStanceGold('data/gold/stance/dev').filter((u) => u.segment === 'comment').length; // ≥ 115
 */
export function readStanceGold(dir: string): StanceGoldUnit[] {
  const files = listTsv(dir);
  const errors: string[] = [];
  const units: StanceGoldUnit[] = [];
  for (const file of files) {
    try {
      units.push(...parseStanceGold(fs.readFileSync(file, 'utf8'), file));
    } catch (err) {
      errors.push((err as Error).message);
    }
  }
  const first = new Map<string, StanceGoldUnit>();
  for (const u of units) {
    const previous = first.get(u.id);
    if (previous && previous.source !== u.source) errors.push(`${u.source}:${u.line}: duplicate id ${u.id} (first in ${previous.source}:${previous.line})`);
    else if (!previous) first.set(u.id, u);
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return units;
}

/** The `*.tsv` files under `dir`, recursively, sorted. */
function listTsv(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTsv(full));
    else if (entry.name.endsWith('.tsv')) out.push(full);
  }
  return out;
}
