/**
 * Prints the counts tables of a stance gold part (segment × stance, camp, variety, voice) as
 * Markdown, for data/gold/stance/README.md, so that the README's figures are computed, never
 * hand-counted. Usage: npx tsx scripts/stance-gold-counts.ts data/gold/stance/dev
 */
import { readStanceGold } from '../src/validate/readStanceGold';
import { STANCE_GOLD_STANCES, StanceGoldUnit } from '../src/validate/stanceGoldTypes';

const dir = process.argv[2];
if (!dir) throw new Error('usage: stance-gold-counts.ts DIR');
const units = readStanceGold(dir);

/** Markdown table of row key × stance, with totals and the neutral share. */
function table(title: string, keyOf: (u: StanceGoldUnit) => string, rows: StanceGoldUnit[]): string {
  const keys = [...new Set(rows.map(keyOf))].sort();
  const head = `| ${title} | ${STANCE_GOLD_STANCES.join(' | ')} | total | neutral % |`;
  const lines = [head, `|${' --- |'.repeat(STANCE_GOLD_STANCES.length + 3)}`];
  for (const key of [...keys, 'all']) {
    const inKey = key === 'all' ? rows : rows.filter((u) => keyOf(u) === key);
    const counts = STANCE_GOLD_STANCES.map((s) => inKey.filter((u) => u.stance === s).length);
    const neutral = inKey.filter((u) => u.stance === 'neutral').length;
    const label = key === 'all' ? '**all**' : `\`${key}\``;
    lines.push(`| ${label} | ${counts.join(' | ')} | ${inKey.length} | ${((100 * neutral) / inKey.length).toFixed(1)} |`);
  }
  return lines.join('\n');
}

const out: string[] = [`${units.length} units.`, '', table('segment', (u) => u.segment, units)];
for (const segment of ['reporting', 'comment']) {
  const rows = units.filter((u) => u.segment === segment);
  out.push('', `**${segment}** by camp:`, '', table('camp', (u) => u.camp, rows));
  out.push('', `**${segment}** by variety:`, '', table('variety', (u) => u.variety, rows));
  out.push('', `**${segment}** by voice:`, '', table('voice', (u) => u.voice, rows));
}
console.log(out.join('\n'));
