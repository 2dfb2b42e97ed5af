package whatsapp

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/frontdeskhq/frontdesk/channels"
)

// ErrMediaTooLarge: a media download exceeds Config.MaxMediaBytes.
var ErrMediaTooLarge = channels.ErrMediaTooLarge

// Media is an open media download. The caller must Close Body.
type Media struct {
	// ID is the WhatsApp media id.
	ID string
	// ContentType is the type Meta reports for the media.
	ContentType string
	// Size is the size Meta reports, in bytes (zero if it did not say).
	Size int64
	// SHA256 is the hex digest Meta reports.
	SHA256 string
	// Body streams the bytes; reading past Config.MaxMediaBytes fails with
	// ErrMediaTooLarge.
	Body io.ReadCloser
}

type mediaInfo struct {
	URL      string `json:"url"`
	MimeType string `json:"mime_type"`
	SHA256   string `json:"sha256"`
	FileSize int64  `json:"file_size"`
	ID       string `json:"id"`
}

// OpenMedia fetches an inbound attachment by its media id (the ProviderRef
// of an inbound channels.MediaRef): it asks the Graph API for the media's
// short-lived URL and opens it with the access token. Media larger than
// Config.MaxMediaBytes fails with ErrMediaTooLarge before or while
// reading. Provider failures are *channels.SendError values, classified as
// for Send.
func (c *Channel) OpenMedia(ctx context.Context, mediaID string) (*Media, error) {
	if mediaID == "" || strings.ContainsAny(mediaID, "/?#") {
		return nil, fmt.Errorf("whatsapp: media: %w: bad media id", channels.ErrInvalidMessage)
	}
	var info mediaInfo
	if err := c.call(ctx, http.MethodGet, c.endpoint(url.PathEscape(mediaID)), nil, &info); err != nil {
		return nil, fmt.Errorf("whatsapp: media %s: %w", mediaID, err)
	}
	if info.FileSize > c.cfg.MaxMediaBytes {
		return nil, fmt.Errorf("whatsapp: media %s: %w: %d bytes, limit %d", mediaID, ErrMediaTooLarge, info.FileSize, c.cfg.MaxMediaBytes)
	}
	u, err := url.Parse(info.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return nil, fmt.Errorf("whatsapp: media %s: %w: provider gave no usable url", mediaID, channels.ErrUnavailable)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("whatsapp: media %s: %w", mediaID, err)
	}
	req.Header.Set("Authorization", "Bearer "+c.cfg.AccessToken)
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("whatsapp: media %s: %w", mediaID, ctx.Err())
		}
		return nil, fmt.Errorf("whatsapp: media %s: %w", mediaID, &channels.SendError{Channel: channels.WhatsApp, Code: "network", Err: channels.ErrUnavailable})
	}
	if resp.StatusCode != http.StatusOK {
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		resp.Body.Close()
		return nil, fmt.Errorf("whatsapp: media %s: %w", mediaID, c.classify(resp, raw))
	}
	if resp.ContentLength > c.cfg.MaxMediaBytes {
		resp.Body.Close()
		return nil, fmt.Errorf("whatsapp: media %s: %w: %d bytes, limit %d", mediaID, ErrMediaTooLarge, resp.ContentLength, c.cfg.MaxMediaBytes)
	}
	ct := info.MimeType
	if ct == "" {
		ct = resp.Header.Get("Content-Type")
	}
	return &Media{
		ID: mediaID, ContentType: ct, Size: info.FileSize, SHA256: info.SHA256,
		Body: channels.LimitBody(resp.Body, c.cfg.MaxMediaBytes),
	}, nil
}
