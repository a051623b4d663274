import { describe } from 'vitest';
import { consoleFlowScenarios } from '../scenarios/console-flow.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('first flow through the console API on MySQL/MariaDB', () => consoleFlowScenarios(mysqlDatabase));
