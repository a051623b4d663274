// The layer rules of the README's layout table ("may import"), checked by `npm run lint`.
// Each row names a folder (or file) of the app, what it may import when it runs, and what it may
// import for its types only (`import type`, erased at build). Anything else of the app it imports is
// an error; npm packages are free except for the pure layers, which get no I/O.

const KERNEL = ['src/log.ts', 'src/clock.ts', 'src/errors.ts', 'src/config.ts', 'src/event-loop-turns.ts', 'src/module-worker.ts'];
/** The outbox port: effects are written in the same transaction as the change that made them. */
const OUTBOX = 'src/pipeline/effects.ts';
const APP = ['src/', 'bots/', 'cards/', 'migrations/', 'test/', 'bench/'];

const LAYERS = [
  { path: 'src/domain/', may: [] },
  { path: 'cards/', may: ['src/domain/'] },
  { path: 'src/understanding/', may: ['src/domain/', ...KERNEL] },
  // The data source runs the migrations; the JSON columns hold records typed by the other layers.
  {
    path: 'src/store/',
    may: ['src/domain/', 'migrations/', ...KERNEL],
    types: ['cards/', 'src/pipeline/', 'src/understanding/'],
  },
  { path: 'migrations/', may: ['src/store/'] },
  // The platform seam names the job runner it hands the console.
  { path: 'src/pipeline/', may: ['src/store/', 'src/domain/', ...KERNEL], types: ['cards/', 'src/jobs/'] },
  {
    path: 'src/flows/',
    may: ['src/domain/', 'src/store/', 'src/understanding/', 'cards/', OUTBOX, ...KERNEL],
    types: ['src/pipeline/'],
  },
  // The jobs runner implements the console's job control port.
  { path: 'src/jobs/', may: ['src/flows/', 'src/store/', 'src/domain/', OUTBOX, ...KERNEL], types: ['src/pipeline/'] },
  { path: 'src/tenant-import/', may: ['src/flows/', 'src/store/', 'src/domain/', OUTBOX, ...KERNEL] },
  {
    path: 'src/http/',
    may: ['bots/', 'src/web/', 'src/flows/', 'src/store/', 'src/domain/', OUTBOX, ...KERNEL],
    types: ['src/pipeline/', 'src/understanding/'],
  },
  // Pages sign in through the platform seam's PageSignIn; the admin's upload runs the workbook import.
  {
    path: 'src/web/',
    may: ['src/flows/', 'src/store/', 'src/domain/', 'cards/', 'src/tenant-import/', ...KERNEL],
    types: ['src/pipeline/'],
  },
  // A platform gets the neutral cards, the platform seam (inbox, outbound messages, claims) and the
  // ports it is given; it never reads or writes the database itself.
  {
    path: 'bots/',
    may: ['cards/', 'src/pipeline/', 'src/http/', 'src/domain/', ...KERNEL],
    types: ['src/'],
  },
  { path: 'src/config.ts', may: ['src/domain/'] },
  { path: 'src/(log|clock|errors|event-loop-turns|module-worker).ts', may: [] },
  // The composition roots wire everything together.
  { path: 'src/(main|bot).ts', may: ['src/', 'bots/', 'cards/', 'migrations/'] },
  { path: 'src/cli/', may: ['src/', 'bots/', 'cards/', 'migrations/'] },
  { path: '(test|bench)/', may: APP },
];

/** Pure layers: no Node built-ins and no package that talks to a database, the network or a log. */
const PURE = ['src/domain/', 'cards/'];
const IO_PACKAGES = 'node_modules/(typeorm|mysql2|better-sqlite3|koa|@koa|openai|pino|ws|dingtalk-stream|node-cron|@wecom|nock)/';

const pattern = (path) => path.replace(/\.ts$/, '\\.ts$');
const anyOf = (paths) => `^(${paths.map(pattern).join('|')})`;

/** A row's rules: nothing of the app beyond `may`; only types from `types`. */
function layerRules({ path, may, types = [] }) {
  const own = [`^${pattern(path)}`, ...(may.length ? [anyOf(may)] : [])];
  const name = `layer ${path}`;
  const rules = [
    {
      name,
      comment: `${path} may import ${may.join(', ') || 'nothing of the app'}${types.length ? `, and types from ${types.join(', ')}` : ''}`,
      severity: 'error',
      from: { path: `^${pattern(path)}` },
      to: { path: anyOf(APP), pathNot: [...own, ...(types.length ? [anyOf(types)] : [])] },
    },
  ];
  if (types.length)
    rules.push({
      name: `${name}: types only`,
      comment: `${path} imports only the types of ${types.join(', ')}`,
      severity: 'error',
      from: { path: `^${pattern(path)}` },
      to: { path: anyOf(types), pathNot: own, dependencyTypesNot: ['type-only'] },
    });
  return rules;
}

module.exports = {
  forbidden: [
    ...LAYERS.flatMap(layerRules),
    {
      name: 'every file in a layer',
      comment: 'a new folder of the app needs its row in the layer table (README and this file)',
      severity: 'error',
      from: { path: anyOf(APP), pathNot: anyOf(LAYERS.map((layer) => layer.path)) },
      to: {},
    },
    {
      name: 'bots stay in their folder',
      comment: 'a platform folder never reaches into another platform; all of them may use the kit',
      severity: 'error',
      from: { path: '^bots/([^/]+)/' },
      to: { path: '^bots/', pathNot: ['^bots/$1/', '^bots/kit/'] },
    },
    {
      name: 'pure layers do no I/O',
      comment: `${PURE.join(' and ')} are pure: no Node built-ins, no package that does I/O`,
      severity: 'error',
      from: { path: anyOf(PURE) },
      to: { path: IO_PACKAGES },
    },
    {
      name: 'pure layers use no Node built-ins',
      comment: `${PURE.join(' and ')} are pure: no Node built-ins`,
      severity: 'error',
      from: { path: anyOf(PURE) },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no cycles',
      comment: 'modules that need each other at run time (a cycle through type imports only is harmless)',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    { name: 'imports resolve', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
