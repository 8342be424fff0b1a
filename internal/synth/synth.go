// Package synth generates SYNTHETIC repositories for benchmarks and load
// tests: every municipality of the reference data with a fully filled,
// made-up governance part, and, with a scale factor, more made-up
// municipalities (scale 10 = 3,080 municipality files). Nothing it writes
// describes a real organisation: every file says so in its first line.
// It writes only into a new or empty directory, never over the real files.
package synth

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/govmap/govmap/codeowners"
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
)

// Copied are the folders taken as they are from the real repository.
var Copied = []string{"cue.mod", "model", "actors", "tasks", "counties"}

// Generate writes a synthetic repository to dir from the real one at src.
// scale ≥ 1 multiplies the number of municipalities; codes beyond the 308
// real ones are four digits, so the copied schema's municipality code is
// widened to three to five digits (the only change to the model).
// It returns the reference data that matches the synthetic municipalities,
// for validate.Options.Reference.
func Generate(src, dir string, scale int, seed uint64) (*reference.Data, error) {
	if scale < 1 {
		return nil, fmt.Errorf("synth: scale %d: want 1 or more", scale)
	}
	if err := emptyDir(dir); err != nil {
		return nil, err
	}
	for _, d := range Copied {
		if err := copyDir(filepath.Join(src, d), filepath.Join(dir, d)); err != nil {
			return nil, err
		}
	}
	if scale > 1 {
		schema := filepath.Join(dir, "model", "schema.cue")
		b, err := os.ReadFile(schema)
		if err != nil {
			return nil, fmt.Errorf("synth: %w", err)
		}
		const from, to = `#MunicipalityCode: =~"^[0-9]{3}$"`, `#MunicipalityCode: =~"^[0-9]{3,5}$"`
		if !bytes.Contains(b, []byte(from)) {
			return nil, fmt.Errorf("synth: model/schema.cue no longer has %s", from)
		}
		if err := os.WriteFile(schema, bytes.Replace(b, []byte(from), []byte(to), 1), 0o644); err != nil {
			return nil, fmt.Errorf("synth: %w", err)
		}
	}
	real, err := reference.Load()
	if err != nil {
		return nil, err
	}
	ref := *real
	ref.Municipalities = append([]reference.Municipality(nil), real.Municipalities...)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	mdir := filepath.Join(dir, "municipalities")
	if err := os.MkdirAll(mdir, 0o755); err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	if err := os.WriteFile(filepath.Join(mdir, model.BindingFile), model.Binding("municipalities"), 0o644); err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	write := func(m reference.Municipality) error {
		name := fmt.Sprintf("%s-%s.cue", m.Code, reference.Slug(m.NameFI))
		return os.WriteFile(filepath.Join(mdir, name), municipality(m, r), 0o644)
	}
	for _, m := range real.Municipalities {
		if err := write(m); err != nil {
			return nil, fmt.Errorf("synth: %w", err)
		}
	}
	for i := range (scale - 1) * len(real.Municipalities) {
		base := real.Municipalities[i%len(real.Municipalities)]
		m := base
		m.Code = fmt.Sprintf("%04d", 1000+i)
		m.NameFI = fmt.Sprintf("Synteettinen %d", 1000+i)
		m.NameSV = fmt.Sprintf("Syntetisk %d", 1000+i)
		m.NameEN = fmt.Sprintf("Synthetic %d", 1000+i)
		m.Population = 500 + r.IntN(50000)
		if err := write(m); err != nil {
			return nil, fmt.Errorf("synth: %w", err)
		}
		ref.Municipalities = append(ref.Municipalities, m)
	}
	// CODEOWNERS from the synthetic maintainers, so it is current.
	repo, err := model.Load(dir)
	if _, ok := model.Findings(err); !ok {
		return nil, fmt.Errorf("synth: loading the result: %w", err)
	}
	if err := os.MkdirAll(filepath.Join(dir, ".github"), 0o755); err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(codeowners.Path)), codeowners.Generate(repo), 0o644); err != nil {
		return nil, fmt.Errorf("synth: %w", err)
	}
	return &ref, nil
}

// emptyDir makes sure dir is new or empty: synth never writes over files.
func emptyDir(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.MkdirAll(dir, 0o755)
	case err != nil:
		return fmt.Errorf("synth: %w", err)
	case len(entries) > 0:
		return fmt.Errorf("synth: %s is not empty; synthetic data is written only to a new or empty directory", dir)
	}
	return nil
}

func copyDir(from, to string) error {
	if err := os.MkdirAll(to, 0o755); err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		return fmt.Errorf("synth: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".cue") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			return fmt.Errorf("synth: %w", err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			return fmt.Errorf("synth: %w", err)
		}
	}
	return nil
}

var areas = []string{"governance-models", "strategic-risk-management", "planning-and-development",
	"procurement", "training-and-awareness", "technical-threat-analysis", "testing-and-auditing",
	"incident-management", "continuity-management", "data-protection"}

var networks = []string{"kun-tvv", "tkk", "tietosuojavastaavien-verkosto", "isac", "hvk-sektorit-ja-poolit"}

var sectors = []string{"energy", "water", "waste", "heating", "ict", "housing", "transport"}

// municipality writes one synthetic municipality file: the identity of the
// reference row and a made-up, fully filled governance part that meets
// every rule.
func municipality(m reference.Municipality, r *rand.Rand) []byte {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("// SYNTHETIC: made-up governance for benchmarks and load tests; not real data.\n")
	p("package municipalities\n\nmunicipalities: %q: {\n", m.Code)
	p("\tname: {fi: %q, sv: %q, en: %q}\n", m.NameFI, m.NameSV, m.NameEN)
	p("\tregion: {code: %q, name: {fi: %q, sv: %q}}\n", m.RegionCode, m.RegionFI, m.RegionSV)
	if m.CountyCode != "" {
		p("\tcounty: %q\n", m.CountyCode)
	}
	p("\tlanguage: %q\n", m.Language)
	p("\tpopulation: {count: %d, date: %q}\n", m.Population, m.PopulationDate)
	p("\tstatus: {reported: true, reviewed: \"2026-%02d-%02d\", reviewEveryMonths: 12}\n", 1+r.IntN(10), 1+r.IntN(28))
	// A Swedish-speaking municipality writes its own texts in Swedish.
	swedish := m.Language == "sv" || m.Language == "sv-fi"
	text := func(fi, sv string) string {
		if swedish {
			return fmt.Sprintf("{sv: %q}", sv)
		}
		return fmt.Sprintf("{fi: %q}", fi)
	}
	p("\troles: {\n")
	for _, role := range []struct{ id, title, sv string }{
		{"data-protection-officer", "Tietosuojavastaava", "Dataskyddsombud"},
		{"information-security-officer", "Tietoturvavastaava", "Informationssäkerhetsansvarig"},
		{"preparedness-officer", "Varautumisvastaava", "Beredskapsansvarig"},
		{"information-management-lead", "Tiedonhallintapäällikkö", "Informationshanteringschef"},
		{"chief-executive", "Kunnanjohtaja", "Kommundirektör"},
	} {
		// Made-up addresses, at a domain no municipality has (not at a
		// reserved example domain: the validator reports those).
		p("\t\t%q: {\n\t\t\ttitle: %s\n\t\t\tmailbox: \"%s@synteettinen-%s.fi\"\n", role.id, text(role.title, role.sv), role.id, strings.ToLower(m.Code))
		if r.IntN(3) == 0 {
			p("\t\t\tperson: {name: \"Synteettinen Henkilö %d\"}\n", r.IntN(1000))
		}
		p("\t\t}\n")
	}
	type company struct {
		sector   string
		critical bool
		nis2     string
	}
	var cos []company
	for range r.IntN(6) {
		sector := sectors[r.IntN(len(sectors))]
		c := company{sector: sector, critical: sector == "energy" || sector == "water" || sector == "waste" || sector == "heating"}
		if c.critical {
			c.nis2 = "out-of-scope"
			if r.IntN(4) == 0 {
				c.nis2 = "in-scope"
			}
		}
		cos = append(cos, c)
	}
	p("\t}\n\tbodies: {\n")
	for _, body := range []struct{ id, typ, name, sv string }{
		{"council", "council", "Valtuusto", "Fullmäktige"}, {"board", "board", "Hallitus", "Styrelsen"},
		{"audit", "audit-committee", "Tarkastuslautakunta", "Revisionsnämnden"},
		{"education", "committee", "Sivistyslautakunta", "Bildningsnämnden"}, {"technical", "committee", "Tekninen lautakunta", "Tekniska nämnden"},
	} {
		every := []int{6, 12, 24}[r.IntN(3)]
		p("\t\t%s: {type: %q, name: %s, statusReportEveryMonths: %d, lastStatusReport: \"2026-%02d-%02d\"", body.id, body.typ, text(body.name, body.sv), every, 6+r.IntN(5), 1+r.IntN(28))
		if body.typ == "committee" {
			p(", personalDataRegisters: []")
		}
		p("}\n")
	}
	for i, c := range cos {
		if c.critical {
			p("\t\t\"company-%d-board\": {type: \"company-board\", name: %s, company: \"company-%d\", statusReportEveryMonths: 12, lastStatusReport: \"2026-%02d-%02d\"}\n", i, text(fmt.Sprintf("Synteettinen Oy %d:n hallitus", i), fmt.Sprintf("Syntetisk Ab %d:s styrelse", i)), i, 6+r.IntN(5), 1+r.IntN(28))
		}
	}
	p("\t}\n\tcompanies: {\n")
	for i, c := range cos {
		p("\t\t\"company-%d\": {name: %s, type: \"company\", sector: %q, criticalInfrastructure: %v", i, text(fmt.Sprintf("Synteettinen Oy %d", i), fmt.Sprintf("Syntetisk Ab %d", i)), c.sector, c.critical)
		switch c.nis2 {
		case "in-scope":
			p(", nis2: \"in-scope\", managementTrainingDone: true")
		case "out-of-scope":
			p(", nis2: \"out-of-scope\"")
		}
		p("}\n")
	}
	p("\t}\n\tmanagement: {strategicRisks: {by: \"body:board\"}, protectionModel: {by: \"body:board\"}, residualRisks: {by: \"role:chief-executive\"}, oversight: {by: \"body:board\"}}\n")
	p("\traci: {\n")
	for _, a := range areas {
		resp, acc := "role:information-security-officer", "role:chief-executive"
		switch a {
		case "data-protection":
			resp = "role:data-protection-officer"
		case "continuity-management":
			resp = "role:preparedness-officer"
		case "strategic-risk-management":
			acc = "body:board"
		}
		p("\t\t%q: {\n\t\t\tresponsible: [%q]\n\t\t\taccountable: %q\n", a, resp, acc)
		switch a {
		case "incident-management":
			p("\t\t\tinformed: [\"body:board\"]\n\t\t\tconsulted: [\"actor:ncsc-fi\"]\n")
		case "testing-and-auditing":
			p("\t\t\tinformed: [\"body:audit\"]\n")
		default:
			p("\t\t\tinformed: [\"body:council\"]\n")
		}
		p("\t\t}\n")
	}
	p("\t}\n\tnetworks: [")
	k := 1 + r.IntN(len(networks))
	for i := range k {
		if i > 0 {
			p(", ")
		}
		p("%q", networks[i])
	}
	p("]\n")
	p("\tinformationManagement: {informationManagementModel: true, lastRiskAssessment: \"2026-0%d-15\", riskAssessmentEveryMonths: 24, criticalServicesIdentified: true, continuityPlan: true, lastExercise: \"2026-0%d-10\", exerciseEveryMonths: 12, informationClassified: true}\n", 1+r.IntN(9), 1+r.IntN(9))
	p("\tprocurement: {jointProcurement: [\"hansel\"], securityRequirements: true, complianceMonitoring: true}\n")
	p("\tconfidentiality: {controlledPublication: true, procurementAndFinance: true, internalAudit: true}\n")
	p("\tsectors: {education: {pupilData: true, aiTools: true}, technical: {criticalInfrastructure: true, dataSharing: true}}\n")
	p("\tactionPlan: {\n\t\t\"plan-1\": {title: %s, area: %q, owner: \"information-security-officer\", due: \"2027-06-30\", status: \"in-progress\", answersRecommendation: \"governance-model\"}\n\t}\n", text("Synteettinen kehittämistehtävä", "Syntetisk utvecklingsuppgift"), areas[r.IntN(len(areas))])
	p("\tmaintainers: [\"@synthetic-%s\"]\n}\n", strings.ToLower(m.Code))
	return []byte(b.String())
}
