package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "replies.jsonl")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRepliesJSON(t *testing.T) {
	p := writeFile(t, `{"text": "C", "action": "confirm", "lang": "en"}
{"text": "no puedo ir", "action": "cancel", "lang": "es"}
{"text": "STOP", "action": "opt-out", "lang": "en"}
{"text": "hmm", "action": "confirm", "lang": "en"}

{"text": "cancel", "action": "cancel", "lang": "en", "channel": "whatsapp"}
`)
	var out bytes.Buffer
	if err := run([]string{"-task", "replies", "-data", p, "-json"}, &out); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatalf("%v in %s", err, out.String())
	}
	if got["task"] != "replies" || got["n"] != 5.0 || got["accuracy"] != 0.8 {
		t.Errorf("header: %s", out.String())
	}
	actions := got["action"].(map[string]any)
	confirm := actions["confirm"].(map[string]any)
	if confirm["precision"] != 1.0 || confirm["recall"] != 0.5 || confirm["support"] != 2.0 {
		t.Errorf("confirm: %v", confirm)
	}
	if _, ok := confirm["f1"]; !ok {
		t.Error("no f1 key")
	}
	if actions["cancel"].(map[string]any)["recall"] != 1.0 {
		t.Errorf("cancel on whatsapp: %v", actions["cancel"])
	}
}

func TestRepliesTable(t *testing.T) {
	p := writeFile(t, `{"text": "R", "action": "reschedule", "lang": "en"}`+"\n")
	var out bytes.Buffer
	if err := run([]string{"-task", "replies", "-data", p}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "accuracy=1.0000") || !strings.Contains(out.String(), "reschedule") {
		t.Errorf("table:\n%s", out.String())
	}
}

func TestRepliesBadInput(t *testing.T) {
	for name, text := range map[string]string{
		"malformed": "{\"text\": \"C\", \"action\": \"confirm\"}\n{oops\n",
		"unknown":   "{\"text\": \"C\", \"action\": \"maybe\"}\n",
	} {
		t.Run(name, func(t *testing.T) {
			err := run([]string{"-task", "replies", "-data", writeFile(t, text)}, &bytes.Buffer{})
			if err == nil || !strings.Contains(err.Error(), "replies.jsonl:") {
				t.Errorf("err %v, want one naming the line", err)
			}
		})
	}
}

// TestRepliesHeldOut checks the reply parser against the labeled sets in
// reminders/testdata: the figure to reach is 0.95 accuracy with every
// opt-out found.
func TestRepliesHeldOut(t *testing.T) {
	for _, f := range []string{"replies.jsonl", "replies-heldout.jsonl", "replies-fresh.jsonl", "replies-probe.jsonl", "replies-indep.jsonl", "replies-indep2.jsonl"} {
		lines, err := readReplies(filepath.Join("..", "..", "reminders", "testdata", f))
		if err != nil {
			t.Fatal(err)
		}
		rep := scoreReplies(lines)
		if rep.Accuracy < 0.95 || rep.Action["opt-out"].Recall != 1 {
			t.Errorf("%s: accuracy %.4f, opt-out recall %.4f", f, rep.Accuracy, rep.Action["opt-out"].Recall)
		}
	}
}
