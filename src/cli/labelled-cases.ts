import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { extractionInputSchema, extractionSchema } from '../understanding/extraction';

const caseSchema = extractionInputSchema.extend({ gold: extractionSchema });
export type LabelledCase = z.infer<typeof caseSchema>;

/** Labelled JSONL cases: a contract input and its `gold` extraction per line. */
export function readCases(path: string): LabelledCase[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => caseSchema.parse(JSON.parse(line)));
}
