// globalSetup of the browser and e2e projects. Without a browser each of their tests would die in
// playwright's launch ("executable doesn't exist"), after the whole unit suite; and a globalSetup
// that throws is reported by vitest as "No test files found" plus a stack. So: the set-up's one
// line, and stop the run before any test starts.
import { lookupChromium } from '../scripts/chromium';

export default function needBrowser(): void {
  const r = lookupChromium();
  if (r.ok) return;
  process.stderr.write(`crowdout: ${r.line}\n`);
  process.exit(1);
}
