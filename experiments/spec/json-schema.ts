// Writes experiments/spec.schema.json (JSON Schema of the experiment spec, for editor completion
// and validation; specs point at it with "$schema"). Run: npx tsx experiments/spec/json-schema.ts
// The zod schema stays the authority: cross-field rules (min < max, grid levels, ...) live only there.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { specSchema } from './schema';

export function specJsonSchema(): string {
  const s = z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...s, title: 'crowdout experiment spec' }, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL('../spec.schema.json', import.meta.url), specJsonSchema());
}
