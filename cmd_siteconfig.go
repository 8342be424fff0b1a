package main

import (
	"flag"

	"github.com/govmap/govmap/gitrepo"
	"github.com/govmap/govmap/site"
)

// keeperFlags are the flags of build and serve that say who keeps the
// site; they override the repository's site.json (site.ConfigFile).
type keeperFlags struct {
	owner, ownerURL, contact, feedback, repository *string
}

func addKeeperFlags(fs *flag.FlagSet) keeperFlags {
	return keeperFlags{
		owner:      fs.String("owner", "", "the organisation that keeps the site (default: site.json's owner; unset, the pages name the repository's maintainers)"),
		ownerURL:   fs.String("owner-url", "", "the web address of the organisation that keeps the site"),
		contact:    fs.String("contact", "", "an e-mail address or web address for questions about the site"),
		feedback:   fs.String("feedback", "", "where accessibility feedback goes: an e-mail address or web address (default: the contact, else the repository's issues page)"),
		repository: fs.String("repository", "", "the web address of the source repository, e.g. https://github.com/OWNER/NAME (default: from --repo)"),
	}
}

// keeper reads the repository's site.json and lays the flags over it.
func (f keeperFlags) keeper(dir string) (site.Keeper, error) {
	k, err := site.LoadConfig(dir)
	if err != nil {
		return k, err
	}
	k = k.Override(site.Keeper{Owner: *f.owner, OwnerURL: *f.ownerURL, Contact: *f.contact, Feedback: *f.feedback, Repository: *f.repository})
	return k, k.Check()
}

// headRevision is the commit of HEAD of the git repository that holds dir,
// or "" when dir is not in one.
func headRevision(dir string) string {
	r, err := gitrepo.Open(dir)
	if err != nil {
		return ""
	}
	c, err := r.Commit("HEAD")
	if err != nil {
		return ""
	}
	return c.Hash.String()
}
