import { describe } from 'vitest';
import { sqliteDatabase } from '../support/databases';
import { jobsScenarios } from '../scenarios/jobs.scenarios';

describe('scheduled cards on SQLite', () => jobsScenarios(sqliteDatabase));
