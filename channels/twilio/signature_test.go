package twilio_test

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/frontdeskhq/frontdesk/channels/twilio"
)

func TestSignatureVectors(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(dataDir(t, "twilio"), "signature-vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Vectors []struct {
			Name        string            `json:"name"`
			AuthToken   string            `json:"auth_token"`
			URL         string            `json:"url"`
			Params      map[string]string `json:"params"`
			ParamsList  [][2]string       `json:"params_list"`
			Body        *string           `json:"body"`
			Signature   string            `json:"signature"`
			ExpectValid bool              `json:"expect_valid"`
		} `json:"vectors"`
	}
	if err := json.Unmarshal(raw, &file); err != nil || len(file.Vectors) == 0 {
		t.Fatalf("vectors: %v", err)
	}
	for _, v := range file.Vectors {
		t.Run(v.Name, func(t *testing.T) {
			if v.Body != nil {
				if got := twilio.ValidateBody(v.AuthToken, v.URL, []byte(*v.Body), v.Signature); got != v.ExpectValid {
					t.Errorf("ValidateBody = %v, want %v", got, v.ExpectValid)
				}
				if twilio.ValidateBody(v.AuthToken, v.URL, []byte(*v.Body+" "), v.Signature) {
					t.Error("ValidateBody accepted a changed body")
				}
				return
			}
			params := url.Values{}
			for k, val := range v.Params {
				params.Add(k, val)
			}
			for _, kv := range v.ParamsList {
				params.Add(kv[0], kv[1])
			}
			if got := twilio.ValidateSignature(v.AuthToken, v.URL, params, v.Signature); got != v.ExpectValid {
				t.Errorf("ValidateSignature = %v, want %v", got, v.ExpectValid)
			}
			if v.ExpectValid {
				if twilio.ValidateSignature("wrong-token", v.URL, params, v.Signature) {
					t.Error("accepted under another token")
				}
				params.Set("Injected", "1")
				if twilio.ValidateSignature(v.AuthToken, v.URL, params, v.Signature) {
					t.Error("accepted with an added parameter")
				}
			}
		})
	}
}

func TestValidateSignatureEmpty(t *testing.T) {
	p := url.Values{"a": {"b"}}
	sig := twilio.Sign("", "https://x.example/", p)
	if twilio.ValidateSignature("", "https://x.example/", p, sig) {
		t.Error("an empty auth token must validate nothing")
	}
	if twilio.ValidateSignature("tok", "https://x.example/", p, "") {
		t.Error("an empty signature must not validate")
	}
}
