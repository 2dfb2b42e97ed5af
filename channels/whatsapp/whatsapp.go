package whatsapp

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
)

// Defaults used when the matching Config field is zero.
const (
	DefaultBaseURL       = "https://graph.facebook.com"
	DefaultAPIVersion    = "v23.0"
	DefaultMaxBodyBytes  = 1 << 20
	DefaultMaxMediaBytes = 100 << 20
	DefaultTimeout       = 30 * time.Second
	// MaxTextChars is the Cloud API's limit on a text message body, in
	// characters.
	MaxTextChars = 4096
)

// Number ties one WhatsApp business phone number to the practice that owns
// it. Inbound webhooks are attributed to a practice by the number the
// patient wrote to, and a practice's sends go out from its number.
type Number struct {
	// PhoneNumberID is Meta's id of the business phone number (the
	// metadata.phone_number_id of webhooks), not the number itself.
	PhoneNumberID string
	// PracticeID is the frontdesk tenant the number belongs to.
	PracticeID string
}

// Config configures a Channel. Only Numbers is required; every other field
// has a working default:
//
//	AppSecret        "" (webhook POSTs are refused until it is set)
//	VerifyToken      "" (webhook verification GETs are refused until it is set)
//	AccessToken      "" (sends and media downloads fail until it is set)
//	BaseURL          DefaultBaseURL
//	APIVersion       DefaultAPIVersion
//	HTTPClient       a client with DefaultTimeout
//	Clock            clock.System()
//	Logger           zap.NewNop()
//	MaxBodyBytes     DefaultMaxBodyBytes (webhook bodies)
//	MaxMediaBytes    DefaultMaxMediaBytes (media downloads)
//	Window           an in-memory WindowStore fed by this Channel's webhook
//	ServiceWindow    24h
//	FallbackTemplate nil (a free-form send outside the window fails)
type Config struct {
	// AppSecret is the Meta app secret that signs webhook deliveries
	// (X-Hub-Signature-256).
	AppSecret string
	// VerifyToken is the token configured in the app dashboard for the
	// webhook verification request.
	VerifyToken string
	// AccessToken is the system-user or business token for the Graph API.
	AccessToken string
	// Numbers lists the business numbers and their practices.
	Numbers []Number
	// BaseURL and APIVersion locate the Graph API; tests point BaseURL at
	// a whatsapptest.Server.
	BaseURL    string
	APIVersion string
	HTTPClient *http.Client
	Clock      clock.Clock
	Logger     *zap.Logger
	// MaxBodyBytes bounds a webhook body; larger bodies get 413.
	MaxBodyBytes int64
	// MaxMediaBytes bounds a media download.
	MaxMediaBytes int64
	// Window tells when each patient last wrote, for the 24-hour
	// customer-service window. Deployments with several instances plug a
	// shared store.
	Window WindowStore
	// ServiceWindow is how long after a patient's last message free-form
	// messages may be sent.
	ServiceWindow time.Duration
	// FallbackTemplate, when set, is sent instead of a free-form message
	// whose window is closed (typically a "please reply to continue"
	// template); otherwise such a send fails with channels.ErrOutsideWindow.
	FallbackTemplate *channels.Template
}

// Channel is the WhatsApp Business Cloud API adapter: it sends through the
// Graph API (channels.Channel) and serves the webhook (Webhook).
type Channel struct {
	cfg        Config
	log        *zap.Logger
	byNumber   map[string]string // phone number id -> practice id
	byPractice map[string]string // practice id -> phone number id
	verifier   *verifier
}

var _ channels.Channel = (*Channel)(nil)

// ErrConfig: the Config is unusable.
var ErrConfig = errors.New("whatsapp: invalid config")

// New returns a Channel for cfg after filling defaults and checking it.
func New(cfg Config) (*Channel, error) {
	if len(cfg.Numbers) == 0 {
		return nil, fmt.Errorf("%w: no business numbers", ErrConfig)
	}
	c := &Channel{byNumber: map[string]string{}, byPractice: map[string]string{}}
	for _, n := range cfg.Numbers {
		if n.PhoneNumberID == "" || n.PracticeID == "" {
			return nil, fmt.Errorf("%w: number needs a phone number id and a practice id", ErrConfig)
		}
		if _, dup := c.byNumber[n.PhoneNumberID]; dup {
			return nil, fmt.Errorf("%w: phone number id %s listed twice", ErrConfig, n.PhoneNumberID)
		}
		c.byNumber[n.PhoneNumberID] = n.PracticeID
		if _, ok := c.byPractice[n.PracticeID]; !ok {
			c.byPractice[n.PracticeID] = n.PhoneNumberID
		}
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	if cfg.APIVersion == "" {
		cfg.APIVersion = DefaultAPIVersion
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: DefaultTimeout}
	}
	cfg.Clock = clock.OrSystem(cfg.Clock)
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.MaxBodyBytes <= 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxMediaBytes <= 0 {
		cfg.MaxMediaBytes = DefaultMaxMediaBytes
	}
	if cfg.Window == nil {
		cfg.Window = NewMemoryWindow()
	}
	if cfg.ServiceWindow <= 0 {
		cfg.ServiceWindow = 24 * time.Hour
	}
	if t := cfg.FallbackTemplate; t != nil && (t.Name == "" || t.Language == "") {
		return nil, fmt.Errorf("%w: fallback template needs a name and a language", ErrConfig)
	}
	c.cfg = cfg
	c.log = cfg.Logger.Named("whatsapp")
	c.verifier = newVerifier(cfg.AppSecret)
	return c, nil
}

// Capabilities implements channels.Channel: the low tier, with media,
// templates and reply buttons.
func (c *Channel) Capabilities() channels.Capabilities {
	return channels.DefaultCapabilities(channels.WhatsApp)
}

// endpoint returns the Graph API URL of path (without leading slash).
func (c *Channel) endpoint(path string) string {
	return c.cfg.BaseURL + "/" + c.cfg.APIVersion + "/" + path
}
