package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/channels/channeltest"
	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
	"github.com/frontdeskhq/frontdesk/phi"
	"github.com/frontdeskhq/frontdesk/reminders"
	"github.com/frontdeskhq/frontdesk/routing"
	"github.com/frontdeskhq/frontdesk/routing/knowledge"
	"github.com/frontdeskhq/frontdesk/triage"
)

// practiceID is the demo's one practice. A vendor serves many; every call
// below names the practice it acts for.
const practiceID = "demo-practice"

// staffMember is a demo login.
type staffMember struct {
	ID, Name string
	Role     routing.Role
	Token    string
	// BreakGlass is set for one request in which the staff member invokes
	// emergency access to a conversation their role sees masked; the inbox
	// audits it.
	BreakGlass bool
}

// patient is a demo patient in the vendor's patient index.
type patient struct {
	ID, Name, Phone, Email, Lang string
}

// clinicConfig is what newClinic needs from main.
type clinicConfig struct {
	DataDir string
	// Quiet keeps the logs to warnings and errors.
	Quiet bool
	// Clock is the system clock, or a fake one in the scripted run and
	// tests.
	Clock clock.Clock
	// Env reads secrets (os.Getenv).
	Env func(string) string
	// Logger receives the logs (ids only, never message text); nil builds
	// a JSON logger on stderr.
	Logger *zap.Logger
	// PostgresDSN selects PostgreSQL; empty keeps everything in a SQLite
	// file in DataDir.
	PostgresDSN string
}

// clinic wires frontdesk for the demo practice.
type clinic struct {
	dataDir   string
	log       *zap.Logger
	clock     clock.Clock
	inbox     *inbox.Inbox
	dir       *inbox.MapDirectory
	db        *sqlstore.DB
	dbDesc    string
	consent   channels.ConsentStore
	audit     *auditTrail
	reminders *reminderDesk
	perms     routing.Permissions
	drafter   knowledge.Drafter
	// sla watches first-response deadlines on the practice's calendar.
	sla    *inbox.SLAMonitor
	events *eventCounter
	// fakes are the fake providers standing in for channels without
	// secrets; realKinds says which kinds have a real adapter.
	fakes     map[channels.Kind]*channeltest.Fake
	realKinds map[channels.Kind]bool
	// routes are the webhook handlers of the real adapters, by pattern.
	routes   map[string]http.Handler
	staff    []staffMember
	patients []patient
}

// newClinic wires the demo: audit log, channels, triage, the inbox with
// consent handling, the PHI policy and the reminder responder, and the seed
// data.
func newClinic(ctx context.Context, cfg clinicConfig) (_ *clinic, err error) {
	log := cfg.Logger
	if log == nil {
		logCfg := zap.NewProductionConfig()
		if cfg.Quiet {
			logCfg.Level = zap.NewAtomicLevelAt(zap.WarnLevel)
		}
		if log, err = logCfg.Build(); err != nil {
			return nil, err
		}
	}
	c := &clinic{
		dataDir: cfg.DataDir, log: log, clock: cfg.Clock,
		dir: inbox.NewMapDirectory(), events: &eventCounter{n: map[inbox.EventType]int{}},
		perms: demoPermissions(),
		fakes: map[channels.Kind]*channeltest.Fake{}, realKinds: map[channels.Kind]bool{}, routes: map[string]http.Handler{},
	}
	defer func() {
		if err != nil {
			_ = c.close()
		}
	}()
	if c.db, c.dbDesc, err = openDB(ctx, cfg.DataDir, cfg.PostgresDSN); err != nil {
		return nil, err
	}
	c.consent = sqlstore.NewConsentStore(c.db)
	if c.audit, err = openAudit(cfg.DataDir, cfg.Clock, log); err != nil {
		return nil, err
	}
	kb, err := newKnowledgeBase(cfg.Clock)
	if err != nil {
		return nil, err
	}
	if c.drafter, err = knowledge.NewTemplateDrafter(kb, nil); err != nil {
		return nil, err
	}
	router, err := newRouter()
	if err != nil {
		return nil, err
	}
	classifier, err := triage.NewDefault(triage.Config{})
	if err != nil {
		return nil, err
	}
	if err = c.seed(cfg.Env); err != nil {
		return nil, err
	}
	roster, err := c.roster()
	if err != nil {
		return nil, err
	}
	chans, err := c.setupChannels(cfg.Env, cfg.Clock)
	if err != nil {
		return nil, err
	}
	policy, err := phi.NewPolicy(phi.PolicyConfig{SecureNotice: "You have a new message from " + clinicName + ". Please open the patient portal or our web chat to read it."})
	if err != nil {
		return nil, err
	}
	c.reminders = &reminderDesk{
		policy: reminders.Policy{Offsets: []time.Duration{reminderLead}, Practices: map[string]string{practiceID: clinicName}},
		store:  reminders.NewMemoryStore(), sched: reminders.NewMemoryScheduler(),
	}
	r := c.reminders
	if r.dispatcher, err = reminders.NewDispatcher(r.store, chans, reminders.DispatcherConfig{
		Clock: cfg.Clock, Logger: log, Audit: c.audit.log, Consent: c.consent, Policy: r.policy,
	}); err != nil {
		return nil, err
	}
	if r.responder, err = reminders.NewResponder(r.store, r.sched, chans, reminders.ResponderConfig{
		Clock: cfg.Clock, Logger: log, Audit: c.audit.log, Consent: c.consent, Policy: r.policy, Waitlist: r.store,
	}); err != nil {
		return nil, err
	}
	c.inbox, err = inbox.New(sqlstore.New(c.db), inbox.Config{
		Clock: cfg.Clock, Logger: log, Directory: c.dir, Classifier: classifier,
		Audit: c.audit.log, Channels: chans, Policy: inbox.PHIPolicy(policy),
		Permissions: &c.perms, Drafter: c.drafter, Assigner: roster, Router: router,
		Consent:      inbox.ConsentConfig{Store: c.consent},
		Interceptors: []inbox.Interceptor{r.responder, inbox.KnowledgeInterceptor(kb, inbox.KnowledgeConfig{})},
		Hooks:        []inbox.Hook{c.events},
		CSAT:         inbox.CSATConfig{Enabled: true},
		QA:           inbox.QAConfig{Share: qaShare},
	})
	if err != nil {
		return nil, err
	}
	// The monitor takes the router's deadlines; Load picks up the clocks
	// of conversations left open by the previous run.
	if c.sla, err = inbox.NewSLAMonitor(c.inbox, inbox.SLAMonitorConfig{}); err != nil {
		return nil, err
	}
	if _, err = c.sla.Load(ctx, practiceID); err != nil {
		return nil, err
	}
	if err = c.seedSchedule(ctx); err != nil {
		return nil, err
	}
	return c, nil
}

// close seals the audit file with a checkpoint and closes the database.
func (c *clinic) close() error {
	var err error
	if c.audit != nil {
		err = c.audit.close()
	}
	if c.db != nil {
		err = errors.Join(err, c.db.Close())
	}
	_ = c.log.Sync()
	return err
}

// qaShare is the part of closed conversations drawn for quality review:
// all of them in the demo, so that every close can be reviewed.
const qaShare = 1

// newRouter is routing's default rules on the practice's business
// calendar, in its time zone: deadlines count business time (emergencies
// excepted), and messages that arrive while the practice is closed get the
// after-hours reply with the emergency numbers.
func newRouter() (*routing.Engine, error) {
	spec := routing.DefaultCalendarSpec(clinicZone)
	for _, d := range []string{"monday", "tuesday", "wednesday", "thursday", "friday"} {
		spec.Hours[d] = []string{"08:00-18:00"}
	}
	spec.Hours["saturday"] = []string{"09:00-13:00"}
	cal, err := routing.NewCalendar(spec)
	if err != nil {
		return nil, err
	}
	return routing.New(routing.DefaultRuleset(), routing.Config{Calendar: cal})
}

// demoPermissions are routing's defaults, except that supervisors, who
// watch every queue, see message text masked: they oversee the work and
// read the KPIs and the audit trail, and do not need the patients' words.
func demoPermissions() routing.Permissions {
	p := routing.DefaultPermissions(routing.DefaultRuleset())
	g := p[routing.RoleSupervisor]
	g.ViewPHI = false
	p[routing.RoleSupervisor] = g
	return p
}

// roster gives new conversations to the least-loaded agent of their
// queue who writes the patient's language: the staff who answer patients
// (supervisors and admins oversee and step in by hand).
func (c *clinic) roster() (*routing.Roster, error) {
	langs := map[string][]string{"staff-maria": {"en", "es"}, "staff-james": {"en"}, "staff-priya": {"en", "es"}}
	var agents []routing.Agent
	for _, s := range c.staff {
		if l, ok := langs[s.ID]; ok {
			agents = append(agents, routing.Agent{ID: s.ID, Roles: []routing.Role{s.Role}, Languages: l, Capacity: 20})
		}
	}
	return routing.NewRoster(practiceID, routing.DefaultRuleset(), agents, routing.RosterConfig{})
}

// seed adds the demo patients to the directory and the demo staff logins.
func (c *clinic) seed(env func(string) string) error {
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
	admin := env("FRONTDESK_ADMIN_TOKEN")
	if admin == "" {
		admin = newToken()
	}
	c.staff = []staffMember{
		{ID: "staff-maria", Name: "Maria (front desk)", Role: routing.RoleFrontDesk, Token: newToken()},
		{ID: "staff-james", Name: "James (scheduling)", Role: routing.RoleScheduler, Token: newToken()},
		{ID: "staff-priya", Name: "Priya (nurse)", Role: routing.RoleNurse, Token: newToken()},
		{ID: "staff-sam", Name: "Sam (supervisor)", Role: routing.RoleSupervisor, Token: newToken()},
		{ID: "staff-admin", Name: "Admin", Role: routing.RoleAdmin, Token: admin},
	}
	return nil
}

// staffByID returns a staff member by id.
func (c *clinic) staffByID(id string) (staffMember, bool) {
	for _, s := range c.staff {
		if s.ID == id {
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
