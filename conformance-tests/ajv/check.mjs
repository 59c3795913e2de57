// An independent check of the OpenSRDI schemas: every vector of ../vectors/schema/ goes through
// Ajv (JSON Schema 2020-12, strict mode, formats asserted) and its result must equal the vector's
// expected output under the comparison rules of ../README.md ("Comparing outputs"). The vector
// files themselves, of every capability, are checked against ../vectors/vector.schema.json first.
//
// A disagreement is a bug in a schema, in a vector, or in one of the two validators. Known Ajv
// limitations are listed, with the reason, in known-differences.json; a listed vector that agrees
// again is reported too, so that the list stays true. Exit code 0: no disagreement; 1: some.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const specSchemas = path.resolve(here, "../../spec/schema");
const vectorsRoot = path.resolve(here, "../vectors");
const SCHEMA_ID = "https://opensrdi.org/schema/0.1/";

// The same canonical form as the runner (README "Comparing outputs").
const PASS_THROUGH = new Set(["$ref", "$dynamicRef", "allOf", "if", "then", "else", "properties",
  "patternProperties", "items", "prefixItems", "dependentSchemas"]);
const OPAQUE = new Set(["anyOf", "oneOf", "not", "propertyNames", "contains"]);

function newAjv(options = {}) {
  // multipleOfPrecision: amounts are multiples of 0.01, which binary doubles cannot hold exactly.
  const ajv = new Ajv2020.default({ strict: true, allErrors: true, multipleOfPrecision: 2, ...options });
  addFormats.default(ajv);
  ajv.addKeyword("x-codelist");
  return ajv;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

const ajv = newAjv();
for (const name of fs.readdirSync(specSchemas).filter((n) => n.endsWith(".json")).sort()) {
  ajv.addSchema(readJson(path.join(specSchemas, name)));
}

// The vector format states required members in if/then branches and oneOf alternatives, which
// strictRequired would want declared again beside them.
const vectorFormat = newAjv({ strictRequired: false }).compile(readJson(path.join(vectorsRoot, "vector.schema.json")));
const known = new Map(readJson(path.join(here, "known-differences.json")).knownDifferences.map((k) => [k.id, k.reason]));

function canonical(errors) {
  return new Set((errors || []).filter((e) => !PASS_THROUGH.has(e.keyword)).map((e) => `${e.keyword} ${e.pointer}`));
}

function difference(expected, actualValid, actualErrors) {
  const problems = [];
  if (expected.valid !== actualValid) {
    problems.push(`valid: expected ${expected.valid}, got ${actualValid}`);
  }
  const wanted = canonical(expected.errors);
  const got = canonical(actualErrors);
  for (const error of wanted) {
    const [keyword, pointer] = [error.slice(0, error.indexOf(" ")), error.slice(error.indexOf(" ") + 1)];
    if (OPAQUE.has(keyword)) {
      for (const other of [...got]) {
        const otherPointer = other.slice(other.indexOf(" ") + 1);
        if (other !== error && (otherPointer === pointer || otherPointer.startsWith(pointer + "/"))) {
          got.delete(other);
        }
      }
    }
  }
  const missing = [...wanted].filter((e) => !got.has(e));
  const unexpected = [...got].filter((e) => !wanted.has(e));
  if (missing.length) problems.push(`errors missing [${missing.join("] [")}]`);
  if (unexpected.length) problems.push(`errors unexpected [${unexpected.join("] [")}]`);
  return problems.join("; ");
}

let checked = 0;
let files = 0;
const disagreements = [];
// Every vector file, of every capability, against the vector format.
for (const capability of fs.readdirSync(vectorsRoot, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  for (const version of fs.readdirSync(path.join(vectorsRoot, capability)).sort()) {
    for (const name of fs.readdirSync(path.join(vectorsRoot, capability, version)).filter((n) => n.endsWith(".json")).sort()) {
      files++;
      if (!vectorFormat(readJson(path.join(vectorsRoot, capability, version, name)))) {
        disagreements.push(`${capability}/${version}/${name}: not a vector file: ${ajv.errorsText(vectorFormat.errors)}`);
      }
    }
  }
}
const stillKnown = new Set();
const schemaDir = path.join(vectorsRoot, "schema");
for (const version of fs.readdirSync(schemaDir).sort()) {
  for (const name of fs.readdirSync(path.join(schemaDir, version)).filter((n) => n.endsWith(".json")).sort()) {
    const file = path.join(schemaDir, version, name);
    const vectors = readJson(file);
    for (const test of vectors.tests) {
      const id = `schema/${version}/${test.id}`;
      const validate = ajv.getSchema(SCHEMA_ID + test.input.schema);
      if (!validate) {
        disagreements.push(`${id}: no schema ${test.input.schema}`);
        continue;
      }
      const valid = validate(test.input.instance);
      const errors = (validate.errors || []).map((e) => ({ keyword: e.keyword, pointer: e.instancePath }));
      const problem = difference(test.expected, valid, errors);
      checked++;
      if (known.has(id)) {
        if (problem) {
          stillKnown.add(id);
        } else {
          disagreements.push(`${id}: agrees now, but is listed in known-differences.json (${known.get(id)}); remove it`);
        }
      } else if (problem) {
        disagreements.push(`${id} (${vectors.capability}/${version}/${name}): ${problem}`);
      }
    }
  }
}
for (const id of known.keys()) {
  if (!stillKnown.has(id) && !disagreements.some((d) => d.startsWith(id + ":"))) {
    disagreements.push(`${id}: listed in known-differences.json but no such schema vector`);
  }
}

console.log(`ajv ${JSON.parse(fs.readFileSync(path.join(here, "node_modules/ajv/package.json"), "utf8")).version}: `
  + `${files} vector files in their format, ${checked} schema vectors, ${stillKnown.size} known differences, `
  + `${disagreements.length} disagreements`);
for (const d of disagreements) {
  console.log("DISAGREES " + d);
}
process.exit(disagreements.length ? 1 : 0);
