package main

import (
	"fmt"
	"io"
)

// runPHI evaluates the phi task. Not built yet: see the open issue.
func runPHI(o options, w io.Writer) error {
	return fmt.Errorf("task phi is not available yet")
}
