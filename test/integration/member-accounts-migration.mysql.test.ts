import { describe } from 'vitest';
import { memberAccountsMigrationScenarios } from '../scenarios/member-accounts-migration.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('member accounts migration on MySQL/MariaDB', () => memberAccountsMigrationScenarios(mysqlDatabase));
