package whatsapptest

import (
	"strings"
	"unicode/utf8"
)

// Graph API error codes the fake answers invalid messages with.
const (
	codeInvalidParameter = 100
	codeMissingParameter = 131008
)

// validate checks a send request the way the Cloud API does, for the
// message types frontdesk sends. It returns an error code and reason, or
// zero.
func validate(msg map[string]any) (int, string) {
	to, _ := msg["to"].(string)
	if to == "" || strings.Trim(to, "0123456789") != "" {
		return codeInvalidParameter, "Invalid parameter: to"
	}
	typ, _ := msg["type"].(string)
	obj, ok := msg[typ].(map[string]any)
	if !ok {
		return codeMissingParameter, "Required parameter is missing: " + typ
	}
	str := func(m map[string]any, k string) string { s, _ := m[k].(string); return s }
	switch typ {
	case "text":
		body := str(obj, "body")
		if body == "" || utf8.RuneCountInString(body) > 4096 {
			return codeInvalidParameter, "Invalid parameter: text.body"
		}
	case "template":
		lang, _ := obj["language"].(map[string]any)
		if str(obj, "name") == "" || lang == nil || str(lang, "code") == "" {
			return codeMissingParameter, "Required parameter is missing: template name or language"
		}
	case "interactive":
		body, _ := obj["body"].(map[string]any)
		action, _ := obj["action"].(map[string]any)
		if str(obj, "type") != "button" || body == nil || str(body, "text") == "" || action == nil {
			return codeInvalidParameter, "Invalid parameter: interactive"
		}
		buttons, _ := action["buttons"].([]any)
		if len(buttons) == 0 || len(buttons) > 3 {
			return codeInvalidParameter, "Invalid parameter: buttons"
		}
		for _, b := range buttons {
			bm, _ := b.(map[string]any)
			reply, _ := bm["reply"].(map[string]any)
			if reply == nil || str(reply, "id") == "" || str(reply, "title") == "" || utf8.RuneCountInString(str(reply, "title")) > 20 {
				return codeInvalidParameter, "Invalid parameter: button"
			}
		}
	case "image", "audio", "video", "document":
		if (str(obj, "id") == "") == (str(obj, "link") == "") {
			return codeInvalidParameter, "Invalid parameter: media needs one of id or link"
		}
	default:
		return codeInvalidParameter, "Invalid parameter: type"
	}
	return 0, ""
}
