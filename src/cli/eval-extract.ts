import { scoreExtractions, SCORED_FIELDS, type ClassScore, type ScoreReport } from '../understanding/eval-score';
import { cliUnderstanding } from './cli-understanding';
import { readCases } from './labelled-cases';

/** `npm run eval:extract -- [--llm] [--rules-only] [--worst N] cases.jsonl`: scores the extractor on labelled JSONL cases. */

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function formatReport(report: ScoreReport): string {
  const lines = [`cases: ${report.cases}`, '', 'field accuracy:'];
  for (const f of SCORED_FIELDS) lines.push(`  ${f.padEnd(13)} ${pct(report.accuracy[f])}`);
  const t = report.tags;
  lines.push('', `tags (micro): P ${pct(t.precision)}  R ${pct(t.recall)}  F1 ${pct(t.f1)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`);
  lines.push(...classLines('intent accuracy by gold intent:', report.byIntent));
  lines.push(...classLines('query subject accuracy by gold subject:', report.byQuerySubject));
  lines.push('', `worst ${report.worst.length} cases:`);
  for (const c of report.worst) {
    lines.push(`  ${c.id} (${c.errors} errors) ${c.text ?? ''}`);
    for (const d of c.diffs) lines.push(`    ${d.field}: expected ${JSON.stringify(d.expected)}, got ${JSON.stringify(d.actual)}`);
  }
  return lines.join('\n');
}

function classLines(heading: string, scores: Record<string, ClassScore>): string[] {
  const entries = Object.entries(scores).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return [];
  return ['', heading, ...entries.map(([name, s]) => `  ${name.padEnd(20)} ${pct(s.correct / s.cases)}  (${s.correct}/${s.cases})`)];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--worst');
  const worstAt = args.indexOf('--worst');
  const worstCount = worstAt >= 0 ? Number(args[worstAt + 1]) : 10;
  if (!path) {
    console.error('usage: npm run eval:extract -- [--llm] [--rules-only] [--worst N] cases.jsonl');
    process.exitCode = 1;
    return;
  }
  const cases = readCases(path);
  // The one place that chooses the extractor: rules, or with --llm the model (rules when it fails).
  const { understanding, context: chosen, reportStats } = cliUnderstanding(process.argv.includes('--llm'));
  // --rules-only: the rules' reading without the learned readers, to see what they add.
  const context = args.includes('--rules-only') ? { ...chosen, options: { ...chosen.options, learnedReaders: false } } : chosen;
  // Concurrent: the chooser bounds how many LLM calls are in flight.
  const scored = await Promise.all(
    cases.map(async (c) => ({ output: (await understanding.understand(c, context)).extraction, gold: c.gold, text: c.text })),
  );
  console.log(formatReport(scoreExtractions(scored, worstCount)));
  reportStats();
}

await main();
