#!/usr/bin/env node
// Walks soundcloud:users:<tracks> with soundcloud-api-ts's paginateItems against a local
// PagingServer and prints items/s as JSON on stdout (progress goes to stderr).
//
//   node walk.mjs <baseUrl> [tracks=100000] [pageSize=200] [warmups=2] [runs=5]
//
// It is the Node counterpart of WalkBenchmark (benchmarks/src/main/java/...): same server, same
// user, same page size, pages fetched one after the other (no prefetch), every item handed to the
// caller. run.sh runs both against one server.
//
// How soundcloud-api-ts 1.13.4 is driven here, as read from dist/chunk-MZ7OS7LN.js (the file
// `import 'soundcloud-api-ts'` loads, through dist/index.js):
//
// * Base URL. https://api.soundcloud.com is a constant (BASE_URL). The `fetch` option of
//   SoundCloudClientConfig only reaches `sc.raw` (RawClient): `sc.users.getTracks` goes through
//   scFetch and paginateItems' next pages through scFetchUrl, and both call the global `fetch`.
//   So the custom fetch below is installed as globalThis.fetch (and also passed as `fetch`, where
//   a counter shows it is never called). It rewrites https://api.soundcloud.com to <baseUrl>; the
//   server's next_href URLs already point at <baseUrl> and pass through unchanged. It refuses any
//   other URL, so nothing can leave the machine.
// * Token. `sc.setToken(token)`. Users.getTracks resolves it per call (a `{ token }` TokenOption
//   third argument would override it); paginateItems copies `sc.accessToken` when it is called and
//   scFetchUrl sends it as `Authorization: OAuth <token>` on every next page. The fetch wrapper
//   counts requests and those without an Authorization header, and every walk checks that it saw
//   exactly ceil(tracks / pageSize) requests, all authorised.
// * Fairness. There is no response cache or request dedupe in 1.13.4: `cache`, `cacheTtlMs` and
//   `dedupe` are declared in the config type but never read (dedupe: false is passed anyway, no
//   cache). `maxRetries: 0` is passed, but scFetchUrl (every page after the first) always uses the
//   default retry config (3 retries on 429/5xx); the server never answers 429/5xx, so no retry
//   happens. What cannot be switched off and is measured as part of the library:
//     - every response's headers are copied into a non-enumerable `_meta` object on the page;
//     - paginateItems is an async generator, so every item costs a promise round trip
//       (`for await`), where the Java starter's Stream hands items over synchronously;
//     - HTTP is Node's built-in fetch (undici, keep-alive on) with redirect: "manual".

import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { SoundCloudClient } from "soundcloud-api-ts";

const API = "https://api.soundcloud.com";
const TOKEN = "benchmark-token";

function usage(message) {
  if (message) {
    console.error(`walk.mjs: ${message}`);
  }
  console.error("usage: node walk.mjs <baseUrl> [tracks=100000] [pageSize=200] [warmups=2] [runs=5]");
  process.exit(2);
}

function intArg(index, name, fallback, min, max) {
  const raw = process.argv[index];
  if (raw === undefined || raw === "") {
    return fallback;
  }
  if (!/^\d+$/.test(raw)) {
    usage(`${name} must be a whole number, not ${JSON.stringify(raw)}`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    usage(`${name} must be between ${min} and ${max}, not ${value}`);
  }
  return value;
}

const rawBase = process.argv[2];
if (!rawBase || rawBase === "-h" || rawBase === "--help") {
  usage();
}
let baseUrl;
try {
  const parsed = new URL(rawBase);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error("not http(s)");
  }
  baseUrl = parsed.origin + parsed.pathname.replace(/\/+$/, "");
} catch {
  usage(`baseUrl must be an http(s) URL, not ${JSON.stringify(rawBase)}`);
}
const tracks = intArg(3, "tracks", 100_000, 1, Number.MAX_SAFE_INTEGER);
// the server never sends more than 200 a page, so a larger page size would not be what it says
const pageSize = intArg(4, "pageSize", 200, 1, 200);
const warmups = intArg(5, "warmups", 2, 0, 1_000);
const runs = intArg(6, "runs", 5, 1, 1_000);
const user = `soundcloud:users:${tracks}`;
const requestsPerWalk = Math.ceil(tracks / pageSize);

// soundcloud-api-ts's own package.json (its "exports" do not expose it, so go from the entry point)
const packageJson = JSON.parse(
  readFileSync(new URL("../package.json", import.meta.resolve("soundcloud-api-ts")), "utf8"),
);

const counters = { requests: 0, withoutAuthorization: 0, configFetchCalls: 0 };
const nativeFetch = globalThis.fetch;

function localFetch(input, init) {
  let url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith(API + "/")) {
    url = baseUrl + url.slice(API.length);
  }
  if (!url.startsWith(baseUrl + "/")) {
    return Promise.reject(new Error(`walk.mjs: refusing a request off the local server: ${url}`));
  }
  counters.requests++;
  const headers = init?.headers ?? (input instanceof Request ? input.headers : undefined);
  if (!new Headers(headers).has("authorization")) {
    counters.withoutAuthorization++;
  }
  return nativeFetch(url, init);
}

globalThis.fetch = localFetch;

const sc = new SoundCloudClient({
  clientId: "benchmark-client",
  clientSecret: "benchmark-secret",
  // only sc.raw uses this in 1.13.4; counted to show that the walk never goes through it
  fetch: (input, init) => {
    counters.configFetchCalls++;
    return localFetch(input, init);
  },
  dedupe: false,
  maxRetries: 0,
});
sc.setToken(TOKEN);

function fail(message) {
  console.error(`walk.mjs: ${message}`);
  process.exit(1);
}

async function walk() {
  const requestsBefore = counters.requests;
  const unauthorisedBefore = counters.withoutAuthorization;
  let count = 0;
  let last;
  const start = performance.now();
  for await (const track of sc.paginateItems(() => sc.users.getTracks(user, pageSize))) {
    count++;
    last = track;
  }
  const seconds = (performance.now() - start) / 1000;
  if (count !== tracks) {
    fail(`walked ${count} tracks of ${user}, expected ${tracks}`);
  }
  if (typeof last?.urn !== "string" || !last.urn.startsWith("soundcloud:tracks:")) {
    fail(`the last item does not look like a track: ${JSON.stringify(last)?.slice(0, 200)}`);
  }
  const requests = counters.requests - requestsBefore;
  if (requests !== requestsPerWalk) {
    fail(`the walk made ${requests} requests through the local fetch, expected ${requestsPerWalk}`);
  }
  if (counters.withoutAuthorization !== unauthorisedBefore) {
    fail(`${counters.withoutAuthorization - unauthorisedBefore} requests went without an Authorization header`);
  }
  return seconds;
}

function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

try {
  for (let i = 1; i <= warmups; i++) {
    const seconds = await walk();
    console.error(`warmup ${i}/${warmups}: ${round(tracks / seconds, 1)} items/s (${round(seconds, 3)} s)`);
  }
  const walkSeconds = [];
  for (let i = 1; i <= runs; i++) {
    const seconds = await walk();
    walkSeconds.push(seconds);
    console.error(`run ${i}/${runs}: ${round(tracks / seconds, 1)} items/s (${round(seconds, 3)} s)`);
  }
  if (counters.configFetchCalls !== 0) {
    // the assumption the comments above rest on no longer holds: say so, but the walk was fine
    console.error(`walk.mjs: note: the client called its configured fetch ${counters.configFetchCalls} times`);
  }
  const perRun = walkSeconds.map((seconds) => tracks / seconds);
  const mean = perRun.reduce((a, b) => a + b, 0) / perRun.length;
  const variance = perRun.length > 1
    ? perRun.reduce((a, b) => a + (b - mean) ** 2, 0) / (perRun.length - 1)
    : 0;
  const totalSeconds = walkSeconds.reduce((a, b) => a + b, 0);
  const result = {
    client: "soundcloud-api-ts",
    package: { name: packageJson.name, version: packageJson.version },
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform}-${process.arch}`,
    baseUrl,
    user,
    tracks,
    pageSize,
    requestsPerWalk,
    warmups,
    runs,
    itemsPerSecond: {
      runs: perRun.map((v) => round(v, 1)),
      mean: round(mean, 1),
      min: round(Math.min(...perRun), 1),
      max: round(Math.max(...perRun), 1),
      stdev: round(Math.sqrt(variance), 1),
      // all measured items over all measured time, for comparison with a JMH iteration's score
      overall: round((tracks * runs) / totalSeconds, 1),
    },
    walkSeconds: walkSeconds.map((v) => round(v, 4)),
    checks: {
      // every request of every walk (warm-ups included) went through the local fetch
      requests: counters.requests,
      expectedRequests: requestsPerWalk * (warmups + runs),
      withoutAuthorization: counters.withoutAuthorization,
      // calls to SoundCloudClientConfig.fetch: 0 means the walk does not use it
      configFetchCalls: counters.configFetchCalls,
    },
  };
  process.stdout.write(JSON.stringify(result, null, 2) + "\n");
} catch (error) {
  console.error("walk.mjs: the walk failed:");
  console.error(error);
  process.exit(1);
}
