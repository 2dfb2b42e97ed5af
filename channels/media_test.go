package channels_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// A minimal PNG header is enough for the sniffer.
var pngBytes = append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...)

func TestFileMediaStore(t *testing.T) {
	dir := t.TempDir()
	s, err := channels.NewFileMediaStore(dir, channels.MediaPolicy{MaxBytes: 1024})
	if err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	ref, err := s.Save(ctx, "p1", "image/png", bytes.NewReader(pngBytes))
	if err != nil {
		t.Fatal(err)
	}
	if ref.ContentType != "image/png" || ref.Size != int64(len(pngBytes)) || ref.StoreKey == "" {
		t.Fatalf("ref = %+v", ref)
	}
	rc, got, err := s.Open(ctx, "p1", ref.StoreKey)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(rc)
	rc.Close()
	if !bytes.Equal(data, pngBytes) || got.ContentType != "image/png" {
		t.Errorf("round trip: %d bytes, %q", len(data), got.ContentType)
	}
	// Another practice cannot open it, even with the key.
	if _, _, err := s.Open(ctx, "p2", ref.StoreKey); !errors.Is(err, channels.ErrMediaNotFound) {
		t.Errorf("cross-practice open: %v", err)
	}
	if _, _, err := s.Open(ctx, "p1", "../../etc/passwd"); !errors.Is(err, channels.ErrMediaNotFound) {
		t.Errorf("path traversal: %v", err)
	}
	// Too large, wrong type, a text file declared as an image: refused.
	if _, err := s.Save(ctx, "p1", "image/png", bytes.NewReader(make([]byte, 2048))); !errors.Is(err, channels.ErrMediaTooLarge) {
		t.Errorf("oversized: %v", err)
	}
	if _, err := s.Save(ctx, "p1", "application/x-msdownload", strings.NewReader("MZ\x90\x00\x03\x00\x00\x00")); !errors.Is(err, channels.ErrMediaType) {
		t.Errorf("executable: %v", err)
	}
	if _, err := s.Save(ctx, "p1", "image/jpeg", strings.NewReader("<html><script>x</script></html>")); !errors.Is(err, channels.ErrMediaType) {
		t.Errorf("html as jpeg: %v", err)
	}
	// A type the sniffer cannot read stands on its declaration.
	if ref, err := s.Save(ctx, "p1", "audio/amr", strings.NewReader("#!AMR\n\x00\x01\x02\x03")); err != nil || ref.ContentType != "audio/amr" {
		t.Errorf("amr voice note: %+v %v", ref, err)
	}
	// Object names carry no PHI: nothing of the declared file name or the
	// practice id appears on disk.
	err = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if strings.Contains(path, "p1") || strings.Contains(path, ".tmp") {
			t.Errorf("unexpected path %s", path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestFetchMedia(t *testing.T) {
	s, err := channels.NewFileMediaStore(t.TempDir(), channels.MediaPolicy{})
	if err != nil {
		t.Fatal(err)
	}
	m := &channels.Inbound{PracticeID: "p1", Media: []channels.MediaRef{
		{ProviderRef: "media-1", ContentType: "image/png"},
		{ProviderRef: "media-2", ContentType: "image/png"},
	}}
	calls := 0
	open := func(_ context.Context, ref channels.MediaRef) (io.ReadCloser, string, error) {
		calls++
		if ref.ProviderRef == "media-2" {
			return nil, "", channels.ErrUnavailable
		}
		return io.NopCloser(bytes.NewReader(pngBytes)), "image/png", nil
	}
	err = channels.FetchMedia(t.Context(), s, open, m)
	if !errors.Is(err, channels.ErrUnavailable) {
		t.Fatalf("err = %v", err)
	}
	if m.Media[0].StoreKey == "" || m.Media[1].StoreKey != "" {
		t.Fatalf("media after partial fetch: %+v", m.Media)
	}
	// A retry fetches only what is missing.
	open2 := func(_ context.Context, ref channels.MediaRef) (io.ReadCloser, string, error) {
		calls++
		return io.NopCloser(bytes.NewReader(pngBytes)), "", nil
	}
	if err := channels.FetchMedia(t.Context(), s, open2, m); err != nil {
		t.Fatal(err)
	}
	if calls != 3 || m.Media[1].StoreKey == "" {
		t.Errorf("calls %d, media %+v", calls, m.Media)
	}
}

func TestLimitBody(t *testing.T) {
	cases := []struct {
		size, limit int
		wantErr     bool
	}{
		{10, 10, false}, {9, 10, false}, {11, 10, true}, {5000, 100, true}, {0, 0, false},
	}
	for _, c := range cases {
		b := channels.LimitBody(io.NopCloser(strings.NewReader(strings.Repeat("x", c.size))), int64(c.limit))
		got, err := io.ReadAll(b)
		if c.wantErr != errors.Is(err, channels.ErrMediaTooLarge) || len(got) > c.limit {
			t.Errorf("size %d limit %d: read %d, err %v", c.size, c.limit, len(got), err)
		}
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 3, 2, 15, 0, 0, 0, time.UTC)
	cases := map[string]time.Duration{
		"":                              0,
		"7":                             7 * time.Second,
		" 7 ":                           7 * time.Second,
		"-3":                            0,
		"soon":                          0,
		"Mon, 02 Mar 2026 15:00:30 GMT": 30 * time.Second,
		"Mon, 02 Mar 2026 14:00:00 GMT": 0,
	}
	for in, want := range cases {
		if got := channels.ParseRetryAfter(in, now); got != want {
			t.Errorf("ParseRetryAfter(%q) = %v, want %v", in, got, want)
		}
	}
}
