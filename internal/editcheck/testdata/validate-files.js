// validate-files.js runs cases through the editor's validator compiled to
// WebAssembly (cmd/govmap-wasm), all in one instance: Node starts, and
// the wasm compiles, once. TestWasmCorpus (wasm_test.go) runs it:
//
//	node validate-files.js WASM_EXEC_JS GOVMAP_WASM < cases.json
//
// stdin is {"base": {PATH: CONTENT}, "cases": [{"name", "delete": [PATH],
// "input": FilesInput}]}: each case's input.files are laid over the base
// (after its deletes; input.raw, files as base64, replace the base's too)
// and the whole given to govmapValidateFiles. stdout is
// one JSON line per case: {"name", "ms", "output"}, output being what
// govmapValidateFiles returned ({"findings": {LANG: [...]}} or
// {"error": "..."}).
"use strict";

const fs = require("fs");
const path = require("path");

if (process.argv.length !== 4) {
	console.error("usage: node validate-files.js WASM_EXEC_JS GOVMAP_WASM < cases.json");
	process.exit(2);
}
const [wasmExec, wasmFile] = process.argv.slice(2).map((p) => path.resolve(p));

// What wasm_exec_node.js sets up: Go writes to the real stdout and stderr.
globalThis.fs = fs;
globalThis.path = path;
globalThis.crypto ??= require("crypto").webcrypto;
require(wasmExec);

async function main() {
	const cases = JSON.parse(fs.readFileSync(0, "utf8"));
	const go = new Go();
	const ready = new Promise((resolve) => {
		globalThis.govmapReady = resolve;
	});
	const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), go.importObject);
	const exited = go.run(instance).then(() => {
		throw new Error("the Go program exited before it was ready");
	});
	await Promise.race([ready, exited]);
	for (const c of cases.cases) {
		const files = Object.assign({}, cases.base);
		for (const p of c.delete || []) {
			if (!(p in files)) {
				throw new Error(`case ${c.name}: delete ${p}: no such file in the base`);
			}
			delete files[p];
		}
		Object.assign(files, c.input.files || {});
		for (const p of Object.keys(c.input.raw || {})) {
			delete files[p]; // the case's bytes replace the base's text
		}
		const input = Object.assign({}, c.input, { files });
		const start = performance.now();
		const out = globalThis.govmapValidateFiles(JSON.stringify(input));
		const ms = Math.round(performance.now() - start);
		fs.writeSync(1, JSON.stringify({ name: c.name, ms, output: JSON.parse(out) }) + "\n");
	}
}

main().then(
	() => process.exit(0),
	(err) => {
		console.error(err && err.stack ? err.stack : String(err));
		process.exit(1);
	},
);
