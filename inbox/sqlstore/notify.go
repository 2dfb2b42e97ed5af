package sqlstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/inbox"
	"github.com/frontdeskhq/frontdesk/internal/sqldb"
)

// ErrNotSupported: the feature needs PostgreSQL.
var ErrNotSupported = errors.New("sqlstore: not supported by this database")

// NotifierConfig configures a Notifier. The zero value works.
type NotifierConfig struct {
	// Channel is the PostgreSQL notification channel. Default
	// "<schema>_<prefix>inbox_events" (or "<prefix>inbox_events" without
	// a schema), so that frontdesks sharing a server but not tables do not
	// hear each other. At most 63 bytes.
	Channel string
	// Instance names this process; its own events are not delivered back
	// to it. Default a random id.
	Instance string
	// Clock times the waits between reconnections. Default the system
	// clock.
	Clock clock.Clock
	// Logger receives failures, with event types and ids only. Default no
	// logging.
	Logger *zap.Logger
	// OnGap, if set, is called when Listen reconnects after losing its
	// connection: events published meanwhile were missed, and live screens
	// should reload what they show.
	OnGap func()
}

// Notifier carries inbox events between instances of a service that share
// one PostgreSQL database, through LISTEN/NOTIFY. As an inbox.Hook
// (Config.Hooks) it publishes each event of its instance; Listen receives
// the events of the other instances and hands each to a Hook of the
// receiving instance, typically the function that feeds its staff screens.
//
// Delivery is at most once: PostgreSQL delivers a notification to every
// session listening when it is committed, in order, but a listener that is
// disconnected misses what is sent meanwhile (see NotifierConfig.OnGap).
// Events carry ids only, so payloads hold no PHI.
type Notifier struct {
	db       *sqldb.DB
	channel  string
	instance string
	clock    clock.Clock
	log      *zap.Logger
	onGap    func()

	listening     chan struct{}
	listeningOnce sync.Once
}

var _ inbox.Hook = (*Notifier)(nil)

// NewNotifier returns a Notifier on db, which must be PostgreSQL.
func NewNotifier(db *DB, cfg NotifierConfig) (*Notifier, error) {
	if db.db.Dialect() != sqldb.Postgres {
		return nil, fmt.Errorf("%w: notifications need PostgreSQL", ErrNotSupported)
	}
	n := &Notifier{
		db: db.db, channel: cfg.Channel, instance: cfg.Instance, clock: clock.OrSystem(cfg.Clock),
		log: cfg.Logger, onGap: cfg.OnGap, listening: make(chan struct{}),
	}
	if n.channel == "" {
		o := db.db.Options()
		n.channel = o.Prefix + "inbox_events"
		if o.Schema != "" {
			n.channel = o.Schema + "_" + n.channel
		}
	}
	if len(n.channel) > 63 {
		return nil, fmt.Errorf("sqlstore: notification channel name longer than 63 bytes")
	}
	if n.instance == "" {
		b := make([]byte, 8)
		_, _ = rand.Read(b)
		n.instance = hex.EncodeToString(b)
	}
	if n.log == nil {
		n.log = zap.NewNop()
	}
	n.log = n.log.Named("sqlstore.notifier")
	return n, nil
}

// envelope is a notification's payload.
type envelope struct {
	Instance string      `json:"i"`
	Event    inbox.Event `json:"e"`
}

// HandleEvent implements inbox.Hook: it publishes e to the other
// instances. A failure is logged (ids only) and not returned, since the
// change the event reports is already stored.
func (n *Notifier) HandleEvent(ctx context.Context, e inbox.Event) {
	if err := n.Publish(ctx, e); err != nil {
		n.log.Warn("event not published", zap.String("practice_id", e.PracticeID),
			zap.String("type", string(e.Type)), zap.String("conversation_id", e.ConversationID), zap.Error(err))
	}
}

// Publish sends e to the instances listening.
func (n *Notifier) Publish(ctx context.Context, e inbox.Event) error {
	b, err := json.Marshal(envelope{Instance: n.instance, Event: e})
	if err != nil {
		return fmt.Errorf("sqlstore: encode event: %w", err)
	}
	_, err = n.db.Pool().Exec(ctx, "SELECT pg_notify($1, $2)", n.channel, string(b))
	return wrap(ctx, "publish event", err)
}

// Listening is closed once Listen has started listening for the first time.
func (n *Notifier) Listening() <-chan struct{} { return n.listening }

// Listen delivers the events of the other instances to deliver until ctx
// ends, reconnecting (after 100ms, doubling up to 10s) when the connection
// is lost. It returns ctx's error. deliver runs on Listen's goroutine, one
// event at a time, and should not block for long.
func (n *Notifier) Listen(ctx context.Context, deliver inbox.Hook) error {
	const minWait, maxWait = 100 * time.Millisecond, 10 * time.Second
	wait := minWait
	for attempt := 0; ; attempt++ {
		heard, err := n.listenOnce(ctx, deliver, attempt > 0)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if heard {
			wait = minWait
		}
		n.log.Warn("listen connection lost", zap.String("channel", n.channel), zap.Duration("retry_in", wait),
			zap.Error(wrap(ctx, "listen", err)))
		if err := clock.Sleep(ctx, n.clock, wait); err != nil {
			return err
		}
		wait = min(2*wait, maxWait)
	}
}

// listenOnce listens on a dedicated connection until it fails; heard
// reports that LISTEN succeeded.
func (n *Notifier) listenOnce(ctx context.Context, deliver inbox.Hook, again bool) (heard bool, err error) {
	conn, err := pgx.ConnectConfig(ctx, n.db.Pool().Config().ConnConfig.Copy())
	if err != nil {
		return false, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{n.channel}.Sanitize()); err != nil {
		return false, err
	}
	n.listeningOnce.Do(func() { close(n.listening) })
	if again && n.onGap != nil {
		n.onGap()
	}
	for {
		msg, err := conn.WaitForNotification(ctx)
		if err != nil {
			return true, err
		}
		var env envelope
		if err := json.Unmarshal([]byte(msg.Payload), &env); err != nil {
			n.log.Warn("undecodable notification dropped", zap.String("channel", n.channel), zap.Int("bytes", len(msg.Payload)))
			continue
		}
		if env.Instance == n.instance {
			continue
		}
		deliver.HandleEvent(ctx, env.Event)
	}
}
