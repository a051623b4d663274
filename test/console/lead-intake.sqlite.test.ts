import { describe } from 'vitest';
import { leadIntakeScenarios } from '../scenarios/lead-intake.scenarios';
import { sqliteDatabase } from '../support/databases';

describe('lead intake through the API and the console on SQLite', () => leadIntakeScenarios(sqliteDatabase));
