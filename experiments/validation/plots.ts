// The report's figures, from the first seed's runs: ACF of r and |r|, the return distribution
// against a normal, and the episode paths. Returns file name -> SVG text.
import { acf, drawdownSeries, mean, stdev } from '../../sim/stats';
import { chart, histogramDensity, type Series } from './svg';
import { col, window, type RunSeries } from './episodes';

const lags = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

export function factPlots(returns: Record<string, Float64Array>): Record<string, string> {
  const names = Object.keys(returns);
  const n = Math.min(...names.map((a) => returns[a]!.length));
  const band = 1.96 / Math.sqrt(n);
  const acfR: Series[] = names.map((a) => ({ name: a, x: lags(30), y: Array.from(acf(returns[a]!, 30).subarray(1)) }));
  const absAcf: Series[] = names.map((a) => {
    const abs = returns[a]!.map(Math.abs);
    return { name: a, x: lags(100), y: Array.from(acf(abs, 100).subarray(1)) };
  });
  const hist: Series[] = names.map((a) => {
    const r = returns[a]!, m = mean(r), s = stdev(r);
    const z = r.map((v) => (v - m) / s);
    const h = histogramDensity(z, 48, -8, 8);
    return { name: a, x: h.mid, y: h.density, kind: 'step' as const };
  });
  const gx = Array.from({ length: 161 }, (_, i) => -8 + i * 0.1);
  hist.push({ name: 'normal', x: gx, y: gx.map((x) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI)), color: '#000', dashed: true });
  return {
    'acf-returns.svg': chart(acfR, {
      title: 'ACF of daily returns (long baseline run)', xLabel: 'lag (days)', yLabel: 'ρ(τ)',
      hlines: [{ y: band }, { y: -band }, { y: 0, dashed: false, color: '#333' }], yDomain: [-0.15, 0.15],
    }),
    'acf-abs-returns.svg': chart(absAcf, {
      title: 'ACF of |r|: volatility clustering', xLabel: 'lag (days)', yLabel: 'ρ|r|(τ)', hlines: [{ y: band }, { y: 0, dashed: false, color: '#333' }],
    }),
    'return-histogram.svg': chart(hist, {
      title: 'Standardized daily returns vs normal (log density)', xLabel: 'return / sd', yLabel: 'density', logY: true, yDomain: [1e-5, 1],
    }),
  };
}

/** Tick label of a day index: year-month on long windows, the full date on windows under ~9 months. */
const dayIndexFormat = (dates: readonly string[], from = 0, to = dates.length) => (v: number): string =>
  dates[Math.round(v)]?.slice(0, to - from < 190 ? 10 : 7) ?? '';

export function episodePlots(rateShock: RunSeries, dash: RunSeries): Record<string, string> {
  const idx = (d: RunSeries) => d.dates.map((_, i) => i);
  const ddAssets = ['crypto', 'speculative', 'saas', 'broad_equity'];
  const dd: Series[] = ddAssets.map((a) => ({ name: a, x: idx(rateShock), y: Array.from(drawdownSeries(col(rateShock, `price.${a}`))).map((v) => -v) }));
  const norm = (d: RunSeries, a: string): number[] => {
    const p = col(d, `price.${a}`);
    return Array.from(p, (v) => (100 * v) / p[0]!);
  };
  const [a, b] = window(dash, '2020-02-01', '2020-05-29');
  const sl = (y: number[]) => y.slice(a, b);
  const xs = idx(dash).slice(a, b);
  const y10 = Array.from(col(dash, 'rate.treasury10y')).map((v) => 100 * v);
  return {
    'rate-shock-2022-drawdowns.svg': chart(dd, {
      title: 'rate-shock-2022: drawdown from running peak', yLabel: 'drawdown', xTickFormat: dayIndexFormat(rateShock.dates),
    }),
    'dash-for-cash-2020-prices.svg': chart([
      { name: 'broad_equity', x: xs, y: sl(norm(dash, 'broad_equity')) },
      { name: 'treasuries', x: xs, y: sl(norm(dash, 'treasuries')) },
    ], { title: 'dash-for-cash-2020: prices (start = 100)', yLabel: 'index', xTickFormat: dayIndexFormat(dash.dates, a, b) }),
    'dash-for-cash-2020-y10.svg': chart([{ name: '10y yield (%)', x: xs, y: sl(y10) }], {
      title: 'dash-for-cash-2020: 10y Treasury yield', yLabel: '%', xTickFormat: dayIndexFormat(dash.dates, a, b),
    }),
  };
}
