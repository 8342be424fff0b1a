package model

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/govmap/govmap/diag"
	"github.com/govmap/govmap/msg"
)

// Pos is a position in a repository file.
type Pos = diag.Pos

// Text is user-visible text in Finnish, Swedish and English.
type Text struct {
	FI string `json:"fi"`
	SV string `json:"sv,omitempty"`
	EN string `json:"en,omitempty"`
}

// In returns the text in lang ("fi", "sv" or "en"), falling back to
// Finnish, then Swedish (a Swedish-speaking municipality may write its own
// texts in Swedish only), then English.
func (t Text) In(lang string) string {
	s, _ := t.pick(lang)
	return s
}

// LangIn returns the language of the text In gives for lang.
func (t Text) LangIn(lang string) string {
	_, l := t.pick(lang)
	return l
}

func (t Text) pick(lang string) (string, string) {
	switch {
	case lang == "fi" && t.FI != "":
		return t.FI, "fi"
	case lang == "sv" && t.SV != "":
		return t.SV, "sv"
	case lang == "en" && t.EN != "":
		return t.EN, "en"
	case t.FI != "":
		return t.FI, "fi"
	case t.SV != "":
		return t.SV, "sv"
	case t.EN != "":
		return t.EN, "en"
	}
	return "", lang
}

// Localize returns the text in a message's language, so a Text can be a
// finding's argument (msg.Localizer).
func (t Text) Localize(l msg.Lang) string { return t.In(string(l)) }

// IsZero reports whether the text is empty.
func (t Text) IsZero() bool { return t == Text{} }

// Ref is a reference to another entity by id, with the position of the
// reference in its file so a dangling one can be reported precisely.
type Ref struct {
	ID  string
	Pos Pos
}

func (r Ref) MarshalJSON() ([]byte, error) { return json.Marshal(r.ID) }

func (r *Ref) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, &r.ID) }

// IsZero reports an absent reference (for `omitzero`).
func (r Ref) IsZero() bool { return r.ID == "" }

// Entry is one entry of a keyed collection inside an entity (a
// municipality's roles, bodies, ...), in the file's order.
type Entry[T any] struct {
	Key   string
	Pos   Pos // position of the key
	Value T
}

func (e *Entry[T]) entry() (string, any) { return e.Key, &e.Value }

// Keyed is a JSON object decoded into its entries in document order.
type Keyed[T any] []Entry[T]

// Get returns the entry with the key.
func (k Keyed[T]) Get(key string) (T, bool) {
	for _, e := range k {
		if e.Key == key {
			return e.Value, true
		}
	}
	var zero T
	return zero, false
}

func (k Keyed[T]) MarshalJSON() ([]byte, error) {
	// An object in entry order; encoding/json sorts map keys, so write it
	// by hand.
	out := []byte{'{'}
	for i, e := range k {
		if i > 0 {
			out = append(out, ',')
		}
		kb, _ := json.Marshal(e.Key)
		vb, err := json.Marshal(e.Value)
		if err != nil {
			return nil, err
		}
		out = append(append(append(out, kb...), ':'), vb...)
	}
	return append(out, '}'), nil
}

func (k *Keyed[T]) UnmarshalJSON(b []byte) error {
	// One pass over the object, keeping its order.
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil {
		return err
	} else if d, ok := t.(json.Delim); !ok || d != '{' {
		return fmt.Errorf("want an object, got %v", t)
	}
	*k = (*k)[:0]
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		key := t.(string)
		var v T
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		*k = append(*k, Entry[T]{Key: key, Value: v})
	}
	return nil
}

// Basis says what a statement of the model rests on: a passage of a
// source, or this repository's own inference with its reason.
type Basis struct {
	// Pos is where the statement is written (the struct that holds the
	// basis), for findings.
	Pos    Pos    `json:"-"`
	Kind   string `json:"basis"`
	Source string `json:"source,omitempty"`
	Reason Text   `json:"reason,omitzero"`
}

// Basis kinds.
const (
	BasisSource   = "source"
	BasisInferred = "inferred"
)

// Inferred reports whether the statement is this repository's inference.
func (b Basis) Inferred() bool { return b.Kind == BasisInferred }

// AreaLink links a cooperation area, with the link's basis.
type AreaLink struct {
	Area Ref `json:"area"`
	Basis
}

// TaskLink links a development task, with the link's basis.
type TaskLink struct {
	Task Ref `json:"task"`
	Basis
}

// Aspect is a part of digital security an area concerns, with its basis.
type Aspect struct {
	Aspect string `json:"aspect"`
	Basis
}

// AreaRefs returns the linked areas' references.
func AreaRefs(ls []AreaLink) []Ref {
	out := make([]Ref, 0, len(ls))
	for _, l := range ls {
		out = append(out, l.Area)
	}
	return out
}

// TaskRefs returns the linked tasks' references.
func TaskRefs(ls []TaskLink) []Ref {
	out := make([]Ref, 0, len(ls))
	for _, l := range ls {
		out = append(out, l.Task)
	}
	return out
}

// CooperationKind is a form of state–municipality cooperation.
type CooperationKind struct {
	Pos         Pos    `json:"-"`
	ID          string `json:"id"`
	Name        Text   `json:"name"`
	Description Text   `json:"description"`
	Source      string `json:"source"`
}

// Law is an act or EU instrument of the model.
type Law struct {
	Pos    Pos    `json:"-"`
	ID     string `json:"id"`
	Name   Text   `json:"name"`
	Short  Text   `json:"short,omitzero"`
	Number string `json:"number"`
	Status string `json:"status"`
	Note   Text   `json:"note,omitzero"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source"`
	// NotBinding lists the regions whose municipalities the act does not
	// bind.
	NotBinding []Exemption `json:"notBinding,omitempty"`
}

// Exemption says why an act does not bind a region's municipalities.
type Exemption struct {
	Region string `json:"region"`
	Why    Text   `json:"why"`
	Source string `json:"source"`
}

// Actor kinds.
const (
	KindNetwork         = "network"
	KindMissing         = "missing"
	KindWellbeingCounty = "wellbeing-county"
)

// Actor is an organisation, network or body of the cooperation model.
type Actor struct {
	Pos           Pos          `json:"-"`
	ID            string       `json:"id"`
	Kind          string       `json:"kind"`
	Name          Text         `json:"name"`
	Abbreviation  string       `json:"abbreviation,omitempty"`
	Description   Text         `json:"description,omitzero"`
	Tasks         []Text       `json:"tasks,omitempty"`
	Cooperation   []Ref        `json:"cooperation,omitempty"`
	PartOf        Ref          `json:"partOf,omitzero"`
	CoordinatedBy Ref          `json:"coordinatedBy,omitzero"`
	Members       []Ref        `json:"members,omitempty"`
	OpenTo        []string     `json:"openTo,omitempty"`
	ValidFrom     string       `json:"validFrom,omitempty"`
	ValidUntil    string       `json:"validUntil,omitempty"`
	SucceededBy   []Succession `json:"succeededBy,omitempty"`
	URL           string       `json:"url,omitempty"`
	Maintainers   []string     `json:"maintainers,omitempty"`
	// MaintainersPos are where each maintainer is written.
	MaintainersPos []Pos      `json:"-" pos:"maintainers"`
	Source         string     `json:"source"`
	KindBasis      *Basis     `json:"kindBasis,omitempty"`
	Past           []PastText `json:"past,omitempty"`
}

// PastText is what a source said of an actor at an earlier time.
type PastText struct {
	Year   int    `json:"year"`
	Text   Text   `json:"text"`
	Source string `json:"source"`
}

// Succession says who holds an ended actor's tasks, and from when.
type Succession struct {
	Actor  Ref    `json:"actor"`
	From   string `json:"from"`
	Note   Text   `json:"note,omitzero"`
	Source string `json:"source,omitempty"`
}

// Missing reports whether the actor is a gap of the model: needed, but
// nobody is defined for it.
func (a *Actor) Missing() bool { return a.Kind == KindMissing }

// OpenToMunicipalities is who of the actor's openTo lists municipalities:
// a network a municipality can join.
const OpenToMunicipalities = "municipalities"

// Joinable reports whether a municipality can join the actor: a network
// open to municipalities.
func (a *Actor) Joinable() bool {
	if a.Kind != KindNetwork {
		return false
	}
	for _, o := range a.OpenTo {
		if o == OpenToMunicipalities {
			return true
		}
	}
	return false
}

// Area is a cooperation area of the national model.
type Area struct {
	Pos          Pos           `json:"-"`
	ID           string        `json:"id"`
	Number       int           `json:"number"`
	Name         Text          `json:"name"`
	Content      []Text        `json:"content"`
	Actors       []Ref         `json:"actors"`
	Aspects      []Aspect      `json:"aspects,omitempty"`
	Requirements []Requirement `json:"requirements,omitempty"`
	Source       string        `json:"source"`
}

// Requirement is what the model asks of every municipality's RACI row for
// an area.
type Requirement struct {
	Party        string   `json:"party"`
	Letter       string   `json:"letter"`
	AlsoAccepted []string `json:"alsoAccepted,omitempty"`
	Severity     string   `json:"severity"`
	Why          Text     `json:"why"`
	Law          Ref      `json:"law,omitzero"`
	Basis
}

// Letters are the letters that meet the requirement: its letter first.
func (r *Requirement) Letters() []string { return append([]string{r.Letter}, r.AlsoAccepted...) }

// Task is a national development task.
type Task struct {
	Pos              Pos        `json:"-"`
	ID               string     `json:"id"`
	Number           int        `json:"number"`
	Name             Text       `json:"name"`
	Description      Text       `json:"description"`
	Owner            Ref        `json:"owner"`
	Involves         []Ref      `json:"involves,omitempty"`
	Status           string     `json:"status"`
	StatusBasis      Basis      `json:"statusBasis"`
	StatusDate       string     `json:"statusDate,omitempty"`
	Contains         []Ref      `json:"contains,omitempty"`
	Areas            []AreaLink `json:"areas,omitempty"`
	Concerns         []Ref      `json:"concerns,omitempty"`
	ImpactAssessment bool       `json:"impactAssessment,omitempty"`
	Maintainers      []string   `json:"maintainers,omitempty"`
	// MaintainersPos are where each maintainer is written.
	MaintainersPos []Pos  `json:"-" pos:"maintainers"`
	Source         string `json:"source"`
}

// Recommendation is a finding of the national report, traced to the areas
// and tasks that answer it.
type Recommendation struct {
	Pos    Pos        `json:"-"`
	ID     string     `json:"id"`
	Number int        `json:"number"`
	Title  Text       `json:"title"`
	Text   Text       `json:"text"`
	Areas  []AreaLink `json:"areas,omitempty"`
	Tasks  []TaskLink `json:"tasks,omitempty"`
	Source string     `json:"source"`
}

// Observation is a finding of the report's interviews or an observation of
// the study itself, with the areas and actors it concerns.
type Observation struct {
	Pos     Pos    `json:"-"`
	ID      string `json:"id"`
	Number  int    `json:"number"`
	Chapter string `json:"chapter"`
	From    string `json:"from"`
	Title   Text   `json:"title"`
	Text    Text   `json:"text"`
	Areas   []Ref  `json:"areas,omitempty"`
	Actors  []Ref  `json:"actors,omitempty"`
	Source  string `json:"source"`
}

// County is a wellbeing services county or the City of Helsinki.
type County struct {
	Pos            Pos        `json:"-"`
	Code           string     `json:"code"`
	Type           string     `json:"type"`
	Name           Text       `json:"name"`
	Region         string     `json:"region"`
	Municipalities []Ref      `json:"municipalities"`
	Population     Population `json:"population"`
	Maintainers    []string   `json:"maintainers,omitempty"`
	// MaintainersPos are where each maintainer is written.
	MaintainersPos []Pos  `json:"-" pos:"maintainers"`
	Source         string `json:"source"`
}

// Population is a head count on a date.
type Population struct {
	Count int    `json:"count"`
	Date  string `json:"date"`
}

// MunicipalRequirements is what the model asks of every municipality that
// has reported its governance.
type MunicipalRequirements struct {
	Pos   Pos `json:"-"`
	Roles []struct {
		Role     string `json:"role"`
		Name     Text   `json:"name"`
		Severity string `json:"severity"`
		Why      Text   `json:"why"`
		Law      Ref    `json:"law,omitzero"`
		Basis
	} `json:"roles"`
	Bodies []struct {
		Type     string `json:"type"`
		Name     Text   `json:"name"`
		Severity string `json:"severity"`
		Why      Text   `json:"why"`
		Law      Ref    `json:"law,omitzero"`
		Duties   []Text `json:"duties,omitempty"`
		Basis
	} `json:"bodies"`
	StatusReport struct {
		MinMonths int  `json:"minMonths"`
		MaxMonths int  `json:"maxMonths"`
		Why       Text `json:"why"`
		Basis
	} `json:"statusReport"`
	CriticalSectors []string `json:"criticalSectors"`
}

// RoleName returns the model's name of a role id, if it names it.
func (r *MunicipalRequirements) RoleName(id string) (Text, bool) {
	for _, x := range r.Roles {
		if x.Role == id {
			return x.Name, true
		}
	}
	return Text{}, false
}
