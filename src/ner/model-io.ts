// The shipped model file: a one-line JSON header, the feature strings, then weights quantised to int16
// (per-model scale) and float32 transitions. Compact and fast to load (no JSON parse of big arrays).
import type { LinearModel } from "./perceptron.ts";

const Magic = "MARSAD-NER 1\n";

interface Header {
  tags: string[];
  features: number;
  featureBytes: number;
  scale: number;
  info?: Record<string, unknown>;
}

export function serialiseModel(model: LinearModel, info?: Record<string, unknown>): Buffer {
  const T = model.tags.length;
  const featureNames = new Array<string>(model.featureIndex.size);
  for (const [f, i] of model.featureIndex) featureNames[i] = f;
  const featureBytes = Buffer.from(featureNames.join("\n"), "utf8");
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 32767 : 1;
  const quantised = new Int16Array(model.weights.length);
  for (let i = 0; i < quantised.length; i++) quantised[i] = Math.round(model.weights[i] / scale);
  const header: Header = {
    tags: model.tags,
    features: featureNames.length,
    featureBytes: featureBytes.length,
    scale,
    info,
  };
  const head = Buffer.from(Magic + JSON.stringify(header) + "\n", "utf8");
  const pad = Buffer.alloc((8 - ((head.length + featureBytes.length) % 8)) % 8);
  const tail = Float32Array.from([...model.transitions, ...model.start]);
  if (tail.length !== T * T + T) throw new Error("model transitions have the wrong size");
  return Buffer.concat([
    head,
    featureBytes,
    pad,
    Buffer.from(quantised.buffer, quantised.byteOffset, quantised.byteLength),
    Buffer.alloc(quantised.byteLength % 4),
    Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength),
  ]);
}

export class ModelFormatError extends Error {}

export function deserialiseModel(data: Buffer): LinearModel & { info?: Record<string, unknown> } {
  if (data.subarray(0, Magic.length).toString("utf8") !== Magic) {
    throw new ModelFormatError("not a Marsad NER model file (bad magic)");
  }
  const headerEnd = data.indexOf(10, Magic.length);
  const header = JSON.parse(data.subarray(Magic.length, headerEnd).toString("utf8")) as Header;
  let offset = headerEnd + 1;
  const names = header.features
    ? data
        .subarray(offset, offset + header.featureBytes)
        .toString("utf8")
        .split("\n")
    : [];
  if (names.length !== header.features) throw new ModelFormatError("model file is truncated (feature table)");
  offset += header.featureBytes;
  offset += (8 - (offset % 8)) % 8;
  const T = header.tags.length;
  const nWeights = header.features * T;
  const tailOffset = nWeights * 2 + ((nWeights * 2) % 4);
  if (data.length !== offset + tailOffset + (T * T + T) * 4) {
    throw new ModelFormatError("model file is truncated or has the wrong size");
  }
  const copy = new ArrayBuffer(data.length - offset);
  new Uint8Array(copy).set(data.subarray(offset));
  const quantised = new Int16Array(copy, 0, nWeights);
  const weights = new Float32Array(nWeights);
  for (let i = 0; i < nWeights; i++) weights[i] = quantised[i] * header.scale;
  const tail = new Float32Array(copy, tailOffset, T * T + T);
  const featureIndex = new Map<string, number>();
  for (let i = 0; i < names.length; i++) featureIndex.set(names[i], i);
  return {
    tags: header.tags,
    featureIndex,
    weights,
    transitions: tail.slice(0, T * T),
    start: tail.slice(T * T),
    info: header.info,
  };
}

/** The tagger's passes: the first over the words, each later one also over the previous pass's tags. */
export interface NerModel {
  passes: LinearModel[];
}

const TaggerMagic = "MARSAD-NER-PASSES 1\n";

/** A file of one or more passes: a one-line JSON header with each pass's byte length, then the passes. */
export function serialiseTagger(model: NerModel, info?: Record<string, unknown>): Buffer {
  const parts = model.passes.map((pass, k) => serialiseModel(pass, k === 0 ? info : undefined));
  const head = Buffer.from(
    TaggerMagic + JSON.stringify({ passes: parts.map((p) => p.length), info }) + "\n",
    "utf8",
  );
  return Buffer.concat([head, ...parts]);
}

/** Reads a file of passes, or a single-pass model file of the older format. */
export function deserialiseTagger(data: Buffer): NerModel & { info?: Record<string, unknown> } {
  if (data.subarray(0, TaggerMagic.length).toString("utf8") !== TaggerMagic) {
    const single = deserialiseModel(data);
    return { passes: [single], info: single.info };
  }
  const headerEnd = data.indexOf(10, TaggerMagic.length);
  if (headerEnd < 0) throw new ModelFormatError("model file is truncated (header)");
  const header = JSON.parse(data.subarray(TaggerMagic.length, headerEnd).toString("utf8")) as {
    passes: number[];
    info?: Record<string, unknown>;
  };
  let offset = headerEnd + 1;
  const passes: LinearModel[] = [];
  for (const length of header.passes) {
    if (offset + length > data.length) throw new ModelFormatError("model file is truncated (passes)");
    passes.push(deserialiseModel(data.subarray(offset, offset + length)));
    offset += length;
  }
  if (offset !== data.length || passes.length === 0) {
    throw new ModelFormatError("model file is truncated or has the wrong size");
  }
  return { passes, info: header.info };
}
