// Write the standard library the site serves: the members of Pyodide's python_stdlib.zip that the
// checker needs, compiled by Pyodide's own Python to bytecode (.pyc, no source), so that the
// browser does not compile them on every start: that is most of Python's start-up time there.
//
//   node scripts/pyodide-stdlib.mjs PYODIDE_DIR MEMBERS_JSON OUTPUT
//
// The members are stored, not compressed: the site serves the zip gzipped whole (hooks/widget.py).
// MEMBERS_JSON lists the members (hooks/pyodide-stdlib.txt, read by hooks/widget.py). Docstrings
// and asserts are left out, as `python -OO` does (Pyodide's _pyodide.docstring takes a None), and so
// are positions: every instruction of a function is said to be on its first line (a traceback
// names the function and its file; warnings and tracebacks still get a line number). That is a
// fifth of the zip.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [pyodideDir, membersFile, output] = process.argv.slice(2);
if (!output) {
  console.error("usage: node scripts/pyodide-stdlib.mjs PYODIDE_DIR MEMBERS_JSON OUTPUT");
  process.exit(2);
}
const { loadPyodide } = await import(join(pyodideDir, "pyodide.mjs"));
const pyodide = await loadPyodide({
  indexURL: pyodideDir,
  env: { HOME: "/home/pyodide", PYTHONNODEBUGRANGES: "1" },
  stdout: () => {},
  stderr: (line) => console.error(line),
});
pyodide.FS.writeFile("/tmp/members.json", readFileSync(membersFile));
pyodide.runPython(`
def _compile_stdlib():
    import importlib.util, json, marshal, sys, zipfile
    archive = f"/lib/python{sys.version_info[0]}{sys.version_info[1]}.zip"
    with open("/tmp/members.json") as file:
        members = json.load(file)
    def on_first_lines(code):
        # The location table (Objects/locations.md): entries of up to 8 code units, each "no column,
        # line delta 0" (code 13), so every instruction sits on the code object's first line.
        units = len(code.co_code) // 2
        table = b"".join(bytes([0x80 | 13 << 3 | min(8, units - start) - 1, 0]) for start in range(0, units, 8))
        consts = tuple(on_first_lines(const) if hasattr(const, "co_code") else const for const in code.co_consts)
        return code.replace(co_linetable=table, co_consts=consts)
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile("/tmp/stdlib.zip", "w") as compiled:
        for member in members:
            code = compile(source.read(member), f"{archive}/{member}", "exec", dont_inherit=True, optimize=2)
            code = on_first_lines(code)
            # A pyc with no source beside it, which the zip importer takes as it is (flags and source stamp 0).
            data = importlib.util.MAGIC_NUMBER + bytes(12) + marshal.dumps(code)
            info = zipfile.ZipInfo(member.removesuffix(".py") + ".pyc", date_time=(1980, 1, 1, 0, 0, 0))
            compiled.writestr(info, data)  # stored: hooks/widget.py gzips the whole zip
_compile_stdlib()
`);
writeFileSync(output, pyodide.FS.readFile("/tmp/stdlib.zip"));
