import { describe } from 'vitest';
import { mysqlDatabase } from '../support/databases';
import { briefingCardsScenario } from '../scenarios/briefing-cards.scenarios';

describe('briefings of several teams on MySQL/MariaDB', () =>
  briefingCardsScenario(mysqlDatabase, './__snapshots__/briefing-cards.mysql.json'));
