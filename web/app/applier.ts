// Applying a new spec to the Explore run (a slider, the scenario, the seed, a file, a link).
// - Rapid changes are coalesced: while one load runs, only the newest request waits; when the load
//   finishes the newest is applied, so the last change is never lost and the run never sticks at day 0.
// - The run catches up to the day it was on when the burst of changes began (or to the end, for links).
// - A spec the worker refuses leaves the current run in place; a run that stops with an error
//   (the model refused to go on) goes back to the last spec that ran, at the same day.
// The caller shows errors and puts the controls back to the loaded run (`onRejected`).
import type { Controller, RunFailure } from './controller';
import type { FieldError, RunSpec } from './types';

export interface ApplyOptions {
  /** Catch up to the day the run was on (sliders); otherwise start at day 0 (scenario, file). */
  keepDay?: boolean;
  /** Compute the whole run (a shared link opens computed). */
  toEnd?: boolean;
  /** Names the source in an error banner ("This link", a file name). */
  context?: string;
}

export interface ApplierHooks {
  /** The worker refused the spec (the loaded run is unchanged). */
  onRejected(err: FieldError, context: string): void;
  /** The run stopped with an error; `restored` is the spec now loaded instead (or null). */
  onFailed(f: RunFailure, restored: RunSpec | null): void;
  /** A spec loaded and caught up without error. */
  onApplied(spec: RunSpec): void;
}

const MAX_HISTORY = 20;

export function createApplier(ctl: Controller, hooks: ApplierHooks) {
  let pending: { spec: RunSpec; opts: ApplyOptions } | null = null;
  let running: Promise<void> | null = null;
  let target = 0;
  let playAfter = false;
  /** Specs that loaded and ran (newest last): where a failing run goes back to. */
  const good: RunSpec[] = [];
  const same = (a: RunSpec, b: RunSpec) => JSON.stringify(a) === JSON.stringify(b);

  async function drain(): Promise<void> {
    while (pending) {
      const { spec, opts } = pending;
      pending = null;
      ctl.setBusy('computing…');
      const err = await ctl.load(spec);
      if (err) { hooks.onRejected(err, opts.context ?? ''); continue; }
      const goal = opts.toEnd ? ctl.store!.meta.days : opts.keepDay ? Math.min(target, ctl.store!.meta.days) : 0;
      const failed = await ctl.catchUp(goal, () => pending !== null);
      if (pending) continue;
      if (failed) { await recover(failed, spec); continue; }
      if (!good.length || !same(good[good.length - 1]!, spec)) { good.push(spec); if (good.length > MAX_HISTORY) good.shift(); }
      hooks.onApplied(spec);
    }
  }

  /** Go back to the newest spec that ran, at the day the failure happened. */
  async function recover(f: RunFailure, failing: RunSpec): Promise<void> {
    while (good.length && same(good[good.length - 1]!, failing)) good.pop();
    const back = good[good.length - 1] ?? null;
    hooks.onFailed(f, back);
    if (!back) return;
    ctl.setBusy('going back…');
    if (!(await ctl.load(back))) await ctl.catchUp(Math.min(f.day, ctl.store!.meta.days), () => pending !== null);
  }

  return {
    /** Queue a spec; resolves when the queue is empty (the newest request has been applied). */
    apply(spec: RunSpec, opts: ApplyOptions = {}): Promise<void> {
      if (!running) {
        // A burst starts: remember where the run was and whether it was playing.
        target = ctl.store?.t ?? 0;
        playAfter = ctl.playing;
        ctl.pause();
      }
      pending = { spec, opts };
      running ??= drain().finally(() => {
        running = null;
        ctl.setBusy(null);
        if (playAfter) ctl.play();
      });
      return running;
    },
    /** A run that failed while playing or stepping (not during a load): go back to the last good spec. */
    failed(f: RunFailure): Promise<void> {
      const failing = ctl.spec;
      if (!failing || running) return running ?? Promise.resolve();
      playAfter = false;
      running = recover(f, failing).then(drain).finally(() => { running = null; ctl.setBusy(null); });
      return running;
    },
    get busy(): boolean { return running !== null; },
    /** A newer request is waiting: the controls already show it, so a load in between must not reset them. */
    get hasPending(): boolean { return pending !== null; },
  };
}
