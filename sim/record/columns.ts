// Names of the recorded daily columns: part of the interface (CSV headers, web charts, sweeps).
import { ASSET_IDS, CLASS_IDS, HF_STRATEGIES, IDLE_COMPONENTS, TRIGGERS } from '../ids';
import { FOF_KEYS } from './dayRecord';

const RECORDED_CLASSES = CLASS_IDS;

export const COLUMN_NAMES: readonly string[] = [
  ...ASSET_IDS.map((a) => `price.${a}`),
  ...ASSET_IDS.map((a) => `drawdown.${a}`),
  ...ASSET_IDS.map((a) => `volume.${a}`),
  ...ASSET_IDS.map((a) => `vol.${a}`),
  'idle.total', ...IDLE_COMPONENTS.map((c) => `idle.${c}`),
  'demand.daily', 'demand.cumulative', 'funding.residual',
  'plumbing.soma', 'plumbing.reserves', 'plumbing.rrp', 'plumbing.tga', 'plumbing.currency', 'plumbing.fedOther',
  'plumbing.fedCapital', 'plumbing.srf', 'plumbing.reserveFloor', 'plumbing.transactionsDemand', 'plumbing.repoGap',
  'mmf.rrp', 'mmf.bills', 'mmf.repo', 'mmf.nav', 'foreign.deposits',
  'rate.sofr', 'rate.iorb', 'rate.rrp', 'rate.bill3m',
  'rate.policy', 'rate.expectedPolicy', 'rate.costOfCapital', 'rate.treasury10y', 'rate.fundingSpread', 'rate.termPremium',
  'spread.ig_credit', 'spread.hy_credit', 'yield.ig_credit', 'yield.hy_credit',
  ...RECORDED_CLASSES.map((c) => `flow.${c}`),
  ...RECORDED_CLASSES.flatMap((c) => ASSET_IDS.filter((a) => a !== 'tbills').map((a) => `flow.${c}.${a}`)),
  ...TRIGGERS.map((t) => `forced.${t}`),
  'cascade.rounds',
  'capex.planned', 'capex.spent', 'capex.cumulative', 'calls.paid',
  ...FOF_KEYS.map((k) => `fof.${k}`),
  ...RECORDED_CLASSES.map((c) => `fof.sales.${c}`),
  ...RECORDED_CLASSES.flatMap((c) => [`class.${c}.cash`, `class.${c}.exposure`, `class.${c}.leverage`]),
  'buyback.openShare', 'hedge_fund.equity', 'cb.assets',
  'hf.equity', 'hf.gross', 'hf.redemptions', ...HF_STRATEGIES.map((h) => `hf.equity.${h}`), 'dealer.inventory', 'dealer.capacityUsed',
  'accounting.imbalance',
];

export const COLUMN_INDEX: ReadonlyMap<string, number> = new Map(COLUMN_NAMES.map((n, i) => [n, i]));
