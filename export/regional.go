package export

import (
	"github.com/govmap/govmap/model"
	"github.com/govmap/govmap/reference"
)

// The model's actors for the Regional State Administrative Agencies and for
// the elinvoimakeskus centres, each as one group.
const (
	AVIActor             = "avi"
	ElinvoimakeskusActor = "elinvoimakeskukset"
)

// Agency is one regional state authority of a municipality, from the
// reference data.
type Agency struct {
	Code string     `json:"code"`
	Name model.Text `json:"name"`
	// IsAVI is false for the State Department of Åland, which the
	// classification lists in the AVIs' place.
	IsAVI      bool   `json:"isAvi"`
	ValidFrom  string `json:"validFrom,omitempty"`
	ValidUntil string `json:"validUntil,omitempty"`
	// Note is the reference data's note, where it has one.
	Note string `json:"note,omitempty"`
}

// RegionalAuthorities are a municipality's regional state authorities: its
// AVI of 2025 (the 2021 model's regional authority), who holds that AVI's
// tasks from 2026, and its elinvoimakeskus of 2026.
type RegionalAuthorities struct {
	AVI *Agency `json:"avi"`
	// AVITasksNow: who holds the AVI's tasks since it ended (the avi
	// actor's successors); empty where the authority is no AVI.
	AVITasksNow     []model.Succession `json:"aviTasksNow"`
	Elinvoimakeskus *Agency            `json:"elinvoimakeskus"`
	Source          string             `json:"source"`
}

// RegionalSource names where the regional authorities come from.
const RegionalSource = "reference/municipalities.csv, regional_agencies.csv, elinvoimakeskukset_2026.csv (Tilastokeskus 2025 ja 2026)"

// Regional returns a municipality's regional authorities, or nil when the
// reference data does not list the municipality.
func Regional(repo *model.Repository, ref *reference.Data, code string) *RegionalAuthorities {
	if ref == nil {
		return nil
	}
	rm, ok := ref.Municipality(code)
	if !ok {
		return nil
	}
	ra := &RegionalAuthorities{AVITasksNow: []model.Succession{}, Source: RegionalSource}
	for _, a := range ref.RegionalAgencies {
		if a.Code != rm.AVI2025Code {
			continue
		}
		ag := &Agency{Code: a.Code, Name: model.Text{FI: a.NameFI, SV: a.NameSV, EN: a.NameEN}, ValidUntil: a.ValidUntil}
		// An agency that ended is an AVI; the State Department of Åland
		// has no end date in the reference data, and a note instead.
		ag.IsAVI = a.ValidUntil != ""
		if !ag.IsAVI {
			ag.Note = a.SuccessorNote
		}
		ra.AVI = ag
		if act, ok := repo.Actor(AVIActor); ok && ag.IsAVI {
			ra.AVITasksNow = append(ra.AVITasksNow, act.SucceededBy...)
		}
	}
	for _, e := range ref.Elinvoimakeskukset {
		if e.NameFI != rm.Elinvoimakeskus2026 {
			continue
		}
		ag := &Agency{Code: e.Code, Name: model.Text{FI: e.NameFI, SV: e.NameSV, EN: e.NameEN}, IsAVI: false}
		if act, ok := repo.Actor(ElinvoimakeskusActor); ok {
			ag.ValidFrom = act.ValidFrom
		}
		ra.Elinvoimakeskus = ag
	}
	return ra
}
