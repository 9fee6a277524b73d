// Defaults of the hedge-fund sector (Model v2 part 3): strategies in their shares of the sector's
// equity, each with its book (weights of the long side), its hedge (the short futures position as a
// share of each long) and its margin terms. Each fund draws its own weights around its strategy's,
// so books overlap without being identical (price-mediated contagion runs through the common
// holdings: Caccioli, Shrestha, Moore & Farmer 2014; Cont & Schaanning 2017). Sources for every value
// are in docs/CALIBRATION.md ("hedge_fund"). Spread into DEFAULTS (defaults.ts).
type Weights = Partial<Record<'treasuries' | 'ig_credit' | 'hy_credit' | 'ai_hardware' | 'broad_equity' | 'saas' | 'crypto' | 'speculative', number>>;

export interface StrategyDefaults {
  /** Share of the sector's equity. */
  share: number;
  /** Preferred gross leverage as a multiple of hedge_fund.leverage.preferred (and the cap as a
   *  multiple of hedge_fund.leverage.max). */
  leverageMultiple: number;
  /** Margin (repo haircut or futures margin) = base + volSlope × the book's annualised volatility. */
  haircut: { base: number; volSlope: number };
  /** Long book, by asset (normalised). */
  weights: Weights;
  /** Short futures as a share of each long (1 = fully hedged). */
  hedge: Weights;
}

export const HEDGE_FUND_DEFAULTS = {
  hedge_fund: {
    count: 40,
    equityUsd: 4.9e12,
    /** The typical fund's gross leverage (strategies scale it by leverageMultiple); band: relative
     *  distance from target leverage within which a fund does not trade to re-lever or trim. */
    leverage: { preferred: 2.6, dispersion: 0.5, max: 8, band: 0.15 },
    /** σ of the log-normal draw that scatters each fund's weights around its strategy's. */
    portfolioDispersion: 0.5,
    strategies: {
      /** Treasury cash–futures basis and fixed-income relative value: long cash bonds on repo, short
       *  futures; 20× and more, repo haircuts that rise with volatility. */
      relative_value: {
        share: 0.02, leverageMultiple: 8, haircut: { base: 0.02, volSlope: 0.15 },
        weights: { treasuries: 0.94, ig_credit: 0.06 },
        hedge: { treasuries: 1, ig_credit: 0.8 },
      } as StrategyDefaults,
      /** Long/short equity: long books half hedged with index futures. */
      long_short_equity: {
        share: 0.36, leverageMultiple: 0.6, haircut: { base: 0.12, volSlope: 0.8 },
        weights: { broad_equity: 0.74, ai_hardware: 0.1, saas: 0.1, speculative: 0.02, crypto: 0.04 },
        hedge: { broad_equity: 0.6, ai_hardware: 0.6, saas: 0.6 },
      } as StrategyDefaults,
      /** Global macro: positions across rates, credit, equities and crypto, mostly offset by futures
       *  (the net is the view). */
      macro: {
        share: 0.2, leverageMultiple: 1.2, haircut: { base: 0.06, volSlope: 0.6 },
        weights: { treasuries: 0.45, ig_credit: 0.08, hy_credit: 0.02, broad_equity: 0.32, ai_hardware: 0.03, saas: 0.03, crypto: 0.07 },
        hedge: { treasuries: 0.85, ig_credit: 0.85, hy_credit: 0.85, broad_equity: 0.85, ai_hardware: 0.85, saas: 0.85 },
      } as StrategyDefaults,
      /** Multi-strategy platforms: many market-neutral books, mostly hedged. */
      multi_strategy: {
        share: 0.42, leverageMultiple: 1.2, haircut: { base: 0.08, volSlope: 0.8 },
        weights: { treasuries: 0.25, ig_credit: 0.1, hy_credit: 0.02, broad_equity: 0.48, ai_hardware: 0.06, saas: 0.06, speculative: 0.01, crypto: 0.02 },
        hedge: { treasuries: 0.95, ig_credit: 0.9, hy_credit: 0.9, broad_equity: 0.9, ai_hardware: 0.9, saas: 0.9 },
      } as StrategyDefaults,
    },
    /** Half-life of the slow part of a bond market's clearing gap, which its futures follow: the
     *  cash–futures basis is the rest (hedgeFundHedges.ts). */
    basisHalfLifeDays: 10,
    /** Largest share of gross assets a fund sells in one day to meet margin. */
    maxDailyDeleverage: 0.05,
    /** Daily share of the gap to target leverage closed when re-levering. */
    relever: 0.05,
    /** Quarterly flow = base + bUp · (4-quarter return)⁺ − bDown · (2-quarter loss)⁻, on NAV per
     *  share (Baquero & Verbeek 2005), paid after noticeDays through a gate. */
    flows: { base: 0.0, bUp: 0.1, bDown: 0.4, noticeDays: 45, gate: 0.1, liquidationDays: 21 },
  },
};
