import { describe } from 'vitest';
import { mysqlDatabase } from '../support/databases';
import { pipelineScenarios } from '../scenarios/pipeline.scenarios';

describe('message pipeline on MySQL/MariaDB', () => pipelineScenarios(mysqlDatabase));
