/** Counts shown while ingesting and in the final summary. */
export interface IngestCounts {
  read: number;
  added: number;
  duplicates: number;
  nearDuplicates: number;
  errors: number;
  events: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** One progress line: count (of total), a bar when the total is known, rate and ETA. */
export function progressLine(
  done: number,
  total: number | null,
  elapsedSeconds: number,
  errors: number,
): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const parts: string[] = [];
  if (total && total > 0) {
    const ratio = Math.min(1, done / total);
    const width = 24;
    const filled = Math.round(ratio * width);
    parts.push(
      `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`,
      `${done}/${total}`,
      `${Math.floor(ratio * 100)}%`,
    );
  } else {
    parts.push(`${done} articles`);
  }
  parts.push(`${rate.toFixed(1)}/s`);
  if (total && rate > 0) parts.push(`ETA ${formatDuration(Math.max(0, total - done) / rate)}`);
  if (errors) parts.push(`${errors} bad`);
  return parts.join("  ");
}

/**
 * A progress display on a stream: redrawn in place on a terminal (at most ~10 times a second), one line
 * every few seconds otherwise (logs, CI), nothing when disabled.
 */
export function createProgress(stream: NodeJS.WriteStream | null, total: number | null) {
  const started = Date.now();
  let last = 0;
  const tty = !!stream?.isTTY;
  return {
    update(done: number, errors: number, force = false) {
      if (!stream) return;
      const now = Date.now();
      if (!force && now - last < (tty ? 100 : 5000)) return;
      last = now;
      const line = `ingest ${progressLine(done, total, (now - started) / 1000, errors)}`;
      stream.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
    },
    done() {
      if (stream && tty) stream.write("\n");
    },
    elapsed: () => (Date.now() - started) / 1000,
  };
}
