import { describe } from 'vitest';
import { sharedBudgetScenarios } from '../scenarios/shared-budget.scenarios';
import { sqliteDatabase } from '../support/databases';

// SQLite serves one instance only (README); its writes take turns inside the process.
describe('WeCom per-member budget on SQLite', () => sharedBudgetScenarios(sqliteDatabase, 1));
