import { type AnalysisSettings, analysisSettingsFromEnv } from '../../lambdas/adapters/analysis-settings.js';
import type { CliIO } from './io.js';

/** The analysis settings of this invocation (RELEVANCE_THRESHOLD, GAZETTEER_EXTENSION), checked before any work. */
export function analysisSettings(io: CliIO): AnalysisSettings {
  return analysisSettingsFromEnv(io.env ?? process.env);
}
