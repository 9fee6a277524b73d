// Slurm for the real-cluster test (test/experiments/cluster.test.ts starts munged, slurmctld and
// slurmd by hand and submits with sbatch): present when all its programs are on PATH. Required
// under CI=true; elsewhere its absence only skips that test.
import { asRoot, onPath, type Host } from './host.js';

/** The programs experiments/cluster/slurm-local-test.sh runs. */
export const SLURM_PROGRAMS = ['sbatch', 'squeue', 'sinfo', 'slurmctld', 'slurmd', 'munged'] as const;

/** The Debian/Ubuntu packages that provide them. */
export const SLURM_PACKAGES = ['slurm-wlm', 'munge'] as const;

/** The programs missing from PATH (empty when Slurm is usable). */
export const missingSlurm = (host: Host): string[] => SLURM_PROGRAMS.filter((p) => onPath(p, host.env) === null);

/** The install command, or null where no package manager ships Slurm. */
export function slurmInstallCommand(host: Host): string | null {
  return host.family === 'debian' || host.family === 'ubuntu' ? asRoot(host, `apt-get install -y ${SLURM_PACKAGES.join(' ')}`) : null;
}

/** One line about missing Slurm: what is missing, what it costs here, and how to install it. */
export function slurmLine(host: Host, missing: string[], required: boolean): string {
  const cmd = slurmInstallCommand(host);
  const how = cmd ? `install it with: ${cmd}` : 'no package for this platform';
  const what = `no Slurm (missing ${missing.join(', ')})`;
  return required
    ? `${what}, and CI=true requires the real-Slurm test: ${how}`
    : `${what}: the real-Slurm cluster test will be skipped; to run it, ${how}`;
}
