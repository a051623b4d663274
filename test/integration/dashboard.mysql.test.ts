import { describe } from 'vitest';
import { dashboardScenarios } from '../scenarios/dashboard.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('团队看板 on the demo tenant, on MySQL/MariaDB', () => dashboardScenarios(mysqlDatabase));
