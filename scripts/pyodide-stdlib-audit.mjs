// Which files of Pyodide's standard library the checker uses in the browser: Pyodide started as the
// worker's wheels path starts it (the lock file, the wheels unpacked by the worker's own Python,
// read from docs/javascripts/checker-worker.js), then every call of CALLS_JSON made through the
// bridge, as the worker makes it, errors included.
//
//   node scripts/pyodide-stdlib-audit.mjs PYODIDE_DIR BUNDLE_DIR CALLS_JSON
//
// CALLS_JSON is [[function, [args...]], ...] (scripts/audit_stdlib.py writes it). Prints the zip
// members that imported modules came from, one JSON list: what hooks/widget.py's trimmed zip must hold.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const [pyodideDir, bundleDir, callsFile] = process.argv.slice(2);
if (!callsFile) {
  console.error("usage: node scripts/pyodide-stdlib-audit.mjs PYODIDE_DIR BUNDLE_DIR CALLS_JSON");
  process.exit(2);
}
const worker = readFileSync(new URL("../docs/javascripts/checker-worker.js", import.meta.url), "utf8");
const unpackWheels = /const UNPACK_WHEELS = `([^`]*)`;/.exec(worker)?.[1];
if (!unpackWheels) {
  console.error("pyodide-stdlib-audit: no UNPACK_WHEELS in checker-worker.js");
  process.exit(1);
}
const { loadPyodide } = await import(join(pyodideDir, "pyodide.mjs"));
const lock = readFileSync(join(bundleDir, "pyodide-lock.json"), "utf8");
const pyodide = await loadPyodide({
  indexURL: pyodideDir,
  lockFileContents: lock,
  stdout: () => {},
  stderr: (line) => console.error(line),
});
pyodide.FS.mkdirTree("/tmp/wheels");
for (const { file_name: file } of Object.values(JSON.parse(lock).packages)) {
  pyodide.FS.writeFile(`/tmp/wheels/${file.split("/").pop()}`, readFileSync(join(bundleDir, file)));
}
pyodide.runPython(unpackWheels);
const bridge = pyodide.pyimport("checker.bridge");
for (const [name, args] of JSON.parse(readFileSync(callsFile, "utf8"))) {
  try {
    bridge[name](...args);
  } catch (error) {
    // An exception that crosses into JavaScript is formatted by Python: that is a path of its own.
    if (!(error instanceof pyodide.ffi.PythonError)) throw error;
  }
}
// sys is built in: reading sys.modules imports nothing. Frozen modules (os, io, importlib's bootstrap)
// name a file in the zip but are never read from it.
const files = pyodide.runPython(`
import sys
_zip = f"/lib/python{sys.version_info[0]}{sys.version_info[1]}.zip/"
sorted({
    m.__file__[len(_zip):]
    for m in list(sys.modules.values())
    if (getattr(m, "__file__", None) or "").startswith(_zip) and getattr(m.__spec__, "origin", None) != "frozen"
})
`);
console.log(JSON.stringify(files.toJs()));
