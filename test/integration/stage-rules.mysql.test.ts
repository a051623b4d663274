import { describe } from 'vitest';
import { stageRulesScenarios } from '../scenarios/stage-rules.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('deal stages as enforced rules through the console API on MySQL/MariaDB', () => stageRulesScenarios(mysqlDatabase));
