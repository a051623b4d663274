import { describe } from 'vitest';
import { sharedBudgetScenarios } from '../scenarios/shared-budget.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('WeCom per-member budget shared by two instances on MySQL/MariaDB', () => sharedBudgetScenarios(mysqlDatabase, 2));
