import { describe } from 'vitest';
import { stageRulesScenarios } from '../scenarios/stage-rules.scenarios';
import { sqliteDatabase } from '../support/databases';

describe('deal stages as enforced rules through the console API on SQLite', () => stageRulesScenarios(sqliteDatabase));
