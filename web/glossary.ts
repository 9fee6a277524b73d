// Every unit and term the page uses, in one or two plain sentences (shown in the "Terms & units"
// list and next to a term where it first appears).
export const GLOSSARY = {
  units: { short: '$T, $B', term: '$T, $B, $M', text: 'Trillions, billions and millions of US dollars ($1T = $1,000B). “/day” means per trading day.' },
  bp: { short: 'bp', term: 'bp (basis point)', text: 'One hundredth of a percentage point: 100 bp = 1%. Credit spreads are quoted in bp.' },
  pct: { short: '%', term: '% (rates)', text: 'Interest rates and yields are annual: 4.5% means 4.5 cents a year per dollar.' },
  times: { short: '×', term: '× (times)', text: 'A multiple: leverage 3× means $3 of assets for each $1 of the fund’s own money; capex 1.5× is one and a half times the announced plans.' },
  D: { short: 'D=', term: 'D= (duration)', text: 'Roughly how many years of cash flows an asset’s price stands for. A long duration (D=40 for crypto) means the price falls much more when discount rates rise.' },
  seed: { short: 'seed', term: 'Seed', text: 'The number that fixes the model’s random draws. The same scenario, settings and seed give exactly the same run; another seed shows another possible path.' },
  idle: { short: 'idle money', term: 'Idle money', text: 'Cash that is waiting to be invested: money funds’ cash parked at the Fed’s reverse repo and banks’ reserves above the level they need. It can buy new bonds without anyone selling anything.' },
  exhausted: { short: 'exhausted', term: 'Exhausted (run dry)', text: 'Idle money below 8% of where it started. From then on every new bond must be bought by selling something else. It can come back (above twice that level: a QE backstop, a capex cut) and run out again.' },
  rrp: { short: 'reverse repo', term: 'Reverse repo (RRP)', text: 'The Fed’s overnight facility where money-market funds park cash. It is the first idle money to go when new bonds need buyers.' },
  coc: { short: 'cost of capital', term: 'Cost of capital', text: 'What a company pays a year to fund new investment: the expected policy rate plus a term premium plus the crowding premium.' },
  spread: { short: 'spread', term: 'Credit spread (IG, HY)', text: 'The extra yield over Treasuries that investment-grade (IG) or high-yield (HY, “junk”) borrowers pay.' },
  drawdown: { short: 'drawdown', term: 'Drawdown', text: 'How far a price is below its highest level so far, as a negative percentage (−30% = 30% below the peak). Max drawdown is the deepest.' },
  cascade: { short: 'rounds', term: 'Cascade, round', text: 'Forced sales (margin calls, redemptions, stops) move prices, which can force more sales the same day. Each wave is a round, counted from 1; a day with 2 or more rounds fed on itself.' },
  qe: { short: 'QE, QT', term: 'QE, QT', text: 'Quantitative easing: the central bank buys bonds with new money. Quantitative tightening: it lets them run off, so others must buy them.' },
  band: { short: 'band', term: 'Median, 10–90% band', text: 'Over several seeds: half the runs are above the median line; the shaded band holds the middle 80% of runs.' },
  override: { short: 'path=value', term: 'path=value', text: 'One changed assumption, written as the CLI takes it (crowdout run baseline --set path=value). Paths are listed in docs/SCENARIOS.md.' },
} as const;

export type TermKey = keyof typeof GLOSSARY;
