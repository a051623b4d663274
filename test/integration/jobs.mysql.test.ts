import { describe } from 'vitest';
import { mysqlDatabase } from '../support/databases';
import { jobsScenarios } from '../scenarios/jobs.scenarios';

describe('scheduled cards on MySQL/MariaDB', () => jobsScenarios(mysqlDatabase));
