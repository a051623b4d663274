import { createInterface } from 'node:readline';
import { z } from 'zod';
import { extractionInputSchema, type ExtractionInput } from '../understanding/extraction';
import { cliUnderstanding } from './cli-understanding';

/**
 * npm run extract -- [--llm] < cases.jsonl > out.jsonl
 *
 * One contract input per line in (extra fields such as `gold` are ignored), one Extraction per
 * line out, in input order. A bad line is reported on stderr with its number and skipped, so one
 * typo does not cost a whole LLM run; the exit code is then 1. Outputs carry the input's id, so a
 * skipped line does not misalign them.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--llm');
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument ${unknown.join(' ')}\nusage: npm run extract -- [--llm] < cases.jsonl > out.jsonl\n`);
    process.exit(2);
  }
  const { understanding, context, reportStats } = cliUnderstanding(args.includes('--llm'));

  // Started as read so the LLM calls overlap (the chooser bounds how many), written in order.
  const outputs: Array<Promise<string | null>> = [];
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const input = parseLine(line, lineNumber);
    if (!input) {
      outputs.push(Promise.resolve(null));
      continue;
    }
    const at = lineNumber;
    outputs.push(
      understanding.understand(input, context).then(
        ({ extraction }) => JSON.stringify(extraction),
        (err: unknown) => fail(at, `extraction failed: ${err instanceof Error ? err.message : String(err)}`),
      ),
    );
  }
  for (const output of outputs) {
    const json = await output;
    if (json !== null) process.stdout.write(`${json}\n`);
  }
  reportStats();
}

function parseLine(line: string, lineNumber: number): ExtractionInput | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    return fail(lineNumber, `not JSON: ${(err as Error).message}`);
  }
  const parsed = extractionInputSchema.safeParse(json);
  return parsed.success ? parsed.data : fail(lineNumber, `not an extraction input:\n${z.prettifyError(parsed.error)}`);
}

function fail(lineNumber: number, message: string): null {
  process.stderr.write(`line ${lineNumber}: ${message}\n`);
  process.exitCode = 1;
  return null;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
