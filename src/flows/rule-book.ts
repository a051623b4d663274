import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeRules, parseRulesFile, RulesFileError, type RulesFile, type TenantRules } from '../domain/stage-rules';

/** The rules shipped with the code; RULES_DIR may point elsewhere (a mounted folder with tenants' files). */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../../rules', import.meta.url));
const DEFAULT_FILE = 'default.json';

/** Every tenant's rules: `default.json` with `<tenantId>.json` replacing whole stages and lead subsections. */
export interface RuleBook {
  forTenant(tenantId: string): TenantRules;
}

/** Reads and validates every rules file at start, so a bad file stops start with the file and key named. */
export function loadRuleBook(dir: string = DEFAULT_RULES_DIR): RuleBook {
  // A folder of tenants' files may bring its own default.json; otherwise the shipped one applies.
  const ownDefault = join(dir, DEFAULT_FILE);
  const base = readRulesFile(existsSync(ownDefault) ? ownDefault : join(DEFAULT_RULES_DIR, DEFAULT_FILE));
  const overrides = new Map<string, RulesFile>();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.json') || file === DEFAULT_FILE) continue;
    overrides.set(basename(file, '.json'), readRulesFile(join(dir, file)));
  }
  const merged = new Map<string, TenantRules>();
  return {
    forTenant(tenantId) {
      let rules = merged.get(tenantId);
      if (!rules) merged.set(tenantId, (rules = mergeRules(base, overrides.get(tenantId) ?? null)));
      return rules;
    },
  };
}

function readRulesFile(path: string): RulesFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RulesFileError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseRulesFile(path, raw);
}
