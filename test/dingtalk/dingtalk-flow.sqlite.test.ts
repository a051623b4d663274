import { describe } from 'vitest';
import { SALESBOT_TEMPLATE_ID } from '../fakes/dingtalk/fake-dingtalk';
import { sqliteDatabase } from '../support/databases';
import { dingtalkFlowScenarios } from './dingtalk-flow.scenarios';

describe('DingTalk end to end against the fake gateway on SQLite (built-in card template)', () => dingtalkFlowScenarios(sqliteDatabase));

describe('DingTalk end to end against the fake gateway on SQLite (our card template)', () =>
  dingtalkFlowScenarios(sqliteDatabase, SALESBOT_TEMPLATE_ID));
