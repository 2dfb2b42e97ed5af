package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/frontdeskhq/frontdesk/audit"
	"github.com/frontdeskhq/frontdesk/channels/whatsapp"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// ingestLoad returns the operation "a patient's message arrives": a new
// delivery, built and signed as Meta would, that the pipeline verifies,
// parses, dedupes, triages, routes, stores and audits. Every call delivers
// a message never seen before, however often the op is run.
func ingestLoad(p *pipeline, run string) op {
	var seq atomic.Int64
	// Each caller reuses a poster: its body's buffer and its request
	// (the handler is done with both when it has answered).
	type caller struct {
		buf []byte
		d   poster
	}
	callers := sync.Pool{New: func() any { return new(caller) }}
	return func(ctx context.Context, w, _ int) (int, error) {
		n := int(seq.Add(1))
		c := callers.Get().(*caller)
		defer callers.Put(c)
		c.buf = appendDelivery(c.buf[:0], senderPhone(n), messageID(run, w, n), time.Now(), n)
		code, err := c.d.send(ctx, p, c.buf, provider.sign(c.buf))
		if err != nil {
			return 0, err
		}
		if code != http.StatusOK {
			return 0, fmt.Errorf("webhook answered %d", code)
		}
		return len(c.buf), nil
	}
}

// countStored reports how many inbound messages of the practice the store
// holds, through its Scanner extension when it has one.
func countStored(ctx context.Context, st inbox.Store) (int, bool) {
	sc, ok := st.(inbox.Scanner)
	if !ok {
		return 0, false
	}
	n := 0
	err := sc.Scan(ctx, practiceID, nil, func(m *inbox.Message) error {
		if m.Direction == inbox.Inbound {
			n++
		}
		return nil
	})
	return n, err == nil
}

// measureIngestMemory: the full pipeline into the memory store, audited
// into a chained Log over a MemorySink.
func measureIngestMemory(ctx context.Context, r *Report, s settings) error {
	pub, priv := benchKey()
	sink := audit.NewMemorySink()
	log, err := audit.NewLog(sink, audit.Config{SigningKey: priv})
	if err != nil {
		return err
	}
	defer log.Close()
	store := inbox.NewMemoryStore()
	p, err := newPipeline(pipelineConfig{Store: store, Audit: log, Classifier: s.classifier, Logger: s.logger})
	if err != nil {
		return err
	}
	smp, err := load(ctx, s.duration, s.workersFor(inProcessPipeline), ingestLoad(p, "mem"))
	if err != nil {
		return fmt.Errorf("ingest memory: %w", err)
	}
	r.setSample("ingest_memory", "ingest_memory_msgs_per_s", "ingest_memory_allocs_per_msg", smp)
	if n, ok := countStored(ctx, store); ok {
		r.Checks["ingest_memory_every_message_stored_once"] = n == smp.ops
	}
	received := 0
	for _, e := range sink.Events() {
		if e.Action == audit.ActionMessageReceived {
			received++
		}
	}
	r.Checks["ingest_memory_audit_one_event_per_message"] = received == smp.ops
	// Closing the Log seals the chain with a last signed checkpoint.
	if err := log.Close(); err != nil {
		return fmt.Errorf("ingest memory: audit close: %w", err)
	}
	_, err = audit.Verify(sink.Events(), audit.VerifyOptions{PublicKey: pub})
	r.Checks["ingest_memory_audit_chain_verifies"] = err == nil
	return nil
}

// measureWebhook: deliveries POSTed over loopback to the real handler
// mounted on an http.Server, with keep-alive connections, one per worker.
func measureWebhook(ctx context.Context, r *Report, s settings) error {
	_, priv := benchKey()
	log, err := audit.NewLog(audit.NewMemorySink(), audit.Config{SigningKey: priv})
	if err != nil {
		return err
	}
	defer log.Close()
	p, err := newPipeline(pipelineConfig{Store: inbox.NewMemoryStore(), Audit: log, Classifier: s.classifier, Logger: s.logger})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("POST /webhooks/whatsapp", p.handler)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String() + "/webhooks/whatsapp"
	workers := s.workersFor(network)
	tr := &http.Transport{MaxIdleConnsPerHost: workers, MaxConnsPerHost: workers, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	smp, err := load(ctx, s.duration, workers, func(ctx context.Context, w, i int) (int, error) {
		body := appendDelivery(make([]byte, 0, 512), senderPhone(w*7919+i), messageID("http", w, i), time.Now(), i)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return 0, err
		}
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set(whatsapp.SignatureHeader, provider.sign(body))
		resp, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		drain(resp)
		if resp.StatusCode != http.StatusOK {
			return 0, fmt.Errorf("webhook answered %d", resp.StatusCode)
		}
		return len(body), nil
	})
	if err != nil {
		return fmt.Errorf("webhook: %w", err)
	}
	r.setSample("webhook", "webhook_reqs_per_s", "webhook_allocs_per_req", smp)
	return nil
}

// drain reads and closes a response body so that its connection is reused.
func drain(resp *http.Response) {
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
}
