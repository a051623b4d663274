import { describe } from 'vitest';
import { cardWordingScenarios } from '../scenarios/card-wording.scenarios';
import { mysqlDatabase } from '../support/databases';

describe('what people read, through the console on MySQL/MariaDB', () => cardWordingScenarios(mysqlDatabase));
