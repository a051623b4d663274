import { describe } from 'vitest';
import { schemaDriftScenarios } from '../scenarios/schema-drift.scenarios';
import { sqliteDatabase } from '../support/databases';

describe('entities and migrations describe the same schema on SQLite', () => schemaDriftScenarios(sqliteDatabase));
