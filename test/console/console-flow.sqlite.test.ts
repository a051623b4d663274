import { describe } from 'vitest';
import { consoleFlowScenarios } from '../scenarios/console-flow.scenarios';
import { sqliteDatabase } from '../support/databases';

describe('first flow through the console API on SQLite', () => consoleFlowScenarios(sqliteDatabase));
