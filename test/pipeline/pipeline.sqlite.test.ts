import { describe } from 'vitest';
import { sqliteDatabase } from '../support/databases';
import { pipelineScenarios } from '../scenarios/pipeline.scenarios';

describe('message pipeline on SQLite', () => pipelineScenarios(sqliteDatabase));
