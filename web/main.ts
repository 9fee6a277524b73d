// Page entry: read the URL, start the model worker, mount the views and controls, load the run.
// The main thread never simulates: it sends specs and step requests to the worker and draws.
import { Controller, type RunFailure } from './app/controller';
import { createApplier } from './app/applier';
import { Renderer } from './app/render';
import { DEFAULT_SPEC, compareToSearch, parseSpec, setOverride, specToSearch, type CompareUrl } from './app/url';
import { CLAIMS } from './claims';
import { diffAsOverrides, fileBase } from './app/exporters';
import type { FieldError, RunSpec } from './app/types';
import { mountPlaybar } from './ui/playbar';
import { mountAssumptions } from './ui/assumptions';
import { mountShare } from './ui/share';
import { mountErrors } from './ui/errors';
import { mountExplore } from './ui/explore';
import { mountCompare } from './ui/comparePanel';
import { mountClaims } from './ui/claimsPanel';
import { mountSweep } from './ui/sweepPanel';
import { parseSweep } from './app/sweep';
import { mountTabs } from './ui/tabs';
import { mountGlossary } from './ui/glossary';
import { download, h } from './ui/dom';
import { perfProbe } from './perf';
import { exportInfo, type Chart } from './charts/frame';

async function main() {
  // The link as opened (the address bar is rewritten as soon as a run loads).
  const opened = location.search;
  const errors = mountErrors(document.getElementById('error')!);
  mountGlossary(document.querySelector<HTMLElement>('.brand')!);
  const ctl = new Controller();
  const renderer = new Renderer();
  const scenarios = await ctl.scenarios();
  const side = document.getElementById('side')!;
  const desc = h('p', { id: 'side-desc', class: 'sentence' });
  side.append(h('h2', {}, 'Scenario'), desc);

  const assumptions = mountAssumptions(side, (path, value) => {
    const spec = ctl.spec ?? DEFAULT_SPEC;
    void applier.apply({ ...spec, overrides: setOverride(spec.overrides, path, value) }, { keepDay: true });
  });
  const showLoaded = () => { if (ctl.store && ctl.spec) { assumptions.update(ctl.store.meta, ctl.spec); playbar.sync(); } };
  let lastRejected: { err: FieldError; context: string } | null = null;
  const applier = createApplier(ctl, {
    onRejected: (err, context) => { lastRejected = { err, context }; errors.show(err, context || undefined); showLoaded(); },
    onFailed: (f, restored) => {
      errors.show({ field: '(run)', message: restored ? `${f.message}. Back to the last settings that ran.` : f.message },
        restored ? 'The run stopped' : 'The run stopped; change a setting');
    },
    onApplied: () => errors.clear(),
  });
  ctl.on('failed', (f) => void applier.failed(f as RunFailure));
  const playbar = mountPlaybar(document.getElementById('playbar')!, ctl, scenarios, {
    onScenario: (name) => void applier.apply({ scenario: name, overrides: [], seed: ctl.spec?.seed ?? 1 }),
    onSeed: (seed) => void applier.apply({ ...(ctl.spec ?? DEFAULT_SPEC), seed }, { keepDay: true }),
  });
  const share = mountShare(side, ctl,
    (raw, name) => void applier.apply({ scenario: 'custom', raw, overrides: [], seed: ctl.spec?.seed ?? 1 }, { context: name }),
    (msg) => errors.show({ field: 'file', message: msg }, 'Scenario file'), (text) => errors.notice(text));
  // The address bar follows what is on screen: the Explore run, or the open comparison.
  let tabs: ReturnType<typeof mountTabs> | undefined;
  let sweep: ReturnType<typeof mountSweep> | undefined;
  let exploreSearch = '';
  let openComparison: CompareUrl | null = null;
  const syncUrl = () => {
    const t = tabs?.current ?? 'explore';
    const search = t === 'compare' && openComparison ? compareToSearch(openComparison)
      : t === 'sweep' && sweep?.search ? sweep.search
      : t === 'explore' ? exploreSearch : `${exploreSearch}${exploreSearch ? '&' : '?'}view=${t}`;
    if (search && search !== location.search) history.replaceState(null, '', search);
  };
  const explore = mountExplore(document.getElementById('view-explore')!, renderer);
  tabs = mountTabs(renderer, () => syncUrl());
  const compare = mountCompare(document.getElementById('view-compare')!, scenarios, renderer, (e, c) => errors.show(e, c),
    (c) => { openComparison = c; syncUrl(); }, () => errors.clear());
  sweep = mountSweep(document.getElementById('view-sweep')!, scenarios, renderer, (e, c) => errors.show(e, c), () => errors.clear(), () => syncUrl());
  mountClaims(document.getElementById('view-claims')!, (claim) => {
    tabs!.show('compare');
    void compare.run({ a: claim.a, b: claim.b, seeds: 4, claim });
  });

  ctl.on('loaded', () => {
    const s = ctl.store!, spec = ctl.spec!;
    // An imported file is shared as the defaults plus its differences (a URL cannot carry a file).
    const urlSpec: RunSpec = spec.scenario === 'custom'
      ? { scenario: 'baseline', overrides: diffAsOverrides(s.meta.diff), seed: spec.seed, ...(spec.days ? { days: spec.days } : {}) }
      : spec;
    exploreSearch = specToSearch(urlSpec);
    syncUrl();
    desc.textContent = s.meta.description;
    // While newer changes wait (keys still being pressed), the sliders keep what the user set.
    if (!applier.hasPending) assumptions.update(s.meta, spec);
    share.update(urlSpec);
    explore.setStore(s);
    document.body.dataset.ready = 'true';
  });
  ctl.on('progress', () => explore.progress(ctl.store!, ctl.playing));
  // A pause shows the full list of cascades at once (while playing it is refreshed once a second).
  ctl.on('state', () => { if (ctl.store) explore.progress(ctl.store); });

  exportInfo.get = (chart) => {
    const version = ctl.store?.meta.version ?? '';
    if (chart.el.closest('#view-compare')) return { run: compare.shown, version };
    if (chart.el.closest('#view-sweep')) return { run: sweep?.search ? `sweep ${decodeURIComponent(sweep.search)}` : '', version };
    const sp = ctl.spec, s = ctl.store;
    if (!sp || !s) return null;
    const name = sp.scenario === 'custom' ? `custom file (${s.meta.name})` : sp.scenario;
    return { run: `scenario ${name} · seed ${sp.seed}${sp.overrides.length ? ` · set ${sp.overrides.join(' ')}` : ''} · day ${s.t} of ${s.meta.days}`, version };
  };
  document.addEventListener('export', (ev) => {
    const { chart, kind } = (ev as CustomEvent<{ chart: Chart; kind: 'PNG' | 'SVG' }>).detail;
    // An Explore chart at day 0 has nothing to show: say so rather than write an empty picture.
    if (chart.el.closest('#view-explore') && (ctl.store?.length ?? 0) === 0) {
      errors.notice(`Nothing to export yet: the run is at day 0. Press play (or →) first, then export ${kind}.`);
      return;
    }
    // A comparison or sweep chart before its first run has nothing either.
    if (!chart.toSvg()) { errors.notice(`Nothing to export yet: run the ${chart.el.closest('#view-sweep') ? 'sweep' : 'comparison'} first, then export ${kind}.`); return; }
    const explore = chart.el.closest('#view-explore') && ctl.spec;
    const name = explore ? `${fileBase(ctl.spec!)}-${chart.id}`
      : chart.el.closest('#view-compare') ? `crowdout-compare-${compare.fileTag}-${chart.id}`
        : `crowdout-sweep-${new URLSearchParams(sweep?.search ?? '').getAll('p').map((p) => p.split(':')[0]!.split('.').pop()).join('-')}-seed${new URLSearchParams(sweep?.search ?? '').get('sseed') ?? ''}`;
    if (kind === 'SVG') download(`${name}.svg`, chart.toSvg(), 'image/svg+xml');
    else chart.toPng().then((b) => download(`${name}.png`, b), (e: Error) => errors.notice(`The PNG could not be made (${e.message}); try SVG.`));
  });

  (window as unknown as { __crowdout: unknown }).__crowdout = { perf: perfProbe, ctl, renderer, applier };

  const parsed = parseSpec(opened);
  tabs!.show(parsed.view);
  // A link to a run opens computed (to its end), not at an empty day 0; the bare page is ready to play.
  const isLink = /[?&](scenario|seed|set)=/.test(opened) || (!parsed.compare && /[?&]days=/.test(opened));
  await applier.apply(parsed.spec, { toEnd: isLink, context: 'This link' });
  if (!ctl.store) {
    // The link was refused: fall back to the baseline and keep the message about the link.
    const refused = lastRejected as { err: FieldError; context: string } | null;
    await applier.apply({ ...DEFAULT_SPEC, overrides: [] });
    if (refused) errors.show(refused.err, refused.context);
  }
  if (parsed.error) errors.show(parsed.error, 'This link');
  const sw = parseSweep(opened);
  if (sw?.error) errors.show(sw.error, 'This link');
  else if (sw?.form) void sweep!.open(sw.form);
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
