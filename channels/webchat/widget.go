package webchat

import (
	_ "embed"
	"net/http"
)

// WidgetJS is the embeddable chat widget, served at GET /widget.js. A
// practice's page loads it with the handler's mount point:
//
//	<script src="https://clinic.example/webchat/widget.js"
//	        data-base="https://clinic.example/webchat" async></script>
//
// It creates a session, keeps the token in sessionStorage, posts messages
// with a client id (so a retried post is stored once), receives replies
// over EventSource (which resumes with Last-Event-ID by itself) and
// renders every message as text, never as HTML.
//
//go:embed widget/widget.js
var WidgetJS []byte

func serveWidget(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(WidgetJS)
}
