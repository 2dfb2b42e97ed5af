package channeltest

import (
	"context"
	"sync"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Recorder is a channels.InboundHandler and channels.StatusHandler that
// keeps what it is given, for tests of an adapter's webhooks; an inbound
// message that fails channels.Inbound.Validate is refused. While Err is
// set it refuses everything with Err, as an inbox that is down does. Read
// In and St once the requests under test have returned, or use Count.
type Recorder struct {
	mu sync.Mutex
	// In and St are the inbound messages and statuses received, in order.
	In []channels.Inbound
	St []channels.Status
	// Err, when set, is returned to every call (see SetErr to change it
	// while requests run).
	Err error
}

// HandleInbound implements channels.InboundHandler.
func (r *Recorder) HandleInbound(_ context.Context, m channels.Inbound) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.Err != nil {
		return r.Err
	}
	if err := m.Validate(); err != nil {
		return err // an adapter handed over a message the inbox would refuse
	}
	r.In = append(r.In, m)
	return nil
}

// HandleStatus implements channels.StatusHandler.
func (r *Recorder) HandleStatus(_ context.Context, s channels.Status) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.Err != nil {
		return r.Err
	}
	r.St = append(r.St, s)
	return nil
}

// Count returns how many messages and statuses were received.
func (r *Recorder) Count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.In) + len(r.St)
}

// SetErr sets Err while requests may be running.
func (r *Recorder) SetErr(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.Err = err
}
