// How build time grows with the data: a scratch copy of the project whose data files hold every
// record `factor` times (the copies get new ids and names, their references still point at real
// records, so every cross-check still passes), built and timed. Never published: the copy lives in
// a temporary folder and is deleted afterwards.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Files whose records stand alone. Left as they are: the journey (its legs form one chain), the
// vehicle makes and flows (they must add up to declared totals), and catalogue-like files.
const SCALABLE = ['sources', 'figures', 'countries', 'places', 'facilitators', 'journey-events', 'resolutions', 'national-lists'];
const COPY = ['package.json', 'tsconfig.json', 'astro.config.mjs', 'pagefind.yml', 'src', 'content', 'data', 'public'];

function synthetic(record, k) {
  const copy = structuredClone(record);
  copy.id = `${record.id}-synthetic-${k}`;
  for (const key of ['name', 'label', 'title', 'jurisdiction'])
    if (typeof copy[key] === 'string') copy[key] = `${copy[key]} (synthetic ${k})`;
  if (Array.isArray(copy.counts)) copy.counts = copy.counts.map((c) => ({ ...c, id: `${c.id}-synthetic-${k}` }));
  // A copied country claims no share of the goods: that figure belongs to the real country alone.
  delete copy.shareFigure;
  // A copied facilitator is on no journey leg (the legs name the real firms), so its roles tie to none.
  if (Array.isArray(copy.roles))
    copy.roles = copy.roles.map((role) =>
      role && typeof role === 'object' && 'legs' in role ? { ...role, legs: [], dispute: undefined } : role,
    );
  return copy;
}

/** Writes the scaled data files into `dataDir`; returns the number of records afterwards. */
export function scaleData(dataDir, factor) {
  let total = 0;
  for (const name of SCALABLE) {
    const file = join(dataDir, `${name}.json`);
    if (!existsSync(file)) continue;
    const records = JSON.parse(readFileSync(file, 'utf8'));
    const scaled = [...records];
    for (let k = 1; k < factor; k++) scaled.push(...records.map((r) => synthetic(r, k)));
    writeFileSync(file, JSON.stringify(scaled));
    total += scaled.length;
  }
  return total;
}

/** Builds a scratch copy with data scaled `factor` times; returns seconds, pages and records. */
export function timeScaledBuild(root, factor) {
  const dir = mkdtempSync(join(tmpdir(), `lux-scale-${factor}x-`));
  try {
    for (const name of COPY) cpSync(join(root, name), join(dir, name), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const records = scaleData(join(dir, 'data'), factor);
    const started = process.hrtime.bigint();
    const result = spawnSync('npm', ['run', '--silent', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0) throw new Error(`The ${factor}× build failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
    const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? NaN);
    return { factor, seconds, pages, records };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
