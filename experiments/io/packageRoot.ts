// The package's root directory (where package.json, scenarios/ and bin/ live), found from this
// module whether it runs from source (experiments/io/) or from the build (lib/experiments/io/).
import { existsSync } from 'node:fs';

export const packageRoot: URL = ['../../', '../../../']
  .map((rel) => new URL(rel, import.meta.url))
  .find((u) => existsSync(new URL('package.json', u))) ?? new URL('../../', import.meta.url);
