package routing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// File is a practice's routing configuration as JSON: queues, rules, the
// business calendar and the SLA policy. See Load, and testdata/practice.json
// for an example.
type File struct {
	Queues []Queue `json:"queues"`
	Rules  []Rule  `json:"rules"`
	// Calendar is the business calendar; absent means open around the
	// clock with wall-clock deadlines.
	Calendar *CalendarSpec `json:"calendar,omitempty"`
	SLA      SLAPolicy     `json:"sla"`
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

// Load reads a JSON configuration (at most 4 MiB) and builds its Engine.
// Every error wraps ErrInvalidConfig; validation errors are *ConfigError
// values naming the bad rule, queue or setting.
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
