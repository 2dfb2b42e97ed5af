package channels

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/google/uuid"
)

// Media errors. Both are returned wrapped; the message names sizes and
// types, never content or file names.
var (
	// ErrMediaTooLarge: the attachment is larger than the store accepts.
	ErrMediaTooLarge = errors.New("channels: media too large")
	// ErrMediaType: the attachment's type, as sniffed from its bytes, is not
	// on the allow-list.
	ErrMediaType = errors.New("channels: media type not allowed")
	// ErrMediaNotFound: no stored media under that key in the practice.
	ErrMediaNotFound = errors.New("channels: media not found")
)

// MediaStore keeps inbound attachments (a photo of a rash, an insurance
// card, a PDF) once they are downloaded from the provider. Keys carry no
// PHI: they are random ids, never file names or patient data. Stores are
// scoped by practice: a key of one practice opens nothing in another.
// Implementations must be safe for concurrent use.
type MediaStore interface {
	// Save reads r to the end, checks its size and sniffed type against
	// the store's policy, stores it and returns the reference with
	// StoreKey, ContentType and Size set. declared is the type the
	// provider announced; the bytes decide.
	Save(ctx context.Context, practiceID, declared string, r io.Reader) (MediaRef, error)
	// Open returns the stored bytes and their reference. The caller
	// closes the reader.
	Open(ctx context.Context, practiceID, key string) (io.ReadCloser, MediaRef, error)
}

// MediaPolicy bounds what a MediaStore accepts. The zero value allows 16 MiB
// of the DefaultMediaTypes.
type MediaPolicy struct {
	MaxBytes int64
	// Allowed lists the accepted media types (without parameters).
	Allowed []string
}

// DefaultMediaTypes are the types patients send a practice: photos,
// scanned documents, voice notes and short videos.
func DefaultMediaTypes() []string {
	return []string{"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif",
		"application/pdf", "audio/ogg", "application/ogg", "audio/mpeg", "audio/mp4", "audio/amr", "audio/aac",
		"audio/wave", "video/mp4", "video/3gpp", "text/plain"}
}

// unsniffable are allowed types that net/http's sniffer cannot recognise:
// for them the declared type stands when the bytes sniff as unknown.
var unsniffable = []string{"image/heic", "image/heif", "audio/amr", "audio/aac", "video/3gpp", "audio/mp4"}

func (p MediaPolicy) withDefaults() MediaPolicy {
	if p.MaxBytes <= 0 {
		p.MaxBytes = 16 << 20
	}
	if p.Allowed == nil {
		p.Allowed = DefaultMediaTypes()
	}
	return p
}

// Check reads all of r within the size limit and returns the bytes and the
// content type decided from them. It is the policy every MediaStore
// applies; vendors' stores may call it too.
func (p MediaPolicy) Check(declared string, r io.Reader) ([]byte, string, error) {
	p = p.withDefaults()
	data, err := io.ReadAll(io.LimitReader(r, p.MaxBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("channels: media read: %w", err)
	}
	if int64(len(data)) > p.MaxBytes {
		return nil, "", fmt.Errorf("%w: over %d bytes", ErrMediaTooLarge, p.MaxBytes)
	}
	sniffed := baseType(http.DetectContentType(data))
	decl := baseType(declared)
	ct := sniffed
	if sniffed == "application/octet-stream" && slices.Contains(unsniffable, decl) {
		ct = decl
	}
	if sniffed == "text/plain" && decl != "" && decl != "text/plain" {
		// Bytes that look like text but claim to be an image are refused.
		ct = "text/plain"
	}
	if !slices.Contains(p.Allowed, ct) {
		return nil, "", fmt.Errorf("%w: %s (declared %s)", ErrMediaType, ct, decl)
	}
	return data, ct, nil
}

func baseType(t string) string {
	mt, _, err := mime.ParseMediaType(t)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.Split(t, ";")[0]))
	}
	return mt
}

// FileMediaStore is the reference MediaStore: one file per attachment under
// a directory, one sub-directory per practice (named by a hash of the
// practice id). It also serves as an email.MediaSaver through SaveMedia.
type FileMediaStore struct {
	dir    string
	policy MediaPolicy
}

var _ MediaStore = (*FileMediaStore)(nil)

// NewFileMediaStore returns a store under dir, creating it if needed.
func NewFileMediaStore(dir string, p MediaPolicy) (*FileMediaStore, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("channels: media store: %w", err)
	}
	return &FileMediaStore{dir: dir, policy: p.withDefaults()}, nil
}

func (s *FileMediaStore) practiceDir(practiceID string) string {
	h := sha256.Sum256([]byte(practiceID))
	return filepath.Join(s.dir, hex.EncodeToString(h[:8]))
}

// Save implements MediaStore. The file is written to a temporary name and
// renamed, so a crash never leaves a partial attachment under a key.
func (s *FileMediaStore) Save(ctx context.Context, practiceID, declared string, r io.Reader) (MediaRef, error) {
	if practiceID == "" {
		return MediaRef{}, fmt.Errorf("%w: missing practice id", ErrInvalidMessage)
	}
	data, ct, err := s.policy.Check(declared, r)
	if err != nil {
		return MediaRef{}, err
	}
	if err := ctx.Err(); err != nil {
		return MediaRef{}, err
	}
	dir := s.practiceDir(practiceID)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return MediaRef{}, fmt.Errorf("channels: media store: %w", err)
	}
	key := uuid.Must(uuid.NewV7()).String()
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return MediaRef{}, fmt.Errorf("channels: media store: %w", err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return MediaRef{}, fmt.Errorf("channels: media store: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return MediaRef{}, fmt.Errorf("channels: media store: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return MediaRef{}, fmt.Errorf("channels: media store: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, key+".type"), []byte(ct), 0o600); err != nil {
		return MediaRef{}, fmt.Errorf("channels: media store: %w", err)
	}
	if err := os.Rename(tmp.Name(), filepath.Join(dir, key)); err != nil {
		return MediaRef{}, fmt.Errorf("channels: media store: %w", err)
	}
	return MediaRef{StoreKey: key, ContentType: ct, Size: int64(len(data))}, nil
}

// SaveMedia stores bytes already in memory and returns ref with StoreKey,
// ContentType and Size set; it matches email.MediaSaver.
func (s *FileMediaStore) SaveMedia(ctx context.Context, practiceID string, ref MediaRef, data []byte) (MediaRef, error) {
	stored, err := s.Save(ctx, practiceID, ref.ContentType, bytes.NewReader(data))
	if err != nil {
		return MediaRef{}, err
	}
	ref.StoreKey, ref.ContentType, ref.Size = stored.StoreKey, stored.ContentType, stored.Size
	return ref, nil
}

// Open implements MediaStore.
func (s *FileMediaStore) Open(ctx context.Context, practiceID, key string) (io.ReadCloser, MediaRef, error) {
	if err := ctx.Err(); err != nil {
		return nil, MediaRef{}, err
	}
	if _, err := uuid.Parse(key); err != nil {
		return nil, MediaRef{}, fmt.Errorf("%w: malformed key", ErrMediaNotFound)
	}
	dir := s.practiceDir(practiceID)
	ct, err := os.ReadFile(filepath.Join(dir, key+".type"))
	if err != nil {
		return nil, MediaRef{}, fmt.Errorf("%w", ErrMediaNotFound)
	}
	f, err := os.Open(filepath.Join(dir, key))
	if err != nil {
		return nil, MediaRef{}, fmt.Errorf("%w", ErrMediaNotFound)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, MediaRef{}, fmt.Errorf("channels: media open: %w", err)
	}
	return f, MediaRef{StoreKey: key, ContentType: string(ct), Size: st.Size()}, nil
}

// MediaOpener downloads one inbound attachment from its provider, by the
// reference the adapter put in the Inbound (for WhatsApp a media id, for
// Twilio a MediaUrl). Adapters' OpenMedia methods adapt to it in a line.
type MediaOpener func(ctx context.Context, ref MediaRef) (body io.ReadCloser, contentType string, err error)

// FetchMedia downloads every attachment of m that is not stored yet into
// store and sets their StoreKey, ContentType and Size. It stops at the
// first failure and returns it; attachments saved before stay saved.
func FetchMedia(ctx context.Context, store MediaStore, open MediaOpener, m *Inbound) error {
	for i, ref := range m.Media {
		if ref.StoreKey != "" || ref.ProviderRef == "" {
			continue
		}
		body, ct, err := open(ctx, ref)
		if err != nil {
			return fmt.Errorf("channels: media %d of %d: %w", i+1, len(m.Media), err)
		}
		if ct == "" {
			ct = ref.ContentType
		}
		stored, err := store.Save(ctx, m.PracticeID, ct, body)
		body.Close()
		if err != nil {
			return fmt.Errorf("channels: media %d of %d: %w", i+1, len(m.Media), err)
		}
		m.Media[i].StoreKey, m.Media[i].ContentType, m.Media[i].Size = stored.StoreKey, stored.ContentType, stored.Size
	}
	return nil
}

// LimitBody wraps rc, a provider's media download, so that reading more
// than limit bytes fails with ErrMediaTooLarge instead of filling memory or
// disk. Adapters' OpenMedia methods return it.
func LimitBody(rc io.ReadCloser, limit int64) io.ReadCloser {
	return &limitedBody{rc: rc, left: limit}
}

type limitedBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left < 0 {
		return 0, ErrMediaTooLarge
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return n + int(b.left), ErrMediaTooLarge
	}
	return n, err
}

func (b *limitedBody) Close() error { return b.rc.Close() }
