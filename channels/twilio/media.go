package twilio

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/frontdeskhq/frontdesk/channels"
)

// ErrMediaTooLarge: a media download exceeds Config.MaxMediaBytes.
var ErrMediaTooLarge = channels.ErrMediaTooLarge

// Media is an open media download. The caller must Close Body.
type Media struct {
	// ContentType is the type Twilio served.
	ContentType string
	// Body streams the bytes; reading past Config.MaxMediaBytes fails with
	// ErrMediaTooLarge.
	Body io.ReadCloser
}

// OpenMedia downloads an MMS attachment by its MediaUrl (the ProviderRef of
// an inbound channels.MediaRef), with the account's basic auth. Only URLs
// on the Twilio API host (Config.BaseURL) are fetched, so that a forged
// URL can neither receive the credentials nor make frontdesk fetch
// elsewhere. Twilio redirects to its media store; the credentials are not
// forwarded there.
func (c *Channel) OpenMedia(ctx context.Context, mediaURL string) (*Media, error) {
	u, err := url.Parse(mediaURL)
	base, _ := url.Parse(c.cfg.BaseURL)
	if err != nil || base == nil || u.Scheme != base.Scheme || u.Host != base.Host || u.User != nil {
		return nil, fmt.Errorf("twilio: media: %w: not a Twilio media URL", channels.ErrInvalidMessage)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("twilio: media: %w", err)
	}
	req.SetBasicAuth(c.cfg.AccountSID, c.cfg.AuthToken)
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("twilio: media: %w", ctx.Err())
		}
		return nil, fmt.Errorf("twilio: media: %w", &channels.SendError{Channel: channels.SMS, Code: "network", Err: channels.ErrUnavailable})
	}
	if resp.StatusCode != http.StatusOK {
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxResponse))
		resp.Body.Close()
		return nil, fmt.Errorf("twilio: media: %w", c.classify(resp, raw))
	}
	if resp.ContentLength > c.cfg.MaxMediaBytes {
		resp.Body.Close()
		return nil, fmt.Errorf("twilio: media: %w: %d bytes, limit %d", ErrMediaTooLarge, resp.ContentLength, c.cfg.MaxMediaBytes)
	}
	return &Media{ContentType: resp.Header.Get("Content-Type"), Body: channels.LimitBody(resp.Body, c.cfg.MaxMediaBytes)}, nil
}
