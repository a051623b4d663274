import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../src/understanding/llm/answer';
import { PROMPT_VERSION } from '../../src/understanding/llm/prompt';
import { extractByRules } from '../../src/understanding/rule-extractor';

/** The worked examples of the prompt in use: each 用户消息 line and the 输出 line after it. */
function workedExamples(): { input: { customers: { id: string; name: string; aliases: string[] }[]; text: string }; output: string }[] {
  const lines = readFileSync(new URL(`../../src/understanding/prompts/${PROMPT_VERSION}.md`, import.meta.url), 'utf8').split('\n');
  return lines.flatMap((line, i) =>
    line === '用户消息：' && lines[i + 2] === '输出：' ? [{ input: JSON.parse(lines[i + 1]!), output: lines[i + 3]! }] : [],
  );
}

describe(`the worked examples of prompt ${PROMPT_VERSION}`, () => {
  const examples = workedExamples();

  it('are there', () => expect(examples.length).toBeGreaterThanOrEqual(6));

  // An example the schema refuses teaches the model an answer that is thrown away; one the rules read
  // otherwise makes the two paths disagree on the same message.
  it.each(examples.map((example) => [example.input.text, example] as const))(
    '%s: a valid answer, read the same way by the rules',
    (_, example) => {
      const answer = parseAnswer(example.output, { promptTokens: 0, completionTokens: 0 });
      const rules = extractByRules({ id: 'p', now: '2026-03-04T10:15:00+08:00', sender: { id: 'u', name: '张伟' }, ...example.input });
      expect({ intent: rules.intent, customerId: rules.customerId, subject: rules.query?.subject ?? null }).toEqual({
        intent: answer.intent,
        customerId: answer.customerId,
        subject: answer.query?.subject ?? null,
      });
    },
  );
});
