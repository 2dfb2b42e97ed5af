package email_test

import (
	"crypto/tls"
	"fmt"
)

// tls0 trusts only the system roots, not emailtest's certificate.
var tls0 = tls.Config{ServerName: "127.0.0.1"}

func toString(v any) string { return fmt.Sprint(v) }
