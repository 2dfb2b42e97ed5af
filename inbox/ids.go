package inbox

import (
	"crypto/rand"
	"encoding/hex"
	"sync/atomic"
	"time"
)

// lastV7 is the time part (milliseconds << 12 | sub-millisecond sequence)
// of the last id newUUIDv7 made, so that ids of one process increase.
var lastV7 atomic.Int64

// newUUIDv7 returns a version 7 UUID (RFC 9562) as a string, laid out as
// github.com/google/uuid's NewV7 lays it out: 48 bits of Unix
// milliseconds, the version, 12 bits of sub-millisecond time that also
// keep the ids of the process strictly increasing, the variant, and 62
// random bits. It is the default Config.NewID; unlike uuid.NewV7 it takes
// no lock and allocates only the string, since every ingested message
// needs two ids.
func newUUIDv7() string {
	var u [16]byte
	rand.Read(u[8:]) // never fails (crypto/rand panics rather)
	nano := time.Now().UnixNano()
	milli := nano / int64(time.Millisecond)
	want := milli<<12 | (nano-milli*int64(time.Millisecond))>>8
	now := want
	for {
		last := lastV7.Load()
		now = want
		if now <= last {
			now = last + 1
		}
		if lastV7.CompareAndSwap(last, now) {
			break
		}
	}
	milli, seq := now>>12, now&0xfff
	for i := range 6 {
		u[i] = byte(milli >> (40 - 8*i))
	}
	u[6] = 0x70 | byte(seq>>8)&0x0f
	u[7] = byte(seq)
	u[8] = u[8]&0x3f | 0x80 // variant 10
	var s [36]byte
	hex.Encode(s[0:8], u[0:4])
	s[8] = '-'
	hex.Encode(s[9:13], u[4:6])
	s[13] = '-'
	hex.Encode(s[14:18], u[6:8])
	s[18] = '-'
	hex.Encode(s[19:23], u[8:10])
	s[23] = '-'
	hex.Encode(s[24:], u[10:])
	return string(s[:])
}
