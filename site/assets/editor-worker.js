// The editor's validator, off the page's thread: Go's wasm_exec.js, the
// model files and the validator compiled to WebAssembly (cmd/govmap-wasm).
// The page posts {id, input} and gets {id, out, ms} back; {ready, error}
// once the validator has loaded the model.
/* global Go, govmapLoad, govmapCheck */
"use strict";
importScripts("wasm_exec.js", "editor-model.js");
self.govmapReady = function () {
  var err = govmapLoad(JSON.stringify(self.govmapModel));
  self.postMessage({ ready: !err, error: err || "" });
};
var go = new Go();
fetch("govmap.wasm")
  .then(function (r) { return r.arrayBuffer(); })
  .then(function (b) { return WebAssembly.instantiate(b, go.importObject); })
  .then(function (res) { go.run(res.instance); },
    function (e) { self.postMessage({ ready: false, error: String(e) }); });
self.onmessage = function (e) {
  var t0 = performance.now();
  var out = govmapCheck(e.data.input);
  self.postMessage({ id: e.data.id, out: out, ms: Math.round(performance.now() - t0) });
};
