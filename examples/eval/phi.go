package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/frontdeskhq/frontdesk/phi"
)

// phiDoc is one labeled text: gold PHI spans, and neutral spans (clinician
// names) that count neither for nor against the detector.
type phiDoc struct {
	Text    string
	Gold    []goldSpan
	Neutral []goldSpan
}

// goldSpan is one labeled span, byte offsets into the text.
type goldSpan struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Kind  phi.Kind `json:"kind"`
}

// phiReport is the JSON printed by -task phi -json: task, n (texts),
// overall precision, recall and f1, kind (per kind: precision, recall, f1,
// support), mb_per_s (detection throughput), and for corpora with
// clinician names, neutral (their count and how many the detector
// covered anyway; they count neither for nor against it).
type phiReport struct {
	Task      string           `json:"task"`
	N         int              `json:"n"`
	Precision float64          `json:"precision"`
	Recall    float64          `json:"recall"`
	F1        float64          `json:"f1"`
	Kind      map[phi.Kind]prf `json:"kind"`
	MBPerS    float64          `json:"mb_per_s"`
	Neutral   *neutralReport   `json:"neutral,omitempty"`
}

// kindCounts scores one kind: recall on the gold side (gold spans of the
// kind caught by any detection), precision on the detection side
// (detections of the kind that overlap any gold span).
type kindCounts struct {
	gold, goldCaught int
	det, detRight    int
}

func (c kindCounts) score() prf {
	p, r := ratio(c.detRight, c.det), ratio(c.goldCaught, c.gold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return prf{Precision: round(p), Recall: round(r), F1: round(f), Support: c.gold}
}

// neutralReport counts the neutral spans (clinician names) and how many the
// detector covered anyway.
type neutralReport struct {
	Support  int `json:"support"`
	Detected int `json:"detected"`
}

func runPHI(o options, w io.Writer) error {
	var docs []phiDoc
	var err error
	switch o.Format {
	case "jsonl":
		docs, err = readPHIJSONL(o.Data)
	case "physionet":
		docs, err = readPhysioNet(o.Data)
	case "presidio":
		docs, err = readPresidio(o.Data)
	case "marked":
		docs, err = readMarked(o.Data)
	default:
		return fmt.Errorf("%w: -format must be jsonl, physionet, presidio or marked", errUsage)
	}
	if err != nil {
		return err
	}
	det, err := phi.New(detectorConfig(o.Format))
	if err != nil {
		return err
	}
	var misses []missLine
	var missed *[]missLine
	if o.Misses {
		missed = &misses
	}
	rep, err := scorePHI(context.Background(), det, docs, missed)
	if err != nil {
		return err
	}
	if rep.Neutral != nil {
		for _, d := range docs {
			rep.Neutral.Support += len(d.Neutral)
		}
	}
	if o.JSON {
		if err := json.NewEncoder(w).Encode(rep); err != nil {
			return err
		}
		return printMisses(o.missOut, misses)
	}
	if err := printPHI(w, rep); err != nil {
		return err
	}
	return printMisses(w, misses)
}

// detectorConfig is the detector configuration for a corpus format. The
// PhysioNet gold standard follows HIPAA Safe Harbor, which counts only ages
// over 89 as identifiers: it is scored with a detector configured the same
// way. Other corpora get the default, which reports every stated age.
func detectorConfig(format string) phi.Config {
	return phi.Config{SafeHarborAges: format == "physionet"}
}

// scorePHI runs det over docs. A gold span is caught when every non-space
// byte of it lies inside some detected span; a detected span is right when
// it overlaps a gold span, and neutral when it overlaps only neutral spans.
// When misses is not nil, every missed gold span and wrong detection is
// appended to it.
func scorePHI(ctx context.Context, det phi.Detector, docs []phiDoc, misses *[]missLine) (*phiReport, error) {
	rep := &phiReport{Task: "phi", N: len(docs), Kind: map[phi.Kind]prf{}}
	byKind := map[phi.Kind]kindCounts{}
	var all kindCounts
	neutralHit := 0
	for i, d := range docs {
		spans, err := det.Detect(ctx, d.Text)
		if err != nil {
			return nil, fmt.Errorf("text %d: %w", i+1, err)
		}
		covered := make([]bool, len(d.Text))
		for _, sp := range spans {
			for b := sp.Start; b < sp.End; b++ {
				covered[b] = true
			}
		}
		for _, g := range d.Gold {
			c := byKind[g.Kind]
			c.gold++
			all.gold++
			if caught(d.Text, covered, g) {
				c.goldCaught++
				all.goldCaught++
			} else if misses != nil {
				*misses = append(*misses, newMissLine("miss", g.Kind, "", d.Text, g.Start, g.End))
			}
			byKind[g.Kind] = c
		}
		for _, n := range d.Neutral {
			if overlapsAny(spans, n) {
				neutralHit++
			}
		}
		for _, sp := range spans {
			g := goldSpan{Start: sp.Start, End: sp.End}
			right := overlapsGold(d.Gold, g)
			if !right && overlapsGold(d.Neutral, g) {
				continue // a clinician's name: neither right nor wrong
			}
			c := byKind[sp.Kind]
			c.det++
			all.det++
			if right {
				c.detRight++
				all.detRight++
			} else if misses != nil {
				*misses = append(*misses, newMissLine("false", sp.Kind, sp.Rule, d.Text, sp.Start, sp.End))
			}
			byKind[sp.Kind] = c
		}
	}
	for k, c := range byKind {
		rep.Kind[k] = c.score()
	}
	sc := all.score()
	rep.Precision, rep.Recall, rep.F1 = sc.Precision, sc.Recall, sc.F1
	perS, err := throughput(func() (int, error) {
		bytes := 0
		for _, d := range docs {
			if _, err := det.Detect(ctx, d.Text); err != nil {
				return 0, err
			}
			bytes += len(d.Text)
		}
		return bytes, nil
	})
	if err != nil {
		return nil, err
	}
	rep.MBPerS = round(perS / 1e6)
	for _, d := range docs {
		if len(d.Neutral) > 0 {
			rep.Neutral = &neutralReport{Detected: neutralHit}
			break
		}
	}
	return rep, nil
}

// caught reports whether every non-space byte of g is covered.
func caught(text string, covered []bool, g goldSpan) bool {
	for b := g.Start; b < g.End && b < len(text); b++ {
		if !covered[b] && text[b] != ' ' && text[b] != '\t' && text[b] != '\n' && text[b] != '\r' {
			return false
		}
	}
	return true
}

func overlapsGold(gold []goldSpan, g goldSpan) bool {
	for _, x := range gold {
		if x.Start < g.End && g.Start < x.End {
			return true
		}
	}
	return false
}

func overlapsAny(spans []phi.Span, g goldSpan) bool {
	for _, sp := range spans {
		if sp.Start < g.End && g.Start < sp.End {
			return true
		}
	}
	return false
}

// readPHIJSONL reads {"text": ..., "spans": [{"start","end","kind"}]} lines.
func readPHIJSONL(path string) ([]phiDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []phiDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for line := 1; sc.Scan(); line++ {
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var rec struct {
			Text  string     `json:"text"`
			Spans []goldSpan `json:"spans"`
		}
		if err := json.Unmarshal([]byte(raw), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		for _, sp := range rec.Spans {
			if sp.Start < 0 || sp.End > len(rec.Text) || sp.Start > sp.End {
				return nil, fmt.Errorf("%s:%d: span [%d,%d) outside the text", path, line, sp.Start, sp.End)
			}
		}
		docs = append(docs, phiDoc{Text: rec.Text, Gold: rec.Spans})
	}
	return docs, sc.Err()
}

// physioNetKinds maps the corpus' PHI types to frontdesk kinds; HCPName is
// neutral (clinicians are not patient PHI).
var physioNetKinds = map[string]phi.Kind{
	"Date": phi.KindDate, "DateYear": phi.KindDate, "Location": phi.KindAddress,
	"PTName": phi.KindName, "PTNameInitial": phi.KindName, "RelativeProxyName": phi.KindName,
	"Phone": phi.KindPhone, "Age": phi.KindAge, "Other": phi.KindID, "HCPName": "",
}

// readPhysioNet reads id.text and id-phi.phrase of the PhysioNet deid
// gold standard from dir.
func readPhysioNet(dir string) ([]phiDoc, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "id.text"))
	if err != nil {
		return nil, err
	}
	docs := map[string]*phiDoc{}
	var order []string
	const startTag, endTag = "START_OF_RECORD=", "||||END_OF_RECORD"
	rest := string(raw)
	for {
		i := strings.Index(rest, startTag)
		if i < 0 {
			break
		}
		rest = rest[i+len(startTag):]
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 {
			return nil, fmt.Errorf("id.text: record header without a body")
		}
		id := strings.Trim(rest[:nl], "|")
		parts := strings.Split(id, "||||")
		if len(parts) != 2 {
			return nil, fmt.Errorf("id.text: bad record header")
		}
		rest = rest[nl+1:]
		e := strings.Index(rest, endTag)
		if e < 0 {
			return nil, fmt.Errorf("id.text: record %s without an end", id)
		}
		key := parts[0] + " " + parts[1]
		docs[key] = &phiDoc{Text: rest[:e]}
		order = append(order, key)
		rest = rest[e+len(endTag):]
	}
	f, err := os.Open(filepath.Join(dir, "id-phi.phrase"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		fields := strings.SplitN(sc.Text(), " ", 6)
		if len(fields) < 5 {
			continue
		}
		d, ok := docs[fields[0]+" "+fields[1]]
		start, err1 := strconv.Atoi(fields[2])
		end, err2 := strconv.Atoi(fields[3])
		kind, known := physioNetKinds[fields[4]]
		if !ok || err1 != nil || err2 != nil || !known || start < 0 || end > len(d.Text) || start > end {
			return nil, fmt.Errorf("id-phi.phrase:%d: bad span", line)
		}
		g := goldSpan{Start: start, End: end, Kind: kind}
		if kind == "" {
			d.Neutral = append(d.Neutral, g)
		} else {
			d.Gold = append(d.Gold, g)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	out := make([]phiDoc, 0, len(order))
	for _, k := range order {
		out = append(out, *docs[k])
	}
	return out, nil
}

func printPHI(w io.Writer, rep *phiReport) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "kind\tprecision\trecall\tf1\tsupport\t\n")
	kinds := make([]phi.Kind, 0, len(rep.Kind))
	for k := range rep.Kind {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		p := rep.Kind[k]
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%d\t\n", k, p.Precision, p.Recall, p.F1, p.Support)
	}
	fmt.Fprintf(tw, "all\t%.4f\t%.4f\t%.4f\t\t\n", rep.Precision, rep.Recall, rep.F1)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "texts: %d, detection: %.1f MB/s\n", rep.N, rep.MBPerS)
	if rep.Neutral != nil {
		fmt.Fprintf(w, "neutral (clinician) spans: %d, covered by detections: %d\n", rep.Neutral.Support, rep.Neutral.Detected)
	}
	return nil
}
