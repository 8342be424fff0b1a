package reference

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"slices"
	"sync"
)

const regionsFile = "regions.csv"

//go:embed regions.csv
var regionsCSV []byte

// Region is one row of regions.csv: a region (maakunta) of Statistics
// Finland's classification with its names in Finnish, Swedish and English.
type Region struct {
	Code                   string
	NameFI, NameSV, NameEN string
}

var regionsHeader = []string{"code", "name_fi", "name_sv", "name_en"}

var loadRegions = sync.OnceValues(func() ([]Region, error) { return parseRegions(regionsCSV) })

// Regions returns the 19 regions, sorted by code. The result is shared: do
// not modify it.
func Regions() ([]Region, error) { return loadRegions() }

// RegionName returns a region's names by its code (ok false: no such
// region).
func RegionName(code string) (r Region, ok bool) {
	rs, err := Regions()
	if err != nil {
		return Region{}, false
	}
	i, found := slices.BinarySearchFunc(rs, code, func(r Region, c string) int {
		switch {
		case r.Code < c:
			return -1
		case r.Code > c:
			return 1
		}
		return 0
	})
	if !found {
		return Region{}, false
	}
	return rs[i], true
}

func parseRegions(data []byte) ([]Region, error) {
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", regionsFile, err)
	}
	if len(rows) == 0 || !slices.Equal(rows[0], regionsHeader) {
		return nil, fmt.Errorf("%s: the header is not %v", regionsFile, regionsHeader)
	}
	var out []Region
	for i, r := range rows[1:] {
		if len(r[0]) != 2 || r[1] == "" || r[2] == "" || r[3] == "" {
			return nil, fmt.Errorf("%s:%d: want a two-digit code and three names", regionsFile, i+2)
		}
		if len(out) > 0 && out[len(out)-1].Code >= r[0] {
			return nil, fmt.Errorf("%s:%d: codes are not in order", regionsFile, i+2)
		}
		out = append(out, Region{Code: r[0], NameFI: r[1], NameSV: r[2], NameEN: r[3]})
	}
	return out, nil
}
