import { describe } from 'vitest';
import { mysqlDatabase } from '../support/databases';
import { wecomFlowScenarios } from '../wecom/wecom-flow.scenarios';

describe('WeCom end to end against the emulator, on MySQL/MariaDB', () => wecomFlowScenarios(mysqlDatabase));
