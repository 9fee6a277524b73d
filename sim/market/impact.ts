// Square-root impact of the day's metaorder (docs/CALIBRATION.md; Bouchaud et al.; TSE δ ≈ 0.49):
// Δln P = Y·σ·sign(Q)·√(|Q|/ADV). σ is the asset's base daily volatility, not realised volatility,
// so impact cannot feed on itself through volatility (see docs/MODEL.md, departures).
export function sqrtImpact(y: number, sigma: number, flowUsd: number, advUsd: number): number {
  if (flowUsd === 0) return 0;
  const m = y * sigma * Math.sqrt(Math.abs(flowUsd) / advUsd);
  return flowUsd > 0 ? m : -m;
}
