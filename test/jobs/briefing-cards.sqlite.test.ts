import { describe } from 'vitest';
import { sqliteDatabase } from '../support/databases';
import { briefingCardsScenario } from '../scenarios/briefing-cards.scenarios';

describe('briefings of several teams on SQLite', () => briefingCardsScenario(sqliteDatabase, './__snapshots__/briefing-cards.sqlite.json'));
