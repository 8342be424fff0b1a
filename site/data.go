package site

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/govmap/govmap/export"
	"github.com/govmap/govmap/model"
)

// dataFile is one file of the open data.
type dataFile struct {
	name, key, mime string
	columns         []string
	rows            func() [][]string // CSV rows; nil for the JSON export
}

func (b *builder) dataFiles() []dataFile {
	return []dataFile{
		{name: "data/govmap.json", key: "data.json", mime: "application/json"},
		{name: "data/municipalities.csv", key: "data.municipalities-columns", mime: "text/csv", columns: []string{
			"code", "name_fi", "name_sv", "name_en", "region_code", "region_fi", "region_sv", "county_code", "language",
			"population", "population_date", "reported", "reviewed", "completeness", "roles_named", "reports_up_to_date",
			"overdue_reports", "networks", "maintainers", "region_en",
		}, rows: b.municipalityRows},
		{name: "data/roles.csv", key: "data.roles", mime: "text/csv", columns: []string{
			"municipality_code", "role", "title_fi", "title_sv", "title_en", "unit_fi", "unit_sv", "unit_en", "mailbox", "person_name", "person_phone",
		}, rows: b.roleRows},
		{name: "data/raci.csv", key: "data.raci", mime: "text/csv", columns: []string{
			"municipality_code", "area", "responsible", "accountable", "consulted", "informed", "note_fi", "note_sv", "note_en",
		}, rows: b.raciRows},
		{name: "data/bodies.csv", key: "data.bodies", mime: "text/csv", columns: []string{
			"municipality_code", "body", "type", "name_fi", "name_sv", "name_en", "company", "status_report_every_months",
			"last_status_report", "next_status_report_due", "overdue",
		}, rows: b.bodyRows},
	}
}

// bom is the UTF-8 byte-order mark every CSV file starts with.
const bom = "\uFEFF"

// openData writes the JSON export and the CSV files, all from the public
// view only.
func (b *builder) openData() (Files, error) {
	out := Files{}
	for _, f := range b.dataFiles() {
		var buf bytes.Buffer
		if f.rows == nil {
			if err := export.JSONWith(&buf, b.repo, export.Meta{Date: b.today, Revision: b.opts.Revision}); err != nil {
				return nil, err
			}
		} else {
			// A byte-order mark first: without it Excel reads UTF-8 as
			// the local code page ("AlajÃ¤rvi").
			buf.WriteString(bom)
			w := csv.NewWriter(&buf)
			w.Write(f.columns)
			for _, r := range f.rows() {
				w.Write(r)
			}
			w.Flush()
			if err := w.Error(); err != nil {
				return nil, fmt.Errorf("writing %s: %w", f.name, err)
			}
		}
		out[f.name] = buf.Bytes()
	}
	return out, nil
}

// cell guards a free-text value against being read as a formula by a
// spreadsheet (CSV injection): a leading = + - @ or control character gets
// an apostrophe.
func cell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func refs(rs []model.Ref) string {
	var ids []string
	for _, r := range rs {
		if r.ID != "" {
			ids = append(ids, r.ID)
		}
	}
	return strings.Join(ids, ";")
}

func boolStr(v bool) string { return strconv.FormatBool(v) }

func (b *builder) municipalityRows() [][]string {
	var rows [][]string
	for _, m := range b.munis {
		st := b.picOf[m.Code]
		rows = append(rows, []string{
			m.Code, cell(m.Name.FI), cell(m.Name.SV), cell(m.Name.EN), m.Region.Code, cell(m.Region.Name.FI), cell(m.Region.Name.SV),
			m.County.ID, m.Language, strconv.Itoa(m.Population.Count), m.Population.Date, boolStr(m.Status.Reported),
			m.Status.Reviewed, completenessCell(m, st.Completeness), strings.Join(st.RolesNamed, ";"), boolStr(st.ReportsUpToDate),
			strings.Join(st.OverdueReports, ";"), refs(m.Networks), cell(strings.Join(m.Maintainers, ";")), cell(m.Region.Name.EN),
		})
	}
	return rows
}

func (b *builder) roleRows() [][]string {
	var rows [][]string
	for _, m := range b.munis {
		for _, e := range m.Roles {
			r := e.Value
			var name, phone string
			if r.Person != nil && r.Person.Visibility == model.Public {
				name, phone = r.Person.Name, r.Person.Phone
			}
			rows = append(rows, []string{
				m.Code, e.Key, cell(r.Title.FI), cell(r.Title.SV), cell(r.Title.EN), cell(r.Unit.FI), cell(r.Unit.SV), cell(r.Unit.EN),
				cell(r.Mailbox), cell(name), cell(phone),
			})
		}
	}
	return rows
}

func (b *builder) raciRows() [][]string {
	var rows [][]string
	for _, m := range b.munis {
		for _, e := range m.RACI {
			r := e.Value
			rows = append(rows, []string{
				m.Code, e.Key, refs(r.Responsible), r.Accountable.ID, refs(r.Consulted), refs(r.Informed),
				cell(r.Note.FI), cell(r.Note.SV), cell(r.Note.EN),
			})
		}
	}
	return rows
}

func (b *builder) bodyRows() [][]string {
	var rows [][]string
	for _, m := range b.munis {
		for _, e := range m.Bodies {
			x := e.Value
			every, next, overdue := "", "", ""
			if x.StatusReportEveryMonths > 0 {
				every = strconv.Itoa(x.StatusReportEveryMonths)
			}
			if t, ok := nextReport(x); ok {
				next = t.Format(time.DateOnly)
				overdue = boolStr(t.Before(b.opts.Today))
			}
			rows = append(rows, []string{
				m.Code, e.Key, x.Type, cell(x.Name.FI), cell(x.Name.SV), cell(x.Name.EN), x.Company.ID, every,
				x.LatestReport().Date, next, overdue,
			})
		}
	}
	return rows
}

func (p *page) fillData() {
	p.setTitle(p.T("nav.data"))
	p.crumbs()
	type fileView struct {
		Href, Name, Type, Size, Columns string
		Description                     string
	}
	data := p.b.data
	var files []fileView
	for _, f := range p.b.dataFiles() {
		files = append(files, fileView{
			Href: p.Asset(f.name), Name: strings.TrimPrefix(f.name, "data/"), Type: f.mime,
			Size: p.size(len(data[f.name])), Columns: strings.Join(f.columns, ", "), Description: p.T(f.key),
		})
	}
	p.Data = map[string]any{"Files": files, "DCAT": p.dcat(), "Licence": link(p.Link("licence.html"), p.T("nav.licence"))}
}

// size writes a file size in kilobytes.
func (p *page) size(n int) string {
	kb := (n + 1023) / 1024
	return p.Num(kb) + "\u00a0kB"
}

// searchEntry is one thing the search finds.
type searchEntry struct {
	Kind string     `json:"k"` // municipality, actor or area
	Code string     `json:"c,omitempty"`
	Name model.Text `json:"n"`
	Also []string   `json:"a,omitempty"` // other names: abbreviation, region
	Path string     `json:"p"`           // without the language prefix
}

// searchIndex is the JSON the search page's script reads.
func (b *builder) searchIndex() ([]byte, error) {
	var es []searchEntry
	for _, m := range b.munis {
		es = append(es, searchEntry{Kind: "municipality", Code: m.Code, Name: m.Name, Path: municipalityPath(m.Code)})
	}
	for _, a := range b.repo.Actors() {
		e := searchEntry{Kind: "actor", Name: a.Name, Path: actorPath(a.ID)}
		if a.Abbreviation != "" {
			e.Also = []string{a.Abbreviation}
		}
		es = append(es, e)
	}
	for _, a := range b.repo.Areas() {
		es = append(es, searchEntry{Kind: "area", Code: strconv.Itoa(a.Number), Name: a.Name, Path: areaPath(a.ID)})
	}
	return json.Marshal(es)
}

func (b *builder) sitemap(pages []*page) []byte {
	var buf bytes.Buffer
	buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	buf.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range pages {
		if p.Kind == "notfound" {
			continue
		}
		buf.WriteString("<url><loc>")
		xmlEscape(&buf, p.Canonical())
		buf.WriteString("</loc></url>\n")
	}
	buf.WriteString("</urlset>\n")
	return buf.Bytes()
}

func xmlEscape(buf *bytes.Buffer, s string) {
	buf.WriteString(strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace(s))
}

// completenessCell is a municipality's completeness in per cent, empty for
// one that has not reported: the site shows "–" there, not 0 %.
func completenessCell(m *model.Municipality, c int) string {
	if !m.Status.Reported {
		return ""
	}
	return strconv.Itoa(c)
}
