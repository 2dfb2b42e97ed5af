package whatsapp

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// decodeSeeds are bodies on both sides of every rule of the fast decoder.
var decodeSeeds = []string{
	`{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"metadata":{"display_phone_number":"15550000000","phone_number_id":"1"},"messages":[{"from":"15552345678","id":"wamid.1","timestamp":"1700000000","type":"text","text":{"body":"hi"}}]}}]}]}`,
	` { "object" : "whatsapp_business_account" , "entry" : [ { "changes" : [ { "field" : "messages" , "value" : { "statuses" : [ { "id" : "x" , "status" : "failed" , "errors" : [ { "code" : 131047 , "title" : "t" } ] } ] } } ] } ] } `,
	`{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[{"type":"location","location":{"latitude":-12.5e1,"longitude":0.25,"name":"n"}}]}}]}]}`,
	`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"type":"contacts","contacts":[{"name":{"formatted_name":"A"},"phones":[{"phone":"1"},{"phone":"2"}]}]}]}}]}]}`,
	`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"a","title":"b"}},"context":{"id":"c"}}]}}]}]}`,
	`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"type":"image","image":{"id":"m","mime_type":"image/jpeg","caption":"c\u00e9\n\"q\"","filename":"f"}}]}}]}]}`,
	`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"type":"reaction","reaction":{"message_id":"a","emoji":"\ud83d\ude4f"},"button":{"payload":"p","text":"t"}}]}}]}]}`,
	`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"contacts":[{"profile":{"name":"x"},"wa_id":"1"}],"messages":[{"text":null,"context":null,"errors":[]}],"statuses":null}}]}]}`,
	`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messages":[{"text":{"body":"héllo ✓"}}],"x":[1,-0,2.5E+3,true,false,null,{"a":[]},"\\\/\b\f\n\r\t\u0041"]}}]}]}`,
	`{"object":"whatsapp_business_account","Object":"x"}`,
	`{"object":"a","object":"b"}`,
	`{"OBJECT":"whatsapp_business_account"}`,
	`{"obj\u0065ct":"whatsapp_business_account"}`,
	`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"errors":[{"code":1.5}]}}]}]}`,
	`{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"errors":[{"code":99999999999999999999}]}}]}]}`,
	`{"object":"whatsapp_business_account","entry":{}}`,
	`{"object":"whatsapp_business_account"} x`,
	`{"object":"whatsapp_business_account",}`,
	`{"object":"\xff\xfe"}`,
	`{"object":"a\u12"}`,
	"{\"object\":\"a\x01\"}",
	`{"object":01}`,
	`null`,
	`[]`,
	`{}`,
	`{"entry":[null,{"changes":[null]}]}`,
}

// FuzzDecodeEnvelope checks the fast decoder against encoding/json:
// whatever body it accepts, encoding/json accepts too, into an equal
// envelope; otherwise it answers errSlowPath and nothing else.
func FuzzDecodeEnvelope(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	for _, body := range fixtureBodies(f) {
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkDecode(t, body)
	})
}

// checkDecode decodes body both ways and reports whether the fast path
// took it.
func checkDecode(t *testing.T, body []byte) bool {
	t.Helper()
	var fast, slow envelope
	err := decodeEnvelope(body, &fast)
	if err != nil {
		if !errors.Is(err, errSlowPath) {
			t.Fatalf("fast decoder error %v is not errSlowPath", err)
		}
		return false
	}
	if err := json.Unmarshal(body, &slow); err != nil {
		t.Fatalf("fast decoder accepted %q, encoding/json refuses it: %v", body, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("decoders disagree on %q:\nfast %+v\nslow %+v", body, fast, slow)
	}
	return true
}

func TestDecodeEnvelopeSeeds(t *testing.T) {
	fastCount := 0
	for _, s := range decodeSeeds {
		if checkDecode(t, []byte(s)) {
			fastCount++
		}
	}
	// The first nine are ordinary deliveries: the fast path must take
	// them, or it is no fast path.
	for _, s := range decodeSeeds[:9] {
		if !checkDecode(t, []byte(s)) {
			t.Errorf("fast path refused an ordinary delivery: %s", s)
		}
	}
	if fastCount == len(decodeSeeds) {
		t.Error("fast path took every seed, including the ones meant for encoding/json")
	}
}

// TestDecodeEnvelopeFixtures: every recorded delivery takes the fast path
// and decodes as encoding/json decodes it.
func TestDecodeEnvelopeFixtures(t *testing.T) {
	bodies := fixtureBodies(t)
	if len(bodies) == 0 {
		t.Skip("shared data absent: no pywa fixtures under ../shared/data/whatsapp/pywa")
	}
	for _, body := range bodies {
		if !checkDecode(t, body) {
			t.Errorf("recorded delivery left to encoding/json: %.120s", body)
		}
	}
}

// fixtureBodies returns the webhook bodies of the pywa fixtures, if present.
func fixtureBodies(tb testing.TB) [][]byte {
	dir := fixtureDir()
	if dir == "" {
		return nil
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	var out [][]byte
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		var cases map[string]json.RawMessage
		if json.Unmarshal(raw, &cases) != nil {
			continue
		}
		for _, body := range cases {
			out = append(out, body)
		}
	}
	return out
}
