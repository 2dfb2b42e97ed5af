// Package llm is an optional triage classifier for vendors who run a large
// language model under their own agreement. It speaks the OpenAI-compatible
// chat-completions HTTP API, asks for a strict JSON answer, checks the
// answer against the triage vocabulary, and falls back to another
// classifier (the default statistical model unless configured) on any
// failure: a timeout, a network or HTTP error, or an answer that does not
// parse or names an intent outside the vocabulary.
//
// Wrap it with the red-flag layer, as NewGuarded does: the layer runs on
// every message and no model answer can lower an emergency it finds.
//
// Message text goes to the configured endpoint; that is the vendor's
// decision and agreement. Nothing here logs text or puts it in errors.
package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/triage"
)

// Defaults for Config.
const (
	DefaultTimeout  = 5 * time.Second
	DefaultMaxBytes = 8 << 10
)

// Config configures a Classifier. Endpoint and Model are required.
type Config struct {
	// Endpoint is the base URL of the API, such as
	// "https://api.openai.com/v1"; requests go to Endpoint+"/chat/completions".
	Endpoint string
	// Model is the model name sent in each request.
	Model string
	// APIKey, when set, is sent as a bearer token.
	APIKey string
	// HTTPClient sends the requests. Nil means a client without its own
	// timeout (Timeout bounds each call).
	HTTPClient *http.Client
	// Timeout bounds one call to the API. Zero means DefaultTimeout.
	Timeout time.Duration
	// MaxBytes is the longest text sent to the model; longer text goes to
	// the fallback. Zero means DefaultMaxBytes.
	MaxBytes int
	// Fallback classifies when the model cannot. Nil means the default
	// statistical model, triage.NewModel(triage.Config{}).
	Fallback triage.Classifier
	// Logger records fallbacks, with reasons and never text. Nil means no
	// logging.
	Logger *zap.Logger
	// Clock times the Timeout. Nil means clock.System().
	Clock clock.Clock
}

// Classifier asks a language model to triage messages. It is safe for
// concurrent use. Build it with New; prefer NewGuarded.
type Classifier struct {
	cfg Config
	log *zap.Logger
}

var _ triage.Classifier = (*Classifier)(nil)

// ErrConfig is wrapped by New for a Config it cannot use.
var ErrConfig = errors.New("llm: bad config")

// New checks cfg, fills its defaults and returns a Classifier.
func New(cfg Config) (*Classifier, error) {
	if cfg.Endpoint == "" || cfg.Model == "" {
		return nil, fmt.Errorf("%w: Endpoint and Model are required", ErrConfig)
	}
	if !strings.HasPrefix(cfg.Endpoint, "http://") && !strings.HasPrefix(cfg.Endpoint, "https://") {
		return nil, fmt.Errorf("%w: Endpoint must be an http or https URL", ErrConfig)
	}
	cfg.Endpoint = strings.TrimRight(cfg.Endpoint, "/")
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{}
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = DefaultMaxBytes
	}
	if cfg.Clock == nil {
		cfg.Clock = clock.System()
	}
	if cfg.Fallback == nil {
		m, err := triage.NewModel(triage.Config{})
		if err != nil {
			return nil, err
		}
		cfg.Fallback = m
	}
	log := cfg.Logger
	if log == nil {
		log = zap.NewNop()
	}
	return &Classifier{cfg: cfg, log: log.Named("triage.llm")}, nil
}

// NewGuarded returns New(cfg) wrapped with the red-flag layer: the
// classifier a vendor should plug into the inbox.
func NewGuarded(cfg Config) (*triage.Guarded, error) {
	c, err := New(cfg)
	if err != nil {
		return nil, err
	}
	return triage.Guard(c), nil
}

// Classify implements triage.Classifier. It asks the model and returns its
// answer, or the fallback's answer when the model fails; it fails only when
// ctx has ended or the fallback fails.
func (c *Classifier) Classify(ctx context.Context, text string) (triage.Result, error) {
	if err := ctx.Err(); err != nil {
		return triage.Result{}, fmt.Errorf("llm: classify: %w", err)
	}
	res, err := c.ask(ctx, text)
	if err == nil {
		return res, nil
	}
	if ctx.Err() != nil {
		return triage.Result{}, fmt.Errorf("llm: classify: %w", ctx.Err())
	}
	c.log.Warn("language model failed; using the fallback classifier", zap.Error(err))
	res, ferr := c.cfg.Fallback.Classify(ctx, text)
	if ferr != nil {
		return triage.Result{}, fmt.Errorf("llm: fallback: %w", ferr)
	}
	return res, nil
}

// errModel marks a failure of the model or its API; it never carries text.
var errModel = errors.New("llm: model failed")

func (c *Classifier) ask(ctx context.Context, text string) (triage.Result, error) {
	if len(text) > c.cfg.MaxBytes {
		return triage.Result{}, fmt.Errorf("%w: text of %d bytes over the limit", errModel, len(text))
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	timer := c.cfg.Clock.NewTimer(c.cfg.Timeout)
	defer timer.Stop()
	go func() {
		select {
		case <-timer.C():
			cancel()
		case <-ctx.Done():
		}
	}()
	body, err := json.Marshal(chatRequest{
		Model:          c.cfg.Model,
		Temperature:    0,
		ResponseFormat: &responseFormat{Type: "json_object"},
		Messages: []chatMessage{
			{Role: "system", Content: systemPrompt},
			{Role: "user", Content: text},
		},
	})
	if err != nil {
		return triage.Result{}, fmt.Errorf("%w: encode request", errModel)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.cfg.Endpoint+"/chat/completions", bytes.NewReader(body))
	if err != nil {
		return triage.Result{}, fmt.Errorf("%w: build request", errModel)
	}
	req.Header.Set("Content-Type", "application/json")
	if c.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	resp, err := c.cfg.HTTPClient.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return triage.Result{}, fmt.Errorf("%w: timeout or cancel", errModel)
		}
		return triage.Result{}, fmt.Errorf("%w: transport", errModel)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return triage.Result{}, fmt.Errorf("%w: http status %d", errModel, resp.StatusCode)
	}
	var cr chatResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&cr); err != nil {
		return triage.Result{}, fmt.Errorf("%w: response is not chat-completions JSON", errModel)
	}
	if len(cr.Choices) == 0 {
		return triage.Result{}, fmt.Errorf("%w: no choices", errModel)
	}
	return c.parseAnswer(cr.Choices[0].Message.Content)
}

// answer is the JSON object the model is asked for.
type answer struct {
	Intent     triage.Intent  `json:"intent"`
	Confidence float64        `json:"confidence"`
	Urgency    triage.Urgency `json:"urgency"`
	Language   string         `json:"language"`
}

// parseAnswer checks the model's JSON against the vocabulary.
func (c *Classifier) parseAnswer(content string) (triage.Result, error) {
	content = strings.TrimSpace(content)
	content = strings.TrimPrefix(content, "```json")
	content = strings.Trim(content, "`\n ")
	dec := json.NewDecoder(strings.NewReader(content))
	dec.DisallowUnknownFields()
	var a answer
	if err := dec.Decode(&a); err != nil {
		return triage.Result{}, fmt.Errorf("%w: answer is not the JSON asked for", errModel)
	}
	if !a.Intent.Valid() || !a.Urgency.Valid() {
		return triage.Result{}, fmt.Errorf("%w: answer outside the vocabulary", errModel)
	}
	if a.Confidence < 0 || a.Confidence > 1 {
		return triage.Result{}, fmt.Errorf("%w: confidence outside [0, 1]", errModel)
	}
	if a.Language != "en" && a.Language != "es" {
		a.Language = ""
	}
	return triage.Result{Intent: a.Intent, Confidence: a.Confidence, Urgency: a.Urgency,
		Language: a.Language, Model: "llm:" + c.cfg.Model}, nil
}
