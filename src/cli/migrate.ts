import { loadConfig } from '../config';
import { createDataSource } from '../store/data-source';

/** `npm run migrate`: applies pending migrations to DATABASE_URL and lists what it applied. */
const dataSource = createDataSource(loadConfig().databaseUrl);
await dataSource.initialize();
try {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  console.log(applied.length > 0 ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'schema is up to date');
} finally {
  await dataSource.destroy();
}
