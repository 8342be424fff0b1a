package diag

import (
	"sort"

	"github.com/govmap/govmap/msg"
)

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
	{"too-large", Error, "Too many entries",
		"A data file's lists hold at most 500 entries, its groups at most 500 fields, and one entity at most 5,000 of them together: far above real use, and checked before the file is evaluated, so that no file can stall the validator.",
		"Remove entries: a list or a group this long is a mistake (a list pasted twice, or generated data)."},
	{"duplicate-entry", Error, "Entry listed twice",
		"A list names each entry once: the same network, party or area twice says nothing more and is usually a copy left in by mistake.",
		"Delete the second occurrence."},
	{"control-character", Error, "Invisible character in a text",
		"Texts and ids hold no control characters (other than line breaks and tabs) and no characters that reorder or hide text (bidirectional marks, line separators): they can make a name read differently from what it is, and some change a reviewer's terminal.",
		"Delete the character: retype the text around the position shown, or paste it as plain text."},
	{"file-empty", Error, "File defines nothing",
		"Every data file defines exactly one entity.",
		"Add the entity the file is named after, or delete the file."},
	{"file-name", Error, "File name does not match its entity",
		"A file is named after the entity it defines: actors/<id>.cue, tasks/<id>.cue, counties/<code>-<name>.cue, municipalities/<code>-<name>.cue. The name tells reviewers and CODEOWNERS which entity a change touches.",
		"Rename the file, or correct the id the file defines."},
	{"foreign-entity", Error, "File writes another entity",
		"In one CUE package any file could add to any value; govmap lets each file write only its own entity, so that a file's owners control exactly that entity.",
		"Move the change into the file of the entity it concerns."},
	{"outside-entity", Error, "Field outside the entity's braces",
		"Every field of a file's entity is written inside the braces after its id, such as municipalities: \"091\": { ... }. A field after the last } (or above the entity) belongs to no entity.",
		"Move the fields inside the braces, before the last }."},
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
	{"network-not-joinable", Error, "Network not open to municipalities",
		"A municipality lists only networks it can join: networks whose openTo names municipalities. Valdias is for state actors; Kuthanek, the Security Committee and other appointed bodies are not joined at all. Joining is voluntary: listing no network is no gap.",
		"Remove the network from networks; the message names the networks open to municipalities."},
	{"succession", Error, "Inconsistent succession",
		"An actor that ended (validUntil) names who holds its tasks after it (succeededBy), from the day after it ended, and successors exist from that day.",
		"Correct validUntil, succeededBy or the successor's validFrom."},
	{"numbering", Error, "Duplicate number",
		"Areas, tasks, recommendations and observations are numbered as in the source documents; each number is used once.",
		"Give each item the number the source document gives it."},
	{"basis", Error, "Statement without its basis",
		"The sources link no recommendation to a task or an area, date no task's status and classify no actor: every such statement of the national model says its basis. One a source makes names the passage (source); one this repository infers gives its reason in Finnish, Swedish and English (reason), and the site marks it as the repository's own. A requirement that is the repository's own recommendation is at most a warning.",
		"Add source: \"<document, chapter>\" to a statement with basis: \"source\", or reason: {fi, sv, en} to one with basis: \"inferred\"; give an inferred requirement severity warning or notice."},
	{"unknown-law", Error, "Unknown law",
		"A requirement names the act it rests on (law), so that a municipality the act does not bind is not held to it; the act must be a law of model/laws.cue.",
		"Use one of the law ids of model/laws.cue."},
	// Municipalities and counties against the reference data.
	{"identity", Error, "Identity differs from the reference data",
		"A municipality's or county's code, names, region, county, language and population are public facts of Statistics Finland (reference/). The file must agree with them.",
		"Correct the value to the one in the reference data; if the reference data changed, regenerate the files with `go run ./internal/gen -force`."},
	{"reference-missing", Error, "No file for a reference entity",
		"Every municipality and wellbeing services county of the reference data has exactly one file.",
		"Create the file with `go run ./internal/gen`, which writes only missing files."},
	{"reference-unknown", Error, "File for a code that does not exist",
		"The code is not a municipality or county of the reference data (Statistics Finland, reference/).",
		"Use the Statistics Finland code of an existing municipality or county, or delete the file."},
	// Governance of a reporting municipality.
	{"required-role", Error, "Required role not named",
		"Once a municipality has reported (status.reported: true), it names the roles the national model asks for (model/requirements.cue): the data-protection officer is mandatory, and the report recommends an information-security officer and a preparedness officer. The severity of each comes from the model.",
		"Add the role under roles with at least its title."},
	{"role-id", Error, "Role written with its title as id",
		"The national model knows its roles by id (data-protection-officer, information-security-officer, preparedness-officer); a role whose id is the role's title, such as tietosuojavastaava, is not recognised as the model's role.",
		"Use the model's id for the role, and write its title under title."},
	{"required-body", Warning, "Required body not listed",
		"A reporting municipality lists its council, board and audit committee, the bodies Kuntaliitto 2025 gives duties in digital security, so that their status reports can be followed. Listing them is this repository's own recommendation, so it is a warning; the audit committee is not asked of a municipality the Local Government Act does not bind (Åland).",
		"Add the body under bodies with its type and name."},
	{"raci-incomplete", Error, "Responsibility row incomplete",
		"Each area's row of the responsibility matrix names exactly one Accountable and at least one Responsible.",
		"Add accountable: \"role:...\" or \"body:...\", and responsible: [...] to the row."},
	{"raci-missing-area", Warning, "No responsibility row for an area",
		"A reporting municipality has a responsibility row for every cooperation area of the model.",
		"Add a row under raci for the area named in the message."},
	{"raci-accountable-delegated", Error, "Accountability delegated outside the municipality",
		"Management's ultimate responsibility cannot be delegated, even when operations are outsourced (Kuntaliitto 2025): the Accountable is one of the municipality's own roles or bodies, not a company, the county or a national actor.",
		"Make a role or body of the municipality Accountable, and name the company or actor as Responsible or Consulted."},
	{"area-requirement", Warning, "Area requirement not met",
		"The national model states, per cooperation area, which municipal party should hold which letter of the responsibility matrix (model/areas.cue, requirements), each with its source and basis. No source asks for a letter of a responsibility matrix, so a requirement is a warning or a notice, as the model says.",
		"Give the party named in the message the letter the requirement asks for."},
	{"report-interval", Warning, "Status-report interval outside the source's range",
		"Kuntaliitto 2025: the interval of the digital-security reviews given to a body depends on the municipality and the body, and would probably lie between once per council term and once every half-year (model/requirements.cue: 6 to 48 months); a review can also be given case by case. A longer interval is a warning, a shorter one a notice: reporting more often is never wrong. A reporting municipality's council, board and audit committee set an interval.",
		"Set statusReportEveryMonths to the body's interval in months; 6 to 48 is the source's range."},
	{"report-overdue", Warning, "Status report overdue",
		"The body's latest status report (the latest of lastStatusReport and statusReports, whatever brought it on) is older than its interval, judged at --today.",
		"Put the status report on the body's agenda, then add it to statusReports with its date and trigger."},
	{"date-future", Error, "Date in the future",
		"A date of something done (a status report, a review, an exercise, a risk assessment) cannot be after today.",
		"Correct the date; record it after the event."},
	{"nis2-scope", Error, "NIS2 scope not stated",
		"A company in a critical-infrastructure sector (energy, water, waste, heating) or marked critical states whether it is in NIS2 scope.",
		"Add nis2: \"in-scope\" or nis2: \"out-of-scope\"."},
	{"nis2-training", Warning, "NIS2 management training not done",
		"The NIS2 directive requires management training in the companies it covers (Kuntaliitto 2025).",
		"Arrange the training, then set managementTrainingDone: true."},
	{"plan-overdue", Warning, "Action-plan task overdue",
		"A task of the municipality's action plan is past its due date and not done.",
		"Mark the task done, or move its due date and say why in the pull request."},
	{"visibility-leak", Error, "Public value names a non-public one",
		"Published values must not point at non-public ones: a public responsibility row, body or task that names a non-public role, body or company would reveal it.",
		"Make the referenced entry public, or mark the referring one non-public too."},
	{"review-date", Warning, "Reported without a review date",
		"A reporting municipality records when it last reviewed its file (status.reviewed), so readers can judge how current it is.",
		"Add status: reviewed: \"YYYY-MM-DD\"."},
	{"no-maintainers", Warning, "No maintainers",
		"A reporting municipality names the GitHub users or teams who may approve changes to its file (maintainers).",
		"Add maintainers: [\"@user\"] or [\"@org/team\"]."},
	{"placeholder", Error, "Example value left in place",
		"The README's example and the hints use made-up values: @your-github-name, and addresses and links at example.fi, example.com, example.org, example.net or a reserved example domain (.example, .test, .invalid, .localhost; RFC 2606 and 6761). Left in a file, they reach nobody.",
		"Replace the placeholder with your own value."},
	{"mailbox-personal", Warning, "Mailbox looks like a person's",
		"A role's mailbox is the role's shared address (such as tietosuoja@...), which stays when the person changes; an address of the form first.last@ is a person's own, and personal data in a public file.",
		"Use the role's shared mailbox."},
	{"maintainer-org", Warning, "Team of another organisation",
		"GitHub's CODEOWNERS accepts only teams of the repository's own organisation (and users); a team of another organisation is ignored, so it approves nothing. The organisation is --repo's OWNER, else GITHUB_REPOSITORY's, else that of the national coordinators' team (model/coordinators.cue).",
		"Name a team of the repository's organisation, or GitHub users."},
	{"management-tasks", Warning, "Management's tasks not assigned",
		"Management's tasks in digital security are managing the strategic risks, approving the model for managing digital protection, managing the residual risks and overseeing digital protection as a whole (Kuntaliitto 2025). A reporting municipality says which of its roles or bodies carries each.",
		"Add the task under management with by: \"body:<id>\" or \"role:<id>\"."},
	{"management-delegated", Error, "Management's task delegated outside the municipality",
		"Management's ultimate responsibility cannot be delegated, even when operations are outsourced (Kuntaliitto 2025): each of management's tasks is carried by one of the municipality's own roles or bodies, not a company, the county or a national actor.",
		"Name one of the municipality's own roles or bodies in by."},
	{"company-board", Warning, "Company board not listed",
		"An owned company with critical infrastructure (energy, water, waste) or in NIS2 scope has its board among the bodies, so that the board's digital-security status reports are followed like the other bodies' (Kuntaliitto 2025).",
		"Add a body of type \"company-board\" with company: \"<company id>\" and its statusReportEveryMonths."},
	{"procurement-security", Warning, "Security requirements in procurement not recorded",
		"The procurement process is essential for digital security: calls for tenders and contracts state the digital-security requirements and how the services' compliance with them is monitored (Kuntaliitto 2025).",
		"Set procurement.securityRequirements and procurement.complianceMonitoring to true once they hold."},
	{"confidentiality", Warning, "Confidentiality of security details not recorded",
		"Openness is kept as far as possible, but details of security and preparedness arrangements, and thus possible vulnerabilities, are identified and classified: in what is published, in procurement and finance documents (calls for tenders, contracts, invoices, financial reports) and in internal-audit and internal-control reports (Kuntaliitto 2025).",
		"Set the fields of confidentiality to true once they hold: controlledPublication, procurementAndFinance, internalAudit."},
	{"critical-services", Warning, "Critical services not identified",
		"Effective digital-security measures need the critical services and material identified, together with the classification of information and risk assessment (Kuntaliitto 2025).",
		"Identify the critical services, then set informationManagement.criticalServicesIdentified: true."},
	{"exercise-overdue", Warning, "Continuity exercise overdue or not recorded",
		"Preparedness and continuity management are exercised regularly (Kuntaliitto 2025). A reporting municipality records its last exercise (informationManagement.lastExercise) and how often it exercises (exerciseEveryMonths); an exercise older than that interval, judged at --today, is overdue.",
		"Hold the exercise, then record its date in lastExercise; set exerciseEveryMonths."},
	{"risk-assessment-overdue", Warning, "Risk assessment overdue or not recorded",
		"Risks are assessed and managed over the whole life cycle of data processing, and digital security is reviewed continuously as threats change (Kuntaliitto 2025). A reporting municipality records its last risk assessment (informationManagement.lastRiskAssessment) and how often it assesses (riskAssessmentEveryMonths); an assessment older than that interval, judged at --today, is overdue.",
		"Assess the risks, then record the date in lastRiskAssessment; set riskAssessmentEveryMonths."},
	{"review-overdue", Warning, "File review overdue",
		"A reporting municipality says how often it reviews its file (status.reviewEveryMonths); a review older than that, judged at --today, leaves readers with a picture that may no longer hold.",
		"Review the file, then update status.reviewed; set status.reviewEveryMonths."},
	{"sector-duties", Warning, "Sector questions not recorded",
		"Each sector has its own data-protection and information-security questions (Kuntaliitto 2025). Education holds much personal data of pupils and parents, and brings AI and other digital tools into teaching with care; the technical sector identifies the sensitive parts of critical infrastructure, classifies and protects their data, and shares plans, maps and geodata carefully and under control.",
		"Set the fields of sectors.education and sectors.technical to true once they hold."},
	{"committee-registers", Warning, "Committee's personal-data registers not listed",
		"A committee may be responsible for significant personal-data registers, and the municipality identifies and protects them better than before (Kuntaliitto 2025). A reporting municipality lists each committee's significant registers.",
		"Add personalDataRegisters: [{fi: \"...\"}] to the committee, or personalDataRegisters: [] if it has none."},
	{"codeowners-stale", Error, "CODEOWNERS out of date",
		".github/CODEOWNERS is generated from the maintainers in the CUE files; when they change, it must be generated again, or GitHub would ask the wrong people to approve.",
		"Run `go run . codeowners` and commit .github/CODEOWNERS."},
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

// In returns the rule with its title, explanation and hint in a language
// (from the message catalogue, keyed by the English text).
func (r Rule) In(l msg.Lang) Rule {
	r.Title = msg.T(l, r.Title)
	r.Explanation = msg.T(l, r.Explanation)
	r.Hint = msg.T(l, r.Hint)
	return r
}
