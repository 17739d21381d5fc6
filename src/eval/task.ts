/** An evaluation task: reads a gold data set, predicts from raw text, writes predictions, scores them. */

export interface EvalArgs {
  /** The gold data: a file or folder in the benchmark's own format. */
  data: string;
  /** Where to write predictions in the benchmark's format (file or folder, per task). */
  predictions?: string;
  /** Task-specific options (`--metadata`, `--gold-toponyms`, `--limit`...). */
  options: Record<string, string | boolean | undefined>;
}

export interface EvalResult {
  task: string;
  data: string;
  documents: number;
  /** Metric name → value, names as in ../shared/data/README.md (`f1`, `PER.f1`, `value.f1`...). */
  metrics: Record<string, number>;
  /** Extra lines for people: per-outlet tables, error analyses. Not part of `--json` metrics. */
  notes?: string[];
  /** Extra structured breakdowns (per outlet, per type) for `--json`. */
  breakdown?: Record<string, Record<string, number>>;
}

export interface EvalTask {
  name: string;
  /** One line for `newslens eval --help`. */
  summary: string;
  /** Options the task takes beyond --data and --predictions, with a line each. */
  options?: Record<string, { type: 'string' | 'boolean'; help: string }>;
  run(args: EvalArgs): Promise<EvalResult>;
}

/** The `--limit N` option: how many documents to read (undefined when not given). */
export function limitOf(args: EvalArgs): number | undefined {
  return typeof args.options.limit === 'string' ? Number(args.options.limit) : undefined;
}

/** The first `--limit` items, or all of them when no positive limit is given. */
export function limited<T>(items: T[], args: EvalArgs): T[] {
  const limit = limitOf(args);
  return limit !== undefined && limit > 0 ? items.slice(0, limit) : items;
}
