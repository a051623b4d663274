/**
 * The inside of a rule thread (rule-threads.ts): reads each message it is given with the rules and
 * answers with the fitted extraction, or with the error's message.
 */
import { parentPort } from 'node:worker_threads';
import type { ExtractionInput, ExtractionOptions } from './extraction';
import { fitExtraction } from './fit-extraction';
import { extractByRules } from './rule-extractor';

export interface RuleRequest {
  id: number;
  input: ExtractionInput;
  options: ExtractionOptions;
}

// Loaded: the rules' modules and word files are read, so the thread answers its first message at once.
parentPort?.postMessage({ ready: true });

parentPort?.on('message', ({ id, input, options }: RuleRequest) => {
  try {
    parentPort!.postMessage({ id, extraction: fitExtraction(extractByRules(input, options)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
