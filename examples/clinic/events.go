package main

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/frontdeskhq/frontdesk/routing"
)

// events streams the practice's inbox events as Server-Sent Events (ids
// only: the page fetches what changed), limited to the queues the staff
// member may read. The first event, "ready", says the stream is live.
func (s *server) events(w http.ResponseWriter, r *http.Request, who staffMember) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	sub := s.c.inbox.Subscribe(practiceID, 64)
	defer sub.Close()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprintf(w, "event: ready\ndata: {\"staff\":%q}\n\n", who.ID)
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		case e, ok := <-sub.C:
			if !ok {
				return
			}
			if e.Queue != "" && !s.may(who, routing.PermReadQueue, e.Queue) {
				continue
			}
			data, _ := json.Marshal(map[string]string{"type": string(e.Type), "conversation_id": e.ConversationID, "queue": e.Queue})
			fmt.Fprintf(w, "event: inbox\ndata: %s\n\n", data)
			flusher.Flush()
		}
	}
}
