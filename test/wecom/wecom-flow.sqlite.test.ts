import { describe } from 'vitest';
import { sqliteDatabase } from '../support/databases';
import { wecomFlowScenarios } from './wecom-flow.scenarios';

describe('WeCom end to end against the emulator, on SQLite', () => wecomFlowScenarios(sqliteDatabase));
