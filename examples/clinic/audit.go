package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/clock"
)

// auditTrail is the clinic's tamper-evident audit log: a JSON Lines file
// in the data directory whose checkpoints are signed with an Ed25519 key
// kept beside it.
type auditTrail struct {
	log     *audit.Log
	path    string
	keyPath string
	pub     ed25519.PublicKey
	// newKey reports that the key was generated at this start.
	newKey bool
	// verified is the state of the file checked at start-up.
	verified audit.Result
}

// openAudit loads (or, at first start, generates) the signing key, checks
// the existing file's chain and signatures, and opens the log to continue
// it. An altered file stops the clinic: errors.Is(err, audit.ErrCorrupt).
func openAudit(dataDir string, clk clock.Clock, logger *zap.Logger) (*auditTrail, error) {
	a := &auditTrail{path: filepath.Join(dataDir, "audit.jsonl"), keyPath: filepath.Join(dataDir, "audit-ed25519.key")}
	priv, err := loadOrCreateKey(a.keyPath, &a.newKey)
	if err != nil {
		return nil, err
	}
	a.pub = priv.Public().(ed25519.PublicKey)
	if _, err := os.Stat(a.path); err == nil {
		if a.verified, err = audit.VerifyFile(a.path, audit.VerifyOptions{PublicKey: a.pub}); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", audit.ErrCorrupt, a.path, err)
		}
	}
	a.log, err = audit.OpenFileLog(a.path, audit.FileConfig{PublicKey: a.pub, Logger: logger},
		audit.Config{Clock: clk, SigningKey: priv, CheckpointInterval: time.Hour})
	if err != nil {
		return nil, fmt.Errorf("open audit log: %w", err)
	}
	return a, nil
}

// loadOrCreateKey reads the hex-encoded Ed25519 seed at path, or writes a
// new one (mode 0600) when there is none.
func loadOrCreateKey(path string, created *bool) (ed25519.PrivateKey, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, []byte(hex.EncodeToString(priv.Seed())+"\n"), 0o600); err != nil {
			return nil, fmt.Errorf("write audit key: %w", err)
		}
		*created = true
		return priv, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read audit key: %w", err)
	}
	seed, err := hex.DecodeString(strings.TrimSpace(string(b)))
	if err != nil || len(seed) != ed25519.SeedSize {
		return nil, fmt.Errorf("audit key %s is not a hex Ed25519 seed", path)
	}
	return ed25519.NewKeyFromSeed(seed), nil
}

// chainStatus is what the audit page shows about the file.
type chainStatus struct {
	OK          bool   `json:"ok"`
	Error       string `json:"error,omitempty"`
	Events      int    `json:"events"`
	HeadSeq     uint64 `json:"head_seq"`
	HeadHash    string `json:"head_hash"`
	Checkpoints int    `json:"checkpoints"`
	KeyID       string `json:"key_id"`
	Path        string `json:"path"`
}

// status seals what was written so far with a checkpoint and verifies the
// whole file against the public key.
func (a *auditTrail) status(ctx context.Context) chainStatus {
	st := chainStatus{Path: a.path, KeyID: audit.KeyID(a.pub)}
	if _, err := a.log.Checkpoint(ctx); err != nil {
		st.Error = err.Error()
		return st
	}
	res, err := audit.VerifyFile(a.path, audit.VerifyOptions{PublicKey: a.pub})
	if err != nil {
		st.Error = err.Error()
		return st
	}
	st.OK, st.Events, st.HeadSeq, st.HeadHash, st.Checkpoints = true, res.Count, res.Head.Seq, res.Head.Hash, res.Checkpoints
	return st
}

// recent returns the practice's last n events, newest first.
func (a *auditTrail) recent(ctx context.Context, practice string, n int) ([]audit.Event, error) {
	evs, err := audit.QueryFile(ctx, a.path, audit.Query{PracticeID: practice})
	if err != nil {
		return nil, err
	}
	if len(evs) > n {
		evs = evs[len(evs)-n:]
	}
	for i, j := 0, len(evs)-1; i < j; i, j = i+1, j-1 {
		evs[i], evs[j] = evs[j], evs[i]
	}
	return evs, nil
}

func (a *auditTrail) close() error { return a.log.Close() }
