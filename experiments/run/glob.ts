// Glob matching over dotted names, for outputs.metrics: `*` matches within one segment, `**`
// across segments. Simulated as an automaton over the pattern (time O(pattern × name)), never as
// a backtracking regular expression: a pattern such as "***…*Q" must not hang validation.
type Tok = { lit: string } | { star: 'one' | 'any' };

function tokens(p: string): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < p.length;) {
    if (p[i] !== '*') { out.push({ lit: p[i]! }); i++; continue; }
    let j = i;
    while (p[j] === '*') j++;
    out.push({ star: j - i >= 2 ? 'any' : 'one' }); // a run of stars is one token
    i = j;
  }
  return out;
}

/** Does `name` match `pattern` as a whole? */
export function globMatch(pattern: string, name: string): boolean {
  const t = tokens(pattern), n = t.length;
  // Stars may match nothing: a live state before a star also makes the state after it live.
  const close = (s: Uint8Array): Uint8Array => { for (let i = 0; i < n; i++) if (s[i] && 'star' in t[i]!) s[i + 1] = 1; return s; };
  let cur = close(Uint8Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 1 : 0)));
  for (const ch of name) {
    const next = new Uint8Array(n + 1);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!cur[i]) continue;
      const tok = t[i]!;
      if ('lit' in tok) { if (tok.lit === ch) { next[i + 1] = 1; any = true; } } else if (tok.star === 'any' || ch !== '.') { next[i] = 1; any = true; }
    }
    if (!any) return false;
    cur = close(next);
  }
  return cur[n] === 1;
}
