// Defaults of the holders that clear the markets (Model v2 part 2): the price-setting investors'
// demand elasticities, dealers' balance-sheet capacity, pensions and insurers, mutual and bond
// funds, and foreign official holders of Treasuries. Shares split the holdings left after the
// named classes and households ("the rest"); value investors hold what the other holders do not.
// Sources for every value are in docs/CALIBRATION.md ("holders"). Spread into DEFAULTS (defaults.ts).
type Shares = Partial<Record<'treasuries' | 'ig_credit' | 'hy_credit' | 'ai_hardware' | 'broad_equity' | 'saas' | 'crypto' | 'speculative', number>>;

export const HOLDERS_DEFAULTS = {
  holders: {
    /** Aggregate demand elasticity ζ of each market's price-setting (value) investors, as a share of
     *  the market per unit of log price: buying 1% of a market moves its price by ≈ 1/ζ % (Gabaix &
     *  Koijen 2021: equities ζ ≈ 0.2, a multiplier of 3–8). */
    elasticity: {
      treasuries: 1, ig_credit: 1, hy_credit: 0.5, ai_hardware: 0.2, broad_equity: 0.2, saas: 0.2, crypto: 0.1, speculative: 0.12,
    } as Shares,
    /** Depth falls as volatility rises above normal: elasticities and dealer capacity scale with
     *  σ₀/σ (impact per dollar ∝ σ, the square-root law), bounded to [volFloor, 1]. */
    volFloor: 0.5,
    /** How much of broad equity's volatility ratio thins every other market (0 = each market's own
     *  volatility only): liquidity's commonality across markets. */
    liquidityCommonality: 0.7,
    /** Value investors' normal holdings drift toward what they hold, half-life in trading days: a
     *  flow's price effect persists for months and fades over years. */
    anchorHalfLifeDays: 63,
    value: {
      /** Cash at the start, as a share of their holdings. */
      cashShare: 0.1,
      /** Credit line (prime brokerage) as a share of their holdings: beyond cash plus the line they stop buying. */
      creditLineShare: 0.3,
      /** Trading days over which their cash returns to its normal share, from or to households. */
      refillDays: 21,
    },
    dealers: {
      /** Shares of the rest held as inventory at the start (their normal inventory). */
      share: { treasuries: 0.04, ig_credit: 0.02, hy_credit: 0.02, ai_hardware: 0.005, broad_equity: 0.005, saas: 0.005, crypto: 0.005, speculative: 0.005 } as Shares,
      /** Balance-sheet capacity for inventory away from normal (leverage-ratio limit), USD, split
       *  across desks in proportion to each market's daily volume. */
      capacityUsd: 0.5e12,
      /** Inventory taken per 1% price concession, as a share of the market's daily volume. */
      marketMaking: 0.05,
      /** Half-life of inventory away from normal (inventory costs), trading days. */
      inventoryHalfLifeDays: 5,
    },
    pensions: {
      /** Pensions and insurers: shares of the rest at the start, held at these fixed weights. */
      share: { treasuries: 0.12, ig_credit: 0.45, hy_credit: 0.2, ai_hardware: 0.1, broad_equity: 0.15, saas: 0.1, crypto: 0, speculative: 0.05 } as Shares,
      cashShare: 0.02,
      /** Trading days over which a gap from the target weights is closed (monthly rebalancing). */
      rebalanceDays: 21,
    },
    funds: {
      /** Mutual, bond and exchange-traded funds: shares of the rest at the start (mandate weights). */
      share: { treasuries: 0.15, ig_credit: 0.25, hy_credit: 0.4, ai_hardware: 0.5, broad_equity: 0.5, saas: 0.5, crypto: 0.1, speculative: 0.3 } as Shares,
      cashShare: 0.03,
      /** Flow–performance: daily flow = AUM · b · R / L, R the funds' return over L trading days;
       *  b is larger after losses (outflows react more: Goldstein, Jiang & Ng 2017). */
      flowOnGain: 0.05,
      flowOnLoss: 0.15,
      lookbackDays: 21,
    },
    /** Foreign official holders (central banks, reserve managers): share of the rest of Treasuries. */
    foreignOfficialShare: 0.45,
  },
};
