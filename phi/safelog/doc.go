// Package safelog keeps PHI out of logs: a zap Core and a log/slog Handler
// that run every message and string value through a phi.Redactor before it
// reaches the underlying logger.
//
// frontdesk's own packages log ids only; safelog is the net under that
// rule and under a vendor's logging of its own. Wrap the core or handler
// once, where the logger is built:
//
//	red, _ := phi.NewRedactor(phi.RedactorConfig{})
//	logger := zap.New(safelog.NewCore(core, red))
//	slogger := slog.New(safelog.NewHandler(handler, red))
//
// Redaction costs a detector pass per string, microseconds for a log line;
// values that are not strings (numbers, durations, booleans) pass as they
// are. Errors, Stringers and reflected values are rendered to text and
// redacted, so a name inside an error message does not get through.
package safelog
