// The checker's Python, off the page's main thread: Pyodide from this site (in the content-hashed
// folder that runtime.json names), the office's policy, and the checker itself, restored from a
// memory snapshot of Python with the checker already imported (made at build time; the browser
// checks it against its sha256 in snapshot.json). The snapshot saves Python's start but costs
// several megabytes more, so it is fetched only when it is in the cache already or the link, as
// measured on the standard library's download, brings it sooner than Python would start. Otherwise
// (and when the reader asked to save data, or the snapshot is unusable) Python starts normally and
// installs the checker's wheels, each checked against the sha256 in our lock file.
//
// Requests:  {id, op: "check" | "ics" | "timeline" | "planTimeline" | "memory" | "stall", args: [...]}
// Replies:   {id, ok: true, result} or {id, ok: false, error: {code, message}}
// Status:    {status: {stage: "loading-checker" | "ready" | "failed", message, code?, startedFrom?}}
//            (startedFrom, on "ready": "snapshot" or "wheels")
//            (the client announces "loading-python" when it starts this worker)
//
// The reader's text reaches Python only as a function argument; no Python source is built here.

const CHECKER = new URL("../assets/checker/", import.meta.url);
const LONGEST_STALL_MS = 60_000;
// What restoring the snapshot saves over starting Python and installing the wheels: 0.3 to 0.7 s
// of CPU on a laptop (bench/widget.py), more on a phone. The snapshot is fetched when its download,
// at the speed the link showed, takes less: on a link of about 70 Mbps or more.
const START_SAVED_MS = 700;
// How long the warm-up compiles before it lets a waiting check run: a reader who clicks Check waits no longer.
const WARM_UP_SLICE_SECONDS = 0.05;

class Failure extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// Pyodide reports some download and compile failures only on the console and then waits forever,
// so the fetches and the compile it does go through these guards, which fail the load at once.
let failLoad;
const loadFailed = new Promise((_, reject) => {
  failLoad = reject;
});

const nativeFetch = globalThis.fetch;
const started = new Map(); // URL -> a download begun here before Pyodide asks for it (each time it asks)
globalThis.fetch = async (resource, options) => {
  const url = new URL(resource instanceof Request ? resource.url : resource, CHECKER);
  const name = url.pathname.split("/").pop();
  const early = started.get(url.href);
  let response;
  try {
    response = await (early ? early() : nativeFetch(resource, options));
  } catch (error) {
    // The browser says the same when a download breaks off and when it fails its integrity check.
    const why = options?.integrity
      ? "could not be downloaded, or does not match its sha256 in the lock file"
      : `could not be downloaded (${error.message})`;
    failLoad(new Failure("asset", `The file ${name} ${why}.`));
    throw error;
  }
  const type = response.headers.get("Content-Type");
  if (!response.ok) {
    failLoad(new Failure("asset", `The file ${name} is missing on the server (HTTP ${response.status}).`));
  } else if (name.endsWith(".wasm") && type?.split(";")[0].trim().toLowerCase() !== "application/wasm") {
    failLoad(new Failure("mime", `The server sends ${name} as ${type ?? "no type"} instead of application/wasm.`));
  }
  return response;
};

// Settles once the first instantiation of Python's WebAssembly ends, or fails: the wheels wait for it (see load).
let resolveWasmArrived;
const wasmArrived = new Promise((resolve) => {
  resolveWasmArrived = resolve;
});

if (typeof WebAssembly === "object") {
  const nativeInstantiateStreaming = WebAssembly.instantiateStreaming;
  WebAssembly.instantiateStreaming = async (source, imports) => {
    try {
      return await nativeInstantiateStreaming(source, imports);
    } catch (error) {
      failLoad(new Failure("asset", `Python's WebAssembly module could not be started (${error.message}).`));
      throw error;
    } finally {
      resolveWasmArrived();
    }
  };
}

// The site serves only the part of Python's standard library that the checker uses (hooks/widget.py,
// from `make stdlib`). Should it lack a module, the reader is told which, at once.
function missingModule(error) {
  const name = /ModuleNotFoundError: No module named '([^']+)'/.exec(String(error?.message ?? error))?.[1];
  return name
    ? new Failure("asset", `Python's standard library on this site lacks the module ${name}, which the checker needs.`)
    : null;
}

function post(stage, message, code) {
  self.postMessage({ status: code ? { stage, message, code } : { stage, message } });
}

async function text(url) {
  const response = await fetch(url, { cache: "no-cache" }); // small, and must match this build
  return response.text();
}

// Where the snapshot is, its sha256 and size, or null to start Python the normal way. These fetches
// skip the guard above: a snapshot that cannot be had means a slower start, not a failure.
async function snapshotManifest() {
  // The snapshot costs several MB more than the wheels; the page marks a reader who asked to save data.
  if (self.location.hash === "#save-data") return null;
  try {
    const response = await nativeFetch(new URL("snapshot.json", CHECKER), { cache: "no-cache" });
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

// gzip's magic number; a server that sent the file with Content-Encoding: gzip has unpacked it already.
async function gunzipped(packed) {
  if (packed[0] !== 0x1f || packed[1] !== 0x8b) return packed;
  const unpacked = new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream("gzip")));
  return new Uint8Array(await unpacked.arrayBuffer());
}

// The standard library, needed on either path, is fetched first: gzipped by the build, which no
// server compresses again or slows down compressing, it measures the link. Pyodide gets it unpacked.
function startStandardLibrary(url) {
  const unpacked = nativeFetch(url).then(async (response) => {
    if (!response.ok) return response; // for the guard above to report
    return gunzipped(new Uint8Array(await response.arrayBuffer()));
  });
  // Pyodide asks again when a snapshot that failed to restore leaves it to start afresh.
  started.set(url.href, () => unpacked.then((got) => (got instanceof Response ? got : new Response(got))));
  return unpacked.then(
    () => performance.getEntriesByName(url.href).at(-1),
    () => undefined, // a failure counts where Pyodide reads it
  );
}

// {response}, the snapshot's, if this visit should restore it: from the cache, where an earlier visit
// left it, or from the network when the link is fast enough. Null otherwise, and nothing is fetched.
async function snapshotSource({ url, integrity, bytes }, timing) {
  const address = new URL(url, CHECKER);
  const cached = await nativeFetch(address, { cache: "only-if-cached", mode: "same-origin", integrity }).catch(
    () => null,
  );
  if (cached?.ok) return { response: cached };
  // A zip that came from the cache measures nothing: the wheels, which cost no more than is needed.
  if (!timing?.transferSize || !(bytes > 0)) return null;
  const bytesPerMs = timing.encodedBodySize / Math.max(timing.responseEnd - timing.responseStart, 1);
  if (bytes / bytesPerMs >= START_SAVED_MS) return null;
  return { response: nativeFetch(address, { integrity }) }; // rejects if the sha256 differs
}

async function snapshotImage(source) {
  const response = await source.response;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return gunzipped(new Uint8Array(await response.arrayBuffer()));
}

// The checker's wheels, each checked against its sha256 in the lock file as it downloads. The build
// gzips each whole (hooks/widget.py), under a name of its own: "x.whl.gzip" unpacks to "x.whl".
function fetchWheels(lockText) {
  return Object.values(JSON.parse(lockText).packages).map(({ file_name: file, sha256 }) => {
    const digest = String.fromCharCode(...sha256.match(/../g).map((pair) => Number.parseInt(pair, 16)));
    const download = fetch(new URL(file, CHECKER), { integrity: `sha256-${btoa(digest)}` }).then(
      async (response) => gunzipped(new Uint8Array(await response.arrayBuffer())),
    );
    download.catch(() => {}); // a failure counts where the install awaits it
    return { name: file.split("/").pop().replace(/\.gzip$/, ""), download };
  });
}

// Unpacked by Python's zipfile, which Pyodide imports as it starts: its package loader would import a
// dozen more modules of the standard library (tarfile, email, importlib.metadata) for the same.
const UNPACK_WHEELS = `
def _unpack_wheels():
    import importlib, pathlib, sys, zipfile
    site_packages = next(path for path in sys.path if path.endswith("site-packages"))
    for wheel in sorted(pathlib.Path("/tmp/wheels").glob("*.whl")):
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site_packages)
        wheel.unlink()
    importlib.invalidate_caches()
_unpack_wheels()
del _unpack_wheels
`;

async function installWheels(pyodide, wheels) {
  pyodide.FS.mkdirTree("/tmp/wheels");
  for (const { name, download } of wheels) {
    pyodide.FS.writeFile(`/tmp/wheels/${name}`, await download);
  }
  pyodide.runPython(UNPACK_WHEELS);
}

// Pyodide asks for a heap the size of the snapshot it restores (INITIAL_MEMORY), which its WebAssembly
// ignores: it starts at 30 MiB, and a larger snapshot would not fit. Grown first, the heap takes it.
function withRoomForSnapshot(createModule) {
  return async (settings) => {
    const module = await createModule(settings);
    if (settings.INITIAL_MEMORY > module.HEAP8.length) module.growMemory(settings.INITIAL_MEMORY);
    return module;
  };
}

const JAVASCRIPT_TYPES = new Set(["text/javascript", "application/javascript", "application/x-javascript"]);

async function runtimeModule(runtime, name) {
  const url = new URL(name, runtime);
  try {
    return await import(url.href);
  } catch (error) {
    // import() fails with the same words whatever went wrong; the server's answer says what it was.
    const response = await nativeFetch(url).catch(() => null);
    const type = response?.headers.get("Content-Type");
    if (response?.ok && !JAVASCRIPT_TYPES.has(type?.split(";")[0].trim().toLowerCase())) {
      throw new Failure("mime", `The server sends ${name} as ${type ?? "no type"} instead of text/javascript.`);
    }
    const why = response && !response.ok ? `HTTP ${response.status}` : error.message;
    throw new Failure("asset", `The Python runtime (${name}) could not be loaded (${why}).`);
  }
}

async function load() {
  if (typeof DecompressionStream !== "function") {
    throw new Failure("internal", "This browser cannot unpack the checker's files (no DecompressionStream).");
  }
  const where = text(new URL("runtime.json", CHECKER)); // the runtime's folder, named after its content
  const lock = text(new URL("pyodide-lock.json", CHECKER));
  const policy = text(new URL("policy.json", CHECKER));
  const holidays = text(new URL("holidays.json", CHECKER)); // the office's public holidays, as data
  const manifest = snapshotManifest();
  const folder = new URL(JSON.parse(await where).indexURL, CHECKER);
  const stdlib = new URL("python_stdlib.zip.gz", folder);
  const linkTiming = startStandardLibrary(stdlib);
  // Imported here, not by Pyodide, which would look for its ".mjs" name (hooks/widget.py serves ".js").
  const [runtime, emscripten] = await Promise.all([
    runtimeModule(folder, "pyodide.esm.js"),
    runtimeModule(folder, "pyodide.asm.js"),
  ]);
  const errors = [];
  const options = {
    indexURL: folder.href,
    stdLibURL: stdlib.href, // our part of it (hooks/widget.py)
    createPyodideModule: withRoomForSnapshot(emscripten.default),
    lockFileContents: lock, // without it, Pyodide looks for its own lock file, which this site does not serve
    stdout: () => {},
    stderr: (message) => errors.length < 20 && errors.push(message), // why an install failed, if it does
  };
  let pyodide = null;
  let startedFrom = "snapshot";
  const snapshot = (await manifest) && (await snapshotSource(await manifest, await linkTiming));
  if (snapshot) {
    // Handed over once: Pyodide keeps its options, and the 30 MB image is not needed after the restore.
    // Started now, so Python's WebAssembly downloads while the snapshot does.
    let image = snapshotImage(snapshot);
    image.catch(() => {}); // a failure counts where Pyodide awaits it, if it gets that far
    const handOver = {
      then(resolve, reject) {
        const taken = image;
        image = null;
        return taken.then(resolve, reject);
      },
    };
    try {
      pyodide = await runtime.loadPyodide({ ...options, _loadSnapshot: handOver });
    } catch {
      pyodide = null; // missing, not matching its sha256, or made for another runtime
    }
  }
  if (!pyodide) {
    startedFrom = "wheels";
    const starting = runtime.loadPyodide(options);
    // Fetched once Python's WebAssembly is in, to download while Python starts: fetched with it, they would
    // share the link with the largest file, and Python would start that much later. (Or once Python has
    // started or failed to, should the runtime compile its WebAssembly without instantiateStreaming.)
    const wheels = Promise.race([wasmArrived, starting.catch(() => {})]).then(async () => fetchWheels(await lock));
    wheels.catch(() => {}); // a failure counts where the install awaits it
    pyodide = await starting;
    await installWheels(pyodide, await wheels);
  }
  post("loading-checker", "Loading the checker…");
  let bridge;
  try {
    bridge = pyodide.pyimport("checker.bridge");
    bridge.prepare();
  } catch (error) {
    const why = errors.join(" ") || error.message;
    throw missingModule(why) ?? new Failure("asset", `The checker could not be installed (${why}).`);
  }
  const gc = pyodide.pyimport("gc");
  return {
    startedFrom,
    policy: await policy,
    holidays: await holidays,
    warmUp: bridge.warm_up,
    checkJson: bridge.check_json,
    planIcs: bridge.plan_ics,
    timelineJson: bridge.timeline_json,
    planTimelineJson: bridge.plan_timeline_json,
    memory: () => {
      gc.collect();
      const objects = gc.get_objects();
      const count = objects.length;
      objects.destroy();
      return { pythonObjects: count, wasmBytes: pyodide._module.HEAPU8.length };
    },
  };
}

const loaded = (async () => {
  if (typeof WebAssembly !== "object") throw new Failure("no-wasm", "This browser does not run WebAssembly.");
  return Promise.race([load(), loadFailed]).catch((error) => {
    throw missingModule(error) ?? error;
  });
})();

loaded.then(
  async ({ startedFrom, warmUp }) => {
    self.postMessage({ status: { stage: "ready", message: "Ready", startedFrom } });
    // The rules' patterns, compiled now while the reader writes (a second or more on the wheels; the
    // snapshot holds them compiled), a slice at a time: a check sent meanwhile runs between two slices,
    // compiling only what it needs, instead of waiting for them all.
    while (warmUp(WARM_UP_SLICE_SECONDS) > 0) await new Promise((resolve) => setTimeout(resolve, 0));
  },
  (error) => post("failed", error.message, error.code ?? "asset"),
);

// The bridge answers JSON text, or {"error": message} when it cannot read the plan.
function parsed(answer) {
  const value = JSON.parse(answer);
  if (value !== null && typeof value === "object" && !Array.isArray(value) && "error" in value) {
    throw new Failure("input", value.error);
  }
  return value;
}

const OPERATIONS = {
  check: (checker, planJson) => parsed(checker.checkJson(planJson, checker.policy)),
  ics: (checker, planJson) => {
    const calendar = checker.planIcs(planJson); // a calendar, or {"error": ...}
    return calendar.startsWith("{") ? parsed(calendar) : calendar;
  },
  timeline: (checker, interview, decision) =>
    parsed(checker.timelineJson(interview, decision ?? undefined, checker.policy, checker.holidays)), // undefined is None
  planTimeline: (checker, planJson) => parsed(checker.planTimelineJson(planJson, checker.policy, checker.holidays)),
  // For the tests: how much memory Python holds, and a request that runs too long. Neither runs code.
  memory: (checker) => checker.memory(),
  stall: (checker, ms) => {
    const until = Date.now() + Math.min(Number(ms) || 0, LONGEST_STALL_MS);
    while (Date.now() < until);
    return null;
  },
};

self.addEventListener("message", async ({ data: { id, op, args } }) => {
  try {
    const checker = await loaded;
    if (!Object.hasOwn(OPERATIONS, op)) throw new Failure("internal", `Unknown operation ${op}.`);
    self.postMessage({ id, ok: true, result: OPERATIONS[op](checker, ...(args ?? [])) });
  } catch (caught) {
    const error = missingModule(caught) ?? caught;
    self.postMessage({ id, ok: false, error: { code: error.code ?? "internal", message: error.message } });
  }
});
