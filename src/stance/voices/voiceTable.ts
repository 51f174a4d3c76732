/**
 * The voice table (data/voices.yaml): which speaker strings name which voice (a named actor id or
 * `unnamed_source`), which office words and nationality adjectives name a country's voice, and
 * which cues mark a withheld source. Data, not code: the stance stage gives each hit the voice
 * this table names for its speaker (voiceOfSpeaker.ts), and validation compares it with the gold.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { matchKey } from '../../text/matchKey';
import { tokenize, WORD_KINDS } from '../../text/tokenize';
import { UNNAMED_SOURCE, VOICE_ACTORS } from './voiceIds';

/** Default table file. */
export const VOICES_FILE = path.resolve(__dirname, '../../../data/voices.yaml');

/** One voice and the name forms that name it. */
export interface VoiceEntry {
  /** Voice id: a named actor (`erdogan`, `turkey_gov` …) or `unnamed_source`. */
  voice: string;
  /** Each form as written in the file. */
  forms: string[];
  /** Each form as its words' matching keys (same order as `forms`). */
  keys: string[][];
}

/** A loaded voice table. */
export interface VoiceTable {
  /** Entries in file order. */
  entries: VoiceEntry[];
  /** File it was read from (for messages), or `inline`. */
  source: string;
  /** Office words (matching keys) of the office + nationality rule («وزير», «المتحدث», «السفير»). */
  offices: ReadonlySet<string>;
  /** Nationality adjective (matching key) → the voice of that country («القطري» → `arab_states`). */
  nationalities: ReadonlyMap<string, string>;
  /** Cues of a withheld source, as word keys («لم يكشف اسمه», «عدم الكشف»): such a speaker is `unnamed_source`. */
  anonymous: string[][];
  /** Words of a crowd or its protest (matching keys: «آلاف», «منددين», «لافتات»): such a speaker is `protesters` unless a form heads it. */
  protest: ReadonlySet<string>;
  /** Staff words (matching keys: «نائب», «مستشار»): before a president's form they name the president's government. */
  staff: ReadonlySet<string>;
  /** A president's voice → the voice of their government (`erdogan` → `turkey_gov`). */
  governments: ReadonlyMap<string, string>;
}

/**
 * The words of a text as matching keys (word-like tokens only; punctuation dropped).
 * @example wordKeys('وزير الخارجية التركي،') // ['وزير', 'الخارجيه', 'التركي']
 */
export function wordKeys(text: string): string[] {
  return tokenize(text).filter((t) => WORD_KINDS.has(t.kind)).map((t) => matchKey(t.text));
}

/** Whether a string is a voice the table may list: a named actor or `unnamed_source`. */
function isTableVoice(v: string): boolean {
  return v === UNNAMED_SOURCE || (VOICE_ACTORS as readonly string[]).includes(v);
}

/**
 * Parses the text of a voice table: `voices:` is a list of `{voice, forms}`; `voice` must be an
 * actor id of `VOICE_ACTORS` or `unnamed_source`, and a form may not be listed for two voices;
 * optional `offices:` (single words), `nationalities:` (actor id → adjectives), `anonymous:`
 * (cue phrases), `protest:` and `staff:` (single words) and `governments:` (actor id → actor id). All problems are thrown together, each naming the entry.
 * @example parseVoiceTable('voices:\n  - {voice: erdogan, forms: [أردوغان]}\n').entries[0].keys // [['اردوغان']]
 */
export function parseVoiceTable(text: string, source = 'inline'): VoiceTable {
  const doc = parse(text) as {
    voices?: unknown; offices?: unknown; nationalities?: unknown; anonymous?: unknown; protest?: unknown; staff?: unknown; governments?: unknown;
  } | null;
  const list = doc?.voices;
  if (!Array.isArray(list)) throw new Error(`${source}: expected a 'voices:' list`);
  const problems: string[] = [];
  const entries: VoiceEntry[] = [];
  const owner = new Map<string, string>();
  list.forEach((raw, i) => {
    const e = raw as { voice?: unknown; forms?: unknown };
    const where = `${source}: voices[${i}]`;
    const voice = typeof e?.voice === 'string' ? e.voice : '';
    if (!isTableVoice(voice)) {
      problems.push(`${where}: voice must be 'unnamed_source' or an actor id (${VOICE_ACTORS.join(', ')}); got '${String(e?.voice)}'`);
      return;
    }
    if (!Array.isArray(e.forms) || e.forms.length === 0 || !e.forms.every((f) => typeof f === 'string' && wordKeys(f).length > 0)) {
      problems.push(`${where} (${voice}): forms must be a non-empty list of names`);
      return;
    }
    const forms = e.forms as string[];
    const keys = forms.map(wordKeys);
    keys.forEach((k, j) => {
      const joined = k.join(' ');
      const first = owner.get(joined);
      if (first !== undefined && first !== voice) problems.push(`${where} (${voice}): form '${forms[j]}' is also listed for ${first}`);
      else owner.set(joined, voice);
    });
    entries.push({ voice, forms, keys });
  });
  /** A list of single words under `key` (offices, protest, staff) as their matching keys. */
  const singleWords = (key: 'offices' | 'protest' | 'staff'): Set<string> => {
    const out = new Set<string>();
    const list = doc?.[key];
    if (list === undefined) return out;
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string' && wordKeys(w).length === 1)) problems.push(`${source}: ${key} must be a list of single words`);
    else for (const w of list as string[]) out.add(wordKeys(w)[0]);
    return out;
  };
  const offices = singleWords('offices');
  const nationalities = new Map<string, string>();
  if (doc?.nationalities !== undefined) {
    const n = doc.nationalities as Record<string, unknown>;
    if (n === null || typeof n !== 'object' || Array.isArray(n)) problems.push(`${source}: nationalities must map a voice to its adjectives`);
    else {
      for (const [voice, words] of Object.entries(n)) {
        if (!(VOICE_ACTORS as readonly string[]).includes(voice)) { problems.push(`${source}: nationalities: '${voice}' is not an actor id`); continue; }
        if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && wordKeys(w).length === 1)) { problems.push(`${source}: nationalities.${voice}: a list of single words`); continue; }
        for (const w of words as string[]) {
          const k = wordKeys(w)[0];
          const other = nationalities.get(k);
          if (other !== undefined && other !== voice) problems.push(`${source}: nationalities: '${w}' is listed for ${other} and ${voice}`);
          nationalities.set(k, voice);
        }
      }
    }
  }
  const anonymous: string[][] = [];
  if (doc?.anonymous !== undefined) {
    if (!Array.isArray(doc.anonymous) || !doc.anonymous.every((w) => typeof w === 'string' && wordKeys(w).length > 0)) problems.push(`${source}: anonymous must be a list of cue phrases`);
    else for (const w of doc.anonymous as string[]) anonymous.push(wordKeys(w));
  }
  const protest = singleWords('protest');
  const staff = singleWords('staff');
  const governments = new Map<string, string>();
  if (doc?.governments !== undefined) {
    const g = doc.governments as Record<string, unknown>;
    if (g === null || typeof g !== 'object' || Array.isArray(g)) problems.push(`${source}: governments must map a president's voice to a government's`);
    else {
      for (const [who, gov] of Object.entries(g)) {
        if (!(VOICE_ACTORS as readonly string[]).includes(who) || typeof gov !== 'string' || !(VOICE_ACTORS as readonly string[]).includes(gov)) {
          problems.push(`${source}: governments: '${who}: ${String(gov)}' must map an actor id to an actor id`);
        } else governments.set(who, gov);
      }
    }
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return { entries, source, offices, nationalities, anonymous, protest, staff, governments };
}

/**
 * Reads a voice table file (default data/voices.yaml).
 * @example readVoiceTable().entries.find((e) => e.voice === 'russia')?.forms[0] // 'روسيا'
 */
export function readVoiceTable(file: string = VOICES_FILE): VoiceTable {
  return parseVoiceTable(readFileSync(file, 'utf8'), file);
}

let shipped: VoiceTable | null = null;

/**
 * The shipped voice table (data/voices.yaml), read once per process (each worker thread reads its own).
 * @example defaultVoiceTable() === defaultVoiceTable() // true
 */
export function defaultVoiceTable(): VoiceTable {
  return (shipped ??= readVoiceTable());
}
