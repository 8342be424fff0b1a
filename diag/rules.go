package diag

import "sort"

// Rule is one check of the validator: a stable id that findings carry, a
// default severity, and the words a user reads in `govmap rules` and on the
// site's rules page.
type Rule struct {
	ID          string   `json:"id"`
	Severity    Severity `json:"severity"`
	Title       string   `json:"title"`
	Explanation string   `json:"explanation"`
	Hint        string   `json:"hint"`
}

// catalogue holds every rule. Ids are stable: tools and people match on
// them, so a rule is never renamed, only retired.
var catalogue = []Rule{
	// Files and syntax.
	{"syntax", Error, "CUE syntax error",
		"The file is not valid CUE, so nothing in it can be read.",
		"Look at the line shown: a missing closing brace or quote, or a missing comma between fields on one line, is the usual cause."},
	{"file-unreadable", Error, "File cannot be read",
		"The file is not UTF-8 text, is larger than 1 MiB, or is a symbolic link; govmap reads only regular UTF-8 files inside the repository.",
		"Save the file as UTF-8 text, split it, or replace the link with the file itself."},
	{"file-location", Error, "File in an unexpected place",
		"CUE files belong in model/, actors/, tasks/, counties/ or municipalities/ (no subfolders). A file elsewhere would not be validated or published.",
		"Move the file into the folder for what it describes, or delete it."},
	{"file-package", Error, "Wrong package name",
		"Every file of a folder belongs to the folder's CUE package, named after the folder (package actors, package municipalities, ...).",
		"Make the first non-comment line read `package <folder name>`."},
	{"file-not-data", Error, "Data file holds more than data",
		"Files in actors/, tasks/, counties/ and municipalities/ hold plain data: no imports, definitions, references or comprehensions. The folder's schema.cue binds them to the model.",
		"Write values as literals (strings in quotes, numbers, true/false, lists, structs) and remove imports and definitions."},
	{"file-empty", Error, "File defines nothing",
		"Every data file defines exactly one entity.",
		"Add the entity the file is named after, or delete the file."},
	{"file-name", Error, "File name does not match its entity",
		"A file is named after the entity it defines: actors/<id>.cue, tasks/<id>.cue, counties/<code>-<name>.cue, municipalities/<code>-<name>.cue. The name tells reviewers and CODEOWNERS which entity a change touches.",
		"Rename the file, or correct the id the file defines."},
	{"foreign-entity", Error, "File writes another entity",
		"In one CUE package any file could add to any value; govmap lets each file write only its own entity, so that a file's owners control exactly that entity.",
		"Move the change into the file of the entity it concerns."},
	{"duplicate-id", Error, "Id defined twice",
		"Each id is defined by exactly one file.",
		"Remove one definition, or give the second entity an id of its own."},
	{"binding", Error, "Folder binding file changed",
		"Each data folder's schema.cue binds the folder's files to the model's definitions; it is generated and must not differ from the generated text.",
		"Restore the file's generated content shown in the message."},
	// Schema.
	{"schema", Error, "Value breaks the schema",
		"A value has the wrong type, is out of range, or is not one of the allowed values of the model's schema (model/*.cue).",
		"Use a value of the kind the schema allows; the message names the field and what it expects."},
	{"unknown-field", Error, "Unknown field",
		"The schema is closed: a field it does not define is a misspelling or a field in the wrong place.",
		"Check the spelling and the nesting against model/*.cue, or remove the field."},
	{"missing-field", Error, "Required field missing",
		"The schema requires this field.",
		"Add the field; model/*.cue says what it holds."},
	// References.
	{"unknown-actor", Error, "Unknown actor",
		"A reference names an actor that has no file in actors/.",
		"Use the id of an existing actor (file name in actors/ without .cue), or add the actor."},
	{"unknown-area", Error, "Unknown cooperation area",
		"A reference names a cooperation area that model/areas.cue does not define.",
		"Use one of the area ids of model/areas.cue."},
	{"unknown-task", Error, "Unknown task",
		"A reference names a national task that has no file in tasks/.",
		"Use the id of an existing task (file name in tasks/ without .cue)."},
	{"unknown-recommendation", Error, "Unknown recommendation",
		"A reference names a recommendation that model/recommendations.cue does not define.",
		"Use one of the recommendation ids of model/recommendations.cue."},
	{"unknown-kind", Error, "Unknown cooperation kind",
		"A reference names a cooperation kind that model/kinds.cue does not define.",
		"Use statutory, voluntary or market, or another id of model/kinds.cue."},
	{"unknown-county", Error, "Unknown wellbeing services county",
		"A reference names a county code that has no file in counties/.",
		"Use the two-digit code of a county in counties/."},
	{"unknown-municipality", Error, "Unknown municipality",
		"A reference names a municipality code that has no file in municipalities/.",
		"Use the three-digit Statistics Finland code of an existing municipality."},
	{"unknown-party", Error, "Unknown party",
		"A responsibility, owner or company reference names a role, body or company that the municipality's own file does not define.",
		"Define the role, body or company in the file, or use the id of one that is there."},
	{"reference-kind", Error, "Reference to the wrong kind of actor",
		"Some references must name a particular kind of actor: a network joined must be a network, a task owner cannot be a missing actor.",
		"Use an actor of the kind the field asks for."},
	{"succession", Error, "Inconsistent succession",
		"An actor that ended (validUntil) names who holds its tasks after it (succeededBy), from the day after it ended, and successors exist from that day.",
		"Correct validUntil, succeededBy or the successor's validFrom."},
	{"numbering", Error, "Duplicate number",
		"Areas, tasks and recommendations are numbered as in the source documents; each number is used once.",
		"Give each item the number the source document gives it."},
}

var byID = func() map[string]Rule {
	m := make(map[string]Rule, len(catalogue))
	for _, r := range catalogue {
		if _, dup := m[r.ID]; dup {
			panic("diag: rule defined twice: " + r.ID)
		}
		m[r.ID] = r
	}
	return m
}()

// Lookup returns the rule with the given id.
func Lookup(id string) (Rule, bool) {
	r, ok := byID[id]
	return r, ok
}

// Rules returns every rule, sorted by id.
func Rules() []Rule {
	out := make([]Rule, len(catalogue))
	copy(out, catalogue)
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
