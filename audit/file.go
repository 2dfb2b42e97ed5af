package audit

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"go.uber.org/zap"
)

// ErrCorrupt is returned (wrapped, together with the *VerifyError that
// names the first bad line) by OpenFile for a file that is not a valid
// chain. The file is left as it is, for investigation.
var ErrCorrupt = errors.New("audit: corrupt audit file")

// ErrBroken is returned (wrapped) by FileSink.Append after a write or
// fsync failed: the sink refuses everything after the first I/O error,
// since the state of the file's tail is then unknown. Reopen the file
// (OpenFile verifies it and repairs a torn last line) to carry on.
var ErrBroken = errors.New("audit: audit file failed")

// ErrNotChained is returned (wrapped) by FileSink.Append for a stamped
// event (Seq set) that does not continue the file's chain, such as the
// first event of a Log opened on an existing file without Config.Resume
// (OpenFileLog sets it). Nothing of that Append is written.
var ErrNotChained = errors.New("audit: event does not continue the chain")

// File is what FileSink needs of a file; *os.File implements it. Tests
// inject faults through FileConfig.OpenFile.
type File interface {
	io.ReaderAt
	io.Writer
	Sync() error
	Truncate(size int64) error
	Stat() (fs.FileInfo, error)
	Close() error
}

// FileConfig configures OpenFile. The zero value works.
type FileConfig struct {
	// OpenFile opens the log for reading and appending (writes must go to
	// the end of the file). Default: os.OpenFile with
	// O_RDWR|O_CREATE|O_APPEND and mode 0600, followed by an fsync of the
	// directory so that a new file's entry is durable too.
	OpenFile func(path string) (File, error)
	// PublicKey checks the signatures of the file's checkpoints on open.
	// Nil checks the chain only, and then a pruned file (one that starts
	// at a checkpoint, see PruneFile) is refused.
	PublicKey ed25519.PublicKey
	// Logger reports the repair of a torn last line. Default: no logging.
	Logger *zap.Logger
}

// Recovery describes what OpenFile repaired.
type Recovery struct {
	// TornLine is the number of the torn last line that was cut off, zero
	// when the file ended cleanly.
	TornLine int
	// TornBytes is how many bytes were cut off.
	TornBytes int64
}

// FileSink appends events to a JSON Lines file, one canonical line per
// event (see the package documentation), and is meant to sit under a Log.
//
// Durability: when Append returns nil, every line of its events has been
// written and the file fsynced, so the events survive a crash of the
// process or the machine (on storage that honours fsync). Concurrent
// Appends are grouped: while one write and fsync run, later calls gather
// into the next batch, which then costs one write and one fsync for all of
// them. Each call's lines stay contiguous and in order. An Append that
// returns an error may or may not have reached the disk; after a failed
// write or fsync every Append fails with ErrBroken.
//
// OpenFile verifies the whole file before appending to it: a torn last
// line (a crash during a write, so never acknowledged) is cut off and
// reported in Recovery; any other damage is refused with ErrCorrupt.
// FileSink is safe for concurrent use; one process must own the file.
type FileSink struct {
	path string
	f    File
	log  *zap.Logger
	head Head
	rec  Recovery
	c    *committer
	tail Head // last chained event accepted into a batch; committer's lock

	mu     sync.Mutex
	size   int64 // bytes durably written
	broken error
}

var (
	_ Sink    = (*FileSink)(nil)
	_ Querier = (*FileSink)(nil)
)

// OpenFile opens or creates the audit file at path, verifies it and
// returns a sink that appends to it. Continue its chain with
// NewLog(sink, Config{Resume: sink.Head(), ...}).
func OpenFile(path string, cfg FileConfig) (*FileSink, error) {
	open := cfg.OpenFile
	if open == nil {
		open = openOSFile
	}
	f, err := open(path)
	if err != nil {
		return nil, fmt.Errorf("audit: open audit file: %w", err)
	}
	s := &FileSink{path: path, f: f, log: cfg.Logger}
	if s.log == nil {
		s.log = zap.NewNop()
	}
	s.log = s.log.Named("audit")
	if err := s.load(cfg.PublicKey); err != nil {
		f.Close()
		return nil, err
	}
	s.c = newCommitter(s.flush, 0, nil)
	return s, nil
}

func openOSFile(path string) (File, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syncDir(filepath.Dir(path)); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// load verifies the file and cuts off a torn last line.
func (s *FileSink) load(pub ed25519.PublicKey) error {
	st, err := s.f.Stat()
	if err != nil {
		return fmt.Errorf("audit: open audit file: %w", err)
	}
	r := NewReader(io.NewSectionReader(s.f, 0, st.Size()))
	v := NewVerifier(VerifyOptions{PublicKey: pub})
	for {
		e, hs, err := r.next(true)
		if err == io.EOF {
			break
		}
		if errors.Is(err, ErrTruncated) && v.pendingOr(nil) == nil {
			s.rec = Recovery{TornLine: r.Line(), TornBytes: st.Size() - r.Offset()}
			break
		}
		if err != nil {
			return fmt.Errorf("%w: %w", ErrCorrupt, v.pendingOr(err))
		}
		if err := v.add(&e, hs); err != nil {
			return fmt.Errorf("%w: %w", ErrCorrupt, err)
		}
	}
	res, err := v.Finish()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	s.head, s.tail, s.size = res.Head, res.Head, r.Offset()
	if s.rec.TornLine != 0 {
		if err := s.f.Truncate(s.size); err != nil {
			return fmt.Errorf("audit: cut torn line: %w", err)
		}
		if err := s.f.Sync(); err != nil {
			return fmt.Errorf("audit: cut torn line: %w", err)
		}
		s.log.Warn("cut off torn last line of audit file", zap.Int("line", s.rec.TornLine), zap.Int64("bytes", s.rec.TornBytes))
	}
	return nil
}

// Head returns the head of the chain found in the file when it was opened.
func (s *FileSink) Head() Head { return s.head }

// Recovery returns what OpenFile repaired.
func (s *FileSink) Recovery() Recovery { return s.rec }

// Append validates the events and appends their lines; see FileSink for
// the durability guarantee. Stamped events must continue the file's chain
// (ErrNotChained otherwise); unstamped events (Seq zero) are written as
// they are, but a file holding them no longer verifies, so OpenFile will
// refuse it.
func (s *FileSink) Append(ctx context.Context, events ...Event) error {
	if len(events) == 0 {
		return ctx.Err()
	}
	var data []byte
	for i := range events {
		if err := events[i].Validate(); err != nil {
			return err
		}
		data = AppendLine(data, &events[i])
	}
	_, err := s.c.submit(ctx, func(b *batch) error {
		if err := s.brokenErr(); err != nil {
			return err
		}
		tail := s.tail
		for i := range events {
			e := &events[i]
			if e.Seq == 0 {
				continue
			}
			if e.Seq != tail.Seq+1 || e.PrevHash != tail.Hash {
				return fmt.Errorf("%w: seq %d after seq %d", ErrNotChained, e.Seq, tail.Seq)
			}
			tail = Head{Seq: e.Seq, Hash: e.Hash}
		}
		s.tail = tail
		b.data = append(b.data, data...)
		return nil
	})
	return err
}

func (s *FileSink) brokenErr() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.broken != nil {
		return fmt.Errorf("%w: %w", ErrBroken, s.broken)
	}
	return nil
}

func (s *FileSink) flush(_ context.Context, b *batch) error {
	if err := s.brokenErr(); err != nil {
		return err
	}
	_, err := s.f.Write(b.data)
	if err == nil {
		err = s.f.Sync()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.broken = err
		return fmt.Errorf("%w: %w", ErrBroken, err)
	}
	s.size += int64(len(b.data))
	return nil
}

// Query reads the file's durable lines and returns the events q selects.
func (s *FileSink) Query(ctx context.Context, q Query) ([]Event, error) {
	s.mu.Lock()
	size := s.size
	s.mu.Unlock()
	return QueryReader(ctx, io.NewSectionReader(s.f, 0, size), q)
}

// Close waits for Appends in progress, then closes the file. Later Appends
// return ErrClosed; closing again does nothing.
func (s *FileSink) Close() error {
	closed := false
	err := s.c.close(func() *batch { closed = true; return nil })
	if !closed {
		return nil
	}
	return errors.Join(err, s.f.Close())
}
