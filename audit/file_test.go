package audit_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"testing/synctest"
	"time"

	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

func TestFileReopenResumesChain(t *testing.T) {
	pub, priv := testKey(t, "main")
	path, _ := writeLog(t, 6)
	sink, err := audit.OpenFile(path, audit.FileConfig{PublicKey: pub})
	if err != nil {
		t.Fatal(err)
	}
	l, err := audit.NewLog(sink, audit.Config{Clock: clocktest.NewFake(t0), SigningKey: priv, Resume: sink.Head()})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Append(t.Context(), event("p1", 100)); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	res, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub, RequireSealed: true})
	if err != nil {
		t.Fatal(err)
	}
	// 6 events + 2 checkpoints, then 1 event + its closing checkpoint.
	if res.Count != 10 || res.Checkpoints != 3 {
		t.Errorf("result %+v", res)
	}
}

func TestFileTornLastLineIsCutAndAppendingContinues(t *testing.T) {
	pub, priv := testKey(t, "main")
	path, lines := writeLog(t, 3)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	torn := lines[1][:25] // a crash in the middle of writing the next line
	if _, err := f.Write(torn); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := audit.VerifyFile(path, audit.VerifyOptions{}); !errors.Is(err, audit.ErrTruncated) {
		t.Fatalf("verify of a torn file: %v, want ErrTruncated", err)
	}

	core, logs := observer.New(zap.InfoLevel)
	sink, err := audit.OpenFile(path, audit.FileConfig{PublicKey: pub, Logger: zap.New(core)})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sink.Recovery(), (audit.Recovery{TornLine: len(lines) + 1, TornBytes: int64(len(torn))}); got != want {
		t.Errorf("recovery %+v, want %+v", got, want)
	}
	if logs.FilterMessage("cut off torn last line of audit file").Len() != 1 {
		t.Errorf("repair not logged: %v", logs.All())
	}
	l, err := audit.NewLog(sink, audit.Config{SigningKey: priv, Resume: sink.Head()})
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Append(t.Context(), event("p1", 50)); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub, RequireSealed: true}); err != nil {
		t.Errorf("after repair and append: %v", err)
	}
}

func TestFileRefusesCorruptFile(t *testing.T) {
	path, lines := writeLog(t, 6)
	lines[2], lines[3] = lines[3], lines[2]
	writeLines(t, path, lines)
	_, err := audit.OpenFile(path, audit.FileConfig{})
	if !errors.Is(err, audit.ErrCorrupt) || !errors.Is(err, audit.ErrReordered) {
		t.Fatalf("open of a corrupt file: %v, want ErrCorrupt and ErrReordered", err)
	}
	var ve *audit.VerifyError
	if !errors.As(err, &ve) || ve.Position != 3 {
		t.Errorf("error does not name line 3: %v", err)
	}
}

func writeLines(t *testing.T, path string, lines [][]byte) {
	t.Helper()
	var data []byte
	for _, l := range lines {
		data = append(data, l...)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// faultyFile wraps an *os.File and fails Sync, or makes Write stop half
// way, when told to.
type faultyFile struct {
	*os.File
	mu        sync.Mutex
	failSync  bool
	failWrite bool
	syncs     int
}

func (f *faultyFile) Write(p []byte) (int, error) {
	f.mu.Lock()
	fail := f.failWrite
	f.mu.Unlock()
	if fail {
		n, _ := f.File.Write(p[:len(p)/2])
		return n, syscall.ENOSPC
	}
	return f.File.Write(p)
}

func (f *faultyFile) Sync() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.syncs++
	if f.failSync {
		return syscall.EIO
	}
	return f.File.Sync()
}

func (f *faultyFile) set(sync, write bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failSync, f.failWrite = sync, write
}

func openFaulty(t *testing.T, path string) (*audit.FileSink, *faultyFile) {
	t.Helper()
	var ff *faultyFile
	sink, err := audit.OpenFile(path, audit.FileConfig{OpenFile: func(p string) (audit.File, error) {
		f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
		if err != nil {
			return nil, err
		}
		ff = &faultyFile{File: f}
		return ff, nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sink.Close() })
	return sink, ff
}

func TestFileIOErrorsReachTheCaller(t *testing.T) {
	for _, c := range []struct {
		name        string
		sync, write bool
		want        error
	}{
		{"fsync fails", true, false, syscall.EIO},
		{"disk full mid-write", false, true, syscall.ENOSPC},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "audit.jsonl")
			sink, ff := openFaulty(t, path)
			l, err := audit.NewLog(sink, audit.Config{Clock: clocktest.NewFake(t0)})
			if err != nil {
				t.Fatal(err)
			}
			ctx := t.Context()
			if err := l.Append(ctx, event("p1", 1)); err != nil {
				t.Fatal(err)
			}
			ff.set(c.sync, c.write)
			err = l.Append(ctx, event("p1", 2))
			if !errors.Is(err, audit.ErrBroken) || !errors.Is(err, c.want) {
				t.Fatalf("append = %v, want ErrBroken wrapping %v", err, c.want)
			}
			ff.set(false, false)
			if err := l.Append(ctx, event("p1", 3)); !errors.Is(err, audit.ErrBroken) {
				t.Errorf("append after a failure = %v, want ErrBroken", err)
			}
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}
			// Reopening verifies what reached the file and carries on.
			sink2 := openFile(t, path)
			if h := sink2.Head(); h.Seq < 1 {
				t.Errorf("head after reopen %+v", h)
			}
			l2, err := audit.NewLog(sink2, audit.Config{Resume: sink2.Head()})
			if err != nil {
				t.Fatal(err)
			}
			if err := l2.Append(ctx, event("p1", 4)); err != nil {
				t.Fatal(err)
			}
			if _, err := audit.VerifyFile(path, audit.VerifyOptions{}); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestFileConcurrentLogAppendsKeepOneChain(t *testing.T) {
	pub, priv := testKey(t, "main")
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	sink, ff := openFaulty(t, path)
	l, err := audit.NewLog(sink, audit.Config{SigningKey: priv, CheckpointEvery: 100})
	if err != nil {
		t.Fatal(err)
	}
	const writers, appends = 64, 20
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for i := range appends {
				if err := l.Append(t.Context(), event("p1", w*appends+i)); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	res, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub, RequireSealed: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := res.Count - res.Checkpoints; n != writers*appends {
		t.Errorf("%d events in the file, want %d", n, writers*appends)
	}
	ff.mu.Lock()
	syncs := ff.syncs
	ff.mu.Unlock()
	t.Logf("%d appends, %d fsyncs", writers*appends, syncs)
}

// memFile is an in-memory File whose Sync can be held, to watch group
// commit deterministically inside a synctest bubble.
type memFile struct {
	mu    sync.Mutex
	data  []byte
	syncs int
	gate  chan struct{} // when non-nil, Sync waits for it to close
}

func (f *memFile) ReadAt(p []byte, off int64) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if off >= int64(len(f.data)) {
		return 0, io.EOF
	}
	n := copy(p, f.data[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func (f *memFile) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.data = append(f.data, p...)
	return len(p), nil
}

func (f *memFile) Sync() error {
	f.mu.Lock()
	gate := f.gate
	f.syncs++
	f.mu.Unlock()
	if gate != nil {
		<-gate
	}
	return nil
}

func (f *memFile) Truncate(n int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.data = f.data[:n]
	return nil
}

func (f *memFile) Stat() (fs.FileInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return memInfo(len(f.data)), nil
}

func (f *memFile) Close() error { return nil }

type memInfo int64

func (i memInfo) Name() string       { return "audit.jsonl" }
func (i memInfo) Size() int64        { return int64(i) }
func (i memInfo) Mode() fs.FileMode  { return 0o600 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }

func TestFileGroupCommitOneFsyncPerBatch(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		mf := &memFile{gate: make(chan struct{})}
		sink, err := audit.OpenFile("mem", audit.FileConfig{OpenFile: func(string) (audit.File, error) { return mf, nil }})
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		var wg sync.WaitGroup
		wg.Go(func() { // the leader: its fsync is held
			if err := sink.Append(ctx, event("p1", 0)); err != nil {
				t.Error(err)
			}
		})
		synctest.Wait()
		const followers = 10
		for i := range followers {
			wg.Go(func() {
				if err := sink.Append(ctx, event("p1", i+1)); err != nil {
					t.Error(err)
				}
			})
		}
		synctest.Wait() // every follower waits in the next batch
		close(mf.gate)
		wg.Wait()
		mf.mu.Lock()
		syncs, lines := mf.syncs, bytes.Count(mf.data, []byte("\n"))
		mf.mu.Unlock()
		if syncs != 2 || lines != followers+1 {
			t.Errorf("%d fsyncs for %d lines, want 2 for %d", syncs, lines, followers+1)
		}
		if err := sink.Close(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestFileRefusesEventsThatDoNotContinueTheChain(t *testing.T) {
	pub, priv := testKey(t, "main")
	path, _ := writeLog(t, 3)
	sink := openFile(t, path)
	l, err := audit.NewLog(sink, audit.Config{SigningKey: priv}) // Resume forgotten
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Append(t.Context(), event("p1", 9)); !errors.Is(err, audit.ErrNotChained) {
		t.Fatalf("append restarting the chain = %v, want ErrNotChained", err)
	}
	if _, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub, RequireSealed: true}); err != nil {
		t.Errorf("file after the refused append: %v", err)
	}

	// OpenFileLog resumes by itself.
	sink.Close()
	l2, err := audit.OpenFileLog(path, audit.FileConfig{PublicKey: pub}, audit.Config{SigningKey: priv})
	if err != nil {
		t.Fatal(err)
	}
	if err := l2.Append(t.Context(), event("p1", 9)); err != nil {
		t.Fatal(err)
	}
	if err := l2.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := audit.VerifyFile(path, audit.VerifyOptions{PublicKey: pub, RequireSealed: true}); err != nil {
		t.Error(err)
	}
}
