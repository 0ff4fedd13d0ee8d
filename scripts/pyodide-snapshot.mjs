// Build a memory snapshot of Pyodide with the checker already imported, so a reader's browser
// restores Python in a fraction of a second instead of starting it (about 3 s of CPU).
//
//   node scripts/pyodide-snapshot.mjs PYODIDE_DIR STDLIB_ZIP BUNDLE_DIR OUTPUT PROBE_PLAN_JSON
//
// STDLIB_ZIP is the standard library the site serves, BUNDLE_DIR the lock file and wheels
// (hooks/widget.py): Python's zip importer keeps the zip's table of contents in the snapshot, so the
// snapshot must be made with the very zip the browser gets. OUTPUT gets the
// gzipped snapshot. The script then restores the snapshot in a fresh runtime, as a browser will,
// checks PROBE_PLAN_JSON there and prints {"bytes", "probe"} so the build can compare the answer
// with the checker under CPython.
//
// Pyodide's snapshot options (_makeSnapshot, _loadSnapshot) are private and may change between
// versions. The version is pinned, the build verifies the result, and the browser falls back to a
// normal start when a snapshot is missing or does not load.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";

const [pyodideDir, stdLibURL, bundleDir, output, probePlan] = process.argv.slice(2);
if (!probePlan) {
  console.error("usage: node scripts/pyodide-snapshot.mjs PYODIDE_DIR STDLIB_ZIP BUNDLE_DIR OUTPUT PROBE_PLAN_JSON");
  process.exit(2);
}
const { loadPyodide } = await import(join(pyodideDir, "pyodide.mjs"));
const { default: createModule } = await import(join(pyodideDir, "pyodide.asm.mjs"));
// As the browser's worker does (docs/javascripts/checker-worker.js): Pyodide asks for a heap the size of
// the snapshot (INITIAL_MEMORY), which its WebAssembly ignores (it starts at 30 MiB); grown first, the heap
// takes it. The worker is one file for the browser, so the few lines are written out in both places.
async function createPyodideModule(settings) {
  const module = await createModule(settings);
  if (settings.INITIAL_MEMORY > module.HEAP8.length) module.growMemory(settings.INITIAL_MEMORY);
  return module;
}
const options = {
  indexURL: pyodideDir,
  stdLibURL,
  createPyodideModule,
  stdout: () => {},
  stderr: (line) => console.error(line),
};

// Unpacked by Python, not by pyodide.loadPackage: the package loader keeps JavaScript objects
// that a snapshot cannot hold. Every module is imported and the bridge called once, because the
// restored runtime has only what is in memory: its file system starts again from the stdlib alone.
// The command-line modules are left out: their imports (argparse) are not in the site's standard library.
const PREPARE = `
def _prepare():
    import importlib, pathlib, sys, zipfile
    site_packages = pathlib.Path(next(p for p in sys.path if p.endswith("site-packages")))
    for wheel in sorted(pathlib.Path("/wheels").glob("*.whl")):
        zipfile.ZipFile(wheel).extractall(site_packages)
    for init in sorted(site_packages.glob("*/__init__.py")):
        for module in sorted(init.parent.rglob("*.py")):
            parts = module.relative_to(site_packages).with_suffix("").parts
            if not {"__main__", "cli"} & set(parts):  # command lines: the browser has none
                importlib.import_module(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
_prepare()
del _prepare
`;

const pyodide = await loadPyodide({ ...options, _makeSnapshot: true });
const lock = JSON.parse(readFileSync(join(bundleDir, "pyodide-lock.json"), "utf8"));
pyodide.FS.mkdirTree("/wheels");
for (const { file_name: file } of Object.values(lock.packages)) {
  // Each wheel is served gzipped whole, "x.whl.gzip" (hooks/widget.py).
  const name = file.split("/").pop().replace(/\.gzip$/, "");
  pyodide.FS.writeFile(`/wheels/${name}`, gunzipSync(readFileSync(join(bundleDir, file))));
}
pyodide.runPython(PREPARE);
const plan = readFileSync(probePlan, "utf8");
const bridge = pyodide.pyimport("checker.bridge");
bridge.check_json(plan);
bridge.warm_up(); // every rule's patterns compiled: the restored checker compiles none on a reader's first check
bridge.plan_ics(plan);
bridge.timeline_json(JSON.parse(plan).interview_date);
bridge.destroy();
pyodide.runPython("import gc; gc.collect()");
const snapshot = pyodide.makeMemorySnapshot();
writeFileSync(output, gzipSync(snapshot, { level: 9 }));

const restored = await loadPyodide({ ...options, _loadSnapshot: snapshot });
const probe = restored.pyimport("checker.bridge").check_json(plan);
console.log(JSON.stringify({ bytes: snapshot.length, probe }));
