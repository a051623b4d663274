/**
 * What a bench phase cost the server, robust to other work on the machine: CPU seconds of this
 * process (less the threads the bench itself runs, such as the load client) and the statements sent
 * to the database, counted through TypeORM's logger, which sees every query the bot makes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { DataSource, Logger } from 'typeorm';

export interface Metered {
  /** CPU milliseconds of the process over the phase (all its threads). */
  cpuMs: number;
  queries: number;
  /** Statements by their first words (e.g. `SELECT … FROM users`), most frequent first. */
  byShape: [string, number][];
  /** CPU milliseconds of the database server over the phase, when it runs on this machine (MariaDB/MySQL), else null. */
  databaseCpuMs: number | null;
  /**
   * Rows the MariaDB/MySQL server read over the phase (its Handler_read_* counters, server-wide), else null: what a
   * statement costs the server beyond its round trip, e.g. a query that reads a whole table to return one row.
   */
  databaseRowsRead: number | null;
  /** The 1-minute load average when the phase began: how busy the shared machine was. */
  loadAtStart: number;
  /** How late the server's event loop ran (p99 and max, ms): what an acknowledgement waits for besides its write. */
  loopDelayP99: number;
  loopDelayMax: number;
}

/** Statements by shape, most frequent first. */
export type Shapes = [string, number][];

/** Counts the statements `dataSource` sends through TypeORM's logger; `stop` returns them by shape. */
export function countStatements(dataSource: DataSource): { stop: () => Shapes } {
  const shapes = new Map<string, number>();
  const logger = dataSource.logger;
  const counting: Logger = {
    ...bound(logger),
    logQuery(query, parameters, queryRunner) {
      const shape = shapeOf(query);
      shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
      logger.logQuery(query, parameters, queryRunner);
    },
  };
  Object.assign(dataSource, { logger: counting });
  return {
    stop() {
      Object.assign(dataSource, { logger });
      return [...shapes].sort((a, b) => b[1] - a[1]);
    },
  };
}

/** Starts counting; `stop` returns the figures since. `more` adds the statements of another instance (a worker). */
export async function startMeter(dataSource: DataSource): Promise<{ stop: (more?: Shapes) => Promise<Metered> }> {
  const rowsAtStart = await rowsRead(dataSource);
  const statements = countStatements(dataSource);
  const loadAtStart = loadavg()[0]!;
  const database = databaseServerPid();
  const databaseAtStart = database === null ? null : cpuMsOf(`/proc/${database}/stat`);
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const cpuAtStart = process.cpuUsage();
  return {
    async stop(more = []) {
      const cpu = process.cpuUsage(cpuAtStart);
      loopDelay.disable();
      const databaseNow = database === null ? null : cpuMsOf(`/proc/${database}/stat`);
      const shapes = new Map<string, number>();
      for (const [shape, n] of [...statements.stop(), ...more]) shapes.set(shape, (shapes.get(shape) ?? 0) + n);
      const byShape = [...shapes].sort((a, b) => b[1] - a[1]);
      const rowsNow = await rowsRead(dataSource);
      return {
        cpuMs: (cpu.user + cpu.system) / 1000,
        queries: byShape.reduce((sum, [, n]) => sum + n, 0),
        byShape,
        databaseCpuMs: databaseNow === null || databaseAtStart === null ? null : databaseNow - databaseAtStart,
        databaseRowsRead: rowsNow === null || rowsAtStart === null ? null : rowsNow - rowsAtStart,
        loadAtStart,
        loopDelayP99: loopDelay.percentile(99) / 1e6,
        loopDelayMax: loopDelay.max / 1e6,
      };
    },
  };
}

/** The MariaDB/MySQL server's Handler_read_* counters summed (rows read through any index or scan), or null on SQLite. */
async function rowsRead(dataSource: DataSource): Promise<number | null> {
  if (dataSource.options.type !== 'mysql') return null;
  const rows: { Value: string }[] = await dataSource.query("SHOW GLOBAL STATUS LIKE 'Handler_read%'");
  return rows.reduce((sum, row) => sum + Number(row.Value), 0);
}

function bound(logger: Logger): Logger {
  return {
    logQuery: logger.logQuery.bind(logger),
    logQueryError: logger.logQueryError.bind(logger),
    logQuerySlow: logger.logQuerySlow.bind(logger),
    logSchemaBuild: logger.logSchemaBuild.bind(logger),
    logMigration: logger.logMigration.bind(logger),
    log: logger.log.bind(logger),
  };
}

/** A statement's verb and table: enough to see which queries a message costs. */
function shapeOf(query: string): string {
  const verb = /^\s*(\w+(?:\s+TRANSACTION)?)/i.exec(query)?.[1]?.toUpperCase() ?? '?';
  const table = /\b(?:FROM|INTO|UPDATE)\s+[`"]?(\w+)/i.exec(query)?.[1];
  const locked = /FOR UPDATE/i.test(query) ? ' FOR UPDATE' : '';
  return table ? `${verb} ${table}${locked}` : verb;
}

/**
 * CPU milliseconds the calling thread has used (Linux: /proc/thread-self), or null elsewhere. The load
 * client reports its own, so that the server's share of the process's CPU can be told apart.
 */
export function threadCpuMs(): number | null {
  return cpuMsOf('/proc/thread-self/stat');
}

/** utime + stime of a /proc stat file (fields 14 and 15 of proc(5)), in clock ticks of 10 ms; null if unreadable. */
function cpuMsOf(statFile: string): number | null {
  try {
    const fields = readFileSync(statFile, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The local MariaDB or MySQL server's process id (the bench's database runs on this machine), or null. */
function databaseServerPid(): number | null {
  try {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      if (comm === 'mariadbd' || comm === 'mysqld') return Number(pid);
    }
  } catch {
    // Not Linux, or /proc unreadable: no database figure.
  }
  return null;
}
