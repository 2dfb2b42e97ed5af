package main

import (
	"fmt"
	"io"
)

// runReplies evaluates the replies task. Not built yet: see the open issue.
func runReplies(o options, w io.Writer) error {
	return fmt.Errorf("task replies is not available yet")
}
