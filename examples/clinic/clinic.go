package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// practiceID is the demo's one practice. A vendor serves many; every call
// below names the practice it acts for.
const practiceID = "demo-practice"

// staffMember is a demo login.
type staffMember struct {
	ID, Name, Role, Token string
}

// patient is a demo patient in the vendor's patient index.
type patient struct {
	ID, Name, Phone, Email, Lang string
}

// clinic wires frontdesk for the demo practice.
type clinic struct {
	dataDir  string
	log      *zap.Logger
	inbox    *inbox.Inbox
	dir      *inbox.MapDirectory
	channels map[channels.Kind]*channeltest.Fake
	staff    []staffMember
	patients []patient
}

// newClinic wires the demo. quiet keeps the logs to warnings and errors,
// for the scripted run whose summary is the output.
func newClinic(dataDir string, quiet bool) (*clinic, error) {
	logCfg := zap.NewProductionConfig()
	if quiet {
		logCfg.Level = zap.NewAtomicLevelAt(zap.WarnLevel)
	}
	log, err := logCfg.Build()
	if err != nil {
		return nil, err
	}
	c := &clinic{
		dataDir:  dataDir,
		log:      log,
		dir:      inbox.NewMapDirectory(),
		channels: make(map[channels.Kind]*channeltest.Fake),
	}
	var chans []channels.Channel
	for _, k := range channels.Kinds() {
		f := channeltest.New(channeltest.Config{Kind: k})
		c.channels[k] = f
		chans = append(chans, f)
	}
	c.inbox, err = inbox.New(inbox.NewMemoryStore(), inbox.Config{
		Logger:    log,
		Directory: c.dir,
		Channels:  chans,
	})
	if err != nil {
		return nil, err
	}
	for _, f := range c.channels {
		f.SetHandlers(c.inbox, c.inbox)
	}
	if err := c.seed(); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *clinic) close() { _ = c.log.Sync() }

// seed adds the demo patients to the directory and the demo staff logins.
func (c *clinic) seed() error {
	c.patients = []patient{
		{ID: "pat-1001", Name: "Ana Morales", Phone: "+1 415 555 0101", Email: "ana.morales@example.com", Lang: "es"},
		{ID: "pat-1002", Name: "James Carter", Phone: "+1 415 555 0102", Email: "jcarter@example.com", Lang: "en"},
		{ID: "pat-1003", Name: "Lucía Fernández", Phone: "+1 415 555 0103", Email: "lucia.f@example.com", Lang: "es"},
		{ID: "pat-1004", Name: "Robert Chen", Phone: "+1 415 555 0104", Email: "rchen@example.com", Lang: "en"},
		{ID: "pat-1005", Name: "Grace Okafor", Phone: "+1 415 555 0105", Email: "grace.okafor@example.com", Lang: "en"},
	}
	for _, p := range c.patients {
		phone, err := channels.ParsePhone(p.Phone, nil)
		if err != nil {
			return fmt.Errorf("seed patient %s: %w", p.ID, err)
		}
		email, err := channels.ParseEmail(p.Email)
		if err != nil {
			return fmt.Errorf("seed patient %s: %w", p.ID, err)
		}
		c.dir.Add(practiceID, phone, p.ID)
		c.dir.Add(practiceID, email, p.ID)
	}
	admin := os.Getenv("FRONTDESK_ADMIN_TOKEN")
	if admin == "" {
		admin = newToken()
	}
	c.staff = []staffMember{
		{ID: "staff-maria", Name: "Maria (front desk)", Role: "front_desk", Token: newToken()},
		{ID: "staff-james", Name: "James (scheduling)", Role: "scheduler", Token: newToken()},
		{ID: "staff-priya", Name: "Priya (nurse)", Role: "nurse", Token: newToken()},
		{ID: "staff-admin", Name: "Admin", Role: "admin", Token: admin},
	}
	return nil
}

// staffByToken returns the staff member a bearer token belongs to.
func (c *clinic) staffByToken(token string) (staffMember, bool) {
	for _, s := range c.staff {
		if token != "" && s.Token == token {
			return s, true
		}
	}
	return staffMember{}, false
}

func newToken() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
