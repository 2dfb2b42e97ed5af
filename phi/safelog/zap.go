package safelog

import (
	"context"
	"fmt"

	"go.uber.org/zap/zapcore"

	"github.com/frontdeskhq/frontdesk/phi"
)

// Redacted is what a value becomes when it cannot be scanned (too large).
const Redacted = "[REDACTED]"

// redact runs text through red, falling back to Redacted on error.
func redact(red *phi.Redactor, text string) string {
	if text == "" {
		return text
	}
	out, err := red.Redact(context.Background(), text)
	if err != nil {
		return Redacted
	}
	return out
}

// core wraps a zapcore.Core and redacts before writing.
type core struct {
	zapcore.Core
	red *phi.Redactor
}

// NewCore returns a Core that redacts PHI from the message and from
// string-like fields (strings, byte strings, errors, Stringers, reflected
// and marshaled objects) before handing the entry to next.
func NewCore(next zapcore.Core, red *phi.Redactor) zapcore.Core {
	return &core{Core: next, red: red}
}

// With redacts the fields once, when they are attached.
func (c *core) With(fields []zapcore.Field) zapcore.Core {
	return &core{Core: c.Core.With(c.fields(fields)), red: c.red}
}

// Check adds this core (not the wrapped one) so that Write redacts.
func (c *core) Check(ent zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	if c.Enabled(ent.Level) {
		return ce.AddCore(ent, c)
	}
	return ce
}

// Write redacts the message and fields and writes them to the wrapped core.
func (c *core) Write(ent zapcore.Entry, fields []zapcore.Field) error {
	ent.Message = redact(c.red, ent.Message)
	return c.Core.Write(ent, c.fields(fields))
}

func (c *core) fields(in []zapcore.Field) []zapcore.Field {
	out := make([]zapcore.Field, len(in))
	for i, f := range in {
		out[i] = c.field(f)
	}
	return out
}

func (c *core) field(f zapcore.Field) zapcore.Field {
	str := func(s string) zapcore.Field {
		return zapcore.Field{Key: f.Key, Type: zapcore.StringType, String: redact(c.red, s)}
	}
	switch f.Type {
	case zapcore.StringType:
		return str(f.String)
	case zapcore.ByteStringType, zapcore.BinaryType:
		if b, ok := f.Interface.([]byte); ok {
			return str(string(b))
		}
		return str(Redacted)
	case zapcore.ErrorType:
		if err, ok := f.Interface.(error); ok && err != nil {
			return str(err.Error())
		}
		return f
	case zapcore.StringerType:
		if s, ok := f.Interface.(fmt.Stringer); ok {
			return str(safeString(s))
		}
		return str(Redacted)
	case zapcore.ReflectType:
		return str(fmt.Sprintf("%+v", f.Interface))
	case zapcore.ObjectMarshalerType, zapcore.InlineMarshalerType:
		enc := zapcore.NewMapObjectEncoder()
		if m, ok := f.Interface.(zapcore.ObjectMarshaler); ok && m.MarshalLogObject(enc) == nil {
			return str(fmt.Sprint(enc.Fields))
		}
		return str(Redacted)
	case zapcore.ArrayMarshalerType:
		enc := zapcore.NewMapObjectEncoder()
		if m, ok := f.Interface.(zapcore.ArrayMarshaler); ok && enc.AddArray(f.Key, m) == nil {
			return str(fmt.Sprint(enc.Fields[f.Key]))
		}
		return str(Redacted)
	}
	return f
}

// safeString calls String, turning a panic into Redacted.
func safeString(s fmt.Stringer) (out string) {
	defer func() {
		if recover() != nil {
			out = Redacted
		}
	}()
	return s.String()
}
