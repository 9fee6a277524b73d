// One paragraph per agent class, at the level of a first-year economics student: what the class
// holds, the rule it follows each day, and how that rule can push prices.
import type { ClassId } from '../sim/ids';

export const CLASS_RULE: Record<ClassId, string> = {
  hyperscaler: 'The big cloud companies spend on AI data centres along a planned path. They pay first from operating cash flow, then from cash and T-bills they hold, then by selling Treasuries and other assets, and last by issuing bonds. If the cost of capital rises above the return they expect on the capex, they cut the plan a little each day (down to a floor).',
  sovereign: 'Sovereign wealth funds hold a diversified portfolio and keep some "dry powder" in cash. When an AI capital call falls due and the cash is not enough, they sell what they trust least first: by default the holding with the worst recent return, which can include their stakes in hedge funds (a redemption).',
  hedge_fund: 'Hedge funds borrow to hold more assets than their own money (leverage). Lenders keep a haircut that grows with volatility; when prices fall or volatility jumps, the fund must post margin or sell. Investors also redeem after losses, with a notice period. Both force sales in a falling market, which can set off the next round.',
  cta: 'CTAs follow trends: each compares prices with their averages over several lookbacks, and goes long above a threshold and short below. When many funds have similar thresholds, they flip together and keep buying or selling for days while they execute.',
  vol_target: 'Vol-target funds keep the risk of their portfolio constant: when measured volatility rises they cut equity exposure, when it falls they add (up to a leverage cap). So they sell into turbulence and buy into calm, which makes both moves bigger.',
  buyback: 'Companies buy back their own shares from a yearly budget, more when prices have fallen. Most stop buying in the weeks before earnings (the blackout), which removes the steadiest buyer from the market for a while.',
  central_bank: 'The central bank sets the policy rate along its path and buys or runs off bonds (QE/QT). Under the QE backstop it buys new paper whenever funding gets tight, so idle money never runs out; under tightening it hikes and shrinks faster, draining idle money sooner.',
  rest_of_market: 'Households, pensions and dealers are everyone else. They take the other side of every trade at a price: they buy when prices are below value and sell when above, with retail money chasing crypto and speculative assets when idle money is plentiful. Their cash above a buffer is part of the idle pool.',
};
