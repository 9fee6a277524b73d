import { describe, expect, it } from 'vitest';
import { DEFAULTS, SCENARIOS, ScenarioError, diffFromDefaults, loadScenario, parseScenario, parseScenarioText, scenarioSchema } from '../../sim/index';

/** The ScenarioError thrown by `f`, so a test can check the field it names. */
function scenarioError(f: () => unknown): ScenarioError {
  try { f(); } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return e as ScenarioError;
  }
  throw new Error('expected a ScenarioError, got none');
}

describe('scenario loading', () => {
  it('the defaults are a valid scenario', () => {
    expect(scenarioSchema.safeParse(DEFAULTS).success).toBe(true);
    expect(parseScenario({})).toEqual(JSON.parse(JSON.stringify(DEFAULTS)));
  });

  it('merges a partial file over the defaults key by key', () => {
    const s = parseScenario({ name: 'x', pool: { rrpUsd: 1e11 }, hedge_fund: { leverage: { max: 12 } } });
    expect(s.name).toBe('x');
    expect(s.pool.rrpUsd).toBe(1e11);
    expect(s.pool.householdIdleUsd).toBe(DEFAULTS.pool.householdIdleUsd);
    expect(s.hedge_fund.leverage).toEqual({ ...DEFAULTS.hedge_fund.leverage, max: 12 });
    expect(s.cta).toEqual(DEFAULTS.cta);
    expect(diffFromDefaults(s)).toEqual({ name: 'x', 'pool.rrpUsd': 1e11, 'hedge_fund.leverage.max': 12 });
  });

  it('replaces arrays rather than merging them', () => {
    const s = parseScenario({ cta: { lookbacks: [30] } });
    expect(s.cta.lookbacks).toEqual([30]);
  });

  it('does not mutate the defaults', () => {
    const before = JSON.stringify(DEFAULTS);
    parseScenario({ pool: { rrpUsd: 1 }, cta: { lookbacks: [9] } }, ['hyperscaler.capexPath.0.1=1', 'cta.count=3']);
    expect(JSON.stringify(DEFAULTS)).toBe(before);
  });

  it('applies --set overrides by dotted path: numbers, booleans, strings, arrays', () => {
    const s = loadScenario('baseline', [
      'hedge_fund.leverage.max=6', 'hyperscaler.hurdle.enabled=false', 'central_bank.stance=tightening',
      'cta.lookbacks=[10,40]', 'sovereign.peckingOrder=["saas","hedge_funds"]',
    ]);
    expect(s.hedge_fund.leverage.max).toBe(6);
    expect(s.hyperscaler.hurdle.enabled).toBe(false);
    expect(s.central_bank.stance).toBe('tightening');
    expect(s.cta.lookbacks).toEqual([10, 40]);
    expect(s.sovereign.peckingOrder).toEqual(['saas', 'hedge_funds']);
  });

  it('applies --set overrides into arrays by index', () => {
    const s = loadScenario('baseline', ['cta.lookbacks.1=33', 'hyperscaler.capexPath.0.1=3e11', 'rates.policyPath.2.0=2024-12-01']);
    expect(s.cta.lookbacks).toEqual(DEFAULTS.cta.lookbacks.map((x, i) => (i === 1 ? 33 : x)));
    expect(s.hyperscaler.capexPath[0]).toEqual([DEFAULTS.hyperscaler.capexPath[0]![0], 3e11]);
    expect(s.hyperscaler.capexPath.slice(1)).toEqual(DEFAULTS.hyperscaler.capexPath.slice(1));
    expect(s.rates.policyPath[2]).toEqual(['2024-12-01', DEFAULTS.rates.policyPath[2]![1]]);
  });

  it('overrides win over the scenario file', () => {
    const file = (SCENARIOS['high-leverage'] as unknown as { hedge_fund: { leverage: { preferred: number } } }).hedge_fund.leverage.preferred;
    expect(loadScenario('high-leverage').hedge_fund.leverage.preferred).toBe(file);
    expect(file).not.toBe(DEFAULTS.hedge_fund.leverage.preferred);
    expect(loadScenario('high-leverage', ['hedge_fund.leverage.preferred=3']).hedge_fund.leverage.preferred).toBe(3);
  });

  it('an unknown --set path is a ScenarioError naming the path and the known keys', () => {
    const e = scenarioError(() => loadScenario('baseline', ['pool.rrp=1']));
    expect(e.field).toBe('pool.rrp');
    expect(e.message).toContain('rrpUsd');
    expect(scenarioError(() => loadScenario('baseline', ['nope.x=1'])).field).toBe('nope.x');
    expect(scenarioError(() => loadScenario('baseline', ['pool.rrpUsd.deeper=1'])).field).toBe('pool.rrpUsd.deeper');
    expect(scenarioError(() => loadScenario('baseline', ['no-equals-sign'])).field).toBe('--set');
  });

  it('a wrong-typed field is a ScenarioError naming the field', () => {
    expect(scenarioError(() => loadScenario('baseline', ['pool.rrpUsd=abc'])).field).toBe('pool.rrpUsd');
    expect(scenarioError(() => loadScenario('baseline', ['hyperscaler.hurdle.enabled=1'])).field).toBe('hyperscaler.hurdle.enabled');
    expect(scenarioError(() => parseScenario({ cta: { lookbacks: 'x' } })).field).toBe('cta.lookbacks');
    expect(scenarioError(() => parseScenario({ hyperscaler: { capexPath: [['2024-01-02', 'lots']] } })).field).toBe('hyperscaler.capexPath.0.1');
    expect(scenarioError(() => parseScenario({ central_bank: { stance: 'dovish' } })).field).toBe('central_bank.stance');
  });

  it('an out-of-range or non-integer value is a ScenarioError naming the field', () => {
    expect(scenarioError(() => loadScenario('baseline', ['pool.rrpUsd=-1'])).field).toBe('pool.rrpUsd');
    expect(scenarioError(() => loadScenario('baseline', ['hedge_fund.count=0'])).field).toBe('hedge_fund.count');
    expect(scenarioError(() => loadScenario('baseline', ['hedge_fund.count=2.5'])).field).toBe('hedge_fund.count');
    expect(scenarioError(() => loadScenario('baseline', ['impact.permanentShare=1.5'])).field).toBe('impact.permanentShare');
    expect(scenarioError(() => parseScenario({ start: '2024-13-01' })).field).toBe('start');
    expect(scenarioError(() => parseScenario({ start: '2028-01-01' })).field).toBe('end');
  });

  it('an unknown key in a file is a ScenarioError naming where it is', () => {
    const e = scenarioError(() => parseScenario({ pool: { rrp: 1 } }));
    expect(e.field).toBe('pool');
    expect(e.message).toMatch(/rrp/);
    expect(scenarioError(() => parseScenario({ bogus: 1 })).message).toMatch(/bogus/);
  });

  it('malformed JSON and non-objects are ScenarioErrors', () => {
    const e = scenarioError(() => parseScenarioText('{"name": ', [], 'my.json'));
    expect(e.field).toBe('my.json');
    expect(e.message).toMatch(/not valid JSON/);
    expect(scenarioError(() => parseScenario([1, 2])).field).toBe('(scenario)');
    expect(scenarioError(() => parseScenario(null)).field).toBe('(scenario)');
  });

  it('an unknown scenario name is a ScenarioError listing the known ones', () => {
    const e = scenarioError(() => loadScenario('no-such-scenario'));
    expect(e.field).toBe('scenario');
    for (const name of Object.keys(SCENARIOS)) expect(e.message).toContain(name);
  });

  it.each(Object.keys(SCENARIOS))('scenario %s is valid and named by its key', (name) => {
    const s = loadScenario(name);
    expect(s.name).toBe(name);
    expect(s.description.length).toBeGreaterThan(10);
    expect(scenarioSchema.safeParse(s).success).toBe(true);
  });

  it('lists fifteen distinct scenarios, baseline first', () => {
    const names = Object.keys(SCENARIOS);
    expect(names[0]).toBe('baseline');
    expect(names.length).toBe(15);
    const bodies = names.map((n) => JSON.stringify({ ...loadScenario(n), name: '', description: '' }));
    expect(new Set(bodies).size).toBe(names.length);      // each scenario changes something
  });
});
