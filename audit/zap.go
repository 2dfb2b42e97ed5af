package audit

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// ErrDropped is returned by ZapSink.Append when the logger would discard
// the event (its level is disabled or it is sampled out): an audit event is
// never dropped silently.
var ErrDropped = errors.New("audit: logger drops audit events")

// ZapConfig configures a ZapSink. The zero value works.
type ZapConfig struct {
	// Message is the log message of every entry. Default "audit event".
	Message string
	// Level is the entries' level. Default zapcore.InfoLevel.
	Level zapcore.Level
	// Sync calls the logger's Sync after every Append, for cores that
	// buffer. Default false.
	Sync bool
}

// ZapSink writes each event as one structured log entry, for vendors who
// ship their logs to another system. The fields are the event's JSON names
// (seq, hash, prev_hash, practice_id, actor as an object, detail as an
// object, ...) so that the chain can be rebuilt from the entries. Events
// are as durable as the logger's core makes them; set ZapConfig.Sync for a
// buffered core. It is safe for concurrent use.
type ZapSink struct {
	log *zap.Logger
	cfg ZapConfig

	mu     sync.RWMutex
	closed bool
}

var _ Sink = (*ZapSink)(nil)

// NewZapSink returns a sink that writes to logger.
func NewZapSink(logger *zap.Logger, cfg ZapConfig) (*ZapSink, error) {
	if logger == nil {
		return nil, errors.New("audit: nil logger")
	}
	if cfg.Message == "" {
		cfg.Message = "audit event"
	}
	return &ZapSink{log: logger, cfg: cfg}, nil
}

// Append validates the events and logs them in order.
func (s *ZapSink) Append(ctx context.Context, events ...Event) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range events {
		if err := events[i].Validate(); err != nil {
			return err
		}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return ErrClosed
	}
	for i := range events {
		ce := s.log.Check(s.cfg.Level, s.cfg.Message)
		if ce == nil {
			return fmt.Errorf("%w: level %s", ErrDropped, s.cfg.Level)
		}
		ce.Write(eventFields(&events[i])...)
	}
	if s.cfg.Sync {
		if err := s.log.Sync(); err != nil {
			return fmt.Errorf("audit: sync logger: %w", err)
		}
	}
	return nil
}

// Close syncs the logger; later Appends return ErrClosed.
func (s *ZapSink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.log.Sync(); err != nil {
		return fmt.Errorf("audit: sync logger: %w", err)
	}
	return nil
}

func eventFields(e *Event) []zap.Field {
	f := make([]zap.Field, 0, 16)
	if e.Seq != 0 {
		f = append(f, zap.Uint64("seq", e.Seq))
	}
	f = appendStringField(f, "hash", e.Hash)
	f = appendStringField(f, "prev_hash", e.PrevHash)
	f = appendStringField(f, "practice_id", e.PracticeID)
	f = append(f, zap.Time("time", e.Time), zap.Object("actor", actorFields(e.Actor)),
		zap.String("action", string(e.Action)), zap.String("outcome", string(e.Outcome)))
	f = appendStringField(f, "patient_id", e.PatientID)
	f = appendStringField(f, "contact_id", e.ContactID)
	f = appendStringField(f, "conversation_id", e.ConversationID)
	f = appendStringField(f, "message_id", e.MessageID)
	f = appendStringField(f, "request_id", e.RequestID)
	f = appendStringField(f, "source_addr", e.SourceAddr)
	if len(e.Detail) > 0 {
		f = append(f, zap.Object("detail", detailFields(e.Detail)))
	}
	return f
}

func appendStringField(f []zap.Field, key, v string) []zap.Field {
	if v == "" {
		return f
	}
	return append(f, zap.String(key, v))
}

type actorFields Actor

// MarshalLogObject writes the actor as a log object.
func (a actorFields) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	enc.AddString("id", a.ID)
	if a.Role != "" {
		enc.AddString("role", a.Role)
	}
	if a.Kind != "" {
		enc.AddString("kind", a.Kind)
	}
	return nil
}

type detailFields map[string]string

// MarshalLogObject writes the detail with sorted keys.
func (d detailFields) MarshalLogObject(enc zapcore.ObjectEncoder) error {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		enc.AddString(k, d[k])
	}
	return nil
}
