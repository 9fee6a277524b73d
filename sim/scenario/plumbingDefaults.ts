// Defaults of the money plumbing (Model v2 part 1): the macro paths the policy rule reads, the
// Fed/bank/money-fund balance sheets at the start, the Treasury's TGA target and the foreign
// sector. Sources for every value are in docs/CALIBRATION.md ("plumbing, money_funds, treasury,
// foreign") and the published series in docs/HISTORY.md. Spread into DEFAULTS (defaults.ts).
export const PLUMBING_DEFAULTS = {
  macro: {
    /** Inflation the policy rule reads: core PCE prices, 12-month change (BEA via FRED PCEPILFE;
     *  recalled, verify), linear between points and flat after the last. */
    inflationPath: [['2024-01-02', 0.029], ['2024-12-31', 0.028], ['2025-12-31', 0.028]] as Array<[string, number]>,
    /** Output gap (CBO potential GDP; ≈ 0 in 2024–25), linear. */
    outputGapPath: [['2024-01-02', 0.0]] as Array<[string, number]>,
  },

  plumbing: {
    /** Bank reserve balances at the start (FRED WRESBAL: $3,446.5B on 2023-12-27, $3,498.7B on 2024-01-10). */
    reservesUsd: 3.45e12,
    /** Treasury General Account at the start (Daily Treasury Statement closing balance 2024-01-02: $766.3B). */
    tgaUsd: 0.766e12,
    /** Currency in circulation at the start (Fed H.4.1). */
    currencyUsd: 2.33e12,
    /** Growth of currency demand, per year (currency grew ≈ 2–3% a year in 2023–25). */
    currencyGrowthAnnual: 0.025,
    /** Lowest comfortable level of reserves at the start; it grows with nominal spending (≈ $3.0T by
     *  late 2025, when SOFR first printed above IORB with reserves near $2.85–3.0T). */
    reserveFloorUsd: 2.75e12,
    /** Reserve-demand curve: SOFR − IORB = −ampleDiscount + steepness·exp(−(R_eff − floor)/scale). */
    ampleDiscount: 0.001,
    steepness: 0.001,
    scaleUsd: 0.2e12,
    /** Administered rates relative to the policy rate (effective fed funds): IORB and ON RRP. */
    iorbOverPolicy: 0.0007,
    rrpUnderPolicy: 0.0003,
    /** SOFR above the ON RRP rate while money funds still park cash at the facility. */
    sofrOverRrp: 0.0001,
    /** Standing repo facility rate above IORB: dealers borrow from the Fed above it (caps SOFR). */
    srfOverIorb: 0.001,
    /** Interest paid on deposits as a share of the policy rate (deposit beta). */
    depositBeta: 0.3,
    /** Margin loans pay SOFR plus this spread (repo-financed positions near SOFR, equity margin higher). */
    marginSpread: 0.003,
    /** Average coupon on outstanding Treasury notes and bonds. */
    couponRate: 0.03,
  },

  money_funds: {
    /** Money funds' repo lending to dealers at the start (OFR money-market-fund monitor). */
    repoUsd: 1.3e12,
    /** Bill–RRP spread when the funds' bill share is at its starting level. */
    billSpread0: 0.0008,
    /** Rise of the bill–RRP spread per unit rise of the funds' bill share (bill supply vs their demand). */
    billSpreadSlope: 0.01,
    /** Share of each day's new bills the funds take at the starting spread … */
    billTake0: 0.6,
    /** … and its rise per unit of bill–RRP spread above the starting spread (relative yield). */
    billTakeSlope: 200,
    /** Daily share of the gap to repo demand the funds close. Repo demand is their starting repo
     *  scaled by hedge funds' Treasury positions; the part the funds do not lend is met by banks' reserves. */
    repoSpeed: 0.1,
    /** Daily share of households' spare deposits moved into money funds while the funds pay more
     *  than deposits (money-fund assets grew ≈ $0.9T in 2024, ICI). */
    inflowShare: 0.0007,
  },

  treasury: {
    /** TGA target, [date, USD] linear: the 2025 debt-limit drawdown and rebuild (Daily Treasury Statement). */
    tgaTargetPath: [['2024-01-02', 0.766e12], ['2025-01-15', 0.75e12], ['2025-06-30', 0.33e12], ['2025-07-10', 0.35e12],
      ['2025-10-01', 0.85e12]] as Array<[string, number]>,
    /** Trading days over which issuance closes the gap between the TGA and its target. */
    tgaAdjustDays: 10,
  },

  foreign: {
    /** Foreign holders' dollar deposits at the start, USD. */
    depositsUsd: 0.5e12,
    /** How the foreign sector recycles dollars above its deposits: into new Treasury paper and
     *  US equities by shares (the rest stays as deposits). */
    treasuryShare: 0.5,
    /** Off by default: the foreign sector is not yet one of the recorded classes, so its equity fills
     *  would not appear in the flow.<class> columns (Model v2 part 2 adds explicit holders). */
    equityShare: 0,
    /** Largest share of its spare dollars recycled in one day. */
    recycleSpeed: 0.05,
    /** Foreign official holders sell Treasuries for dollars in a global dash for cash (March 2020:
     *  TIC shows foreign official holdings falling by roughly $0.2–0.3T in the month): a share of
     *  their holdings a day, rising from 0 at broad-equity volatility volThreshold to maxDailyShare
     *  at volFull (annualised); while they sell they recycle nothing into Treasuries. */
    officialSales: { volThreshold: 0.2, volFull: 0.35, maxDailyShare: 0.004 },
  },
};
