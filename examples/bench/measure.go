package main

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"syscall"
	"time"
)

// sample is what one measurement saw: how many operations finished in how
// long, the latency of each, and the heap allocations made meanwhile by
// the whole process (so servers and background goroutines count).
type sample struct {
	ops     int
	bytes   int64
	elapsed time.Duration
	lat     []time.Duration
	mallocs uint64
	// cpu is the CPU time (user and system) the whole process used.
	cpu time.Duration
}

// cpuPerOp returns the process's CPU time per operation in microseconds:
// unlike the rates, it hardly changes when other work shares the CPUs.
func (s sample) cpuPerOp() float64 {
	return float64(s.cpu) / float64(time.Microsecond) / float64(s.ops)
}

// processCPU returns the CPU time the process has used, or 0 where the
// platform does not say.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func (s sample) rate() float64 { return float64(s.ops) / s.elapsed.Seconds() }

func (s sample) allocsPerOp() float64 { return float64(s.mallocs) / float64(s.ops) }

// percentile returns the q-th latency in microseconds.
func (s sample) percentile(q float64) float64 {
	lat := slices.Clone(s.lat)
	slices.Sort(lat)
	i := int(q * float64(len(lat)-1))
	return float64(lat[i]) / float64(time.Microsecond)
}

// op is one operation of a load: worker w runs its i-th operation and
// returns how many bytes it processed (for MB/s figures).
type op func(ctx context.Context, w, i int) (int, error)

// load runs op from workers goroutines until d has passed and returns
// what they did. The first error stops the run.
func load(ctx context.Context, d time.Duration, workers int, fn op) (sample, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type part struct {
		ops   int
		bytes int64
		lat   []time.Duration
	}
	parts := make([]part, workers)
	var (
		wg       sync.WaitGroup
		firstErr error
		errOnce  sync.Once
	)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := processCPU()
	start := time.Now()
	deadline := start.Add(d)
	for w := range workers {
		wg.Go(func() {
			p := &parts[w]
			p.lat = make([]time.Duration, 0, 4096)
			for i := 0; ; i++ {
				t := time.Now()
				if !t.Before(deadline) || ctx.Err() != nil {
					return
				}
				n, err := fn(ctx, w, i)
				if err != nil {
					// The first failure stops the run; the others are
					// mostly its consequence (a cancelled context).
					errOnce.Do(func() { firstErr = err })
					cancel()
					return
				}
				p.lat = append(p.lat, time.Since(t))
				p.ops++
				p.bytes += int64(n)
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := processCPU() - cpu0
	runtime.ReadMemStats(&after)
	s := sample{elapsed: elapsed, mallocs: after.Mallocs - before.Mallocs, cpu: cpu}
	if firstErr != nil {
		return s, firstErr
	}
	for _, p := range parts {
		s.ops += p.ops
		s.bytes += p.bytes
		s.lat = append(s.lat, p.lat...)
	}
	return s, nil
}

// timed runs fn once and returns how long it took, how many operations it
// reported and the allocations meanwhile.
func timed(fn func() (int, error)) (sample, error) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := processCPU()
	start := time.Now()
	n, err := fn()
	elapsed := time.Since(start)
	cpu := processCPU() - cpu0
	runtime.ReadMemStats(&after)
	return sample{ops: n, elapsed: elapsed, mallocs: after.Mallocs - before.Mallocs, cpu: cpu}, err
}
