package routing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// File is a practice's routing configuration as JSON: queues, rules, the
// business calendar, the SLA policy, staff and permissions. See Load,
// LoadSetup, and testdata/practice.json for an example.
type File struct {
	Queues []Queue `json:"queues"`
	Rules  []Rule  `json:"rules"`
	// Calendar is the business calendar; absent means open around the
	// clock with wall-clock deadlines.
	Calendar *CalendarSpec `json:"calendar,omitempty"`
	SLA      SLAPolicy     `json:"sla"`
	// Agents are the practice's staff, for the Roster.
	Agents []AgentSpec `json:"agents,omitempty"`
	// Permissions by role; absent means DefaultPermissions of the queues.
	Permissions Permissions `json:"permissions,omitempty"`
}

// AgentSpec is an Agent as written in a File.
type AgentSpec struct {
	ID        string   `json:"id"`
	Roles     []Role   `json:"roles"`
	Languages []string `json:"languages,omitempty"`
	Queues    []string `json:"queues,omitempty"`
	Capacity  int      `json:"capacity,omitempty"`
	// Hours are the agent's working hours; an empty time zone means the
	// practice calendar's. Absent means whenever asked.
	Hours *CalendarSpec `json:"hours,omitempty"`
}

// Setup is everything a File configures for one practice.
type Setup struct {
	Engine      *Engine
	Roster      *Roster
	Permissions Permissions
}

// maxFileSize bounds a configuration file.
const maxFileSize = 4 << 20

// ParseFile decodes a configuration strictly: unknown fields and trailing
// data are errors. It does not validate; Engine does (see Load).
func ParseFile(data []byte) (File, error) {
	var f File
	if len(data) > maxFileSize {
		return f, &ConfigError{Where: "file", Detail: "larger than 4 MiB", Err: ErrInvalidConfig}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return File{}, &ConfigError{Where: "file", Detail: "malformed JSON: " + err.Error(), Err: ErrInvalidConfig}
	}
	if dec.More() {
		return File{}, &ConfigError{Where: "file", Detail: "trailing data after the configuration", Err: ErrInvalidConfig}
	}
	return f, nil
}

// Engine validates f and builds its Engine.
func (f File) Engine() (*Engine, error) {
	var cal *Calendar
	if f.Calendar != nil {
		c, err := NewCalendar(*f.Calendar)
		if err != nil {
			return nil, err
		}
		cal = c
	}
	return New(Ruleset{Queues: f.Queues, Rules: f.Rules}, Config{Calendar: cal, SLA: f.SLA})
}

// Setup validates f and builds the engine, the roster of practiceID and the
// permissions. All problems are reported together, each naming its part.
func (f File) Setup(practiceID string, cfg RosterConfig) (*Setup, error) {
	var errs []error
	eng, err := f.Engine()
	errs = append(errs, err)
	rs := Ruleset{Queues: f.Queues, Rules: f.Rules}
	var agents []Agent
	for _, as := range f.Agents {
		a := Agent{ID: as.ID, Roles: as.Roles, Languages: as.Languages, Queues: as.Queues, Capacity: as.Capacity}
		if as.Hours != nil {
			spec := *as.Hours
			if spec.TimeZone == "" && f.Calendar != nil {
				spec.TimeZone = f.Calendar.TimeZone
			}
			cal, err := NewCalendar(spec)
			if err != nil {
				errs = append(errs, prefixWhere(err, fmt.Sprintf("agent %q", as.ID)))
				continue
			}
			a.Hours = cal
		}
		agents = append(agents, a)
	}
	roster, err := NewRoster(practiceID, rs, agents, cfg)
	errs = append(errs, err)
	perms := f.Permissions
	if perms == nil {
		perms = DefaultPermissions(rs)
	}
	errs = append(errs, perms.Validate(rs))
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &Setup{Engine: eng, Roster: roster, Permissions: perms}, nil
}

// prefixWhere puts prefix in front of the Where of every ConfigError in err.
func prefixWhere(err error, prefix string) error {
	var ce *ConfigError
	if errors.As(err, &ce) && err == error(ce) {
		c := *ce
		c.Where = prefix + ": " + c.Where
		return &c
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, prefixWhere(e, prefix))
		}
		return errors.Join(out...)
	}
	return err
}

// LoadSetup reads a JSON configuration (at most 4 MiB) and builds the
// Setup of practiceID.
func LoadSetup(r io.Reader, practiceID string, cfg RosterConfig) (*Setup, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("routing: load: %w", err)
	}
	f, err := ParseFile(data)
	if err != nil {
		return nil, err
	}
	return f.Setup(practiceID, cfg)
}

// Load reads a JSON configuration (at most 4 MiB) and builds its Engine.
// Errors other than reading r wrap ErrInvalidConfig; validation errors are
// *ConfigError values naming the bad rule, queue or setting.
func Load(r io.Reader) (*Engine, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("routing: load: %w", err)
	}
	f, err := ParseFile(data)
	if err != nil {
		return nil, err
	}
	return f.Engine()
}
