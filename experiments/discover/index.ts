// `discover`: scenario discovery over a finished sweep. The runs where `--where` holds are the
// cases; PRIM finds boxes of parameter values where they concentrate. Runs that failed or have no
// value for the metric are left out (and counted in the notes).
import { UserError } from '../cli/errors';
import { openSweepDir, readSweepJournal } from '../io/sweepDir';
import type { Column } from '../io/tables';
import { chart, type Series } from '../validation/svg';
import { discover as prim, type Box, type Limit, type Value } from './prim';
import { holds, parseWhere, type Where } from './where';

export interface DiscoverOptions { where: string; metric?: string; threshold?: number; alpha?: number; massMin?: number; boxes?: number }
export interface DiscoverResult {
  where: Where; runs: number; cases: number; notes: string[];
  parameters: string[]; boxes: Box[]; trajectories: Box[][];
  /** The peeling trajectories as a table (box, step, coverage, density, mass, n, restricted). */
  table: Column[];
}

const num = (v: unknown): number => (typeof v === 'number' ? v : v === 'Inf' ? Infinity : v === '-Inf' ? -Infinity : Number.NaN);

export function discoverSweep(dir: string, o: DiscoverOptions): DiscoverResult {
  const where = parseWhere(o.where);
  if (o.metric !== undefined && o.metric !== where.metric) throw new UserError(`--where names ${where.metric} but --metric is ${o.metric}; they must agree`);
  // The directory is checked as analyze checks it: manifest, spec hash, run cap, every journal record.
  const sd = openSweepDir(dir);
  const { manifest, plan } = sd;
  if (!manifest.metricColumns.includes(where.metric)) throw new UserError(`--where: ${where.metric} is not a metric of this sweep; it kept ${manifest.metricColumns.join(', ')}`);
  const names = plan.paramColumns;
  if (names.length === 0) throw new UserError(`${dir}: the sweep varies no parameter; nothing to discover`);
  const recs = [...readSweepJournal(sd).records.values()].sort((a, b) => a.run - b.run);
  const X: Value[][] = [], y: boolean[] = [];
  let failed = 0, missing = 0;
  for (const r of recs) {
    if (r.status !== 'ok') { failed++; continue; }
    const v = num(r.metrics?.[where.metric]);
    if (Number.isNaN(v)) { missing++; continue; }
    X.push(names.map((c) => { const x = r.set[c]; return typeof x === 'number' ? x : String(x); }));
    y.push(holds(where, v));
  }
  const notes: string[] = [];
  if (failed) notes.push(`${failed} failed runs left out`);
  if (missing) notes.push(`${missing} runs without a value for ${where.metric} left out`);
  const cases = y.filter(Boolean).length;
  if (X.length === 0) throw new UserError(`no run has a value for ${where.metric}`);
  if (cases === 0) throw new UserError(`no run satisfies "${where.text}" (of ${X.length}); nothing to discover`);
  const threshold = o.threshold ?? 0.8;
  const { boxes, trajectories } = prim({ names, X, y }, o.boxes ?? 1, threshold, { alpha: o.alpha, massMin: o.massMin });
  const t = { box: [] as number[], step: [] as number[], coverage: [] as number[], density: [] as number[], mass: [] as number[], n: [] as number[], restricted: [] as string[] };
  trajectories.forEach((traj, b) => traj.forEach((s, i) => {
    t.box.push(b + 1); t.step.push(i); t.coverage.push(s.coverage); t.density.push(s.density); t.mass.push(s.mass); t.n.push(s.n); t.restricted.push(s.restricted.join(' '));
  }));
  const table: Column[] = Object.entries(t).map(([name, values]) => ({ name, kind: name === 'restricted' ? 'STRING' : ['box', 'step', 'n'].includes(name) ? 'INT64' : 'DOUBLE', values }));
  return { where, runs: X.length, cases, notes, parameters: names, boxes, trajectories, table };
}

const fmtV = (v: Value): string => (typeof v === 'number' ? (Number.isInteger(v) || Math.abs(v) >= 1e4 || Math.abs(v) < 1e-3 ? String(Number(v.toPrecision(6))) : v.toPrecision(4)) : v);
const limitText = (l: Limit): string => (l.kind === 'range' ? `[${fmtV(l.lo)}, ${fmtV(l.hi)}]` : `{${l.keep.map(fmtV).join(', ')}}`);

/** The boxes as text: coverage, density, mass and each restricted parameter against its full range. */
export function formatBoxes(r: DiscoverResult): string {
  const lines = [`${r.cases} of ${r.runs} runs (${((100 * r.cases) / r.runs).toFixed(1)}%) satisfy ${r.where.text}`];
  r.boxes.forEach((b, i) => {
    const full = r.trajectories[i]![0]!.limits;
    lines.push('', `box ${i + 1}: coverage ${b.coverage.toFixed(3)}, density ${b.density.toFixed(3)}, mass ${b.mass.toFixed(3)} (${b.n} runs, ${b.cases} cases)`);
    if (b.restricted.length === 0) lines.push('  no parameter restricted: the cases are spread over the whole space');
    const w = Math.max(...r.parameters.map((p) => p.length));
    r.parameters.forEach((p, j) => {
      if (b.restricted.includes(p)) lines.push(`  ${p.padEnd(w)}  ${limitText(b.limits[j]!)}  (of ${limitText(full[j]!)})`);
    });
  });
  return lines.join('\n');
}

/** The peeling trajectory of the first box: density against coverage, one dot per step labelled with the number of restricted parameters. */
export function trajectorySvg(r: DiscoverResult): string {
  const traj = r.trajectories[0]!;
  const chosen = r.boxes[0]!;
  const at = traj.findIndex((b) => b.n === chosen.n && b.density === chosen.density);
  const series: Series[] = [
    { name: 'peeling trajectory', x: traj.map((b) => b.coverage), y: traj.map((b) => b.density), color: '#bbb' },
    { name: 'step (label: # restricted)', color: '#1f77b4', x: traj.map((b) => b.coverage), y: traj.map((b) => b.density), kind: 'points',
      labels: traj.map((b, i) => (i % Math.max(1, Math.ceil(traj.length / 15)) === 0 || i === at ? String(b.restricted.length) : '')) },
    { name: 'chosen box', x: [chosen.coverage], y: [chosen.density], kind: 'points', color: '#d62728' },
  ];
  return chart(series, { title: `PRIM peeling trajectory: ${r.where.text}`, xLabel: 'coverage (share of all cases in the box)', yLabel: 'density (share of the box that are cases)', yDomain: [0, 1.1] });
}
