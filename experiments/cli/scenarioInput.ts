// Resolving the scenario a user names: a known scenario name, or a path to a JSON file.
// Every problem (missing file, bad JSON, bad field, unknown --set path) becomes a UserError.
import { existsSync, readFileSync } from 'node:fs';
import { SCENARIOS, ScenarioError, loadScenario, parseScenarioText, type Scenario } from '../../sim/index';
import { UserError } from './errors';

export function resolveScenario(nameOrPath: string, overrides: readonly string[] = []): Scenario {
  try {
    if (SCENARIOS[nameOrPath]) return loadScenario(nameOrPath, overrides);
    if (nameOrPath.endsWith('.json') || nameOrPath.includes('/')) {
      if (!existsSync(nameOrPath)) throw new UserError(`scenario file not found: ${nameOrPath}`);
      return parseScenarioText(readFileSync(nameOrPath, 'utf8'), overrides, nameOrPath);
    }
    throw new UserError(`unknown scenario "${nameOrPath}"; known: ${Object.keys(SCENARIOS).join(', ')} (or give a path to a .json file)`);
  } catch (e) {
    if (e instanceof ScenarioError) throw new UserError(e.message);
    throw e;
  }
}
