package twilio

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
	DefaultBaseURL       = "https://api.twilio.com"
	DefaultMaxBodyBytes  = 64 << 10
	DefaultMaxMediaBytes = 10 << 20
	DefaultMaxSegments   = 10
	DefaultTimeout       = 30 * time.Second
	// DefaultStatusPath is appended to PublicURL for the StatusCallback
	// of every send when StatusCallbackURL is not set.
	DefaultStatusPath = "/webhooks/twilio/status"
	// MaxBodyChars is Twilio's limit on a message body, in characters.
	MaxBodyChars = 1600
	// MaxMedia is Twilio's limit on media URLs per message.
	MaxMedia = 10
)

// Number ties one Twilio phone number (or messaging service) to the
// practice that owns it. Inbound messages are attributed to a practice by
// the number the patient wrote to; a practice's sends go out from its
// number.
type Number struct {
	// Phone is the practice's number in E.164 ("+15557654321").
	Phone string
	// PracticeID is the frontdesk tenant the number belongs to.
	PracticeID string
	// MessagingServiceSID, when set, sends through the messaging service
	// instead of From the number.
	MessagingServiceSID string
}

// Config configures a Channel. Only Numbers is required; every other field
// has a working default:
//
//	AccountSID, AuthToken  "" (sends fail and webhooks are refused until set)
//	PublicURL              "" (the URL Twilio signed is rebuilt from the request)
//	StatusCallbackURL      PublicURL + DefaultStatusPath when PublicURL is set
//	BaseURL                DefaultBaseURL
//	HTTPClient             a client with DefaultTimeout
//	Clock                  clock.System()
//	Logger                 zap.NewNop()
//	MaxBodyBytes           DefaultMaxBodyBytes (webhook bodies)
//	MaxMediaBytes          DefaultMaxMediaBytes (media downloads)
//	MaxSegments            DefaultMaxSegments
//	Consent                nil (keywords are passed on, not recorded here)
//	HelpText               "" (HELP gets no reply from frontdesk)
type Config struct {
	// AccountSID and AuthToken authenticate sends (basic auth) and sign
	// webhooks (X-Twilio-Signature).
	AccountSID string
	AuthToken  string
	// PublicURL is the scheme and host (and any path prefix a proxy
	// strips) under which Twilio reaches the webhooks, e.g.
	// "https://clinic.example.com". Twilio signs the URL it called, which a
	// reverse proxy or load balancer rewrites before the request arrives,
	// so the signature is checked against PublicURL + the request's path
	// and query.
	PublicURL string
	// StatusCallbackURL is sent with every message so that Twilio reports
	// its delivery status there.
	StatusCallbackURL string
	// Numbers lists the practices' numbers.
	Numbers    []Number
	BaseURL    string
	HTTPClient *http.Client
	Clock      clock.Clock
	Logger     *zap.Logger
	// MaxBodyBytes bounds a webhook body; larger bodies get 413.
	MaxBodyBytes int64
	// MaxMediaBytes bounds a media download.
	MaxMediaBytes int64
	// MaxSegments bounds the SMS segments one message may take (see
	// Segments); longer text fails with channels.ErrTextTooLong before
	// any provider call.
	MaxSegments int
	// Consent, when set, records opt-out and opt-in keywords (STOP,
	// START...) the moment they arrive, as the carrier and Twilio have
	// already acted on them. The message still goes to the inbound
	// handler.
	Consent channels.ConsentStore
	// HelpText, when set, is sent back in the TwiML reply to HELP / INFO /
	// AYUDA. Leave it empty when Twilio's Advanced Opt-Out answers HELP.
	HelpText string
}

// Channel is the Twilio Programmable Messaging adapter for SMS and MMS: it
// sends through the Messages API (channels.Channel) and serves the inbound
// and status webhooks.
type Channel struct {
	cfg        Config
	log        *zap.Logger
	byPhone    map[string]string // E.164 -> practice id
	byService  map[string]string // messaging service sid -> practice id
	byPractice map[string]Number
}

var _ channels.Channel = (*Channel)(nil)

// ErrConfig: the Config is unusable.
var ErrConfig = errors.New("twilio: invalid config")

// New returns a Channel for cfg after filling defaults and checking it.
func New(cfg Config) (*Channel, error) {
	if len(cfg.Numbers) == 0 {
		return nil, fmt.Errorf("%w: no numbers", ErrConfig)
	}
	c := &Channel{byPhone: map[string]string{}, byService: map[string]string{}, byPractice: map[string]Number{}}
	for _, n := range cfg.Numbers {
		addr, err := channels.ParsePhone(n.Phone, nil)
		if err != nil || n.PracticeID == "" {
			return nil, fmt.Errorf("%w: a number needs an E.164 phone and a practice id", ErrConfig)
		}
		if _, dup := c.byPhone[addr.Value]; dup {
			return nil, fmt.Errorf("%w: a number is listed twice", ErrConfig)
		}
		n.Phone = addr.Value
		c.byPhone[n.Phone] = n.PracticeID
		if n.MessagingServiceSID != "" {
			c.byService[n.MessagingServiceSID] = n.PracticeID
		}
		if _, ok := c.byPractice[n.PracticeID]; !ok {
			c.byPractice[n.PracticeID] = n
		}
	}
	cfg.PublicURL = strings.TrimRight(cfg.PublicURL, "/")
	if cfg.StatusCallbackURL == "" && cfg.PublicURL != "" {
		cfg.StatusCallbackURL = cfg.PublicURL + DefaultStatusPath
	}
	if cfg.BaseURL == "" {
		cfg.BaseURL = DefaultBaseURL
	}
	cfg.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
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
	if cfg.MaxSegments <= 0 {
		cfg.MaxSegments = DefaultMaxSegments
	}
	c.cfg = cfg
	c.log = cfg.Logger.Named("twilio")
	return c, nil
}

// Capabilities implements channels.Channel: SMS/MMS, the low tier, with
// media and without templates or buttons.
func (c *Channel) Capabilities() channels.Capabilities {
	return channels.DefaultCapabilities(channels.SMS)
}
