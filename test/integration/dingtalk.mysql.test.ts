import { describe } from 'vitest';
import { dingtalkFlowScenarios } from '../dingtalk/dingtalk-flow.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('DingTalk end to end against the fake gateway on MySQL/MariaDB', () => dingtalkFlowScenarios(mysqlDatabase));
