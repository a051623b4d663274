import { describe } from 'vitest';
import { valueLimitScenarios } from '../scenarios/value-limits.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('values the store cannot keep, on MySQL/MariaDB', () => valueLimitScenarios(mysqlDatabase));
