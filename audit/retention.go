package audit

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// DefaultRetentionYears is how long audit records are kept by default:
// six years, as HIPAA asks of documentation.
const DefaultRetentionYears = 6

// RetentionCutoff returns the time before which events may be pruned when
// records are kept for years (DefaultRetentionYears when years <= 0).
func RetentionCutoff(now time.Time, years int) time.Time {
	if years <= 0 {
		years = DefaultRetentionYears
	}
	return now.AddDate(-years, 0, 0)
}

// PruneResult describes what PruneFile did.
type PruneResult struct {
	// Archived is how many lines moved to the archive (zero when nothing
	// could be pruned).
	Archived int
	// Kept is how many lines the live file holds.
	Kept int
	// Anchor is the checkpoint the live file now starts with.
	Anchor Checkpoint
}

// PruneFile moves the events older than cutoff out of the audit file at
// path into a new archive file at archivePath, without breaking the chain
// (see Retention in the package documentation). It cuts at the last
// checkpoint that only older events precede, so a few older events may
// stay until the next checkpoint; with no such checkpoint it changes
// nothing. The file is verified first with opts, whose PublicKey is
// required. The live file is replaced atomically (write, fsync, rename).
//
// Nothing may append to the file meanwhile: prune before OpenFile or after
// closing the Log.
func PruneFile(ctx context.Context, path, archivePath string, cutoff time.Time, opts VerifyOptions) (PruneResult, error) {
	if opts.PublicKey == nil {
		return PruneResult{}, errors.New("audit: prune needs the public key")
	}
	if _, err := VerifyFile(path, opts); err != nil {
		return PruneResult{}, fmt.Errorf("audit: prune: %w", err)
	}
	f, err := os.Open(path)
	if err != nil {
		return PruneResult{}, fmt.Errorf("audit: prune: %w", err)
	}
	defer f.Close()
	cut, res, err := findCut(ctx, f, cutoff)
	if err != nil || cut == 0 {
		return PruneResult{}, err
	}
	st, err := f.Stat()
	if err != nil {
		return PruneResult{}, fmt.Errorf("audit: prune: %w", err)
	}
	if err := writeNew(archivePath, io.NewSectionReader(f, 0, cut), os.O_EXCL); err != nil {
		return PruneResult{}, err
	}
	tmp := path + ".prune"
	if err := writeNew(tmp, io.NewSectionReader(f, cut, st.Size()-cut), os.O_TRUNC); err != nil {
		return PruneResult{}, err
	}
	if err := os.Rename(tmp, path); err != nil {
		return PruneResult{}, fmt.Errorf("audit: prune: %w", err)
	}
	if err := syncDir(filepath.Dir(path)); err != nil {
		return PruneResult{}, fmt.Errorf("audit: prune: %w", err)
	}
	return res, nil
}

// findCut returns the offset of the line to cut at (0 for none).
func findCut(ctx context.Context, r io.ReaderAt, cutoff time.Time) (int64, PruneResult, error) {
	lr := NewReader(io.NewSectionReader(r, 0, 1<<62))
	var (
		cut   int64
		res   PruneResult
		lines int
	)
	for {
		if lines%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, PruneResult{}, err
			}
		}
		start := lr.Offset()
		e, err := lr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, PruneResult{}, err
		}
		lines++
		if e.Action == ActionCheckpoint && lines > 1 {
			cp, err := CheckpointOf(&e)
			if err != nil {
				return 0, PruneResult{}, err
			}
			cut, res = start, PruneResult{Archived: lines - 1, Anchor: cp}
		}
		if !e.Time.Before(cutoff) {
			break
		}
	}
	// Count the lines kept.
	if cut != 0 {
		kr := NewReader(io.NewSectionReader(r, cut, 1<<62))
		for {
			if _, err := kr.Next(); err != nil {
				break
			}
			res.Kept++
		}
	}
	return cut, res, nil
}

func writeNew(path string, r io.Reader, flag int) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|flag, 0o600)
	if err != nil {
		return fmt.Errorf("audit: prune: %w", err)
	}
	_, err = io.Copy(f, r)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("audit: prune: %w", err)
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
