package inboxtest

import (
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// fill sets every exported field of the struct v points to, except those
// named in keep, to a distinctive non-zero value, recursively, so that a
// store that forgets to persist a field (a new one, say) fails the suite.
func fill(v reflect.Value, keep map[string]bool, n *int) {
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() || keep[f.Name] {
			continue
		}
		fillValue(v.Field(i), n)
	}
}

var timeType = reflect.TypeOf(time.Time{})

func fillValue(v reflect.Value, n *int) {
	*n++
	switch {
	case v.Type() == timeType:
		v.Set(reflect.ValueOf(t0.Add(time.Duration(*n) * time.Minute)))
		return
	case v.Type() == reflect.TypeOf(channels.Address{}):
		v.Set(reflect.ValueOf(channels.Address{Kind: channels.AddrPhone, Value: "+14155550123"}))
		return
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString("v" + string(rune('a'+*n%26)) + "-field")
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(*n))
	case reflect.Float64, reflect.Float32:
		v.SetFloat(float64(*n) / 4)
	case reflect.Struct:
		fill(v, nil, n)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fillValue(p.Elem(), n)
		v.Set(p)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fillValue(s.Index(0), n)
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fillValue(k, n)
		fillValue(e, n)
		m.SetMapIndex(k, e)
		v.Set(m)
	}
}

// testEveryFieldRoundTrips sets every field a caller may change on a
// conversation and a message and reads them back: a store must keep each
// one, including fields added to the model after the store was written.
func testEveryFieldRoundTrips(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0142")
	res := f.appendTo(c, f.inbound(c, "SM-fields", t0))
	n := 0
	conv, err := s.UpdateConversation(f.ctx, practiceA, res.Conversation.ID, func(x *inbox.Conversation) error {
		fill(reflect.ValueOf(x).Elem(), map[string]bool{
			"PracticeID": true, "ID": true, "Subject": true, "Status": true,
			"MessageCount": true, "CreatedAt": true, "UpdatedAt": true,
		}, &n)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.GetConversation(f.ctx, practiceA, conv.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(conv, got, cmpOpts...); diff != "" {
		t.Errorf("conversation fields lost (-set +stored):\n%s", diff)
	}
	msg, err := s.UpdateMessage(f.ctx, practiceA, res.Message.ID, func(x *inbox.Message) error {
		fill(reflect.ValueOf(x).Elem(), map[string]bool{
			"PracticeID": true, "ID": true, "ConversationID": true, "ContactID": true,
			"Direction": true, "Channel": true, "ProviderID": true, "CreatedAt": true,
		}, &n)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	gotMsg, err := s.GetMessage(f.ctx, practiceA, msg.ID)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(msg, gotMsg, cmpOpts...); diff != "" {
		t.Errorf("message fields lost (-set +stored):\n%s", diff)
	}
}
