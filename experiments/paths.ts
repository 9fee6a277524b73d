// The names the engine accepts, as types: series columns, summary metrics and parameter paths.
// In a checkout they are plain `string` (the engine changes often and nothing is generated into
// the sources); the package build (scripts/build-lib.mjs) writes lib/experiments/paths.d.ts with
// the literal unions read from the built engine, so a consumer's misspelt name is a type error.
export type SeriesColumn = string;
export type SummaryMetric = string;
export type ParameterPath = string;
