package phi_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/frontdeskhq/frontdesk/phi"
)

func key(id string, b byte) phi.Key { return phi.Key{ID: id, Secret: bytes.Repeat([]byte{b}, 32)} }

func newKeyring(t testing.TB, active string, keys ...phi.Key) *phi.Keyring {
	t.Helper()
	k, err := phi.NewKeyring(phi.KeyringConfig{Keys: keys, Active: active})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var body = phi.Field{PracticeID: "practice-1", Table: "messages", RecordID: "msg_1", Name: "body"}

func TestKeyringSealOpen(t *testing.T) {
	k := newKeyring(t, "k1", key("k1", 1))
	pt := []byte("Zelda Quimby, SSN 078-05-1120")
	ct, err := k.Seal(pt, body)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(ct, pt[:5]) {
		t.Fatal("ciphertext holds plaintext")
	}
	got, err := k.Open(ct, body)
	if err != nil || !bytes.Equal(got, pt) {
		t.Fatalf("open: %q, %v", got, err)
	}
	ct2, _ := k.Seal(pt, body)
	if bytes.Equal(ct, ct2) {
		t.Error("two seals of one value are equal")
	}
	if id, err := k.KeyID(ct); err != nil || id != "k1" {
		t.Errorf("KeyID: %q, %v", id, err)
	}
}

func TestKeyringRejects(t *testing.T) {
	k := newKeyring(t, "k1", key("k1", 1))
	ct, err := k.Seal([]byte("secret"), body)
	if err != nil {
		t.Fatal(err)
	}
	other := newKeyring(t, "k1", key("k1", 2)) // same id, different bytes
	unknown := newKeyring(t, "k9", key("k9", 1))
	tampered := bytes.Clone(ct)
	tampered[len(tampered)-1] ^= 1
	swapped := body
	swapped.RecordID = "msg_2"
	otherPractice := body
	otherPractice.PracticeID = "practice-2"
	tests := []struct {
		name string
		k    *phi.Keyring
		ct   []byte
		f    phi.Field
		want error
	}{
		{"tampered", k, tampered, body, phi.ErrDecrypt},
		{"swapped record", k, ct, swapped, phi.ErrDecrypt},
		{"other practice", k, ct, otherPractice, phi.ErrDecrypt},
		{"wrong key bytes", other, ct, body, phi.ErrDecrypt},
		{"unknown key id", unknown, ct, body, phi.ErrUnknownKey},
		{"garbage", k, []byte("hello"), body, phi.ErrMalformed},
		{"empty", k, nil, body, phi.ErrMalformed},
		{"truncated", k, ct[:20], body, phi.ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.k.Open(tc.ct, tc.f)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	var ke *phi.KeyError
	if _, err := unknown.Open(ct, body); !errors.As(err, &ke) || ke.ID != "k1" {
		t.Errorf("KeyError: %v", err)
	}
}

func TestKeyringRotation(t *testing.T) {
	old := newKeyring(t, "k1", key("k1", 1))
	ct, err := old.Seal([]byte("hello"), body)
	if err != nil {
		t.Fatal(err)
	}
	k := newKeyring(t, "k2", key("k1", 1), key("k2", 2))
	if got, err := k.Open(ct, body); err != nil || string(got) != "hello" {
		t.Fatalf("old key must still open: %q, %v", got, err)
	}
	rot, changed, err := k.Rotate(ct, body)
	if err != nil || !changed {
		t.Fatalf("rotate: %v %v", changed, err)
	}
	if id, _ := k.KeyID(rot); id != "k2" {
		t.Errorf("rotated under %q", id)
	}
	onlyNew := newKeyring(t, "k2", key("k2", 2))
	if got, err := onlyNew.Open(rot, body); err != nil || string(got) != "hello" {
		t.Errorf("new key must open the rotated value: %q, %v", got, err)
	}
	if _, changed, err := k.Rotate(rot, body); err != nil || changed {
		t.Errorf("second rotate: %v %v", changed, err)
	}
	tampered := bytes.Clone(ct)
	tampered[len(tampered)-1] ^= 1
	if _, _, err := k.Rotate(tampered, body); !errors.Is(err, phi.ErrDecrypt) {
		t.Errorf("rotate of tampered value: %v", err)
	}
}

func TestNewKeyringValidates(t *testing.T) {
	for name, cfg := range map[string]phi.KeyringConfig{
		"no active":   {Keys: []phi.Key{key("k1", 1)}},
		"short key":   {Keys: []phi.Key{{ID: "k1", Secret: []byte("short")}}, Active: "k1"},
		"duplicate":   {Keys: []phi.Key{key("k1", 1), key("k1", 2)}, Active: "k1"},
		"empty id":    {Keys: []phi.Key{key("", 1)}, Active: ""},
		"active gone": {Keys: []phi.Key{key("k1", 1)}, Active: "k2"},
	} {
		if _, err := phi.NewKeyring(cfg); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestBlindIndex(t *testing.T) {
	b, err := phi.NewBlindIndex(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	a1 := b.Sum("practice-1", "phone", "+14105550199")
	if a1 != b.Sum("practice-1", "phone", "+14105550199") {
		t.Error("not deterministic")
	}
	for _, other := range []string{
		b.Sum("practice-2", "phone", "+14105550199"),
		b.Sum("practice-1", "email", "+14105550199"),
		b.Sum("practice-1", "phone", "+14105550198"),
		b.Sum("practice-1phone", "", "+14105550199"),
	} {
		if other == a1 {
			t.Error("tokens collide across practice, field or value")
		}
	}
	if len(a1) != 22 {
		t.Errorf("len %d", len(a1))
	}
	if _, err := phi.NewBlindIndex([]byte("short")); err == nil {
		t.Error("short key accepted")
	}
}

func BenchmarkSeal1KB(b *testing.B) {
	k := newKeyring(b, "k1", key("k1", 1))
	pt := bytes.Repeat([]byte("a"), 1024)
	b.SetBytes(int64(len(pt)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := k.Seal(pt, body); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkOpen1KB(b *testing.B) {
	k := newKeyring(b, "k1", key("k1", 1))
	ct, _ := k.Seal(bytes.Repeat([]byte("a"), 1024), body)
	b.SetBytes(1024)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := k.Open(ct, body); err != nil {
			b.Fatal(err)
		}
	}
}
