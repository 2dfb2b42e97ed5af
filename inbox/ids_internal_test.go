package inbox

import (
	"testing"
	"time"

	"github.com/google/uuid"
)

func TestNewUUIDv7(t *testing.T) {
	before := time.Now().Add(-time.Millisecond)
	prev := ""
	for range 10000 {
		s := newUUIDv7()
		u, err := uuid.Parse(s)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		if u.Version() != 7 || u.Variant() != uuid.RFC4122 || u.String() != s {
			t.Fatalf("%q: version %d variant %v", s, u.Version(), u.Variant())
		}
		if s <= prev {
			t.Fatalf("ids do not increase: %q after %q", s, prev)
		}
		prev = s
		if at := time.Unix(u.Time().UnixTime()); at.Before(before.Truncate(time.Second)) || at.After(time.Now().Add(time.Second)) {
			t.Fatalf("%q: time %v", s, at)
		}
	}
	if n := testing.AllocsPerRun(100, func() { newUUIDv7() }); n > 1 && !raceEnabled {
		t.Errorf("newUUIDv7 allocates %v times, want 1 (the string)", n)
	}
}
