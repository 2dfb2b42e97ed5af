package routing

import (
	"errors"
	"fmt"
)

// Sentinel errors. Configuration problems wrap ErrInvalidConfig and one of
// the more precise sentinels below, so callers can branch with errors.Is.
var (
	// ErrInvalidConfig is wrapped by every configuration error.
	ErrInvalidConfig = errors.New("routing: invalid configuration")
	// ErrUnknownQueue means a rule, queue reference or agent names a queue
	// that the configuration does not declare.
	ErrUnknownQueue = errors.New("routing: unknown queue")
	// ErrNeverMatches means a rule can never match: it names a value outside
	// the vocabulary, has an empty time window, or is shadowed by an earlier
	// rule that matches everything it does.
	ErrNeverMatches = errors.New("routing: rule can never match")
	// ErrUnknownRole means a role outside the closed set of Roles.
	ErrUnknownRole = errors.New("routing: unknown role")
	// ErrOverlappingHours means two opening intervals of one day overlap.
	ErrOverlappingHours = errors.New("routing: overlapping hours")
	// ErrNoAgent means no agent can take a piece of work right now.
	ErrNoAgent = errors.New("routing: no agent available")
	// ErrUnknownAgent means an agent id the roster does not know.
	ErrUnknownAgent = errors.New("routing: unknown agent")
	// ErrDenied means a role may not do what it asked; see *DeniedError.
	ErrDenied = errors.New("routing: access denied")
)

// ConfigError is one problem in a configuration. Where names the part at
// fault, for example `rule "billing-vip" (#3)`, `queue "billing"`,
// `hours monday` or `agent "a-17"`; Detail says what is wrong; Err is one of
// the sentinels above. A configuration with several problems yields them
// all, joined with errors.Join.
type ConfigError struct {
	Where  string
	Detail string
	Err    error
}

// Error names the part at fault and the problem.
func (e *ConfigError) Error() string { return "routing: " + e.Where + ": " + e.Detail }

// Unwrap returns the sentinel and ErrInvalidConfig, so that errors.Is finds
// either.
func (e *ConfigError) Unwrap() []error { return []error{e.Err, ErrInvalidConfig} }

func configErr(where string, sentinel error, format string, args ...any) error {
	return &ConfigError{Where: where, Detail: fmt.Sprintf(format, args...), Err: sentinel}
}

func ruleWhere(name string, i int) string { return fmt.Sprintf("rule %q (#%d)", name, i+1) }

func joinErrs(errs []error) error {
	if len(errs) == 1 {
		return errs[0]
	}
	return errors.Join(errs...)
}
