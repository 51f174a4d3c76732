/**
 * Spelling of a vocalized word built from a template: the seat of each hamza (أ ؤ ئ ء, آ for
 * hamza + long ā), two hamzas in a row, and identical letters joined by a shadda. Why: a template
 * filled with a hamzated root writes every hamza as ء; its written form depends on the vowels
 * around it (Wright, "A Grammar of the Arabic Language" I § 131; Ryding, "A Reference Grammar of
 * Modern Standard Arabic" ch. 2.5), and the matcher compares written forms (vowels removed).
 */

/** One letter and the harakat written after it. */
interface Unit {
  ch: string;
  marks: string;
}

const HAMZAS = 'ءأإؤئ';
const MARK = /[\u064b-\u0652]/;

/** The short vowel of a letter's marks: `a`, `u`, `i`, or `` (sukun or none; shadda alone). */
function vowelOf(marks: string): string {
  if (/[\u064e\u064b]/.test(marks)) return 'a';
  if (/[\u064f\u064c]/.test(marks)) return 'u';
  if (/[\u0650\u064d]/.test(marks)) return 'i';
  return '';
}

/** Splits vocalized text into letters with their marks. */
function unitsOf(text: string): Unit[] {
  const out: Unit[] = [];
  for (const ch of text) {
    if (MARK.test(ch) && out.length) out[out.length - 1].marks += ch;
    else out.push({ ch, marks: '' });
  }
  return out;
}

/** The vowel before letter i: a short vowel, or `A` `U` `I` for a long ā ū ī, `` for sukun. */
function vowelBefore(u: Unit[], i: number): string {
  const p = u[i - 1];
  if (p.marks === '' && p.ch === 'ا') return 'A';
  if (p.marks === '' && i >= 2 && p.ch === 'و' && vowelOf(u[i - 2].marks) === 'u') return 'U';
  if (p.marks === '' && i >= 2 && p.ch === 'ي' && vowelOf(u[i - 2].marks) === 'i') return 'I';
  return vowelOf(p.marks);
}

/** The seat of the hamza at letter i (Wright I § 131: kasra > damma > fatha). */
function seatOf(u: Unit[], i: number): string {
  const v = vowelOf(u[i].marks);
  if (i === 0) return v === 'i' ? 'إ' : 'أ';
  const p = vowelBefore(u, i);
  if (i === u.length - 1) return p === 'i' ? 'ئ' : p === 'u' ? 'ؤ' : p === 'a' ? 'أ' : 'ء';
  if (p === 'A') return v === 'i' ? 'ئ' : v === 'u' ? 'ؤ' : 'ء';
  if (v === 'i' || p === 'i' || p === 'I') return 'ئ';
  if (p === 'U') return 'ء';
  if (v === 'u' || p === 'u') return 'ؤ';
  return 'أ';
}

/**
 * Writes the hamzas of a vocalized word (any of ء أ إ ؤ ئ is read as a hamza to be seated) and joins
 * identical letters separated by a sukun into one letter with a shadda. Two hamzas in a row, the
 * second without a vowel, become hamza + long vowel (ءَءْ → آ, ءُءْ → أو, ءِءْ → إي); hamza with
 * fatha before a long ā becomes آ.
 * @example spellTemplate('يُءَيِّدُ') // 'يُؤَيِّدُ'
 * @example spellTemplate('قَارِءَة') // 'قَارِئَة'
 * @example spellTemplate('ءَءْمَنَ') // 'آمَنَ'
 * @example spellTemplate('سَكَنْنَا') // 'سَكَنَّا'
 */
export function spellTemplate(vocalized: string): string {
  const u = unitsOf(vocalized);
  const isHamza = (i: number): boolean => i < u.length && HAMZAS.includes(u[i].ch);
  for (let i = 0; i + 1 < u.length; i++) {
    const v = vowelOf(u[i].marks);
    if (isHamza(i) && v && isHamza(i + 1) && vowelOf(u[i + 1].marks) === '') u[i + 1] = { ch: v === 'a' ? 'ا' : v === 'u' ? 'و' : 'ي', marks: '' };
  }
  const out: Unit[] = [];
  for (let i = 0; i < u.length; i++) {
    if (!isHamza(i)) { out.push(u[i]); continue; }
    const seat = seatOf(u, i);
    const next = u[i + 1];
    if (seat === 'أ' && next && next.ch === 'ا' && next.marks === '') {
      // ءَا → آ; with tanwin the alif of -ًا is not written after أ (نبأً).
      out.push(u[i].marks.includes('\u064b') ? { ch: 'أ', marks: u[i].marks } : { ch: 'آ', marks: '' });
      i++;
    } else out.push({ ch: seat, marks: u[i].marks });
  }
  const s = out.map((x) => x.ch + x.marks).join('');
  // NFC puts the marks in canonical order (fatha before shadda), so equal spellings are equal strings.
  return s.replace(/([\u0621-\u064a])\u0652\1/g, '$1\u0651').normalize('NFC');
}
