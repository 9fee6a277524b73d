// Workers started from the TypeScript sources load one bundled JavaScript file instead of running
// tsx in every thread: measured on the 2-core development machine under load, a worker imported
// the engine and the runner in 0.3–0.6 s from the bundle against 1.2–2.5 s through tsx, and that
// start-up is most of a short sweep's time outside runs (docs/PERFORMANCE.md, "Sweeps").
//  - The bundle (esbuild, the same build tool tsx and Vite use) is cached in
//    node_modules/.cache/crowdout/ with the size and modification time of every source it was
//    built from; it is rebuilt only when one of them changes (about 1 s, once).
//  - Nothing else changes: the bundle is the same modules, so a run's numbers are the same (the
//    pool tests compare records against in-process runs).
//  - If the bundle cannot be built (esbuild missing, a read-only cache), the pool falls back to
//    tsx in each worker, as before: slower to start, the same results. The reason is kept in
//    `bundleFallbackReason` (the tests check that the bundle was used).
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Where the bundle lives; CROWDOUT_CACHE_DIR overrides it (tests use a temporary directory). */
const cacheDir = (): string => process.env.CROWDOUT_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'crowdout');
// Bumped when the build options change, so an old bundle is not reused.
const FORMAT = 1;

interface Meta { format: number; root: string; node: string; esbuild: string; inputs: Record<string, [number, number]> }

function stamp(path: string): [number, number] {
  const s = statSync(path);
  return [s.mtimeMs, s.size];
}

/** The cached bundle is current: same checkout, build format, Node and esbuild, and no input changed
 *  (a cache directory shared by two checkouts never hands one the other's engine). */
export function bundleIsFresh(dir = cacheDir(), esbuildVersion?: string): boolean {
  try {
    const meta = JSON.parse(readFileSync(join(dir, 'worker.json'), 'utf8')) as Meta;
    if (meta.format !== FORMAT || meta.root !== root || meta.node !== process.version) return false;
    if (esbuildVersion !== undefined && meta.esbuild !== esbuildVersion) return false;
    statSync(join(dir, 'worker.mjs'));
    for (const [path, [mtime, size]] of Object.entries(meta.inputs)) {
      const [m, s] = stamp(path);
      if (m !== mtime || s !== size) return false;
    }
    return true;
  } catch {
    return false;
  }
}

interface Esbuild {
  version: string;
  buildSync(o: Record<string, unknown>): { outputFiles: Array<{ text: string }>; metafile: { inputs: Record<string, unknown> } };
}

function build(dir: string, esbuild: Esbuild): void {
  const started = Date.now();
  const r = esbuild.buildSync({
    entryPoints: [entry], absWorkingDir: root, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    write: false, metafile: true, logLevel: 'silent',
    // CommonJS dependencies (seedrandom) call require(): give the ES module one.
    banner: { js: "import { createRequire as __crowdoutRequire } from 'node:module'; const require = __crowdoutRequire(import.meta.url);" },
  });
  const inputs: Meta['inputs'] = {};
  for (const rel of Object.keys(r.metafile.inputs)) {
    const path = join(root, rel);
    inputs[path] = stamp(path);
    // A source saved while the bundle was built: keep the bundle for this sweep, not for the next.
    if (inputs[path][0] > started) inputs[path] = [-1, -1];
  }
  mkdirSync(dir, { recursive: true });
  // Written under temporary names and renamed, so two sweeps starting at once never read half a file.
  const tmp = `.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(dir, `worker.mjs${tmp}`), r.outputFiles[0]!.text);
  renameSync(join(dir, `worker.mjs${tmp}`), join(dir, 'worker.mjs'));
  const meta: Meta = { format: FORMAT, root, node: process.version, esbuild: esbuild.version, inputs };
  writeFileSync(join(dir, `worker.json${tmp}`), `${JSON.stringify(meta)}\n`);
  renameSync(join(dir, `worker.json${tmp}`), join(dir, 'worker.json'));
}

/** Why the last call fell back to tsx, if it did. */
export let bundleFallbackReason: string | null = null;

/** The worker bundle's URL, built or refreshed if needed; null (use tsx) if it cannot be built. */
export function workerBundle(): URL | null {
  const dir = cacheDir();
  try {
    const esbuild = createRequire(import.meta.url)('esbuild') as Esbuild;
    if (!bundleIsFresh(dir, esbuild.version)) build(dir, esbuild);
    bundleFallbackReason = null;
    return pathToFileURL(join(dir, 'worker.mjs'));
  } catch (e) {
    bundleFallbackReason = (e as Error).message.split('\n')[0] ?? String(e);
    return null;
  }
}
