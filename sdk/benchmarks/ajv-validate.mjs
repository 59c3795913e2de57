// ajv schema-only validation of an OpenSRDI NDJSON file: every line through JSON.parse and the
// compiled submission.schema.json#/$defs/SubmissionRecord, with the same settings as the
// conformance check (conformance-tests/ajv): Ajv2020, formats asserted (ajv-formats), allErrors,
// multipleOfPrecision 2, x-codelist declared. Prints one JSON line like ThroughputRun, for run.sh:
// records per second over the whole file (the best of --passes) after a warm-up pass over its
// first lines.
//
// Usage: node ajv-validate.mjs FILE [--warmup LINES] [--passes N]
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const specSchemas = path.resolve(here, "../../spec/schema");
const RECORD = "https://opensrdi.org/schema/0.1/submission.schema.json#/$defs/SubmissionRecord";

const args = process.argv.slice(2);
const file = args[0];
let warmup = 30000;
let passes = 1;
for (let i = 1; i + 1 < args.length; i += 2) {
  if (args[i] === "--warmup") warmup = Number(args[i + 1]);
  else if (args[i] === "--passes") passes = Number(args[i + 1]);
  else throw new Error(`unknown option ${args[i]}`);
}

// multipleOfPrecision: amounts are multiples of 0.01, which binary doubles cannot hold exactly.
const ajv = new Ajv2020.default({ strict: true, allErrors: true, multipleOfPrecision: 2 });
addFormats.default(ajv);
ajv.addKeyword("x-codelist");
for (const name of fs.readdirSync(specSchemas).filter((n) => n.endsWith(".json")).sort()) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(specSchemas, name), "utf8")));
}
const validate = ajv.getSchema(RECORD);

/** Validates the lines of the file, at most `limit`; returns [records, rejected]. */
function pass(limit) {
  const fd = fs.openSync(file, "r");
  const chunk = Buffer.allocUnsafe(1 << 20);
  let carry = Buffer.alloc(0);
  let records = 0;
  let rejected = 0;
  const line = (buffer, start, end) => {
    if (end > start && buffer[end - 1] === 13) end--;
    const text = buffer.toString("utf8", start, end);
    if (text.trim() === "") return;
    records++;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      rejected++;
      return;
    }
    if (!validate(value)) rejected++;
  };
  try {
    let read;
    while (records < limit && (read = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0) {
      const buffer = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      let start = 0;
      let newline;
      while (records < limit && (newline = buffer.indexOf(10, start)) >= 0) {
        line(buffer, start, newline);
        start = newline + 1;
      }
      carry = Buffer.from(buffer.subarray(start));
    }
    if (records < limit && carry.length) line(carry, 0, carry.length);
  } finally {
    fs.closeSync(fd);
  }
  return [records, rejected];
}

if (warmup > 0) pass(warmup);
// The best of the passes, as ThroughputRun does.
let best = null;
const rates = [];
for (let p = 0; p < passes; p++) {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  const [records, rejected] = pass(Infinity);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  rates.push(Math.round(records / seconds));
  if (best === null || seconds < best.seconds) best = { records, rejected, seconds, cpu };
}
const { records, rejected, seconds, cpu } = best;
console.log(JSON.stringify({
  mode: "ajv",
  threads: 1,
  records,
  rejected,
  seconds: Number(seconds.toFixed(3)),
  recordsPerSecond: Math.round(records / seconds),
  cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(3)),
  peakRssMiB: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
  peakHeapMiB: Number((process.memoryUsage().heapTotal / 1048576).toFixed(1)),
  maxHeapMiB: 0,
  passes: rates,
}));
