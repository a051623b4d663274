import { describe } from 'vitest';
import { sqliteDatabase } from '../support/databases';
import { dingtalkFlowScenarios } from './dingtalk-flow.scenarios';

describe('DingTalk end to end against the fake gateway on SQLite', () => dingtalkFlowScenarios(sqliteDatabase));
