package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/govmap/govmap/reference"
)

// IssueFormPath is the issue form officers report through; TestIssueForm
// holds it to issueForm (run `go test -run TestIssueForm -update-form .`
// to write it again after reference/municipalities.csv changes).
const IssueFormPath = ".github/ISSUE_TEMPLATE/governance-report.yml"

// issueForm is the issue form: trilingual labels, the municipality chosen
// from a list of every code and name (reference data), and the change as
// a field GitHub renders as a cue block. govmap intake reads the issue's
// body: the first field's code, and the one ```cue block.
func issueForm(ref *reference.Data) string {
	var b strings.Builder
	b.WriteString(`# Generated from reference/municipalities.csv by issueForm (issueform.go);
# TestIssueForm fails when it is out of date. Do not edit by hand: run
#   go test -run TestIssueForm -update-form .
name: "Hallintamalli-ilmoitus / Styrningsrapport / Governance report"
description: "Ilmoita kuntasi digitaalisen turvallisuuden hallintamalli ilman ohjelmointia. / Rapportera kommunens styrning av digital säkerhet utan programmering. / Report your municipality's digital-security governance without programming."
title: "Hallintamalli / Styrning / Governance: "
labels: ["` + ReportLabel + `"]
body:
  - type: markdown
    attributes:
      value: |
        **Suomeksi:** Valitse kunta ja liitä muutos kenttään *Muutos*. Helpoimmin muutos syntyy sivuston kunnan sivun muokkaimella, joka kirjoittaa sen valmiiksi. Lähettämisen jälkeen govmap tekee ilmoituksesta pull requestin ja kertoo kommentissa, mitä muuttui ja mitä tarkistus löysi. Älä kirjoita tähän salassa pidettäviä tietoja äläkä henkilöiden nimiä tai puhelinnumeroita: kaikki issueen kirjoitettu on julkista, myös sen aiemmat versiot. Roolille riittää yhteinen sähköpostilaatikko.

        **På svenska:** Välj kommun och klistra in ändringen i fältet *Ändring*. Enklast skrivs den av redigeraren på kommunens sida på webbplatsen. Efter att du skickat gör govmap en pull request av rapporten och berättar i en kommentar vad som ändrades och vad kontrollen hittade. Skriv inga sekretessbelagda uppgifter här och inga personnamn eller telefonnummer: allt som skrivs i en issue är offentligt, också dess tidigare versioner. För en roll räcker en gemensam e-postlåda.

        **In English:** Choose the municipality and paste the change into *Change*. The site's editor on the municipality's page writes it for you. Once sent, govmap makes a pull request of the report and says in a comment what changed and what the check found. Write nothing confidential here, and no person's name or phone number: everything written in an issue is public, its earlier versions too. A shared mailbox is enough for a role.
  - type: dropdown
    id: municipality
    attributes:
      label: "Kunta / Kommun / Municipality"
      description: "Kunnan koodi ja nimi / Kommunens kod och namn / The municipality's code and name"
      options:
`)
	for _, m := range ref.Municipalities {
		name := m.NameFI
		if m.NameSV != "" && m.NameSV != m.NameFI {
			if strings.HasPrefix(m.Language, "sv") {
				name = m.NameSV + " / " + m.NameFI
			} else {
				name += " / " + m.NameSV
			}
		}
		fmt.Fprintf(&b, "        - %s\n", strconv.Quote(m.Code+" "+name))
	}
	b.WriteString(`    validations:
      required: true
  - type: textarea
    id: request
    attributes:
      label: "Muutos / Ändring / Change"
      description: "Kunnan hallintamalli kuten sivusto sen näyttää, tiedoston kirjoitusasussa (README.md). Mitä jätät pois, poistetaan; ei-julkiset tiedot säilyvät. / Kommunens styrning som webbplatsen visar den, i filens skrivsätt (README.md). Det du lämnar bort tas bort; icke-offentliga uppgifter behålls. / The municipality's governance as the site shows it, written as in its file (README.md). What you leave out is removed; non-public details are kept."
      render: cue
      placeholder: |
        municipalities: "091": {
        	status: {reported: true, reviewed: "2026-11-30", reviewEveryMonths: 12}
        	roles: "data-protection-officer": {
        		title: {fi: "Tietosuojavastaava", sv: "Dataskyddsombud"}
        		mailbox: "tietosuoja@example.fi"
        	}
        }
    validations:
      required: true
`)
	return b.String()
}
