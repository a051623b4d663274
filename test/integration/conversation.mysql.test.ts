import { describe } from 'vitest';
import { mysqlDatabase } from '../support/databases';
import { conversationScenarios } from '../scenarios/conversation.scenarios';

describe('questions, commands and corrections through the console API on MySQL/MariaDB', () => conversationScenarios(mysqlDatabase));
