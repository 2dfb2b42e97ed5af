// Command eval measures frontdesk's classifiers on labeled JSON Lines.
//
// Usage:
//
//	go run ./examples/eval -task triage -data FILE.jsonl [-json]
//	go run ./examples/eval -task phi -data FILE.jsonl [-json]
//	go run ./examples/eval -task phi -format physionet -data DIR [-json]
//	go run ./examples/eval -task phi -format presidio -data FILE.json [-json]
//	go run ./examples/eval -task phi -format marked -data phi/testdata/messages.txt [-json]
//	go run ./examples/eval -task replies -data FILE.jsonl [-json]
//
// For -task phi, -misses also lists every missed gold span and every
// detection that overlaps no gold span, with its kind, rule and a little
// context (after the table; on standard error with -json), to study what
// the rules get wrong; for -task replies, every reply read wrong, with
// its label and what was read. Those lines quote the corpus: use them on
// test data only.
//
// With -json it prints one JSON object (keys documented in the README);
// without, a readable table. It exits 1 on a malformed file, naming the
// line, and 2 on bad flags.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// options are the command-line flags shared by every task.
type options struct {
	Task   string
	Data   string
	Format string
	JSON   bool
	// Misses lists errors: missed gold spans and wrong detections
	// (-task phi), replies read wrong (-task replies).
	Misses bool
	// missOut receives the -misses lines: standard error with -json,
	// else after the table.
	missOut io.Writer
}

// errUsage marks an error in the flags.
var errUsage = errors.New("usage")

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	var o options
	fs.StringVar(&o.Task, "task", "", "what to evaluate: triage, phi or replies")
	fs.StringVar(&o.Data, "data", "", "labeled data: a JSON Lines file, a directory for -format physionet, a JSON file for -format presidio")
	fs.StringVar(&o.Format, "format", "jsonl", "input format: jsonl, or physionet, presidio or marked for -task phi")
	fs.BoolVar(&o.Misses, "misses", false, "list errors: -task phi, missed gold spans and wrong detections with context; -task replies, replies read wrong")
	fs.BoolVar(&o.JSON, "json", false, "print one JSON object instead of a table")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	o.missOut = os.Stderr
	if o.Data == "" {
		return fmt.Errorf("%w: -data is required", errUsage)
	}
	switch o.Task {
	case "triage":
		return runTriage(o, w)
	case "phi":
		return runPHI(o, w)
	case "replies":
		return runReplies(o, w)
	default:
		return fmt.Errorf("%w: -task must be triage, phi or replies", errUsage)
	}
}
