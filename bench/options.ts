/** Command-line options of `npm run bench`. */

export interface BenchOptions {
  runs: number;
  sizes: number[];
  skipBuild: boolean;
  seed: number;
  /** Record a CPU profile of one extra run of this case ("bundled" or a size) and summarise it. */
  profile: string | null;
  /** Per-page time limit in ms: navigation, load and every interaction step. */
  pageTimeoutMs: number;
  /** Whole-run budget in ms: later runs are skipped (and reported as fewer runs) once it is spent. */
  budgetMs: number;
  quick: boolean;
  /** Run zoom/pan, filter and search in every run even of a case that loads slowly. */
  allInteractions: boolean;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  runs: 5,
  sizes: [1000, 10000, 100000],
  skipBuild: false,
  seed: 1,
  profile: null,
  pageTimeoutMs: 60_000,
  budgetMs: 14 * 60_000,
  quick: false,
  allInteractions: false,
};

const USAGE = `usage: npm run bench -- [--runs N] [--sizes 1000,10000,100000] [--skip-build] [--quick] [--seed N] [--profile bundled|<size>] [--budget-min M] [--all-interactions]
  --quick (or BENCH_QUICK=1): 1 run, sizes 1000 — a smoke test that the bench works`;

function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive integer, got ${JSON.stringify(value)}\n${USAGE}`);
  return n;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, sizes: [...DEFAULT_OPTIONS.sizes] };
  let runsGiven = false;
  let sizesGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg?.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--runs':
        options.runs = positiveInt('--runs', value());
        runsGiven = true;
        break;
      case '--sizes':
        options.sizes = (value() ?? '').split(',').filter(Boolean).map((s) => positiveInt('--sizes', s));
        sizesGiven = true;
        break;
      case '--skip-build':
        options.skipBuild = true;
        break;
      case '--quick':
        options.quick = true;
        break;
      case '--seed':
        options.seed = positiveInt('--seed', value());
        break;
      case '--profile':
        options.profile = value() ?? null;
        break;
      case '--all-interactions':
        options.allInteractions = true;
        break;
      case '--budget-min':
        options.budgetMs = positiveInt('--budget-min', value()) * 60_000;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${JSON.stringify(arg)}\n${USAGE}`);
    }
  }
  if (options.quick || env.BENCH_QUICK === '1') {
    options.quick = true;
    if (!runsGiven) options.runs = 1;
    if (!sizesGiven) options.sizes = [1000];
  }
  return options;
}
