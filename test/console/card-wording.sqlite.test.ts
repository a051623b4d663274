import { describe } from 'vitest';
import { cardWordingScenarios } from '../scenarios/card-wording.scenarios';
import { sqliteDatabase } from '../support/databases';

describe('what people read, through the console on SQLite', () => cardWordingScenarios(sqliteDatabase));
