import { describe } from 'vitest';
import { memberLeaveScenarios } from '../scenarios/member-leave.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('directory sync, leaving and handover on MariaDB', () => memberLeaveScenarios(mysqlDatabase));
