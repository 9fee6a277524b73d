// Pure statistics for validating the model against stylized facts (docs/CALIBRATION.md) and for calibration.
export { mean, variance, stdev, skewness, excessKurtosis } from './moments';
export { acf } from './acf';
export { logGamma, regularizedGammaP, regularizedGammaQ } from './gamma';
export { chiSquareCdf, chiSquareSf } from './chiSquare';
export { ljungBox, type LjungBoxResult } from './ljungBox';
export { hill, type HillOptions, type HillResult, type Tail } from './hill';
export { aggregate, kurtosisByHorizon, type HorizonKurtosis } from './aggregate';
export { pearson, pearsonRange, rollingCorrelation } from './correlation';
export { leverageCorrelation } from './leverage';
export { powerLawFit, absAcfDecay, type PowerLawFit, type AbsAcfDecay } from './volClustering';
export { nelderMead, type NelderMeadOptions, type NelderMeadResult } from './nelderMead';
export { garchFit, garchLogLik, garchVariances, garchResiduals, type GarchFit, type GarchParams } from './garch';
export { quantile, quantiles } from './quantile';
export { maxDrawdown, drawdownSeries, type Drawdown } from './drawdown';
export { logReturns, differences } from './returns';
