// Package webchat is the server side of a website chat widget, frontdesk's
// secure-tier channel.
//
// Handler is an http.Handler a vendor mounts on its mux (for example at
// /webchat/). A page embeds the widget (GET /widget.js, see WidgetJS); the
// widget creates a session (POST /session) and gets a signed token
// (HMAC-SHA256 over session id, practice and expiry, checked against the
// injected clock); it posts the patient's messages (POST /messages, rate
// limited per session, size limited) and receives staff replies over
// Server-Sent Events (GET /events), reconnecting with Last-Event-ID so
// nothing is missed; GET /history serves the same events as JSON and as
// a long-poll for clients without SSE. Browser origins are checked
// against Config.Origins, which also says which practice a site belongs
// to.
//
// Patient messages go to a channels.InboundHandler (the inbox) as
// channels.Inbound with a channels.AddrWebChat address naming the session;
// their provider id is "<session>:<client id>", so a re-posted message is
// stored once. Handler.Channel returns the channels.Channel that delivers
// staff replies into the session's stream.
//
// Streams live in a Hub. MemoryHub, the default, keeps a bounded buffer
// per session in one process; see Hub for running several replicas.
//
// A session proves continuity (the same browser tab), not identity: anyone
// can open one, so the inbox's identity step applies to web chat as to
// any channel before clinical detail is shared. Tokens travel in the
// Authorization header, except on GET /events, where EventSource allows
// only the URL; keep SessionTTL short where access logs record query
// strings, or strip the token parameter from them.
//
// Session ids are random and logged only as digests; message text never
// reaches logs or error responses, which carry fixed codes.
package webchat
