// `crowdout calibrate SPEC.json [--out DIR] [--quiet]`: method-of-simulated-moments fit of the
// spec's parameters; prints the fitted values and moment distances and writes them as JSON and CSV.
import { mkdirSync, writeFileSync } from 'node:fs';
import { prepareOutDir } from '../io/outPath';
import { join, basename } from 'node:path';
import { guard, parseFlags } from '../cli/args';
import { UserError } from '../cli/errors';
import { ScenarioError, VERSION } from '../../sim/index';
import { loadCalibrationSpec } from './calibrationSpec';
import { calibrate as fit, candidateScenario, momentName } from './msm';
import { fmt } from './report';

const USAGE = `usage: crowdout calibrate SPEC.json [--out DIR] [--quiet]
  SPEC.json   parameters (dotted paths with min/max), target moments, seeds, search budget
              (see experiments/calibration/*.json)
  --out DIR   where calibration.json and evaluations.csv go (default out/calibrate/<spec name>)`;

export async function calibrate(argv: string[]): Promise<number> {
  return guard('calibrate', async () => {
    const { values: v, positionals } = parseFlags('calibrate', argv, {
      out: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    });
    if (v.help) { process.stdout.write(`${USAGE}\n`); return 0; }
    if (positionals.length !== 1) throw new UserError(`crowdout calibrate: expected one spec file, got ${positionals.length}\n${USAGE}`);
    const file = positionals[0]!;
    const spec = loadCalibrationSpec(file);
    // Check every path and bound against the scenario schema before the long work starts.
    for (const [i, p] of spec.parameters.entries()) {
      for (const x of [p.min, p.max]) {
        try { candidateScenario(spec, { [p.path]: x }); } catch (e) {
          if (e instanceof ScenarioError) throw new UserError(`${file}: parameters[${i}]: ${e.message}`);
          throw e;
        }
      }
    }
    const out = v.out ?? join('out', 'calibrate', spec.name);
    prepareOutDir(out); // a bad --out is refused now, not after the fit
    const t0 = performance.now();
    const log = v.quiet ? undefined : (m: string) => process.stderr.write(`calibrate: ${m}\n`);
    const res = fit(spec, (e) => log?.(`#${e.index} ${e.phase} ${Object.entries(e.values).map(([k, x]) => `${k}=${fmt(x)}`).join(' ')} distance ${fmt(e.distance)}`));
    mkdirSync(out, { recursive: true });
    const names = res.momentNames;
    const momentRows = spec.moments.map((m, i) => {
      const scale = m.scale ?? (m.target !== 0 ? Math.abs(m.target) : 1);
      const model = res.best.moments[i]!;
      return { name: names[i]!, target: m.target, model, scale, weight: m.weight, contribution: m.weight * ((model - m.target) / scale) ** 2, source: m.source ?? '' };
    });
    writeFileSync(join(out, 'calibration.json'), `${JSON.stringify({
      command: ['calibrate', ...argv].join(' '), version: VERSION, spec, fitted: res.best.values, distance: res.best.distance,
      moments: momentRows, evaluations: res.evaluations.length,
    }, null, 2)}\n`);
    const head = ['index', 'phase', ...spec.parameters.map((p) => p.path), ...names, 'distance'];
    const rows = res.evaluations.map((e) => [e.index, e.phase, ...spec.parameters.map((p) => e.values[p.path]!), ...e.moments, e.distance].join(','));
    writeFileSync(join(out, 'evaluations.csv'), `${[head.join(','), ...rows].join('\n')}\n`);
    const lines = [
      `calibrate ${basename(file)}: ${res.evaluations.length} candidates × ${spec.seeds} seeds in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      '', 'fitted parameters:',
      ...spec.parameters.map((p) => `  ${p.path.padEnd(32)} ${fmt(res.best.values[p.path]!).padStart(10)}   [${fmt(p.min)}, ${fmt(p.max)}]`),
      '', `moments (distance ${fmt(res.best.distance)}):`,
      `  ${'moment'.padEnd(32)} ${'target'.padStart(10)} ${'model'.padStart(10)} ${'contribution'.padStart(13)}`,
      ...momentRows.map((m) => `  ${m.name.padEnd(32)} ${fmt(m.target).padStart(10)} ${fmt(m.model).padStart(10)} ${fmt(m.contribution).padStart(13)}`),
      '', `-> ${out}/calibration.json, ${out}/evaluations.csv`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  });
}
