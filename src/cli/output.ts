import { once } from "node:events";

/** Thrown when the reader of our output went away (`marsad extract big.jsonl | head`): stop quietly. */
export class OutputClosed extends Error {}

export interface OutputWriter {
  /** Writes and, when the stream's buffer is full, waits for it to drain: memory stays flat however much we write. */
  write(text: string): Promise<void>;
}

export function createWriter(stream: NodeJS.WritableStream): OutputWriter {
  let closed = false;
  let failure: Error | undefined;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") closed = true;
    else failure = error;
  });
  const check = () => {
    if (failure) throw new Error(`cannot write the output (${failure.message})`);
    if (closed) throw new OutputClosed();
  };
  return {
    async write(text) {
      check();
      if (!stream.write(text)) {
        await Promise.race([once(stream, "drain"), once(stream, "close"), once(stream, "error")]);
        check();
      }
    },
  };
}
