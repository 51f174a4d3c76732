import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describe, expect, it } from 'vitest';
import { parseStanceGold, readStanceGold } from '../../src/validate/readStanceGold';

const ROOT = path.resolve(__dirname, '../..');
const GOLD = path.join(ROOT, 'data/gold/stance');

// The format as fixed in data/gold/stance/README.md, written out here on purpose (not imported
// from stanceGoldTypes.ts) so that a drift of either side makes this test fail.
const HEADER = 'id\tsegment\tvariety\tcamp\tstance\tvoice\ttext\tnote';
const SEGMENTS = ['reporting', 'comment'];
const VARIETIES = ['msa', 'levantine', 'gulf', 'egyptian', 'iraqi', 'mixed'];
const CAMPS = ['opposition', 'pan_arab', 'turkish', 'damascus', 'kurdish', 'gulf'];
const STANCES = ['support', 'oppose', 'conditional', 'neutral'];
const ACTORS = 'erdogan assad turkey_gov syria_gov turkey_opposition syrian_coalition syrian_opposition protesters sdf russia iran usa un arab_states refugees analyst other'.split(' ');
const VOICES = ['authorial', 'unnamed', ...ACTORS.map((a) => `actor:${a}`)];

/** The parts of the gold folder that exist (dev/, heldback/), with their id letter. */
const PARTS = [
  { name: 'dev', letter: 'd' },
  { name: 'heldback', letter: 'h' },
].filter((p) => fs.existsSync(path.join(GOLD, p.name)));

/** Raw lines of every *.tsv under a folder, read without the parser under test. */
function rawFiles(dir: string): { file: string; lines: string[] }[] {
  const out: { file: string; lines: string[] }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...rawFiles(full));
    else if (entry.name.endsWith('.tsv')) out.push({ file: full, lines: fs.readFileSync(full, 'utf8').split('\n') });
  }
  return out;
}

/** Error message of a call that should throw, or '' when it does not. */
function messageOf(call: () => unknown): string {
  try {
    call();
  } catch (err) {
    return (err as Error).message;
  }
  return '';
}

describe('readStanceGold on data/gold/stance', () => {
  it('finds the development part', () => {
    expect(PARTS.map((p) => p.name)).toContain('dev');
  });

  for (const part of PARTS) {
    describe(`${part.name}/`, () => {
      const dir = path.join(GOLD, part.name);

      it('has the exact header, 8 fields per line, no stray line breaks, and an id that names the part and segment', () => {
        const files = rawFiles(dir);
        expect(files.length).toBeGreaterThan(0);
        for (const { file, lines } of files) {
          expect(lines[0], file).toBe(HEADER);
          expect(lines[lines.length - 1], `${file}: ends with one newline`).toBe('');
          lines.slice(1, -1).forEach((line, i) => {
            const where = `${file}:${i + 2}`;
            expect(line.split('\t'), where).toHaveLength(8);
            expect(line, where).not.toMatch(/\r/);
            const [id, segment] = line.split('\t');
            expect(id, where).toMatch(new RegExp(`^${part.letter}${segment === 'reporting' ? 'r' : 'c'}-\\d{4}$`));
          });
        }
      });

      // Read inside each test, so that a bad file fails the tests instead of the whole file's collection.
      const load = () => readStanceGold(dir);

      it('has unique ids and every field in its vocabulary', () => {
        const units = load();
        expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
        for (const u of units) {
          const where = `${u.source}:${u.line}`;
          expect(SEGMENTS, where).toContain(u.segment);
          expect(VARIETIES, where).toContain(u.variety);
          expect(CAMPS, where).toContain(u.camp);
          expect(STANCES, where).toContain(u.stance);
          expect(VOICES, where).toContain(u.voice);
          expect(u.text.trim().length, where).toBeGreaterThan(5);
          expect(u.text, where).not.toMatch(/[\t\n\r]/);
          if (u.segment === 'reporting') expect(u.variety, where).toBe('msa');
        }
      });

      it('has at least 40 % neutral units in each segment', () => {
        const units = load();
        for (const segment of SEGMENTS) {
          const inSegment = units.filter((u) => u.segment === segment);
          expect(inSegment.length, segment).toBeGreaterThan(0);
          const neutral = inSegment.filter((u) => u.stance === 'neutral').length;
          expect(neutral / inSegment.length, segment).toBeGreaterThanOrEqual(0.4);
        }
      });

      it('has no text written twice', () => {
        const units = load();
        const texts = units.map((u) => u.text.trim());
        expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
      });
    });
  }

  it('matches the segment × stance counts quoted in data/gold/stance/README.md for dev/', () => {
    const readme = fs.readFileSync(path.join(GOLD, 'README.md'), 'utf8');
    const units = readStanceGold(path.join(GOLD, 'dev'));
    for (const segment of SEGMENTS) {
      const inSegment = units.filter((u) => u.segment === segment);
      const counts = STANCES.map((s) => inSegment.filter((u) => u.stance === s).length);
      expect(readme).toContain(`| \`${segment}\` | ${counts.join(' | ')} | ${inSegment.length} |`);
    }
  });

  it('has ids unique across dev/ and heldback/ together', () => {
    const all = readStanceGold(GOLD);
    expect(new Set(all.map((u) => u.id)).size).toBe(all.length);
  });
});

describe('parseStanceGold', () => {
  const H = `${HEADER}\n`;

  it('reads a unit with every field, its source and line', () => {
    const units = parseStanceGold(`${H}dc-0007\tcomment\tlevantine\topposition\toppose\tauthorial\tلن نصالح #لن_نصالح\tslogan\n`, 'x.tsv');
    expect(units).toEqual([
      { id: 'dc-0007', segment: 'comment', variety: 'levantine', camp: 'opposition', stance: 'oppose', voice: 'authorial', text: 'لن نصالح #لن_نصالح', note: 'slogan', source: 'x.tsv', line: 2 },
    ]);
  });

  it('accepts a BOM, CRLF line ends and an empty note', () => {
    const units = parseStanceGold(`\uFEFF${HEADER}\r\ndr-0001\treporting\tmsa\tgulf\tneutral\tunnamed\tنص\t\r\n`);
    expect(units.map((u) => [u.id, u.note, u.text])).toEqual([['dr-0001', '', 'نص']]);
  });

  it('rejects a wrong header, naming line 1', () => {
    expect(messageOf(() => parseStanceGold('id\tsegment\tstance\n', 'x.tsv'))).toBe(
      "x.tsv:1: header must be 'id<TAB>segment<TAB>variety<TAB>camp<TAB>stance<TAB>voice<TAB>text<TAB>note'; got 'id<TAB>segment<TAB>stance'",
    );
  });

  // Each bad line of one file and the message it must produce (line numbers count the header as 1).
  const OK = 'reporting\tmsa\tturkish\tsupport\tauthorial\tنص\t';
  const BAD_LINES: { line: string; message: string }[] = [
    { line: 'dr-0001\treporting\tmsa\tturkish\tmaybe\tauthorial\tنص\t', message: "stance must be one of support, oppose, conditional, neutral; got 'maybe'" },
    { line: 'dr-0002\treporting\tfusha\tturkish\tsupport\tauthorial\tنص\t', message: "variety must be one of msa, levantine, gulf, egyptian, iraqi, mixed; got 'fusha'" },
    { line: 'dr-0003\treporting\tmsa\tsyria\tsupport\tauthorial\tنص\t', message: "camp must be one of opposition, pan_arab, turkish, damascus, kurdish, gulf; got 'syria'" },
    { line: 'dr-0004\tarticle\tmsa\tturkish\tsupport\tauthorial\tنص\t', message: "segment must be one of reporting, comment; got 'article'" },
    { line: 'dr-0005\treporting\tmsa\tturkish\tsupport\tactor:putin\tنص\t', message: `voice must be one of ${VOICES.join(', ')}; got 'actor:putin'` },
    { line: `dr-0005\t${OK}`, message: 'duplicate id dr-0005 (first on line 6)' },
    { line: `r1\t${OK}`, message: "id must look like dr-0001; got 'r1'" },
    { line: `dc-0006\t${OK}`, message: "id dc-0006 does not fit segment 'reporting' (reporting ids end their prefix in r, comment ids in c)" },
    { line: 'dr-0007\treporting\tmsa\tturkish\tsupport\tauthorial\t \t', message: 'empty text' },
    { line: 'dr-0008\treporting\tmsa\tturkish\tsupport\tauthorial\tنص فيه\tتاب\tزائد', message: 'expected 8 tab-separated fields, got 9' },
    { line: 'dr-0009\treporting\tmsa\tturkish\tsupport\tauthorial\tنص', message: 'expected 8 tab-separated fields, got 7' },
  ];

  it('names every bad line with file:line, all in one error', () => {
    const text = [HEADER, ...BAD_LINES.map((c) => c.line), ''].join('\n');
    const expected = [`g.tsv: ${BAD_LINES.length} problem(s):`, ...BAD_LINES.map((c, i) => `g.tsv:${i + 2}: ${c.message}`)];
    expect(messageOf(() => parseStanceGold(text, 'g.tsv')).split('\n')).toEqual(expected);
  });
});

describe('readStanceGold', () => {
  it('reads *.tsv files of nested folders in sorted order and reports an id repeated across files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stance-gold-'));
    try {
      fs.mkdirSync(path.join(dir, 'b'));
      fs.writeFileSync(path.join(dir, 'a.tsv'), `${HEADER}\ndr-0001\treporting\tmsa\tkurdish\tneutral\tauthorial\tأ\t\n`);
      fs.writeFileSync(path.join(dir, 'b', 'c.tsv'), `${HEADER}\ndc-0001\tcomment\tgulf\tgulf\tsupport\tauthorial\tب\t\n`);
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'not read');
      expect(readStanceGold(dir).map((u) => u.id)).toEqual(['dr-0001', 'dc-0001']);
      fs.writeFileSync(path.join(dir, 'b', 'd.tsv'), `${HEADER}\ndr-0001\treporting\tmsa\tgulf\tneutral\tauthorial\tج\t\n`);
      expect(messageOf(() => readStanceGold(dir))).toBe(
        `${path.join(dir, 'b', 'd.tsv')}:2: duplicate id dr-0001 (first in ${path.join(dir, 'a.tsv')}:2)`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
