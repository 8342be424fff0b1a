// govmap search: filters the index written at build time
// (search-index.js, loaded before this script, sets window.govmapSearchIndex),
// in the browser, with no other service and no request: it works from the
// site's folder (file://) too. The live region says how many results a
// query has. Without JavaScript the page lists everything instead. ä, ö
// and å match a and o.
(function () {
	"use strict";
	var form = document.getElementById("search-form");
	var input = document.getElementById("q");
	var results = document.getElementById("search-results");
	var statusEl = document.getElementById("search-status");
	var all = document.getElementById("search-all");
	if (!form || !input || !results || !Array.isArray(window.govmapSearchIndex)) {
		return;
	}
	var base = form.getAttribute("data-base") || "";
	var lang = form.getAttribute("data-lang") || "fi";
	var entries = null;

	function fold(s) {
		return String(s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim();
	}
	function nameOf(e) {
		return e.n[lang] || e.n.fi;
	}
	function prepare(list) {
		list.forEach(function (e) {
			var keys = [e.n.fi, e.n.sv, e.n.en].concat(e.a || []);
			e.key = fold(keys.join(" | "));
			e.code = e.c || "";
		});
		return list;
	}
	function score(e, q) {
		if (e.code && (e.code === q || e.code.replace(/^0+/, "") === q.replace(/^0+/, ""))) {
			return 0;
		}
		var words = fold(nameOf(e));
		if (words.indexOf(q) === 0) {
			return 1;
		}
		if (e.key.indexOf(q) === 0 || e.key.indexOf(" " + q) >= 0 || e.key.indexOf("|" + q) >= 0) {
			return 2;
		}
		if (e.key.indexOf(q) >= 0) {
			return 3;
		}
		return -1;
	}
	function render() {
		var q = fold(input.value);
		while (results.firstChild) {
			results.removeChild(results.firstChild);
		}
		if (!q || !entries) {
			results.hidden = true;
			if (all) { all.hidden = false; }
			statusEl.textContent = "";
			return;
		}
		var found = [];
		entries.forEach(function (e) {
			var s = score(e, q);
			if (s >= 0) { found.push([s, e]); }
		});
		found.sort(function (a, b) {
			return a[0] - b[0] || nameOf(a[1]).localeCompare(nameOf(b[1]), lang);
		});
		found.slice(0, 50).forEach(function (f) {
			var e = f[1];
			var li = document.createElement("li");
			var a = document.createElement("a");
			a.href = base + e.p;
			a.textContent = nameOf(e);
			if (!e.n[lang]) { a.lang = "fi"; }
			li.appendChild(a);
			var kind = document.createElement("span");
			kind.className = "kind";
			kind.textContent = " – " + (form.getAttribute("data-kind-" + e.k) || e.k) + (e.k === "municipality" ? " " + e.c : "");
			li.appendChild(kind);
			results.appendChild(li);
		});
		results.hidden = found.length === 0;
		if (all) { all.hidden = true; }
		var said = found.length === 0 ? "data-none" : found.length === 1 ? "data-count-one" : "data-count";
		statusEl.textContent = (form.getAttribute(said) || "%d")
			.replace("%d", String(found.length))
			.replace("%s", function () { return input.value.trim(); }); // a function: no $-patterns
	}

	form.addEventListener("submit", function (ev) {
		ev.preventDefault();
		render();
	});
	input.addEventListener("input", render);

	var params = new URLSearchParams(window.location.search);
	if (params.get("q")) {
		input.value = params.get("q");
	}
	entries = prepare(window.govmapSearchIndex);
	render();
})();
