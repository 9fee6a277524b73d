// The model version stamped on every summary, snapshot and sweep manifest. Bump it whenever a
// change moves any number: the same scenario, seed and version give the same numbers.
export const VERSION = '0.1.0';
