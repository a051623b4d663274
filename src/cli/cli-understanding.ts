import { loadConfig } from '../config';
import { log } from '../log';
import { createUnderstanding, type UnderstandContext, type Understanding } from '../understanding/chooser';

export interface CliUnderstanding {
  understanding: Understanding;
  context: UnderstandContext;
  /** Logs the chooser's counters and the tokens spent, to stderr. */
  reportStats(): void;
}

/**
 * The chooser as the command-line tools use it: `--llm` takes the model from the environment
 * (LLM_BASE_URL, LLM_API_KEY, LLM_MODEL), otherwise rules only. The shared logger writes to
 * stderr, so stdout carries only the data.
 */
export function cliUnderstanding(useLlm: boolean): CliUnderstanding {
  const config = loadConfig();
  if (useLlm && !config.llm) {
    throw new Error('--llm needs LLM_MODEL in the environment (and LLM_BASE_URL, LLM_API_KEY unless the defaults fit)');
  }
  const tokens = { promptTokens: 0, completionTokens: 0 };
  const understanding = createUnderstanding({
    llm: useLlm ? config.llm : null,
    maxChars: config.maxUnderstoodChars,
    onUsage: (usage) => {
      tokens.promptTokens += usage.promptTokens;
      tokens.completionTokens += usage.completionTokens;
    },
  });
  return {
    understanding,
    context: { tenantId: 'cli', options: { timeZone: config.businessTimeZone } },
    reportStats: () => log.info({ ...understanding.stats(), ...tokens }, 'understanding stats'),
  };
}
