// The unit and meaning of every series column, as docs/CLI.md lists them ("CSV columns"). The
// page's "Column units" export writes them as a sidecar CSV next to the series (column,unit,meaning),
// so the series file itself stays byte-for-byte the CLI's.
const RULES: Array<[RegExp, string, string]> = [
  [/^price\./, 'index (start = 100)', 'close price; fixed income as total-return indices'],
  [/^drawdown\./, '0-1', '1 - close / running peak'],
  [/^volume\./, 'USD', 'value traded today in clearing rounds'],
  [/^vol\./, 'decimal/yr', 'annualised EWMA volatility of close-to-close log returns'],
  [/^idle\./, 'USD', 'idle money at the close'],
  [/^demand\./, 'USD', 'new paper to place (daily) or its running sum (cumulative)'],
  [/^funding\.residual$/, 'USD', 'paper left for households to buy by selling assets'],
  [/^rate\.(fundingSpread|termPremium)$/, 'decimal', 'crowding premium / term premium'],
  [/^rate\./, 'decimal/yr', 'annual rate'],
  [/^spread\./, 'decimal', 'credit spread (0.01 = 100 bp)'],
  [/^yield\./, 'decimal/yr', '10y yield + credit spread'],
  [/^flow\./, 'USD', 'net purchases today (positive = buying), bills excluded'],
  [/^forced\./, 'USD', 'forced sales today with that trigger, all rounds'],
  [/^cascade\.rounds$/, 'count', 'rounds cleared after the first today'],
  [/^capex\./, 'USD', 'hyperscaler capex (planned, spent today, or cumulative)'],
  [/^calls\./, 'USD', 'sovereign capital calls paid today'],
  [/^fof\./, 'USD', 'flow of funds today'],
  [/^class\.[a-z_]+\.leverage$/, 'ratio', 'exposure / net asset value (0 if NAV <= 0)'],
  [/^class\.[a-z_]+\.cash$/, 'USD', 'the class\'s total cash (negative = net overdraft)'],
  [/^class\.[a-z_]+\.exposure$/, 'USD', 'sum of |units| x price over all assets except bills'],
  [/^buyback\.openShare$/, '0-1', 'share of buyback programmes in an open window'],
  [/^hedge_fund\.equity$/, 'USD', 'hedge-fund sector equity'],
  [/^hf\.equity/, 'USD', 'hedge-fund equity (sector, or by strategy)'],
  [/^hf\.gross$/, 'USD', 'hedge funds\' long holdings plus short futures notional'],
  [/^hf\.redemptions$/, 'USD', 'redemptions hedge funds paid today'],
  [/^dealer\.inventory$/, 'USD', 'dealers\' inventory away from normal, at market'],
  [/^dealer\.capacityUsed$/, 'ratio', 'dealers\' inventory away from normal over their capacity'],
  [/^plumbing\./, 'USD', 'the water level: Fed, bank, Treasury and money-market balances'],
  [/^mmf\./, 'USD', 'money funds\' assets (ON RRP, bills, repo) and their net asset value'],
  [/^foreign\.deposits$/, 'USD', 'foreign sector\'s dollar deposits'],
  [/^cb\.assets$/, 'USD', 'market value of the central bank\'s holdings'],
  [/^accounting\./, 'USD', 'largest gap found by the books check (0)'],
];

export function columnUnit(name: string): { unit: string; meaning: string } {
  const r = RULES.find(([re]) => re.test(name));
  return r ? { unit: r[1], meaning: r[2] } : { unit: '', meaning: '' };
}

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** column,unit,meaning: one row per series column (the date column is ISO yyyy-mm-dd). */
export function unitsCsv(columns: readonly string[]): string {
  const rows = ['column,unit,meaning', 'date,ISO date,trading day (yyyy-mm-dd)'];
  for (const c of columns) { const u = columnUnit(c); rows.push([c, u.unit, u.meaning].map(cell).join(',')); }
  return `${rows.join('\n')}\n`;
}
