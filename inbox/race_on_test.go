//go:build race

package inbox

// raceEnabled: the race detector changes what escapes to the heap.
const raceEnabled = true
