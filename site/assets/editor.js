// The editor (edit.html?code=CODE): a form of the municipality's public
// governance, checked as it is typed by the validator compiled to
// WebAssembly, sent as a GitHub issue (a change request). Plain script,
// no inline code: the page's CSP allows only the site's files (and, on
// this page, WebAssembly).
(function () {
  "use strict";
  var root = document.getElementById("editor");
  if (!root) { return; }
  var W = JSON.parse(root.getAttribute("data-words"));
  var lang = document.documentElement.lang || "fi";
  var code = new URLSearchParams(location.search).get("code") || "";
  var data = (window.govmapEditData || {})[code];
  var muniP = document.getElementById("editor-muni");
  root.hidden = false;
  if (!data) {
    muniP.textContent = W["unknown-code"];
    document.getElementById("editor-form").hidden = true;
    return;
  }
  var nameOf = function (t) { return (t && (t[lang] || t.fi || t.sv)) || ""; };
  muniP.textContent = W["for"] + ": " + nameOf(data.name) + " (" + code + ")";

  // The state is the public view without the identity; the form edits
  // status, roles, bodies, raci and maintainers, and the rest is sent as
  // it is (a request leaving it out would remove it).
  var identity = ["code", "name", "region", "county", "language", "population"];
  var state = {};
  Object.keys(data.public).forEach(function (k) {
    if (identity.indexOf(k) < 0) { state[k] = data.public[k]; }
  });
  state.status = state.status || { reported: false };
  state.roles = state.roles || {};
  state.bodies = state.bodies || {};
  state.raci = state.raci || {};
  var uid = 0;
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (a) {
      if (a === "text") { e.textContent = attrs[a]; } else { e.setAttribute(a, attrs[a]); }
    });
    (kids || []).forEach(function (k) { if (k) { e.appendChild(k); } });
    return e;
  }
  // The breadcrumb leads back to the municipality's page.
  var crumbs = document.querySelector("nav.breadcrumbs ol");
  if (crumbs && crumbs.lastElementChild) {
    crumbs.insertBefore(el("li", {}, [el("a", { href: W.muniBase + encodeURIComponent(code) + ".html", text: nameOf(data.name) })]), crumbs.lastElementChild);
  }
  function field(label, input, help) {
    var id = "f" + (++uid);
    input.id = id;
    var kids = [el("label", { "for": id, text: label }), input];
    if (help) {
      var hid = id + "-help";
      kids.push(el("span", { "class": "help", id: hid, text: help }));
      input.setAttribute("aria-describedby", hid);
    }
    return el("p", { "class": "field" }, kids);
  }
  function text(value, path, onchange) {
    var i = el("input", { type: "text", autocomplete: "off", "data-path": path });
    i.value = value || "";
    i.addEventListener("input", function () { onchange(i.value.trim()); changed(); });
    return i;
  }
  function select(options, value, path, onchange, multiple) {
    var s = el("select", { "data-path": path });
    if (multiple) { s.multiple = true; s.size = Math.min(4, Math.max(2, options.length)); }
    options.forEach(function (o) {
      var opt = el("option", { value: o.value, text: o.label });
      opt.selected = multiple ? (value || []).indexOf(o.value) >= 0 : o.value === value;
      s.appendChild(opt);
    });
    s.addEventListener("change", function () {
      if (multiple) {
        onchange(Array.prototype.filter.call(s.options, function (o) { return o.selected; }).map(function (o) { return o.value; }));
      } else { onchange(s.value); }
      changed();
    });
    return s;
  }
  function setText(obj, key, l, v) {
    obj[key] = obj[key] || {};
    if (v) { obj[key][l] = v; } else { delete obj[key][l]; }
  }
  function rename(coll, oldID, newID, prefix) {
    if (!newID || newID === oldID || coll[newID]) { return false; }
    var out = {};
    Object.keys(coll).forEach(function (k) { out[k === oldID ? newID : k] = coll[k]; });
    Object.keys(coll).forEach(function (k) { delete coll[k]; });
    Object.keys(out).forEach(function (k) { coll[k] = out[k]; });
    Object.keys(state.raci).forEach(function (a) {
      var r = state.raci[a];
      ["responsible", "consulted", "informed"].forEach(function (f) {
        if (r[f]) { r[f] = r[f].map(function (p) { return p === prefix + oldID ? prefix + newID : p; }); }
      });
      if (r.accountable === prefix + oldID) { r.accountable = prefix + newID; }
    });
    return true;
  }

  // Status.
  var rep = document.getElementById("status-reported");
  rep.checked = !!state.status.reported;
  rep.addEventListener("change", function () { state.status.reported = rep.checked; changed(); });
  var rev = document.getElementById("status-reviewed");
  rev.value = state.status.reviewed || "";
  rev.addEventListener("input", function () { state.status.reviewed = rev.value.trim(); changed(); });
  var every = document.getElementById("status-every");
  every.value = state.status.reviewEveryMonths || "";
  every.addEventListener("input", function () { state.status.reviewEveryMonths = parseInt(every.value, 10) || 0; changed(); });
  var maint = document.getElementById("maintainers");
  maint.value = (state.maintainers || []).join(" ");
  maint.addEventListener("input", function () {
    state.maintainers = maint.value.split(/[\s,]+/).filter(function (s) { return s; });
    changed();
  });

  // Roles.
  function renderRoles() {
    var list = document.getElementById("roles-list");
    list.textContent = "";
    Object.keys(state.roles).forEach(function (id) {
      var r = state.roles[id];
      var p = "roles/" + id;
      // The role's kind is chosen among the model's roles; "another
      // role" shows a field for its identifier.
      var known = kindOf(id);
      var kinds = W.roleIDs.map(function (o) { return { value: o.value, label: o.label }; });
      kinds.push({ value: "", label: W["role-other"] });
      var kind = select(kinds, known ? id : "", p + "/kind", function () {});
      Array.prototype.forEach.call(kind.options, function (o) { o.disabled = !!o.value && o.value !== id && !!state.roles[o.value]; });
      var idInput = text(known ? "" : id, p, function () {});
      var idField = field(W["role-other-id"], idInput);
      idField.hidden = !!known;
      kind.addEventListener("change", function () {
        if (kind.value) {
          if (rename(state.roles, id, kind.value, "role:")) { renderAll(); changed(); }
        } else {
          idField.hidden = false;
          idInput.focus();
        }
      });
      idInput.addEventListener("change", function () {
        if (rename(state.roles, id, idInput.value.trim(), "role:")) { renderAll(); changed(); }
      });
      var fs = el("fieldset", { "class": "entry", "data-path": p }, [
        el("legend", { text: W.role + ": " + roleLabel(id) }),
        field(W["role-kind"], kind),
        idField,
        field(W["role-title-fi"], text((r.title || {}).fi, p + "/title/fi", function (v) { setText(r, "title", "fi", v); relabel("role:", id, roleLabel(id)); })),
        field(W["role-title-sv"], text((r.title || {}).sv, p + "/title/sv", function (v) { setText(r, "title", "sv", v); relabel("role:", id, roleLabel(id)); })),
        field(W["role-mailbox"], text(r.mailbox, p + "/mailbox", function (v) { if (v) { r.mailbox = v; } else { delete r.mailbox; } }))
      ]);
      var rm = el("button", { type: "button", text: W.remove + ": " + roleLabel(id) });
      rm.addEventListener("click", function () { delete state.roles[id]; renderAll(); changed(); });
      fs.appendChild(el("p", {}, [rm]));
      list.appendChild(fs);
    });
  }
  function kindOf(id) { return W.roleIDs.filter(function (o) { return o.value === id; })[0]; }
  // A role is shown by its title, else by the name of its kind.
  function roleLabel(id) {
    var k = kindOf(id);
    return nameOf((state.roles[id] || {}).title) || (k ? k.label : id);
  }
  function bodyLabel(id) {
    var b = state.bodies[id] || {};
    var t = W.bodyTypes.filter(function (o) { return o.value === b.type; })[0];
    return nameOf(b.name) || (t ? t.label : id);
  }
  // A title or name typed shows at once in the legend and the matrix.
  function relabel(prefix, id, label) {
    Array.prototype.forEach.call(root.querySelectorAll('#raci-list option[value="' + (prefix + id).replace(/["\\]/g, "\\$&") + '"]'), function (o) { o.textContent = label; });
  }
  function freshID(coll, base) {
    var id = base, n = 1;
    while (coll[id]) { n++; id = base + "-" + n; }
    return id;
  }
  document.getElementById("add-role").addEventListener("click", function () {
    var free = W.roleIDs.filter(function (o) { return !state.roles[o.value]; })[0];
    var id = free ? free.value : freshID(state.roles, "role");
    state.roles[id] = { title: free ? { fi: "" } : {}, visibility: "public" };
    renderAll(); changed();
    var inputs = document.querySelectorAll("#roles-list fieldset:last-of-type input");
    if (inputs[1]) { inputs[1].focus(); }
  });

  // Bodies.
  function latest(b) {
    var reps = b.statusReports || [];
    var last = null;
    reps.forEach(function (r) { if (!last || r.date > last.date) { last = r; } });
    return last;
  }
  function renderBodies() {
    var list = document.getElementById("bodies-list");
    list.textContent = "";
    Object.keys(state.bodies).forEach(function (id) {
      var b = state.bodies[id];
      var p = "bodies/" + id;
      // The identifier is optional: left empty, it is made of the type.
      var idInput = text(id, p, function () {});
      idInput.addEventListener("change", function () {
        var v = idInput.value.trim();
        if (!v) { v = freshID(state.bodies, b.type || "body"); }
        if (rename(state.bodies, id, v, "body:")) { renderAll(); changed(); } else { idInput.value = id; }
      });
      var last = latest(b);
      var lastInput = text(last ? last.date : (b.lastStatusReport || ""), p + "/statusReports", function (v) {
        var l = latest(b);
        if (!v) {
          if (l) { b.statusReports.splice(b.statusReports.indexOf(l), 1); }
          delete b.lastStatusReport;
        } else if (l) { l.date = v; } else {
          delete b.lastStatusReport;
          b.statusReports = [{ date: v, trigger: trig.value }];
        }
        if (b.statusReports && !b.statusReports.length) { delete b.statusReports; }
      });
      lastInput.setAttribute("inputmode", "numeric");
      lastInput.setAttribute("placeholder", "2026-12-01");
      var trig = select(W.triggers, last ? last.trigger : "scheduled", p + "/statusReports", function (v) {
        var l = latest(b);
        if (l) { l.trigger = v; }
      });
      var everyInput = el("input", { type: "number", min: "1", max: "120", "data-path": p + "/statusReportEveryMonths" });
      everyInput.value = b.statusReportEveryMonths || "";
      everyInput.addEventListener("input", function () {
        var n = parseInt(everyInput.value, 10);
        if (n) { b.statusReportEveryMonths = n; } else { delete b.statusReportEveryMonths; }
        changed();
      });
      var fs = el("fieldset", { "class": "entry", "data-path": p }, [
        el("legend", { text: W.body + ": " + bodyLabel(id) }),
        field(W["body-type"], select(W.bodyTypes, b.type, p + "/type", function (v) {
          var auto = id === b.type || id.indexOf(b.type + "-") === 0;
          b.type = v;
          // An identifier made of the old type follows the new one.
          if (auto && v !== "other") {
            var next = freshID(state.bodies, v);
            if (rename(state.bodies, id, next, "body:")) { setTimeout(renderAll, 0); return; }
          }
          relabel("body:", id, bodyLabel(id));
        })),
        field(W["body-name-fi"], text((b.name || {}).fi, p + "/name/fi", function (v) { setText(b, "name", "fi", v); relabel("body:", id, bodyLabel(id)); })),
        field(W["body-name-sv"], text((b.name || {}).sv, p + "/name/sv", function (v) { setText(b, "name", "sv", v); relabel("body:", id, bodyLabel(id)); })),
        field(W["body-every"], everyInput),
        field(W["body-last"], lastInput),
        field(W["body-trigger"], trig),
        field(W["body-id-optional"], idInput, W["body-id-help"])
      ]);
      var rm = el("button", { type: "button", text: W.remove + ": " + bodyLabel(id) });
      rm.addEventListener("click", function () { delete state.bodies[id]; renderAll(); changed(); });
      fs.appendChild(el("p", {}, [rm]));
      list.appendChild(fs);
    });
  }
  document.getElementById("add-body").addEventListener("click", function () {
    var id = freshID(state.bodies, "board");
    state.bodies[id] = { type: "board", name: {}, visibility: "public" };
    renderAll(); changed();
  });

  // The responsibility matrix: one group per area, R/A/C/I each a list
  // of the parties the form defines (and any the file named).
  function parties() {
    var out = [];
    Object.keys(state.roles).forEach(function (id) { out.push({ value: "role:" + id, label: roleLabel(id) }); });
    Object.keys(state.bodies).forEach(function (id) { out.push({ value: "body:" + id, label: bodyLabel(id) }); });
    Object.keys(state.companies || {}).forEach(function (id) { out.push({ value: "company:" + id, label: nameOf(state.companies[id].name) || id }); });
    return out;
  }
  function renderRACI() {
    var list = document.getElementById("raci-list");
    list.textContent = "";
    var ps = parties();
    W.areas.forEach(function (a) {
      var row = state.raci[a.ID] || {};
      var p = "raci/" + a.ID;
      var known = ps.map(function (o) { return o.value; });
      var extra = [].concat(row.responsible || [], row.consulted || [], row.informed || [], row.accountable ? [row.accountable] : [])
        .filter(function (v, i, all) { return known.indexOf(v) < 0 && all.indexOf(v) === i; })
        .map(function (v) { return { value: v, label: v }; });
      var opts = ps.concat(extra);
      function set(f, v) {
        var r = state.raci[a.ID] = state.raci[a.ID] || {};
        if (v && v.length) { r[f] = v; } else { delete r[f]; }
        if (!Object.keys(r).length) { delete state.raci[a.ID]; }
      }
      var fs = el("fieldset", { "class": "entry raci-row", "data-path": p }, [
        el("legend", { text: a.Label }),
        field(W["raci.responsible"], select(opts, row.responsible, p + "/responsible", function (v) { set("responsible", v); }, true), W["raci-several"]),
        field(W["raci.accountable"], select([{ value: "", label: W["raci-none"] }].concat(opts), row.accountable || "", p + "/accountable", function (v) { set("accountable", v); })),
        field(W["raci.consulted"], select(opts, row.consulted, p + "/consulted", function (v) { set("consulted", v); }, true), W["raci-several"]),
        field(W["raci.informed"], select(opts, row.informed, p + "/informed", function (v) { set("informed", v); }, true), W["raci-several"])
      ]);
      list.appendChild(fs);
    });
  }
  function renderAll() { renderRoles(); renderBodies(); renderRACI(); }

  // The request: CUE in the file's syntax, one field a line; lines[i] is
  // the form path line i+1 was written from.
  var bare = /^[A-Za-z_][A-Za-z0-9_]*$/;
  function key(k) { return bare.test(k) ? k : JSON.stringify(k); }
  function empty(v) {
    if (v === null || v === undefined || v === "") { return true; }
    if (Array.isArray(v)) { return false; }
    if (typeof v === "object") { return Object.keys(v).every(function (k) { return empty(v[k]); }); }
    return false;
  }
  function requestText() {
    var out = [], paths = [];
    function line(s, path) { out.push(s); paths.push(path); }
    function value(v, indent, path, prefix) {
      if (Array.isArray(v)) {
        if (v.every(function (x) { return typeof x !== "object"; })) {
          line(indent + prefix + "[" + v.map(function (x) { return JSON.stringify(x); }).join(", ") + "]", path);
          return;
        }
        line(indent + prefix + "[", path);
        v.forEach(function (x) {
          var parts = Object.keys(x).filter(function (k) { return !empty(x[k]); }).map(function (k) { return key(k) + ": " + JSON.stringify(x[k]); });
          line(indent + "\t{" + parts.join(", ") + "},", path);
        });
        line(indent + "]", path);
      } else if (v && typeof v === "object") {
        line(indent + prefix + "{", path);
        Object.keys(v).forEach(function (k) {
          if (empty(v[k])) { return; }
          value(v[k], indent + "\t", path + "/" + k, key(k) + ": ");
        });
        line(indent + "}", path);
      } else {
        line(indent + prefix + JSON.stringify(v), path);
      }
    }
    line("municipalities: " + JSON.stringify(code) + ": {", "");
    Object.keys(state).forEach(function (k) {
      if (empty(state[k]) && k !== "status") { return; }
      value(state[k], "\t", k, key(k) + ": ");
    });
    line("}", "");
    return { text: out.join("\n") + "\n", paths: paths };
  }
  function markdown(req) { return "```cue\n" + req + "```\n"; }

  // Findings next to the fields.
  var findingsBox = document.getElementById("findings");
  var preview = document.getElementById("request-text");
  var lastReq = null;
  function fieldFor(path) {
    var parts = path.split("/");
    while (parts.length) {
      var e = root.querySelector('[data-path="' + parts.join("/").replace(/["\\]/g, "\\$&") + '"]');
      if (e) { return e; }
      parts.pop();
    }
    return null;
  }
  function clearErrors() {
    Array.prototype.forEach.call(root.querySelectorAll(".field-error"), function (e) {
      var t = document.querySelector('[aria-describedby~="' + e.id + '"]');
      if (t) {
        var rest = t.getAttribute("aria-describedby").split(" ").filter(function (x) { return x !== e.id; }).join(" ");
        if (rest) { t.setAttribute("aria-describedby", rest); } else { t.removeAttribute("aria-describedby"); }
        t.removeAttribute("aria-invalid");
      }
      e.parentNode.removeChild(e);
    });
  }
  // The parts of the file the form edits; a finding on any other part
  // (confidentiality, management, companies…) is fixed by pull request
  // and listed apart, folded.
  var formParts = ["status", "roles", "bodies", "raci", "maintainers"];
  function labelOf(ctl) {
    if (ctl.tagName === "FIELDSET") { return ctl.querySelector("legend").textContent; }
    var l = ctl.id ? root.querySelector('label[for="' + ctl.id + '"]') : null;
    if (l) { return l.textContent; }
    var fs = ctl.closest("fieldset");
    var lg = fs ? fs.querySelector("legend") : null;
    return lg ? lg.textContent : "";
  }
  function show(findings, paths) {
    clearErrors();
    findingsBox.removeAttribute("aria-busy");
    findingsBox.textContent = "";
    if (!findings.length) { findingsBox.appendChild(el("p", { text: W["no-findings"] })); return; }
    var ul = el("ul", { "class": "findings" });
    var other = el("ul", { "class": "findings" });
    findings.forEach(function (f, i) {
      var path = f.line > 0 ? (paths[f.line - 1] || "") : "";
      var top = (path || (f.field || "").replace(/\./g, "/")).split("/")[0];
      var hint = f.hint;
      var target = null, ctl = null;
      // Findings about the file as a whole that the form fixes: each
      // points at the form's part that fixes it, in words.
      var area = /raci\."?([a-z0-9-]+)/.exec(f.message);
      switch (f.rule) {
        case "required-role": target = fieldFor("roles"); ctl = document.getElementById("add-role"); hint = W["add-role-hint"]; break;
        case "required-body": target = fieldFor("bodies"); ctl = document.getElementById("add-body"); hint = W["add-body-hint"]; break;
        case "no-maintainers": target = document.getElementById("maintainers"); hint = W["maintainers-hint"]; break;
        case "review-date": target = document.getElementById("status-reviewed"); break;
        case "raci-missing-area": target = fieldFor(area ? "raci/" + area[1] : "raci"); hint = W["raci-row-hint"]; break;
        default: if (path) { target = fieldFor(path); }
      }
      var inForm = target !== null && (!top || formParts.indexOf(top) >= 0 || !path);
      // A finding the form fixes needs no CUE path in its words: the
      // field, or the form's part named before it, says where.
      var message = inForm ? f.message.replace(/ \((raci|roles|bodies|status|maintainers)[.][^)]*\)/g, "") : f.message;
      var li = el("li", { "class": "finding " + f.severity, "data-rule": f.rule });
      if (target && inForm) {
        var words = W[f.severity] + ": " + message + (hint ? (/[.!?]$/.test(message) ? " " : ". ") + hint : "");
        if (!target.id) { target.id = "t" + (++uid); }
        var eid = "err-" + i;
        var msgEl = el("span", { "class": "field-error " + f.severity, id: eid, text: words });
        var host = target.tagName === "FIELDSET" ? target : target.parentNode;
        if (target.tagName === "FIELDSET") { host.insertBefore(msgEl, host.children[1] || null); } else { host.appendChild(msgEl); }
        ctl = ctl || (target.tagName === "FIELDSET" ? target.querySelector("input,select,button") : target);
        if (ctl) {
          ctl.setAttribute("aria-describedby", ((ctl.getAttribute("aria-describedby") || "") + " " + eid).trim());
          if (f.severity === "error" && ctl.tagName !== "BUTTON") { ctl.setAttribute("aria-invalid", "true"); }
        }
        // In the list, the field's label says where.
        var where = target.tagName === "FIELDSET" ? labelOf(target.querySelector("legend") ? target : ctl) : (ctl ? labelOf(ctl) : "");
        // A matrix row's name is already in the message.
        if (f.rule === "raci-missing-area") { where = ""; }
        li.appendChild(el("a", { href: "#" + (ctl || target).id, text: W[f.severity] + ": " + (where ? where + ": " : "") + message + (hint ? (/[.!?]$/.test(message) ? " " : ". ") + hint : "") }));
      } else {
        // Away from a field, the message keeps the path it names.
        li.textContent = W[f.severity] + ": " + (f.field ? f.field + ": " : "") + message + (hint ? (/[.!?]$/.test(message) ? " " : ". ") + hint : "");
      }
      (inForm ? ul : other).appendChild(li);
    });
    if (ul.children.length) { findingsBox.appendChild(ul); }
    if (other.children.length) {
      findingsBox.appendChild(el("details", { "class": "other-findings" }, [
        el("summary", { text: W["other-findings"] + " (" + other.children.length + ")" }),
        el("p", {}, [document.createTextNode(W["other-help"] + " "), el("a", { href: W.contributing, text: "CONTRIBUTING.md" })]),
        other
      ]));
    }
  }
  // While a check runs, the list says so (and is busy).
  function checking() {
    if (!ready) { return; }
    findingsBox.setAttribute("aria-busy", "true");
    var was = findingsBox.querySelector("p.checking");
    if (was) { return; }
    var only = findingsBox.children.length === 1 && findingsBox.firstElementChild.tagName === "P";
    if (only) { findingsBox.textContent = ""; }
    findingsBox.insertBefore(el("p", { "class": "checking", text: W.checking }), findingsBox.firstChild);
  }

  // The validator runs in a worker (assets/editor-worker.js): one check
  // at a time, the latest form state next; a result for an older state
  // than the form's is dropped.
  var ready = false, timer = null, worker = null, busy = false, pending = false, seq = 0, sentPaths = {};
  function validate() {
    var r = requestText();
    lastReq = r.text;
    preview.textContent = markdown(r.text);
    if (!ready) { return; }
    if (busy) { pending = true; return; }
    busy = true;
    pending = false;
    seq++;
    sentPaths = { id: seq, paths: r.paths };
    var today = new Date().toISOString().slice(0, 10);
    worker.postMessage({ id: seq, input: JSON.stringify({ file: data.file, identity: data.identity, request: r.text, lang: lang, today: today }) });
  }
  function result(m) {
    busy = false;
    if (pending) { validate(); return; }
    // How long the check took, for the budget's measurement.
    root.setAttribute("data-check-ms", String(m.ms));
    var res = JSON.parse(m.out);
    if (res.error) { findingsBox.removeAttribute("aria-busy"); findingsBox.textContent = W["validator-failed"]; } else { show(res.findings, sentPaths.paths); }
    root.setAttribute("data-checks", String(parseInt(root.getAttribute("data-checks") || "0", 10) + 1));
  }
  function changed() {
    lastReq = requestText().text;
    preview.textContent = markdown(lastReq);
    if (timer) { clearTimeout(timer); }
    checking();
    timer = setTimeout(validate, 300);
  }
  function startValidator() {
    if (!W.validator || typeof window.Worker !== "function") { findingsBox.textContent = W["validator-off"]; return; }
    if (location.protocol === "file:") { findingsBox.textContent = W["validator-file"]; return; }
    findingsBox.textContent = W.checking;
    var fail = function () { findingsBox.textContent = W["validator-failed"]; };
    try { worker = new Worker(W.worker); } catch (e) { fail(); return; }
    worker.onerror = fail;
    worker.onmessage = function (e) {
      var m = e.data;
      if (m.id) { result(m); return; }
      if (!m.ready) { fail(); return; }
      ready = true;
      root.setAttribute("data-validator", "ready");
      validate();
    };
  }

  // Sending.
  function title() {
    return W["issue-title"].replace("%s", nameOf(data.name)).replace("%s", code);
  }
  var note = document.getElementById("send-note");
  // The issue form's request field renders its text as a cue block
  // itself, so it gets the bare request; the dropdown is set by its
  // option's text.
  document.getElementById("send").addEventListener("click", function () {
    var body = requestText().text;
    var base = "https://github.com/" + W.repo + "/issues/new?template=" + encodeURIComponent(W.template) +
      "&title=" + encodeURIComponent(title()) + "&" + W.fieldCode + "=" + encodeURIComponent(data.option);
    var full = base + "&" + W.fieldRequest + "=" + encodeURIComponent(body);
    if (full.length <= 8000) {
      note.textContent = "";
      window.open(full, "_blank", "noopener");
      return;
    }
    var open = function () { note.textContent = W.copied; window.open(base, "_blank", "noopener"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(body).then(open, open);
    } else { open(); }
  });
  document.getElementById("download").addEventListener("click", function () {
    var blob = new Blob(["# " + title() + "\n\n" + markdown(requestText().text)], { type: "text/markdown" });
    var a = el("a", { href: URL.createObjectURL(blob), download: "govmap-" + code + ".md" });
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  });

  renderAll();
  changed();
  startValidator();
}());
