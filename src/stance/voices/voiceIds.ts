/**
 * The voices a stance hit can have: who holds the stance it expresses. The outlet's (or the
 * commenter's) own words are `authorial`; a quoted or reported speaker the voice table
 * (data/voices.yaml) names is one of the named actors; a quoted or reported source the table does
 * not name (a withheld source, an unresolvable speaker, a quotation without a speaker) is
 * `unnamed_source`. The actor list is the stance gold's (data/gold/stance/README.md).
 */

/** Named actors a voice may be (ids of data/voices.yaml and of the stance gold's `actor:ID`). */
export const VOICE_ACTORS = [
  'erdogan', 'assad', 'turkey_gov', 'syria_gov', 'turkey_opposition', 'syrian_coalition', 'syrian_opposition',
  'protesters', 'sdf', 'russia', 'iran', 'usa', 'un', 'arab_states', 'refugees', 'analyst', 'other',
] as const;
export type VoiceActor = (typeof VOICE_ACTORS)[number];

/** The outlet's own voice (no quotation, no reported speech). */
export const AUTHORIAL = 'authorial';
/** A quoted or reported source that names no person or body the voice table knows. */
export const UNNAMED_SOURCE = 'unnamed_source';

/** A hit's voice: `authorial`, `unnamed_source` or a named actor id. */
export type Voice = typeof AUTHORIAL | typeof UNNAMED_SOURCE | VoiceActor;

/** Every voice, in table order: authorial, the actors, unnamed_source. */
export const VOICES: readonly Voice[] = [AUTHORIAL, ...VOICE_ACTORS, UNNAMED_SOURCE];

/**
 * Whether a string is a voice id.
 * @example isVoice('erdogan') // true
 * @example isVoice('actor:erdogan') // false
 */
export function isVoice(s: unknown): s is Voice {
  return typeof s === 'string' && (VOICES as readonly string[]).includes(s);
}
