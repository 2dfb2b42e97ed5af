package main

import (
	"fmt"
	"io"
)

// runTriage evaluates the triage task. Not built yet: see the open issue.
func runTriage(o options, w io.Writer) error {
	return fmt.Errorf("task triage is not available yet")
}
