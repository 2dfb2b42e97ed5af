package main

import "time"

// minTimed is how long throughput times a set: a set of a hundred
// messages is classified in a few milliseconds, too short a time to tell
// the classifier's speed from the machine's first touch of its tables.
const minTimed = 300 * time.Millisecond

// maxPasses bounds the passes over a set, for sets too large to need many.
const maxPasses = 1000

// throughput returns the units per second that pass handles on one
// goroutine: pass runs once untimed (so that caches hold the detector's
// tables, as in a running service), then again until minTimed has passed;
// each pass reports the units (messages, bytes) it handled.
func throughput(pass func() (units int, err error)) (float64, error) {
	if _, err := pass(); err != nil {
		return 0, err
	}
	var units int
	var elapsed time.Duration
	for n := 0; n < maxPasses && elapsed < minTimed; n++ {
		start := time.Now()
		u, err := pass()
		elapsed += time.Since(start)
		if err != nil {
			return 0, err
		}
		if u == 0 {
			return 0, nil
		}
		units += u
	}
	return float64(units) / elapsed.Seconds(), nil
}
