package reminders

import (
	"sync"
	"time"
)

// zones caches time.LoadLocation, which reads the zone database from disk
// on every call; the dispatcher needs a zone per reminder.
var zones sync.Map // name -> *time.Location

// loadZone returns the location of an IANA zone name, cached.
func loadZone(name string) (*time.Location, error) {
	if v, ok := zones.Load(name); ok {
		return v.(*time.Location), nil
	}
	// Unknown names are not cached, so that bad input cannot grow the
	// cache.
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	zones.Store(name, loc)
	return loc, nil
}
