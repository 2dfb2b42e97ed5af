package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// riverResult is what the river subprocess prints.
type riverResult struct {
	JobsPerSecond float64 `json:"river_postgres_jobs_per_s"`
	Jobs          int     `json:"jobs"`
	Seconds       float64 `json:"seconds"`
}

// findRiverDir finds examples/bench/river: dir when set, otherwise from
// the working directory up to the frontdesk module root.
func findRiverDir(dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		mod, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && strings.HasPrefix(string(mod), "module github.com/frontdeskhq/frontdesk\n") {
			return filepath.Join(d, "examples", "bench", "river"), nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("frontdesk module root not found above the working directory; pass -river-dir")
		}
	}
}

// measureRiver runs the River baseline as a subprocess (go run in its own
// module), so that River is no dependency of frontdesk.
func measureRiver(ctx context.Context, r *Report, s settings) error {
	dir, err := findRiverDir(s.riverDir)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, "go", "run", ".", "-postgres", s.dsn, "-jobs", strconv.Itoa(s.riverJobs))
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("river: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	var res riverResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return fmt.Errorf("river: reading its output: %w", err)
	}
	r.set("river_postgres_jobs_per_s", res.JobsPerSecond)
	return nil
}
