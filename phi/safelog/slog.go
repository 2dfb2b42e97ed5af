package safelog

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/frontdeskhq/frontdesk/phi"
)

// handler wraps a slog.Handler and redacts before handling.
type handler struct {
	next slog.Handler
	red  *phi.Redactor
}

// NewHandler returns a slog.Handler that redacts PHI from the message and
// from string, error, Stringer and other non-scalar attribute values
// (inside groups too) before passing the record to next.
func NewHandler(next slog.Handler, red *phi.Redactor) slog.Handler {
	return &handler{next: next, red: red}
}

// Enabled defers to the wrapped handler.
func (h *handler) Enabled(ctx context.Context, l slog.Level) bool { return h.next.Enabled(ctx, l) }

// Handle redacts the record and hands it on.
func (h *handler) Handle(ctx context.Context, r slog.Record) error {
	out := slog.NewRecord(r.Time, r.Level, redact(h.red, r.Message), r.PC)
	r.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(h.attr(a))
		return true
	})
	return h.next.Handle(ctx, out)
}

// WithAttrs redacts the attributes once, when they are attached.
func (h *handler) WithAttrs(attrs []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(attrs))
	for i, a := range attrs {
		red[i] = h.attr(a)
	}
	return &handler{next: h.next.WithAttrs(red), red: h.red}
}

// WithGroup defers to the wrapped handler.
func (h *handler) WithGroup(name string) slog.Handler {
	return &handler{next: h.next.WithGroup(name), red: h.red}
}

func (h *handler) attr(a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		return slog.String(a.Key, redact(h.red, v.String()))
	case slog.KindGroup:
		g := v.Group()
		out := make([]slog.Attr, len(g))
		for i, x := range g {
			out[i] = h.attr(x)
		}
		return slog.Attr{Key: a.Key, Value: slog.GroupValue(out...)}
	case slog.KindAny:
		switch x := v.Any().(type) {
		case error:
			return slog.String(a.Key, redact(h.red, x.Error()))
		case fmt.Stringer:
			return slog.String(a.Key, redact(h.red, safeString(x)))
		case []byte:
			return slog.String(a.Key, redact(h.red, string(x)))
		default:
			return slog.String(a.Key, redact(h.red, fmt.Sprintf("%+v", x)))
		}
	}
	return slog.Attr{Key: a.Key, Value: v}
}
