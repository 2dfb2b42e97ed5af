// Package faultscript is the scripted-failure machinery the fake
// providers (whatsapptest, twiliotest) share: a queue of faults that the
// next requests answer with, including requests that hang like a timeout.
package faultscript

import (
	"net/http"
	"sync"
)

// Fault is one scripted failure of a fake provider.
type Fault struct {
	Status int
	// Code is the provider's error code; zero sends no error body.
	Code int
	// RetryAfter, when set, is sent as the Retry-After header.
	RetryAfter string
	// Hang makes the server hold the request until the client gives up
	// (its context ends) or the server closes: a timeout.
	Hang bool
}

// Script is a queue of faults, safe for concurrent use. The zero value is
// not usable; call New.
type Script struct {
	mu     sync.Mutex
	faults []Fault
	done   chan struct{}
	once   sync.Once
}

// New returns an empty Script.
func New() *Script { return &Script{done: make(chan struct{})} }

// FailNext makes the next n requests fail with f.
func (s *Script) FailNext(n int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range n {
		s.faults = append(s.faults, f)
	}
}

// Serve answers r with the next scripted fault, if there is one, writing
// the error body with writeError, and reports whether it did.
func (s *Script) Serve(w http.ResponseWriter, r *http.Request, writeError func(w http.ResponseWriter, status, code int)) bool {
	s.mu.Lock()
	if len(s.faults) == 0 {
		s.mu.Unlock()
		return false
	}
	f := s.faults[0]
	s.faults = s.faults[1:]
	s.mu.Unlock()
	if f.Hang {
		select {
		case <-r.Context().Done():
		case <-s.done:
		}
		return true
	}
	if f.RetryAfter != "" {
		w.Header().Set("Retry-After", f.RetryAfter)
	}
	writeError(w, f.Status, f.Code)
	return true
}

// Close releases every hanging request.
func (s *Script) Close() { s.once.Do(func() { close(s.done) }) }
