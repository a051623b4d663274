import { describe } from 'vitest';
import { schemaDriftScenarios } from '../scenarios/schema-drift.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('entities and migrations describe the same schema on MySQL/MariaDB', () => schemaDriftScenarios(mysqlDatabase));
