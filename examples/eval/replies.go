package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"text/tabwriter"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/reminders"
)

// replyLine is one labeled reply: {"text": "...", "action": "confirm",
// "lang": "en"}, with an optional "channel" (default sms, where a bare
// CANCEL is the carrier's opt-out word).
type replyLine struct {
	Text    string `json:"text"`
	Action  string `json:"action"`
	Lang    string `json:"lang"`
	Channel string `json:"channel"`
}

// repliesReport is the -json output of the replies task.
type repliesReport struct {
	Task     string         `json:"task"`
	N        int            `json:"n"`
	Accuracy float64        `json:"accuracy"`
	Action   map[string]prf `json:"action"`
}

// runReplies scores reminders.ParseReply on labeled replies.
func runReplies(o options, w io.Writer) error {
	lines, err := readReplies(o.Data)
	if err != nil {
		return err
	}
	rep := scoreReplies(lines)
	missOut := w
	if o.JSON {
		if err := json.NewEncoder(w).Encode(rep); err != nil {
			return err
		}
		missOut = o.missOut
	}
	if o.Misses {
		defer printReplyMisses(missOut, lines)
	}
	if o.JSON {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintf(tw, "replies: n=%d accuracy=%.4f\n", rep.N, rep.Accuracy)
	fmt.Fprintln(tw, "action\tprecision\trecall\tf1\tsupport")
	names := make([]string, 0, len(rep.Action))
	for a := range rep.Action {
		names = append(names, a)
	}
	slices.Sort(names)
	for _, a := range names {
		s := rep.Action[a]
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%d\n", a, s.Precision, s.Recall, s.F1, s.Support)
	}
	return tw.Flush()
}

// printReplyMisses writes one tab-separated line per reply read wrong:
// the label, what ParseReply read, the channel and the text (quoted).
func printReplyMisses(w io.Writer, lines []replyLine) {
	for _, l := range lines {
		if got := parseLine(l); got != l.Action {
			fmt.Fprintf(w, "want %s\tgot %s\t%s\t%q\n", l.Action, got, l.Channel, l.Text)
		}
	}
}

// parseLine is ParseReply's action for l.
func parseLine(l replyLine) string {
	return string(reminders.ParseReply(l.Text, "", &reminders.ParseOptions{Channel: channels.Kind(l.Channel)}).Action)
}

func readReplies(path string) ([]replyLine, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	known := map[string]bool{}
	for _, a := range reminders.Actions() {
		known[string(a)] = true
	}
	var out []replyLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), channels.MaxTextBytes*2)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var l replyLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if !known[l.Action] {
			return nil, fmt.Errorf("%s:%d: unknown action %q", path, n, l.Action)
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return out, nil
}

func scoreReplies(lines []replyLine) repliesReport {
	per := map[string]*counts{}
	c := func(a string) *counts {
		if per[a] == nil {
			per[a] = &counts{}
		}
		return per[a]
	}
	right := 0
	for _, l := range lines {
		got := parseLine(l)
		if got == l.Action {
			right++
			c(got).TP++
			continue
		}
		c(got).FP++
		c(l.Action).FN++
	}
	rep := repliesReport{Task: "replies", N: len(lines), Action: map[string]prf{}}
	if len(lines) > 0 {
		rep.Accuracy = round(float64(right) / float64(len(lines)))
	}
	for a, k := range per {
		rep.Action[a] = k.score()
	}
	return rep
}
