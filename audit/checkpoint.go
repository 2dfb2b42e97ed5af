package audit

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"
)

// Head is the end of a chain: the Seq and Hash of its last event. The zero
// Head is an empty chain, which the event with Seq 1 continues.
type Head struct {
	Seq  uint64
	Hash string
}

// Checkpoint is a signed statement that a chain's first Count events end
// in the event whose hash is Head. Anyone holding the public key can check
// it; a log that is shorter than a checkpoint, or differs from it, has been
// truncated or rewritten.
//
// The signature is Ed25519 over the bytes
//
//	"frontdesk-audit-checkpoint-v1\n" + decimal(Count) + "\n" + Head + "\n"
//
// Log writes each checkpoint into the chain itself as an event with
// ActionCheckpoint, no practice id, actor {"id":"frontdesk","kind":"service"}
// and Detail {"count", "head", "key_id", "signature"} (signature in
// lowercase hex), so that checkpoints travel through every Sink and a
// deleted checkpoint breaks the chain like any other event.
type Checkpoint struct {
	// Count is how many events the checkpoint covers: seqs 1 to Count.
	Count uint64
	// Head is the Hash of event Count.
	Head string
	// KeyID names the signing key; see KeyID.
	KeyID string
	// Signature is the Ed25519 signature described above.
	Signature []byte
}

// checkpointActor is the actor of checkpoint events.
var checkpointActor = Actor{ID: "frontdesk", Kind: "service"}

// KeyID returns the id of a public key: the first 16 lowercase hex digits
// of the SHA-256 of its 32 bytes.
func KeyID(pub ed25519.PublicKey) string {
	sum := sha256.Sum256(pub)
	return hex.EncodeToString(sum[:8])
}

// SignCheckpoint returns the checkpoint of h signed with key.
func SignCheckpoint(key ed25519.PrivateKey, h Head) Checkpoint {
	c := Checkpoint{Count: h.Seq, Head: h.Hash, KeyID: KeyID(key.Public().(ed25519.PublicKey))}
	c.Signature = ed25519.Sign(key, c.message())
	return c
}

func (c Checkpoint) message() []byte {
	b := make([]byte, 0, 128)
	b = append(b, "frontdesk-audit-checkpoint-v1\n"...)
	b = strconv.AppendUint(b, c.Count, 10)
	b = append(b, '\n')
	b = append(b, c.Head...)
	return append(b, '\n')
}

// Verify checks c's signature with pub. The error wraps ErrBadSignature.
func (c Checkpoint) Verify(pub ed25519.PublicKey) error {
	if len(pub) != ed25519.PublicKeySize {
		return fmt.Errorf("%w: public key has %d bytes", ErrBadSignature, len(pub))
	}
	if c.KeyID != KeyID(pub) {
		return fmt.Errorf("%w: signed by key %s, not %s", ErrBadSignature, c.KeyID, KeyID(pub))
	}
	if !ed25519.Verify(pub, c.message(), c.Signature) {
		return fmt.Errorf("%w: signature does not match", ErrBadSignature)
	}
	return nil
}

// Event returns the checkpoint event that records c at time t; Log stamps
// its Seq, PrevHash and Hash.
func (c Checkpoint) Event(t time.Time) Event {
	return Event{
		Time: t, Actor: checkpointActor, Action: ActionCheckpoint, Outcome: OutcomeSuccess,
		Detail: map[string]string{
			"count":     strconv.FormatUint(c.Count, 10),
			"head":      c.Head,
			"key_id":    c.KeyID,
			"signature": hex.EncodeToString(c.Signature),
		},
	}
}

// CheckpointOf reads the checkpoint recorded in a checkpoint event. The
// error wraps ErrBadSignature when e is not a well-formed checkpoint event.
func CheckpointOf(e *Event) (Checkpoint, error) {
	if e.Action != ActionCheckpoint {
		return Checkpoint{}, fmt.Errorf("%w: not a checkpoint event", ErrBadSignature)
	}
	if e.PracticeID != "" || len(e.Detail) != 4 {
		return Checkpoint{}, fmt.Errorf("%w: malformed checkpoint event", ErrBadSignature)
	}
	n, err := strconv.ParseUint(e.Detail["count"], 10, 64)
	if err != nil {
		return Checkpoint{}, fmt.Errorf("%w: bad checkpoint count", ErrBadSignature)
	}
	sig, err := hex.DecodeString(e.Detail["signature"])
	if err != nil {
		return Checkpoint{}, fmt.Errorf("%w: bad checkpoint signature encoding", ErrBadSignature)
	}
	return Checkpoint{Count: n, Head: e.Detail["head"], KeyID: e.Detail["key_id"], Signature: sig}, nil
}
