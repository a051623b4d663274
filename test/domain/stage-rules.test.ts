import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRulesFile } from '../../src/domain/stage-rules';
import { loadRuleBook } from '../../src/flows/rule-book';

const defaultFile = () => JSON.parse(readFileSync('rules/default.json', 'utf8')) as { stages: Record<string, Record<string, unknown>> };

function rulesDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}

describe('stage rules files', () => {
  it('the default file encodes the four ruled stages with their timers and breach recipients', () => {
    const rules = loadRuleBook('rules').forTenant('demo');
    expect(rules.stages.contact).toMatchObject({ silenceHours: 48, onBreach: { notify: ['rep'], escalateToManagerAfterHours: 24 } });
    expect(rules.stages.requirement).toMatchObject({ silenceHours: 72, onBreach: { notify: ['rep'] } });
    expect(rules.stages.demo).toMatchObject({ silenceHours: 24, onBreach: { notify: ['rep'], markFollowUp: true } });
    expect(rules.stages.negotiation).toMatchObject({ silenceHours: 48, onBreach: { notify: ['rep', 'manager'] } });
    expect(rules.stages.lead).toBeUndefined();
  });

  it('a tenant file replaces whole stages of the default for that tenant only', () => {
    const dir = rulesDir({
      'default.json': defaultFile(),
      'acme.json': { stages: { contact: { silenceHours: 12, onBreach: { notify: ['manager'] } } } },
    });
    const book = loadRuleBook(dir);
    expect(book.forTenant('acme').stages.contact).toEqual({
      requirements: [],
      silenceHours: 12,
      onBreach: { notify: ['manager'], markFollowUp: false },
    });
    expect(book.forTenant('acme').stages.negotiation?.silenceHours).toBe(48);
    expect(book.forTenant('other').stages.contact?.silenceHours).toBe(48);
  });

  it('a bad value stops loading with the file and the key named', () => {
    const dir = rulesDir({
      'default.json': defaultFile(),
      'acme.json': { stages: { contact: { silenceHours: -1, onBreach: { notify: ['rep'] } } } },
    });
    expect(() => loadRuleBook(dir)).toThrow(`${join(dir, 'acme.json')}: stages.contact.silenceHours: expected a positive number`);
  });

  it.each([
    ['a misspelled key', { stages: { demo: { silenceHour: 24, onBreach: { notify: ['rep'] } } } }, 'stages.demo.silenceHour: unknown key'],
    ['an unknown stage', { stages: { closing: { silenceHours: 24, onBreach: { notify: ['rep'] } } } }, 'stages.closing: unknown key'],
    [
      'an unknown requirement',
      { stages: { demo: { requirements: [{ kind: 'vibes' }], silenceHours: 24, onBreach: { notify: ['rep'] } } } },
      'stages.demo.requirements.0.kind',
    ],
    ['an unknown recipient', { stages: { demo: { silenceHours: 24, onBreach: { notify: ['ceo'] } } } }, 'stages.demo.onBreach.notify.0'],
  ])('refuses %s', (_what, file, key) => {
    expect(() => parseRulesFile('rules/acme.json', file)).toThrow(`rules/acme.json: ${key}`);
  });

  it('keeps other top-level sections for other rules', () => {
    expect(parseRulesFile('x.json', { stages: {}, leadScoring: { weights: {} } })).toMatchObject({ leadScoring: { weights: {} } });
  });

  it('refuses a file that is not JSON', () => {
    expect(() => loadRuleBook(rulesDir({ 'default.json': '{ nope' }))).toThrow('default.json: not valid JSON');
  });

  it("uses the shipped default for a folder that holds only tenants' files", () => {
    const book = loadRuleBook(
      rulesDir({ 'acme.json': JSON.stringify({ stages: { demo: { silenceHours: 12, onBreach: { notify: ['rep'] } } } }) }),
    );
    expect(book.forTenant('acme').stages.demo?.silenceHours).toBe(12);
    expect(book.forTenant('other').stages.demo?.silenceHours).toBe(loadRuleBook().forTenant('other').stages.demo?.silenceHours);
  });
});
