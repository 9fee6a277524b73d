// Identifiers that are part of the public interface (CLI, CSV columns, URL, scenario files).

export const ASSET_IDS = [
  'tbills', 'treasuries', 'ig_credit', 'hy_credit', 'ai_hardware',
  'broad_equity', 'saas', 'crypto', 'speculative',
] as const;
export type AssetId = (typeof ASSET_IDS)[number];
export const N_ASSETS = ASSET_IDS.length;
export const assetIndex = (id: AssetId): number => ASSET_IDS.indexOf(id);

export const CLASS_IDS = [
  'hyperscaler', 'sovereign', 'hedge_fund', 'cta', 'vol_target', 'buyback',
  'central_bank', 'rest_of_market',
] as const;
export type ClassId = (typeof CLASS_IDS)[number];
export const N_CLASSES = CLASS_IDS.length;

/** Hedge-fund strategies (scenario keys hedge_fund.strategies.<id>; columns hf.equity.<id>). */
export const HF_STRATEGIES = ['relative_value', 'long_short_equity', 'macro', 'multi_strategy'] as const;
export type HfStrategy = (typeof HF_STRATEGIES)[number];

/** Why a sale was forced. Every forced order carries one, plus the cascade round. */
export const TRIGGERS = [
  'margin_call', 'redemption', 'vol_target', 'cta_flip', 'capital_call', 'capex_funding',
] as const;
export type Trigger = (typeof TRIGGERS)[number];
export const N_TRIGGERS = TRIGGERS.length;

/** Components of the idle-money pool, each measured from a named balance sheet: the money funds'
 *  ON RRP balance and the banks' reserves above their lowest comfortable level. */
export const IDLE_COMPONENTS = ['rrp', 'excess_reserves'] as const;
export type IdleComponent = (typeof IDLE_COMPONENTS)[number];
