import { describe } from 'vitest';
import { sqliteDatabase } from '../support/databases';
import { conversationScenarios } from '../scenarios/conversation.scenarios';

describe('questions, commands and corrections through the console API on SQLite', () => conversationScenarios(sqliteDatabase));
