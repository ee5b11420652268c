#!/usr/bin/env node
// Validates the sample course package in public/courses against public/schema/course-package-1.0.schema.json
// (JSON Schema draft 2020-12, with Ajv) and checks what a schema cannot: unique ids, answers naming existing
// choices, every learner-visible string in every course language, referenced files present, catalogue sizes and
// media durations up to date, each file under 1 MB. It also checks that the schema rejects a few broken documents.
//
// Ajv is not a dependency of the project: install it in a scratch folder and point AJV_DIR at it, e.g.
//   mkdir -p /tmp/ajv && cd /tmp/ajv && npm init -y && npm install ajv ajv-formats
//   AJV_DIR=/tmp/ajv node scripts/media/validate.mjs
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const ajvDir = process.env.AJV_DIR || "/tmp/ajv";
const require = createRequire(path.join(ajvDir, "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");

const coursesDir = path.join(root, "public/courses");
const schemaPath = path.join(root, "public/schema/course-package-1.0.schema.json");
let failures = 0;
let passes = 0;
const fail = (msg) => { failures++; console.log(`FAIL ${msg}`); };
const ok = (msg) => { passes++; if (process.env.VERBOSE) console.log(`ok   ${msg}`); };
const rel = (p) => path.relative(root, p);

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    fail(`${rel(file)}: not valid JSON: ${e.message}`);
    return null;
  }
}

const schema = readJson(schemaPath);
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addSchema(schema);
const id = schema.$id;
const validateAny = ajv.getSchema(id);
const validateCatalog = ajv.getSchema(`${id}#/$defs/catalog`);
const validateCourse = ajv.getSchema(`${id}#/$defs/course`);

function check(validator, data, name) {
  if (validator(data)) { ok(`${name} matches the schema`); return; }
  for (const e of validator.errors) fail(`${name}: ${e.instancePath || "/"}: ${e.message} ${JSON.stringify(e.params)}`);
}

// ---- every JSON file parses
for (const file of walk(path.join(root, "public"))) {
  if (file.endsWith(".json")) readJson(file) && ok(`${rel(file)} parses`);
}

// ---- catalogue
const catalogPath = path.join(coursesDir, "catalog.json");
const catalog = readJson(catalogPath);
check(validateCatalog, catalog, "catalog.json ($defs/catalog)");
check(validateAny, catalog, "catalog.json (top-level schema)");
unique(catalog.courses.map((c) => c.id), "catalog.json course ids");

for (const entry of catalog.courses) {
  const manifestPath = path.join(coursesDir, entry.manifest);
  const course = readJson(manifestPath);
  if (!course) continue;
  const name = rel(manifestPath);
  const dir = path.dirname(manifestPath);
  check(validateCourse, course, `${name} ($defs/course)`);
  check(validateAny, course, `${name} (top-level schema)`);
  for (const key of ["id", "iri"]) {
    if (entry[key] !== course[key]) fail(`${name}: ${key} ${course[key]} differs from the catalogue's ${entry[key]}`);
  }
  if (JSON.stringify(entry.languages) !== JSON.stringify(course.languages)) fail(`${name}: languages differ from the catalogue`);
  if (!course.languages.includes(course.defaultLanguage)) fail(`${name}: defaultLanguage is not one of languages`);

  // every localized text has every course language, in the catalogue entry and in the manifest
  forEachLocalized(entry, `catalog.json#${entry.id}`, (text, where) => langsComplete(text, course.languages, where));
  forEachLocalized(course, name, (text, where) => langsComplete(text, course.languages, where));

  unique(course.modules.map((m) => m.id), `${name} module ids`);
  const units = course.modules.flatMap((m) => m.units);
  unique(units.map((u) => u.id), `${name} unit ids`);
  for (const u of units) {
    const where = `${name} unit ${u.id}`;
    if (u.iri !== `${course.iri}/units/${u.id}`) fail(`${where}: iri ${u.iri} does not follow ${course.iri}/units/<id>`);
    const files = [];
    if (u.sources) files.push(...u.sources.map((s) => s.src));
    if (u.poster) files.push(u.poster);
    if (u.subtitles) files.push(...u.subtitles.map((s) => s.src));
    if (u.src) files.push(u.src);
    for (const f of files) {
      const p = path.join(dir, f);
      if (!fs.existsSync(p)) fail(`${where}: ${f} does not exist`); else ok(`${where}: ${f} exists`);
    }
    if (u.subtitles) {
      for (const s of u.subtitles) {
        const p = path.join(dir, s.src);
        if (fs.existsSync(p) && !fs.readFileSync(p, "utf8").startsWith("WEBVTT")) fail(`${where}: ${s.src} is not WebVTT`);
      }
    }
    if ((u.kind === "video" || u.kind === "audio") && hasFfprobe()) {
      const real = probe(path.join(dir, u.sources[0].src));
      if (Math.abs(real - u.duration) > 0.15) fail(`${where}: duration ${u.duration} but the file lasts ${real.toFixed(2)} s`);
      else ok(`${where}: duration ${u.duration} s`);
    }
    if (u.kind === "document" && u.size !== undefined) {
      const real = fs.statSync(path.join(dir, u.src)).size;
      if (real !== u.size) fail(`${where}: size ${u.size} but the file has ${real} bytes`);
    }
    if (u.kind === "quiz") checkQuiz(u, where);
  }

  // the catalogue's size is the course folder's total
  let total = 0;
  for (const f of walk(dir)) {
    const size = fs.statSync(f).size;
    total += size;
    if (size >= 1024 * 1024) fail(`${rel(f)} is ${size} bytes (at least 1 MB)`);
  }
  if (total !== entry.size) fail(`catalog.json#${entry.id}: size ${entry.size} but the folder holds ${total} bytes`);
  else ok(`catalog.json#${entry.id}: size ${total}`);
}

function checkQuiz(u, where) {
  unique(u.questions.map((q) => q.id), `${where} question ids`);
  for (const q of u.questions) {
    const w = `${where} question ${q.id}`;
    if (q.choices) {
      const ids = q.choices.map((c) => c.id);
      unique(ids, `${w} choice ids`);
      const named = q.type === "single-choice" ? [q.answer] : q.answers || [];
      for (const a of named) if (!ids.includes(a)) fail(`${w}: answer ${a} is not a choice id`);
    }
    if (!q.feedback || !q.feedback.correct || !q.feedback.incorrect) fail(`${w}: no feedback`);
  }
}

// ---- the schema rejects what it should, and accepts forward-compatible files
const base = readJson(path.join(coursesDir, "open-education/course.json"));
const mutate = (fn) => { const c = structuredClone(base); fn(c); return c; };
const firstUnit = (c) => c.modules[0].units[0];
const expectations = [
  ["unknown unit kind in a 1.0 file", false, mutate((c) => { firstUnit(c).kind = "vidoe"; })],
  ["unknown unit kind in a 1.2 file", true, mutate((c) => { c.version = "1.2"; c.modules[0].units.push({ id: "vr", iri: `${c.iri}/units/vr`, kind: "vr-scene", title: { en: "VR" }, scene: "x.glb" }); })],
  ["unknown unit kind in a 1.1 file", false, mutate((c) => { c.version = "1.1"; c.modules[0].units.push({ id: "vr", iri: `${c.iri}/units/vr`, kind: "vr-scene", title: { en: "VR" }, scene: "x.glb" }); })],
  ["a file without its size", false, mutate((c) => { c.files = [{ src: "a.webm" }]; })],
  ["unknown fields anywhere", true, mutate((c) => { c.futureField = 1; firstUnit(c).futureField = { a: 1 }; })],
  ["major version 2", false, mutate((c) => { c.version = "2.0"; })],
  ["version without minor", false, mutate((c) => { c.version = "1"; })],
  ["upper-case unit id", false, mutate((c) => { firstUnit(c).id = "What-Is-OER"; })],
  ["65-character id", false, mutate((c) => { c.id = "a".repeat(65); })],
  ["javascript: path", false, mutate((c) => { firstUnit(c).sources[0].src = "javascript:alert(1)"; })],
  ["data: poster", false, mutate((c) => { firstUnit(c).poster = "data:image/png;base64,AAAA"; })],
  ["protocol-relative path", false, mutate((c) => { firstUnit(c).poster = "//evil.example/p.jpg"; })],
  ["absolute https source", true, mutate((c) => { firstUnit(c).sources.unshift({ src: "https://cdn.example.org/intro.webm", type: "video/webm" }); })],
  ["video without duration", false, mutate((c) => { delete firstUnit(c).duration; })],
  ["video without sources", false, mutate((c) => { firstUnit(c).sources = []; })],
  ["empty localized text", false, mutate((c) => { c.title = {}; })],
  ["malformed language tag", false, mutate((c) => { c.title = { "english!": "x" }; })],
  ["passingScore above 1", false, mutate((c) => { c.modules[2].units[0].passingScore = 70; })],
  ["maxAttempts 0", false, mutate((c) => { c.modules[2].units[0].maxAttempts = 0; })],
  ["unknown question type", false, mutate((c) => { c.modules[2].units[0].questions[0].type = "essay"; })],
  ["true-false with a string answer", false, mutate((c) => { c.modules[2].units[0].questions[2].answer = "false"; })],
  ["single-choice with one choice", false, mutate((c) => { c.modules[2].units[0].questions[0].choices.length = 1; })],
  ["negative tolerance", false, mutate((c) => { c.modules[2].units[0].questions[4].tolerance = -1; })],
  ["module without units", false, mutate((c) => { c.modules[0].units = []; })],
  ["iri that is not http(s)", false, mutate((c) => { c.iri = "urn:x"; })],
];
for (const [name, expected, doc] of expectations) {
  const got = validateCourse(doc);
  if (got !== expected) fail(`schema self-test "${name}": expected ${expected ? "valid" : "invalid"}, got ${got ? "valid" : "invalid"}`);
  else ok(`schema self-test "${name}"`);
}

console.log(`${passes} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);

// ---- helpers
function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p); else yield p;
  }
}
function unique(ids, what) {
  const seen = new Set();
  for (const i of ids) { if (seen.has(i)) fail(`${what}: duplicate ${i}`); seen.add(i); }
}
function isLocalized(v) {
  return v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 0 &&
    Object.values(v).every((x) => typeof x === "string") && Object.keys(v).every((k) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(k));
}
function forEachLocalized(value, where, fn) {
  if (Array.isArray(value)) value.forEach((v, i) => forEachLocalized(v, `${where}/${i}`, fn));
  else if (value && typeof value === "object") {
    if (isLocalized(value)) fn(value, where);
    else for (const [k, v] of Object.entries(value)) forEachLocalized(v, `${where}/${k}`, fn);
  }
}
function langsComplete(text, langs, where) {
  for (const l of langs) if (!(l in text) || !text[l].trim()) fail(`${where}: no ${l} text`);
}
var ffprobeAvailable;
function hasFfprobe() {
  if (ffprobeAvailable === undefined) {
    try { execFileSync("ffprobe", ["-version"], { stdio: "ignore" }); ffprobeAvailable = true; } catch { ffprobeAvailable = false; }
  }
  return ffprobeAvailable;
}
function probe(file) {
  return parseFloat(execFileSync("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file]).toString());
}
