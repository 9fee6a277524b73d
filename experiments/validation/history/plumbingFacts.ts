// Dated facts of the plumbing episodes the model should reproduce: the 2023 debt-ceiling TGA rebuild,
// the 2024-01-02 starting levels, the 2025 ON RRP exhaustion and SOFR > IORB, the Fed's QT schedule
// and its end, and the hyperscaler financing figures. Pure data; sources in docs/HISTORY.md.
import type { EpisodeFact } from './types';

const NYFED_RRP = 'FRED RRPONTSYD (Federal Reserve Bank of New York)';
const DTS = 'U.S. Treasury Daily Treasury Statement, Table I (Bureau of the Fiscal Service)';
const H41_RES = 'FRED WRESBAL (Board of Governors, H.4.1)';
const SOFR_IORB = 'FRED SOFR (Federal Reserve Bank of New York) and FRED IORB (Board of Governors)';

export const PLUMBING_FACTS: readonly EpisodeFact[] = [
  // 2023 debt ceiling: the TGA ran down to its low, the limit was suspended, the TGA was rebuilt with bills
  // that money funds bought mostly out of ON RRP, so reserves barely moved.
  { id: 'tga-2023-low', label: 'TGA low before the 2023 debt-limit suspension', date: '2023-06-01',
    value: 22.892e9, unit: 'USD', source: DTS, confidence: 'sourced' },
  { id: 'debt-limit-2023-suspended', label: 'Fiscal Responsibility Act signed: debt limit suspended to 2025-01-01',
    date: '2023-06-03', source: 'Reuters / NYT reporting of the signing, June 2023', confidence: 'sourced' },
  { id: 'tga-2023-rebuilt', label: 'TGA at end of September 2023 after the rebuild (Treasury target was $600B)',
    date: '2023-09-29', value: 656.889e9, unit: 'USD', source: DTS, confidence: 'sourced' },
  { id: 'tga-2023-rebuild-change', label: 'TGA change 2023-06-01 → 2023-09-29', date: '2023-09-29',
    value: 633.997e9, unit: 'USD', source: DTS, confidence: 'sourced' },
  { id: 'rrp-2023-rebuild-change', label: 'ON RRP change 2023-06-01 ($2,160.1B) → 2023-09-29 ($1,557.6B)',
    date: '2023-09-29', value: -602.486e9, unit: 'USD', source: NYFED_RRP, confidence: 'sourced' },
  { id: 'reserves-2023-rebuild-change', label: 'Reserves change 2023-05-31 ($3,309.4B) → 2023-09-27 ($3,170.3B), Wednesday levels',
    date: '2023-09-27', value: -139.123e9, unit: 'USD', source: H41_RES, confidence: 'sourced' },

  // Starting levels around 2024-01-02 (the model's default start).
  { id: 'rrp-2024-01-02', label: 'ON RRP on 2024-01-02', date: '2024-01-02', value: 704.864e9, unit: 'USD',
    source: NYFED_RRP, confidence: 'sourced', note: 'Often quoted as ≈$0.69T; the published figure is $0.705T (2024-01-04: $0.665T).' },
  { id: 'reserves-2023-12-27', label: 'Reserves, Wednesday level before the year turn', date: '2023-12-27',
    value: 3446.459e9, unit: 'USD', source: H41_RES, confidence: 'sourced' },
  { id: 'reserves-2024-01-03', label: 'Reserves, first Wednesday of 2024 (year-turn dip)', date: '2024-01-03',
    value: 3262.895e9, unit: 'USD', source: H41_RES, confidence: 'sourced' },
  { id: 'reserves-2024-01-10', label: 'Reserves, second Wednesday of 2024', date: '2024-01-10',
    value: 3498.748e9, unit: 'USD', source: H41_RES, confidence: 'sourced' },
  { id: 'tga-2024-01-02', label: 'TGA closing balance on 2024-01-02', date: '2024-01-02', value: 766.340e9,
    unit: 'USD', source: DTS, confidence: 'sourced' },
  { id: 'soma-securities-2024-01-03', label: 'Fed securities held outright, Wednesday level', date: '2024-01-03',
    value: 7187.450e9, unit: 'USD', source: 'Federal Reserve H.4.1 release of 2024-01-04, table 1', confidence: 'sourced',
    note: 'Of which Treasuries $4,753.3B, MBS $2,431.8B.' },
  { id: 'fed-total-assets-2024-01-03', label: 'Fed total assets, Wednesday level', date: '2024-01-03',
    value: 7681.024e9, unit: 'USD', source: 'FRED WALCL (Board of Governors, H.4.1)', confidence: 'sourced' },

  // 2025: ON RRP exhaustion.
  { id: 'rrp-first-below-100b-2025', label: 'ON RRP first print below $100B in 2025 (transient, mid-January)',
    date: '2025-01-16', value: 94.489e9, unit: 'USD', source: NYFED_RRP, confidence: 'sourced' },
  { id: 'rrp-stays-below-100b-2025', label: 'ON RRP below $100B for good (last print ≥ $100B was 2025-08-04, $125.7B, until the $106.0B year-end print)',
    date: '2025-08-05', value: 84.356e9, unit: 'USD', source: NYFED_RRP, confidence: 'sourced' },
  { id: 'rrp-first-below-10b-2025', label: 'ON RRP first print below $10B', date: '2025-10-02', value: 8.436e9,
    unit: 'USD', source: NYFED_RRP, confidence: 'sourced' },
  { id: 'rrp-low-2025', label: 'ON RRP 2025 low', date: '2025-12-12', value: 0.838e9, unit: 'USD',
    source: NYFED_RRP, confidence: 'sourced' },
  { id: 'reserves-low-2025', label: 'Reserves 2025 low (Wednesday level)', date: '2025-10-29', value: 2848.021e9,
    unit: 'USD', source: H41_RES, confidence: 'sourced' },
  { id: 'debt-limit-2025-raised', label: 'Debt limit raised by $5T (One Big Beautiful Bill Act signed); TGA rebuild follows',
    date: '2025-07-04', source: 'Public Law 119-21', confidence: 'recalled',
    note: 'From memory; verify. TGA (DTS) was $313.2B on 2025-07-03 and first topped $800B on 2025-09-15 ($857.7B).' },

  // SOFR against IORB (daily fixings; spreads in percentage points).
  { id: 'sofr-above-iorb-first', label: 'First SOFR print above IORB in the window (quarter-end): 4.96% vs 4.90%',
    date: '2024-09-30', value: 0.06, unit: 'percent', source: SOFR_IORB, confidence: 'sourced' },
  { id: 'sofr-above-iorb-late-2025-first', label: 'First SOFR print above IORB in late 2025 off a quarter/month end: 4.41% vs 4.40%',
    date: '2025-09-04', value: 0.01, unit: 'percent', source: SOFR_IORB, confidence: 'sourced',
    note: 'Tax/settlement date 2025-09-15: 4.51% vs 4.40% (+11 bp). September 2025 is the first month with a positive average spread (+0.7 bp); October +7.4 bp, November +7.8 bp, December +5.9 bp.' },
  { id: 'sofr-above-iorb-peak-2025', label: 'Widest SOFR − IORB of 2025: 4.22% vs 3.90%', date: '2025-10-31',
    value: 0.32, unit: 'percent', source: SOFR_IORB, confidence: 'sourced' },

  // The Fed's balance-sheet runoff (QT) and its end: monthly redemption caps, in USD per month.
  { id: 'qt-start-treasury-cap', label: 'QT begins: Treasury runoff cap per month (MBS cap $17.5B)', date: '2022-06-01',
    value: 30e9, unit: 'USD', source: 'FOMC, Plans for Reducing the Size of the Federal Reserve\'s Balance Sheet (2022-05-04)', confidence: 'sourced' },
  { id: 'qt-full-pace-treasury-cap', label: 'QT full pace: Treasury cap per month (MBS cap $35B)', date: '2022-09-01',
    value: 60e9, unit: 'USD', source: 'FOMC, Plans for Reducing the Size of the Federal Reserve\'s Balance Sheet (2022-05-04)', confidence: 'sourced' },
  { id: 'qt-taper-2024-treasury-cap', label: 'QT slowed: Treasury cap per month (MBS cap unchanged at $35B, excess MBS paydowns into Treasuries)',
    date: '2024-06-01', value: 25e9, unit: 'USD', source: 'FOMC Implementation Note (2024-05-01)', confidence: 'sourced' },
  { id: 'qt-taper-2025-treasury-cap', label: 'QT slowed again: Treasury cap per month (MBS cap unchanged at $35B)',
    date: '2025-04-01', value: 5e9, unit: 'USD', source: 'FOMC statement and Implementation Note (2025-03-19)', confidence: 'sourced' },
  { id: 'qt-end', label: 'QT ends: all Treasury principal rolled over, MBS principal reinvested in Treasury bills',
    date: '2025-12-01', source: 'FOMC statement and Implementation Note (2025-10-29)', confidence: 'sourced' },
  { id: 'iorb-2025-10-30', label: 'IORB after the 2025-10-29 cut (target 3.75-4.00%, ON RRP rate 3.75%)', date: '2025-10-30',
    value: 3.90, unit: 'percent', source: 'FOMC Implementation Note (2025-10-29)', confidence: 'sourced' },
  { id: 'rmp-announced', label: 'Reserve-management purchases of Treasury bills announced (target 3.50-3.75%, IORB 3.65%)',
    date: '2025-12-10', source: 'FOMC statement and Implementation Note (2025-12-10); minutes of 2025-12-09/10', confidence: 'sourced' },
  { id: 'rmp-first-round', label: 'Reserve-management purchases begin: first round of Treasury bills', date: '2025-12-12',
    value: 40e9, unit: 'USD', source: 'Federal Reserve Bank of New York, reserve management purchase schedule (reported by Reuters 2025-12-30)',
    confidence: 'sourced', note: 'Staff advised an elevated pace until the April 2026 tax date, then slower.' },

  // Hyperscaler financing.
  { id: 'hyperscaler-bonds-2025', label: 'US bond issuance by Amazon, Alphabet, Meta, Microsoft and Oracle in 2025',
    date: '2025-12-31', value: 121e9, unit: 'USD', source: 'BofA Securities credit research (Y. Seliger, note of 2025-11-17; year total in its January 2026 report)',
    confidence: 'sourced', note: 'Includes Meta $30B (Oct), Oracle $18B (Sep), Alphabet $17.5B and Amazon $15B (Nov). Other tallies differ (one gives $108B).' },
  { id: 'hyperscaler-capex-2026-low', label: '2026 capex guidance, Amazon + Alphabet + Meta + Microsoft, low end at the Q4-2025 reports',
    date: '2026-02-06', value: 630e9, unit: 'USD', source: 'Company guidance: Meta Q4 2025 release (2026-01-28, $115-135B), Alphabet (2026-02-04, $175-185B), Amazon (2026-02-05, ~$200B); Microsoft analyst estimates',
    confidence: 'sourced' },
  { id: 'hyperscaler-capex-2026-high', label: '2026 capex guidance, same four firms, after mid-2026 raises (Microsoft ~$190B, Meta $125-145B)',
    date: '2026-05-01', value: 725e9, unit: 'USD', source: 'Company guidance as aggregated in press reporting, spring 2026',
    confidence: 'sourced', note: 'Date approximate (the raises came with the Q1-2026 reports).' },
];
