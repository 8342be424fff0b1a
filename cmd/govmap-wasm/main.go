//go:build js && wasm

// Command govmap-wasm is the validator of the site's editor, compiled to
// WebAssembly (GOOS=js GOARCH=wasm) by `govmap build`. It defines two
// functions on the page's global object:
//
//	govmapLoad(bundleJSON)  → "" or an error: the model files, once
//	govmapCheck(inputJSON)  → {"findings": [...]} or {"error": "..."}
//	govmapValidateFiles(filesJSON) → {"findings": {"fi": [...]}} or {"error": "..."}
//
// (see internal/editcheck for the input and the findings; the third runs
// validate.RunFS on a whole set of files, as the command line does, and
// needs no govmapLoad: the test of the fixture corpus calls it) and then calls
// govmapReady(), when the page defines it.
package main

import (
	"encoding/json"
	"syscall/js"

	"github.com/govmap/govmap/internal/editcheck"
)

func main() {
	var c *editcheck.Checker
	js.Global().Set("govmapLoad", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return "govmapLoad: want the bundle as a JSON string"
		}
		var b editcheck.Bundle
		if err := json.Unmarshal([]byte(args[0].String()), &b); err != nil {
			return "govmapLoad: " + err.Error()
		}
		checker, err := editcheck.New(b)
		if err != nil {
			return err.Error()
		}
		c = checker
		return ""
	}))
	js.Global().Set("govmapCheck", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if c == nil {
			return `{"findings":[],"error":"govmapLoad was not called"}`
		}
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return `{"findings":[],"error":"govmapCheck: want the input as a JSON string"}`
		}
		return c.CheckJSON(args[0].String())
	}))
	js.Global().Set("govmapValidateFiles", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return `{"findings":{},"error":"govmapValidateFiles: want the input as a JSON string"}`
		}
		return editcheck.ValidateFilesJSON(args[0].String())
	}))
	if ready := js.Global().Get("govmapReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}
