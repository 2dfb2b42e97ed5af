package inboxtest

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/inbox"
)

// Cases of lists and their cursors, UpdateMessage and MoveMessages.

func testMessagePagination(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0108")
	// Times out of insertion order, with ties: the order is by time, then
	// by insertion.
	offsets := []int{0, 5, 5, 1, 9, 5, 2}
	var ids []string
	var convID string
	for i, off := range offsets {
		res := f.appendTo(c, f.inbound(c, fmt.Sprintf("SM%d", i), t0.Add(time.Duration(off)*time.Minute)))
		ids = append(ids, res.Message.ID)
		convID = res.Conversation.ID
	}
	want := []string{ids[0], ids[3], ids[6], ids[1], ids[2], ids[5], ids[4]}
	for _, size := range []int{1, 2, 3, 7, 50} {
		var got []string
		cursor := ""
		for range 20 {
			page, err := s.ListMessages(f.ctx, practiceA, convID, &inbox.ListMessagesParams{Limit: size, Cursor: cursor})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Messages) > size {
				t.Fatalf("page of %d for limit %d", len(page.Messages), size)
			}
			for _, m := range page.Messages {
				got = append(got, m.ID)
			}
			if page.Next == "" {
				break
			}
			cursor = page.Next
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("limit %d: order (-want +got):\n%s", size, diff)
		}
	}
	page, err := s.ListMessages(f.ctx, practiceA, convID, nil)
	if err != nil || len(page.Messages) != len(offsets) || page.Next != "" {
		t.Errorf("nil params: %d messages, next %q, err %v", len(page.Messages), page.Next, err)
	}
}

func testConversationPagination(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	queues := []string{"billing", "nursing", "billing", "scheduling", "billing", "nursing"}
	var all []string
	for i, q := range queues {
		c := f.contact(practiceA, fmt.Sprintf("+1 415 555 02%02d", i))
		res := f.appendTo(c, f.inbound(c, fmt.Sprintf("SM%d", i), t0.Add(time.Duration(i%3)*time.Minute)))
		if _, err := s.UpdateConversation(f.ctx, practiceA, res.Conversation.ID, func(cv *inbox.Conversation) error {
			cv.Queue = q
			if i == 5 {
				cv.Assignee = "staff-7"
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		all = append(all, res.Conversation.ID)
	}
	list := func(p inbox.ListConversationsParams) []string {
		var got []string
		for range 20 {
			page, err := s.ListConversations(f.ctx, practiceA, &p)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range page.Conversations {
				got = append(got, c.ID)
			}
			if page.Next == "" {
				break
			}
			p.Cursor = page.Next
		}
		return got
	}
	// UpdatedAt: i%3 minutes; ties by id descending.
	want := []string{all[5], all[2], all[4], all[1], all[3], all[0]}
	for _, size := range []int{1, 2, 4, 100} {
		if diff := cmp.Diff(want, list(inbox.ListConversationsParams{Limit: size})); diff != "" {
			t.Errorf("limit %d (-want +got):\n%s", size, diff)
		}
	}
	if diff := cmp.Diff([]string{all[2], all[4], all[0]}, list(inbox.ListConversationsParams{Queue: "billing", Limit: 2})); diff != "" {
		t.Errorf("queue filter (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{all[5]}, list(inbox.ListConversationsParams{Assignee: "staff-7"})); diff != "" {
		t.Errorf("assignee filter (-want +got):\n%s", diff)
	}
	if got := list(inbox.ListConversationsParams{Status: inbox.StatusClosed}); len(got) != 0 {
		t.Errorf("status filter: got %v, want none", got)
	}
}

func testInvalidCursor(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0109")
	res := f.appendTo(c, f.inbound(c, "SM1", t0))
	_, err := s.ListMessages(f.ctx, practiceA, res.Conversation.ID, &inbox.ListMessagesParams{Cursor: "%%not-a-cursor"})
	requireIs(t, err, inbox.ErrInvalidCursor)
	_, err = s.ListConversations(f.ctx, practiceA, &inbox.ListConversationsParams{Cursor: "%%not-a-cursor"})
	requireIs(t, err, inbox.ErrInvalidCursor)
}

func testUpdateMessageConflict(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c := f.contact(practiceA, "+1 415 555 0110")
	a := f.appendTo(c, f.inbound(c, "SMa", t0))
	b := f.appendTo(c, f.inbound(c, "", t0))
	_, err := s.UpdateMessage(f.ctx, practiceA, b.Message.ID, func(m *inbox.Message) error {
		m.ProviderID = "SMa"
		return nil
	})
	requireIs(t, err, inbox.ErrConflict)
	if _, err := s.UpdateMessage(f.ctx, practiceA, b.Message.ID, func(m *inbox.Message) error {
		m.ProviderID = "SMb"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindMessage(f.ctx, practiceA, channels.SMS, "SMb")
	if err != nil || got.ID != b.Message.ID {
		t.Errorf("provider id set by update not findable: %q, %v", got.ID, err)
	}
	if got, _ := s.FindMessage(f.ctx, practiceA, channels.SMS, "SMa"); got.ID != a.Message.ID {
		t.Errorf("conflicting update changed the other message's lookup")
	}
}

func testMoveMessages(t *testing.T, s inbox.Store) {
	f := newFixture(t, s)
	c1 := f.contact(practiceA, "+1 415 555 0111")
	c2 := f.contact(practiceA, "+1 415 555 0112")
	from := f.appendTo(c1, f.inbound(c1, "SM1", t0))
	f.appendTo(c1, f.inbound(c1, "SM2", t0.Add(2*time.Minute)))
	to := f.appendTo(c2, f.inbound(c2, "SM3", t0.Add(time.Minute)))
	// A message of c2 in c1's conversation stays when only c1's move.
	stay := f.inbound(c2, "SM4", t0.Add(3*time.Minute))
	stay.ConversationID = from.Conversation.ID
	if _, err := s.AppendMessage(f.ctx, inbox.AppendParams{Message: stay}); err != nil {
		t.Fatal(err)
	}
	n, err := s.MoveMessages(f.ctx, practiceA, inbox.MoveParams{From: from.Conversation.ID, To: to.Conversation.ID, ContactID: c1.ID})
	if err != nil || n != 2 {
		t.Fatalf("MoveMessages = %d, %v; want 2", n, err)
	}
	page, err := s.ListMessages(f.ctx, practiceA, to.Conversation.ID, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range page.Messages {
		got = append(got, m.ProviderID)
		if m.ConversationID != to.Conversation.ID {
			t.Errorf("moved message %s keeps conversation %s", m.ProviderID, m.ConversationID)
		}
	}
	if diff := cmp.Diff([]string{"SM1", "SM3", "SM2"}, got); diff != "" {
		t.Errorf("merged thread order (-want +got):\n%s", diff)
	}
	toConv, _ := s.GetConversation(f.ctx, practiceA, to.Conversation.ID)
	fromConv, _ := s.GetConversation(f.ctx, practiceA, from.Conversation.ID)
	if toConv.MessageCount != 3 || fromConv.MessageCount != 1 {
		t.Errorf("counts after move: to=%d from=%d, want 3 and 1", toConv.MessageCount, fromConv.MessageCount)
	}
	if !toConv.UpdatedAt.Equal(t0.Add(2 * time.Minute)) {
		t.Errorf("target UpdatedAt = %v, want the newest moved message's time", toConv.UpdatedAt)
	}
	m, _ := s.FindMessage(f.ctx, practiceA, channels.SMS, "SM1")
	if m.ConversationID != to.Conversation.ID {
		t.Errorf("FindMessage after move: conversation %q", m.ConversationID)
	}
}
