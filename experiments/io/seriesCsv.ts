// A run's daily series as tidy-wide CSV: one row per day, `date` then every recorded column.
import type { RunData } from '../../sim/index';

export function seriesCsv(d: RunData): string {
  const names = Object.keys(d.columns);
  const rows = [['date', ...names].join(',')];
  for (let t = 0; t < d.dates.length; t++) rows.push([d.dates[t], ...names.map((n) => String(d.columns[n]![t]))].join(','));
  return `${rows.join('\n')}\n`;
}
