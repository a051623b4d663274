import { describe } from 'vitest';
import { memberAccountsMigrationScenarios } from '../scenarios/member-accounts-migration.scenarios';
import { sqliteDatabase } from '../support/databases';

describe('member accounts migration on SQLite', () => memberAccountsMigrationScenarios(sqliteDatabase));
