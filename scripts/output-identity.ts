// Output identity check for speed work: dumps everything the analysis and the store produce for the first N
// articles of a corpus — every Doc (tokens included), the prepared store rows (hashes, fingerprint, index words)
// and every row of a SQLite store they were written to — as JSONL, from this checkout or from any commit.
//
//   node --import tsx scripts/output-identity.ts --out /tmp/new.jsonl                 # this checkout
//   node --import tsx scripts/output-identity.ts --commit main --out /tmp/old.jsonl   # a commit (git archive)
//   node --import tsx scripts/output-identity.ts --compare /tmp/old.jsonl /tmp/new.jsonl
//
// Options: --limit N (default 700), --file JSONL (default ../shared/data/news/ant-multisource.jsonl),
// --samples (also the repo's samples/articles.jsonl first), --twice (analyse every article a second time in
// the same process, after all the others, so warm per-word caches must give the same answer as cold ones).
// `--compare` names the first differing lines and exits 1 when the dumps differ.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { ArticleInput, Doc } from "../src/doc/types.ts";
import { loadArticles } from "../src/ingest/corpus.ts";
import { repoRoot, sharedDir } from "../src/paths.ts";
import type { PreparedArticle } from "../src/store/prepare.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string" },
    commit: { type: "string" },
    limit: { type: "string" },
    file: { type: "string" },
    samples: { type: "boolean" },
    twice: { type: "boolean" },
    compare: { type: "boolean" },
  },
});

/** Columns that hold the wall-clock time of the write, which differs between any two runs. */
const CLOCK_COLUMNS = new Set(["ingested_at", "at", "created_at", "applied_at"]);

function compare(oldPath: string, newPath: string): number {
  const a = readFileSync(oldPath, "utf8").split("\n");
  const b = readFileSync(newPath, "utf8").split("\n");
  let differing = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (++differing <= 5) {
      const label = (a[i] ?? b[i] ?? "").slice(0, 60);
      process.stdout.write(`line ${i + 1} differs: ${label}…\n`);
    }
  }
  process.stdout.write(
    differing
      ? `${differing} of ${Math.max(a.length, b.length)} lines differ\n`
      : `identical: ${a.length - 1} lines\n`,
  );
  return differing ? 1 : 0;
}

/** The source tree of `commit`, unpacked beside this repo's node_modules (models and data are tracked files). */
function checkout(commit: string): string {
  const dir = mkdtempSync(join(tmpdir(), "marsad-identity-"));
  const tar = execFileSync("git", ["archive", commit], { cwd: repoRoot, maxBuffer: 1 << 30 });
  execFileSync("tar", ["-x", "-C", dir], { input: tar });
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"));
  return dir;
}

async function dump(root: string, out: string): Promise<void> {
  const load = (path: string) => import(pathToFileURL(join(root, path)).href);
  const { createAnalyser } = await load("src/analyse.ts");
  const { prepareArticle } = await load("src/store/prepare.ts");
  const { SqliteStore } = await load("src/store/sqlite/sqliteStore.ts");
  const analyse: (input: ArticleInput) => Doc = await createAnalyser();

  const limit = Number(values.limit ?? 700);
  const articles: ArticleInput[] = [
    ...(values.samples ? await loadArticles(join(repoRoot, "samples/articles.jsonl")) : []),
    ...(await loadArticles(values.file ?? join(sharedDir(), "data/news/ant-multisource.jsonl"), limit)),
  ];
  const lines: string[] = [];
  const prepared: PreparedArticle[] = [];
  const run = (pass: string) => {
    articles.forEach((input, i) => {
      let doc: Doc | null = null;
      const article: PreparedArticle = prepareArticle(input, (x: ArticleInput) => {
        doc = analyse(x);
        return doc;
      });
      const { analysis: _analysis, ...rows } = article;
      lines.push(JSON.stringify({ pass, article: i, doc, prepared: rows }));
      if (pass === "cold") prepared.push(article);
    });
  };
  run("cold");
  if (values.twice) run("warm");

  const dir = mkdtempSync(join(tmpdir(), "marsad-identity-db-"));
  try {
    const store = new SqliteStore(join(dir, "identity.db"));
    for (let i = 0; i < prepared.length; i += 16) await store.addArticles(prepared.slice(i, i + 16));
    await store.close();
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(join(dir, "identity.db"), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    for (const { name } of tables) {
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
        const kept = Object.entries(row).map(([column, value]) => [
          column,
          CLOCK_COLUMNS.has(column) ? "<clock>" : Buffer.isBuffer(value) ? value.toString("base64") : value,
        ]);
        lines.push(JSON.stringify({ table: name, row: Object.fromEntries(kept) }));
      }
    }
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(out, `${lines.join("\n")}\n`);
  process.stdout.write(`${articles.length} articles, ${lines.length} lines → ${out}\n`);
}

if (values.compare) {
  if (positionals.length !== 2) throw new Error("--compare needs two dump files");
  process.exitCode = compare(positionals[0], positionals[1]);
} else {
  if (!values.out) throw new Error("--out FILE is required");
  const out = resolve(values.out);
  const root = values.commit ? checkout(values.commit) : repoRoot;
  try {
    await dump(root, out);
  } finally {
    if (root !== repoRoot) rmSync(root, { recursive: true, force: true });
  }
}
