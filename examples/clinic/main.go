// Command clinic runs frontdesk for a demo practice: a staff inbox over
// HTTP, fake WhatsApp, SMS, e-mail and web-chat providers, and simulated
// patients writing in English and Spanish so the inbox fills on its own.
//
//	go run ./examples/clinic                 # serve on 127.0.0.1:8080
//	go run ./examples/clinic -demo           # scripted run, summary, exit
//	go run ./examples/clinic -addr :9000 -data /tmp/clinic
//
// It is also the reference integration: everything it does goes through
// frontdesk's public API.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"
	_ "time/tzdata" // the clinic time zone on machines without a zone database

	"github.com/frontdeskhq/frontdesk/clock"
	"github.com/frontdeskhq/frontdesk/clock/clocktest"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "clinic:", err)
		os.Exit(1)
	}
}

// options are the command-line flags.
type options struct {
	addr     string
	data     string
	postgres string
	demo     bool
}

func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("clinic", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address the staff inbox listens on")
	fs.StringVar(&o.data, "data", defaultDataDir(), "directory where the demo keeps its files")
	fs.StringVar(&o.postgres, "postgres", "", "PostgreSQL DSN (default $FRONTDESK_POSTGRES_DSN; empty keeps a SQLite file in the data directory)")
	fs.BoolVar(&o.demo, "demo", false, "run a scripted scenario end to end in DATA/demo-run (started afresh), print a summary and exit")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	return o, nil
}

// defaultDataDir is per user: $XDG_DATA_HOME/frontdesk-clinic, else
// ~/.local/share/frontdesk-clinic, else a directory under the temp dir.
func defaultDataDir() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "frontdesk-clinic")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "frontdesk-clinic")
	}
	return filepath.Join(os.TempDir(), "frontdesk-clinic")
}

func run(ctx context.Context, args []string, stdout io.Writer) error {
	o, err := parseFlags(args, os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	if o.postgres == "" {
		o.postgres = os.Getenv("FRONTDESK_POSTGRES_DSN")
	}
	cfg := clinicConfig{DataDir: o.data, Quiet: o.demo, Clock: clock.System(), Env: os.Getenv, PostgresDSN: o.postgres}
	if o.demo {
		// The scripted run is the same every time: it starts from nothing
		// in its own directory, with SQLite, on a fake clock set to a
		// weekday morning in the clinic's time zone.
		cfg.DataDir, cfg.PostgresDSN = filepath.Join(o.data, "demo-run"), ""
		cfg.Clock = clocktest.NewFake(demoStart())
		if err := os.RemoveAll(cfg.DataDir); err != nil {
			return fmt.Errorf("data directory: %w", err)
		}
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("data directory: %w", err)
	}
	c, err := newClinic(ctx, cfg)
	if err != nil {
		return err
	}
	if o.demo {
		err = runDemo(ctx, c, stdout)
	} else {
		err = serve(ctx, c, o.addr, stdout)
	}
	return errors.Join(err, c.close())
}

// demoStart is the fake clock's start in the scripted run: Monday 4 May
// 2026, 10:00 in the clinic's time zone.
func demoStart() time.Time {
	loc, err := time.LoadLocation(clinicZone)
	if err != nil {
		loc = time.FixedZone("PDT", -7*3600)
	}
	return time.Date(2026, 5, 4, 10, 0, 0, 0, loc)
}
