import { describe } from 'vitest';
import { dashboardScenarios } from '../scenarios/dashboard.scenarios';
import { sqliteDatabase } from '../support/databases';

describe('团队看板 on the demo tenant, on SQLite', () => dashboardScenarios(sqliteDatabase));
