import { describe } from 'vitest';
import { valueLimitScenarios } from '../scenarios/value-limits.scenarios';
import { sqliteDatabase } from '../support/databases';

describe('values the store cannot keep, on SQLite', () => valueLimitScenarios(sqliteDatabase));
