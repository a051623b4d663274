import { describe } from 'vitest';
import { memberLeaveScenarios } from '../scenarios/member-leave.scenarios';
import { sqliteDatabase } from '../support/databases';

describe('directory sync, leaving and handover on SQLite', () => memberLeaveScenarios(sqliteDatabase));
