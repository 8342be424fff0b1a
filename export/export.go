// Package export writes the public model as one JSON document for open-data
// users and scripts. Only public values are written: municipalities go
// through Municipality.Public. Every inferred statement carries its basis
// ("basis": "source" with the passage, or "inferred" with the reason).
package export

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
)

// SchemaVersion is the version of the document's layout. Bump it when a
// key is removed or renamed, or a value changes its type or meaning (what
// breaks a reader); adding a key does not need a bump.
const SchemaVersion = 1

// Licence of the exported data.
const (
	LicenceID  = "CC-BY-4.0"
	LicenceURL = "https://creativecommons.org/licenses/by/4.0/"
)

// Licence names the document's licence.
type Licence struct {
	ID  string `json:"id"`
	URL string `json:"url"`
}

// Meta says what a document is: its layout's version, its day, the git
// commit it was made from and its licence.
type Meta struct {
	// Date is the day (YYYY-MM-DD) the data is for; empty leaves it out.
	Date string
	// Revision is the git commit the data comes from; empty (not a git
	// repository) leaves it out.
	Revision string
}

// Document is the exported model. Its top-level keys and their order are
// part of the open-data interface.
type Document struct {
	SchemaVersion   int                      `json:"schemaVersion"`
	Date            string                   `json:"date,omitempty"`
	Revision        string                   `json:"revision,omitempty"`
	Licence         Licence                  `json:"license"`
	Kinds           []*model.CooperationKind `json:"kinds"`
	Laws            []*model.Law             `json:"laws"`
	Actors          []Actor                  `json:"actors"`
	Areas           []Area                   `json:"areas"`
	Tasks           []*model.Task            `json:"tasks"`
	Recommendations []*model.Recommendation  `json:"recommendations"`
	Observations    []*model.Observation     `json:"observations"`
	Counties        []*model.County          `json:"counties"`
	Municipalities  []Municipality           `json:"municipalities"`
}

// Municipality is the public view of a municipality, with its regional
// state authorities from the reference data, and the acts of the model
// that do not bind it (Åland's).
type Municipality struct {
	*model.Municipality
	RegionalAuthorities *RegionalAuthorities `json:"regionalAuthorities"`
	NotBoundBy          []string             `json:"notBoundBy"`
}

// Actor adds to the model's actor whether it is a gap of the model.
type Actor struct {
	*model.Actor
	Missing bool `json:"missing"`
}

// Area adds the area's gaps: its actors that are missing from the model.
type Area struct {
	*model.Area
	Gaps []string `json:"gaps"`
}

// Build assembles the document from a repository.
func Build(repo *model.Repository) *Document {
	d := &Document{
		SchemaVersion:   SchemaVersion,
		Licence:         Licence{LicenceID, LicenceURL},
		Kinds:           nonNil(repo.Kinds()),
		Laws:            nonNil(repo.Laws()),
		Tasks:           nonNil(repo.Tasks()),
		Recommendations: nonNil(repo.Recommendations()),
		Observations:    nonNil(repo.Observations()),
		Counties:        nonNil(repo.Counties()),
		Actors:          []Actor{},
		Areas:           []Area{},
		Municipalities:  []Municipality{},
	}
	// The reference data is embedded: it fails to load only in a broken
	// build, and the regional authorities are then left out (null).
	ref, _ := reference.Load()
	for _, a := range repo.Actors() {
		d.Actors = append(d.Actors, Actor{a, a.Missing()})
	}
	for _, ar := range repo.Areas() {
		gaps := []string{}
		for _, r := range ar.Actors {
			if a, ok := repo.Actor(r.ID); ok && a.Missing() {
				gaps = append(gaps, a.ID)
			}
		}
		d.Areas = append(d.Areas, Area{ar, gaps})
	}
	for _, m := range repo.Municipalities() {
		em := Municipality{Municipality: m.Public(), RegionalAuthorities: Regional(repo, ref, m.Code), NotBoundBy: []string{}}
		// The files name their region in Finnish and Swedish; the
		// English name is the reference data's (reference/regions.csv).
		if r, ok := reference.RegionName(em.Region.Code); ok && em.Region.Name.EN == "" {
			em.Region.Name.EN = r.NameEN
		}
		for _, le := range repo.NotBinding(m) {
			em.NotBoundBy = append(em.NotBoundBy, le.Law.ID)
		}
		d.Municipalities = append(d.Municipalities, em)
	}
	return d
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// JSON writes the document as indented JSON.
func JSON(w io.Writer, repo *model.Repository) error { return JSONWith(w, repo, Meta{}) }

// JSONWith writes the document with its date and revision.
func JSONWith(w io.Writer, repo *model.Repository, meta Meta) error {
	d := Build(repo)
	d.Date, d.Revision = meta.Date, meta.Revision
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(true)
	if err := enc.Encode(d); err != nil {
		return fmt.Errorf("writing export: %w", err)
	}
	return nil
}
