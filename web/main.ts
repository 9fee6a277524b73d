// Page entry: read the URL, start the model worker, mount the views and controls, load the run.
// The main thread never simulates: it sends specs and step requests to the worker and draws.
import { Controller } from './app/controller';
import { Renderer } from './app/render';
import { DEFAULT_SPEC, compareToSearch, parseSpec, setOverride, specToSearch, type CompareUrl } from './app/url';
import { CLAIMS } from './claims';
import { diffAsOverrides } from './app/exporters';
import type { FieldError, RunSpec } from './app/types';
import { mountPlaybar } from './ui/playbar';
import { mountAssumptions } from './ui/assumptions';
import { mountShare } from './ui/share';
import { mountErrors } from './ui/errors';
import { mountExplore } from './ui/explore';
import { mountCompare } from './ui/comparePanel';
import { mountClaims } from './ui/claimsPanel';
import { mountTabs } from './ui/tabs';
import { download, h } from './ui/dom';
import { perfProbe } from './perf';
import type { Chart } from './charts/frame';

async function main() {
  const errors = mountErrors(document.getElementById('error')!);
  const ctl = new Controller();
  const renderer = new Renderer();
  const scenarios = await ctl.scenarios();
  const side = document.getElementById('side')!;
  const desc = h('p', { id: 'side-desc', class: 'sentence' });
  side.append(h('h2', {}, 'Scenario'), desc);

  const reload = async (spec: RunSpec, keepDay = true): Promise<FieldError | null> => {
    const t = keepDay ? ctl.store?.t ?? 0 : 0;
    const wasPlaying = ctl.playing;
    const err = await ctl.load(spec);
    if (err) return err;
    errors.clear();
    if (t > 0) await ctl.step(Math.min(t, ctl.store!.meta.days));
    if (wasPlaying) ctl.play();
    return null;
  };

  mountPlaybar(document.getElementById('playbar')!, ctl, scenarios, {
    onScenario: (name) => void reload({ scenario: name, overrides: [], seed: ctl.spec?.seed ?? 1 }),
    onSeed: (seed) => void reload({ ...(ctl.spec ?? DEFAULT_SPEC), seed }),
  });
  const assumptions = mountAssumptions(side, (path, value) => {
    const spec = ctl.spec ?? DEFAULT_SPEC;
    void reload({ ...spec, overrides: setOverride(spec.overrides, path, value) });
  });
  const share = mountShare(side, ctl,
    (raw, name) => void ctl.load({ scenario: 'custom', raw, overrides: [], seed: ctl.spec?.seed ?? 1 }).then((e) => { if (e) errors.show(e, name); else errors.clear(); }),
    (msg) => errors.show({ field: 'file', message: msg }, 'Scenario file'));
  // The address bar follows what is on screen: the Explore run, or the open comparison.
  let tabs: ReturnType<typeof mountTabs> | undefined;
  let exploreSearch = '';
  let openComparison: CompareUrl | null = null;
  const syncUrl = () => {
    const t = tabs?.current ?? 'explore';
    const search = t === 'compare' && openComparison ? compareToSearch(openComparison)
      : t === 'explore' ? exploreSearch : `${exploreSearch}${exploreSearch ? '&' : '?'}view=${t}`;
    if (search && search !== location.search) history.replaceState(null, '', search);
  };
  const explore = mountExplore(document.getElementById('view-explore')!, renderer);
  tabs = mountTabs(renderer, () => syncUrl());
  const compare = mountCompare(document.getElementById('view-compare')!, scenarios, renderer, (e, c) => errors.show(e, c),
    (c) => { openComparison = c; syncUrl(); });
  mountClaims(document.getElementById('view-claims')!, (claim) => {
    tabs!.show('compare');
    void compare.run({ a: claim.a, b: claim.b, seeds: 4, claim });
  });

  ctl.on('error', (e) => errors.show(e as FieldError));
  ctl.on('loaded', () => {
    const s = ctl.store!, spec = ctl.spec!;
    // An imported file is shared as the defaults plus its differences (a URL cannot carry a file).
    const urlSpec: RunSpec = spec.scenario === 'custom'
      ? { scenario: 'baseline', overrides: diffAsOverrides(s.meta.diff), seed: spec.seed, ...(spec.days ? { days: spec.days } : {}) }
      : spec;
    exploreSearch = specToSearch(urlSpec);
    syncUrl();
    desc.textContent = s.meta.description;
    assumptions.update(s.meta, spec);
    share.update(urlSpec);
    explore.setStore(s);
    document.body.dataset.ready = 'true';
  });
  ctl.on('progress', () => explore.progress(ctl.store!));

  document.addEventListener('export', (ev) => {
    const { chart, kind } = (ev as CustomEvent<{ chart: Chart; kind: 'PNG' | 'SVG' }>).detail;
    const name = `crowdout-${chart.id}`;
    if (kind === 'SVG') download(`${name}.svg`, chart.toSvg(), 'image/svg+xml');
    else void chart.toPng().then((b) => download(`${name}.png`, b));
  });

  (window as unknown as { __crowdout: unknown }).__crowdout = { perf: perfProbe, ctl, renderer };

  const parsed = parseSpec(location.search);
  if (parsed.error) errors.show(parsed.error, 'This link');
  tabs!.show(parsed.view);
  const err = await ctl.load(parsed.spec);
  if (err) {
    errors.show(err, 'This link');
    await ctl.load({ ...DEFAULT_SPEC, overrides: [] });
  }
  if (parsed.compare) {
    const c = parsed.compare;
    const known = (n: string) => scenarios.some((x) => x.name === n);
    const claim = c.claim ? CLAIMS.find((x) => x.id === c.claim) : undefined;
    const bad = !known(c.a.scenario) ? 'a' : !known(c.b.scenario) ? 'b' : c.claim && !claim ? 'claim' : null;
    if (bad) {
      const value = bad === 'claim' ? c.claim : c[bad].scenario;
      errors.show({ field: bad, message: bad === 'claim' ? `there is no claim "${value}" (C1 to C12)` : `there is no scenario named "${value}"` }, 'This link');
    } else {
      // A claim's labels are kept when the link's sides are the claim's own.
      const same = (x: { scenario: string; overrides: string[] }, y: { scenario: string; overrides: string[] }) =>
        x.scenario === y.scenario && x.overrides.join('\n') === y.overrides.join('\n');
      const side = (k: 'a' | 'b') => ({ ...c[k], label: claim && same(claim[k], c[k]) ? claim[k].label : '' });
      void compare.run({ a: side('a'), b: side('b'), seeds: c.seeds, ...(c.days ? { days: c.days } : {}), ...(claim ? { claim } : {}) });
    }
  }
}

void main();
