package reminderstest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/reminders"
)

func testWaitlistOrder(t *testing.T, s reminders.WaitlistStore) {
	ctx := t.Context()
	for _, e := range []reminders.WaitlistEntry{
		{PracticeID: "p1", ID: "late", PatientID: "pa", Rank: 0, CreatedAt: T0.Add(time.Hour)},
		{PracticeID: "p1", ID: "vip", PatientID: "pb", Rank: -1, CreatedAt: T0.Add(2 * time.Hour)},
		{PracticeID: "p1", ID: "early", PatientID: "pc", Rank: 0, CreatedAt: T0},
		{PracticeID: "p2", ID: "other", PatientID: "pd", CreatedAt: T0},
	} {
		if err := s.AddWaitlist(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Waitlist(ctx, "p1")
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	for _, e := range got {
		order = append(order, e.ID)
	}
	if diff := cmp.Diff([]string{"vip", "early", "late"}, order); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if err := s.RemoveWaitlist(ctx, "p2", "vip"); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("remove across practices: err %v, want ErrNotFound", err)
	}
	if err := s.RemoveWaitlist(ctx, "p1", "vip"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Waitlist(ctx, "p1"); len(got) != 2 {
		t.Errorf("after remove: %d entries, want 2", len(got))
	}
}

func offer(p string, patients ...string) reminders.Offer {
	o := reminders.Offer{PracticeID: p, ID: "o1", Slot: reminders.Slot{PracticeID: p, ID: "s1", Start: T0.Add(48 * time.Hour)},
		Wave: 1, ExpiresAt: T0.Add(time.Hour), CreatedAt: T0}
	for _, id := range patients {
		o.Recipients = append(o.Recipients, reminders.OfferRecipient{PatientID: id, ContactKey: "tel:" + id, Wave: 1})
	}
	return o
}

func testOfferClaimedOnce(t *testing.T, s reminders.WaitlistStore) {
	ctx := t.Context()
	patients := []string{"a", "b", "c", "d", "e", "f"}
	if err := s.PutOffer(ctx, offer("p1", patients...)); err != nil {
		t.Fatal(err)
	}
	if o, err := s.OpenOffer(ctx, "p1", "tel:c", T0); err != nil || o.ID != "o1" {
		t.Fatalf("open offer: %v %v", o.ID, err)
	}
	if _, err := s.OpenOffer(ctx, "p2", "tel:c", T0); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("offer seen from another practice: %v", err)
	}
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		winners []string
	)
	for _, id := range patients {
		wg.Go(func() {
			_, err := s.ClaimOffer(context.Background(), reminders.ClaimOfferParams{PracticeID: "p1", OfferID: "o1", PatientID: id, Now: T0})
			switch {
			case err == nil:
				mu.Lock()
				winners = append(winners, id)
				mu.Unlock()
			case !errors.Is(err, reminders.ErrOfferClosed):
				t.Errorf("claim by %s: %v, want nil or ErrOfferClosed", id, err)
			}
		})
	}
	wg.Wait()
	if len(winners) != 1 {
		t.Fatalf("winners %v, want exactly one", winners)
	}
	if _, err := s.OpenOffer(ctx, "p1", "tel:a", T0); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("claimed offer still open: %v", err)
	}
	if _, err := s.ClaimOffer(ctx, reminders.ClaimOfferParams{PracticeID: "p1", OfferID: "o1", PatientID: "zz", Now: T0}); !errors.Is(err, reminders.ErrInvalid) {
		t.Errorf("claim by a stranger: %v, want ErrInvalid", err)
	}
}

func testOfferExpires(t *testing.T, s reminders.WaitlistStore) {
	ctx := t.Context()
	if err := s.PutOffer(ctx, offer("p1", "a")); err != nil {
		t.Fatal(err)
	}
	if _, err := s.OpenOffer(ctx, "p1", "tel:a", T0.Add(time.Hour)); !errors.Is(err, reminders.ErrNotFound) {
		t.Errorf("expired offer open: %v", err)
	}
	_, err := s.ClaimOffer(ctx, reminders.ClaimOfferParams{PracticeID: "p1", OfferID: "o1", PatientID: "a", Now: T0.Add(time.Hour)})
	if !errors.Is(err, reminders.ErrOfferClosed) {
		t.Errorf("claim after expiry: %v, want ErrOfferClosed", err)
	}
}

func testDueOffers(t *testing.T, s reminders.WaitlistStore) {
	ctx := t.Context()
	o1 := offer("p1", "a")
	o2 := offer("p2", "b")
	o2.ExpiresAt = T0.Add(30 * time.Minute)
	o3 := offer("p1", "c")
	o3.ID, o3.Closed = "o3", true
	for _, o := range []reminders.Offer{o1, o2, o3} {
		if err := s.PutOffer(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.DueOffers(ctx, T0.Add(time.Hour), 10)
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, o := range got {
		keys = append(keys, o.PracticeID+"/"+o.ID)
	}
	if diff := cmp.Diff([]string{"p2/o1", "p1/o1"}, keys); diff != "" {
		t.Errorf("due offers (-want +got):\n%s", diff)
	}
	if got, _ := s.DueOffers(ctx, T0.Add(45*time.Minute), 10); len(got) != 1 {
		t.Errorf("at 45m: %d due, want 1", len(got))
	}
	if _, err := s.ClaimOffer(ctx, reminders.ClaimOfferParams{PracticeID: "p1", OfferID: "o3", PatientID: "c", Now: T0}); !errors.Is(err, reminders.ErrOfferClosed) {
		t.Errorf("claim of a closed offer: %v", err)
	}
}
