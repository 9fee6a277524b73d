// `npx tsx experiments/bench/fingerprint.ts`: one SHA-256 over every column, event and summary of
// 16 runs (eight scenarios, seeds 1 and 7). An optimisation that claims to leave results
// bit-identical must leave this line unchanged (docs/PERFORMANCE.md, "What changed").
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadScenario, parseScenarioText, runToEnd } from '../../sim/index';

const NAMES = ['baseline', 'dash-for-cash-2020', 'rate-shock-2022', 'high-leverage', 'thin-markets', 'carry-unwind-2024', 'qe-backstop', 'stablecoin-routed'];
// Episode scenarios are files, not embedded names.
const load = (name: string) => {
  try { return loadScenario(name); } catch { return parseScenarioText(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')); }
};
const h = createHash('sha256');
for (const name of NAMES) for (const seed of [1, 7]) {
  const { summary, data } = runToEnd(load(name), seed);
  for (const [k, v] of Object.entries(data.columns)) { h.update(k); h.update(Buffer.from(v.buffer, v.byteOffset, v.byteLength)); }
  h.update(JSON.stringify(data.events)); h.update(JSON.stringify(summary));
}
process.stdout.write(`${h.digest('hex').slice(0, 16)}  (${NAMES.length} scenarios × seeds 1, 7)\n`);
