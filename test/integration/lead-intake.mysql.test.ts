import { describe } from 'vitest';
import { leadIntakeScenarios } from '../scenarios/lead-intake.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('lead intake through the API and the console on MySQL/MariaDB', () => leadIntakeScenarios(mysqlDatabase));
