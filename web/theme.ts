// Colours and human labels for the ids in sim/ids.ts. Okabe–Ito palette (colour-blind safe,
// Okabe & Ito 2008, "Color Universal Design"), plus a grey for a ninth series.
import type { AssetId, ClassId, Trigger, IdleComponent } from '../sim/ids';

export const OKABE_ITO = {
  black: '#000000', orange: '#E69F00', sky: '#56B4E9', green: '#009E73', yellow: '#F0E442',
  blue: '#0072B2', vermillion: '#D55E00', purple: '#CC79A7', grey: '#8c8c8c',
} as const;
const O = OKABE_ITO;

export const ASSET_COLOR: Record<AssetId, string> = {
  tbills: O.grey, treasuries: O.blue, ig_credit: O.sky, hy_credit: O.green, ai_hardware: O.orange,
  broad_equity: O.black, saas: O.purple, crypto: O.vermillion, speculative: '#b8a200',
};
export const ASSET_LABEL: Record<AssetId, string> = {
  tbills: 'T-bills', treasuries: 'Treasuries', ig_credit: 'IG credit', hy_credit: 'HY credit',
  ai_hardware: 'AI hardware', broad_equity: 'Broad equity', saas: 'SaaS', crypto: 'Crypto',
  speculative: 'Speculative',
};

export const CLASS_COLOR: Record<ClassId, string> = {
  hyperscaler: O.orange, sovereign: O.blue, hedge_fund: O.vermillion, cta: O.green,
  vol_target: O.purple, buyback: O.sky, central_bank: O.black, rest_of_market: O.grey,
};
export const CLASS_LABEL: Record<ClassId, string> = {
  hyperscaler: 'Hyperscalers', sovereign: 'Sovereign funds', hedge_fund: 'Hedge funds', cta: 'CTAs',
  vol_target: 'Vol-target funds', buyback: 'Buybacks', central_bank: 'Central bank',
  rest_of_market: 'Rest of market',
};

export const TRIGGER_COLOR: Record<Trigger, string> = {
  margin_call: O.vermillion, redemption: O.purple, vol_target: O.sky, cta_flip: O.green,
  capital_call: O.blue, capex_funding: O.orange,
};
export const TRIGGER_LABEL: Record<Trigger, string> = {
  margin_call: 'Margin call', redemption: 'Redemption', vol_target: 'Vol-target de-risking',
  cta_flip: 'CTA trend flip', capital_call: 'Capital call', capex_funding: 'Capex funding',
};

export const IDLE_COLOR: Record<IdleComponent, string> = {
  rrp: O.sky, excess_reserves: O.blue,
};
export const IDLE_LABEL: Record<IdleComponent, string> = {
  rrp: 'Money funds at the Fed (ON RRP)', excess_reserves: 'Bank reserves above the comfortable floor',
};

/** A readable label for any column name (used by tooltips and the CSV header note). */
export function columnLabel(name: string): string {
  const [head, key, sub] = name.split('.');
  if (key && head === 'price') return `${ASSET_LABEL[key as AssetId] ?? key} price`;
  if (key && head === 'drawdown') return `${ASSET_LABEL[key as AssetId] ?? key} drawdown`;
  if (key && head === 'flow') return `${CLASS_LABEL[key as ClassId] ?? key} net buying`;
  if (key && head === 'forced') return `${TRIGGER_LABEL[key as Trigger] ?? key} forced sales`;
  if (key && head === 'class' && sub) return `${CLASS_LABEL[key as ClassId] ?? key} ${sub}`;
  return name;
}
