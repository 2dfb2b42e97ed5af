package reminders

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
)

// fill offers the slot a cancelled appointment freed to the first wave
// of waitlisted patients who fit, in waitlist order. Each gets the offer
// on the first channel the send gate allows now; the first to answer yes
// gets the slot (see handleOffer).
func (r *Responder) fill(ctx context.Context, cancelled Appointment, now time.Time) error {
	if r.cfg.Waitlist == nil || !cancelled.Start.After(now) {
		return nil
	}
	slot := Slot{PracticeID: cancelled.PracticeID, ID: cancelled.ID, ProviderID: cancelled.ProviderID, LocationID: cancelled.LocationID,
		Type: cancelled.Type, Status: SlotFree, Start: cancelled.Start, End: cancelled.End}
	entries, err := r.cfg.Waitlist.Waitlist(ctx, slot.PracticeID)
	if err != nil {
		return fmt.Errorf("reminders: waitlist: %w", err)
	}
	o := Offer{PracticeID: slot.PracticeID, ID: r.cfg.NewID(), Slot: slot, TimeZone: cancelled.TimeZone, Wave: 1,
		ExpiresAt: now.Add(r.cfg.Hold), CreatedAt: now}
	if o.ExpiresAt.After(slot.Start) {
		o.ExpiresAt = slot.Start
	}
	type pending struct {
		rcpt OfferRecipient
		ch   channels.Channel
	}
	var sends []pending
	for _, e := range entries {
		if len(sends) == r.cfg.WaveSize {
			break
		}
		if e.PatientID == cancelled.PatientID || !e.Fits(slot) {
			continue
		}
		rc, ch, ok := r.offerChannel(ctx, e, now, o.ExpiresAt)
		if !ok {
			continue
		}
		o.Recipients = append(o.Recipients, rc)
		sends = append(sends, pending{rc, ch})
	}
	if len(sends) == 0 {
		return nil
	}
	if err := r.cfg.Waitlist.PutOffer(ctx, o); err != nil {
		return fmt.Errorf("reminders: put offer: %w", err)
	}
	for _, p := range sends {
		date, tm := formatWhen(p.rcpt.Language, slot.Start.In(locOrUTC(o.TimeZone)))
		text, err := r.texts.render(p.rcpt.Language, MsgOffer, TemplateData{Practice: r.cfg.Policy.practice(o.PracticeID), Date: date, Time: tm})
		if err != nil {
			return err
		}
		_, err = p.ch.Send(ctx, channels.Outbound{PracticeID: o.PracticeID, Channel: p.rcpt.Channel, To: p.rcpt.Address, Text: text,
			IdempotencyKey: "reminders-offer:" + o.ID + ":" + p.rcpt.PatientID})
		if err != nil {
			r.log.Warn("offer send failed", zap.String("practice_id", o.PracticeID), zap.String("offer_id", o.ID), zap.Error(err))
		}
	}
	return nil
}

// offerChannel picks the first channel on which the gate lets an offer
// to e go now, as free text.
func (r *Responder) offerChannel(ctx context.Context, e WaitlistEntry, now, deadline time.Time) (OfferRecipient, channels.Channel, bool) {
	loc, err := loadZone(e.TimeZone)
	if err != nil || e.TimeZone == "" {
		return OfferRecipient{}, nil, false
	}
	for _, k := range r.cfg.Policy.channelOrder(e.Recipient) {
		ch, ok := r.chans[k]
		addr, has := e.Recipient.Address(k)
		if !ok || !has {
			continue
		}
		consent := channels.ConsentUnknown
		if r.cfg.Consent != nil {
			if c, err := r.cfg.Consent.Get(ctx, e.PracticeID, k, addr); err == nil {
				consent = c.State
			}
		}
		d := channels.Gate(channels.GateInput{Now: now, Channel: k, Consent: consent, Location: loc, Automated: true, Deadline: deadline}, r.cfg.Policy.Gate)
		if d.Verdict != channels.Allow {
			continue
		}
		return OfferRecipient{EntryID: e.ID, PatientID: e.PatientID, ContactKey: addr.ContactKey(), Channel: k, Address: addr,
			Language: r.cfg.Policy.language(e.Recipient), Wave: 1}, ch, true
	}
	return OfferRecipient{}, nil, false
}

func locOrUTC(tz string) *time.Location {
	if loc, err := loadZone(tz); err == nil && tz != "" {
		return loc
	}
	return time.UTC
}

// handleOffer acts on a reply to an open waitlist offer: a yes claims it
// atomically; the winner is booked through the Scheduler and the other
// recipients are told the slot is gone.
func (r *Responder) handleOffer(ctx context.Context, contactKey string, m channels.Inbound, now time.Time) (bool, error) {
	if r.cfg.Waitlist == nil {
		return false, nil
	}
	o, err := r.cfg.Waitlist.OpenOffer(ctx, m.PracticeID, contactKey, now)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("reminders: open offer: %w", err)
	}
	var rc OfferRecipient
	for _, x := range o.Recipients {
		if x.ContactKey == contactKey {
			rc = x
		}
	}
	rep := ParseReply(m.Text, m.Payload, &ParseOptions{Channel: m.Channel})
	switch rep.Action {
	case ActionOptOut:
		return r.optOut(ctx, m), nil
	case ActionConfirm:
	default:
		return false, nil
	}
	log := r.log.With(zap.String("practice_id", o.PracticeID), zap.String("offer_id", o.ID))
	gone := func() (bool, error) {
		return r.send(ctx, m, MsgOfferGone, o.PracticeID, o.Slot.Start, o.TimeZone, rc.Language, nil), nil
	}
	if _, err := r.cfg.Waitlist.ClaimOffer(ctx, ClaimOfferParams{PracticeID: o.PracticeID, OfferID: o.ID, PatientID: rc.PatientID, Now: now}); err != nil {
		if errors.Is(err, ErrOfferClosed) {
			return gone()
		}
		return false, fmt.Errorf("reminders: claim offer: %w", err)
	}
	entry := r.entry(ctx, o.PracticeID, rc.EntryID)
	a, err := r.sched.Book(ctx, BookParams{PracticeID: o.PracticeID, SlotID: o.Slot.ID, PatientID: rc.PatientID, Type: o.Slot.Type,
		TimeZone: o.TimeZone, Recipient: entry.Recipient})
	if errors.Is(err, ErrSlotTaken) {
		return gone()
	}
	if err != nil {
		log.Error("booking the offered slot failed; leaving to staff", zap.Error(err))
		return false, nil
	}
	r.updated(ctx, a, "booked-from-waitlist")
	if err := r.resync(ctx, a, now); err != nil {
		return false, err
	}
	if rc.EntryID != "" {
		if err := r.cfg.Waitlist.RemoveWaitlist(ctx, o.PracticeID, rc.EntryID); err != nil && !errors.Is(err, ErrNotFound) {
			log.Error("waitlist removal failed", zap.Error(err))
		}
	}
	won := r.send(ctx, m, MsgOfferWon, o.PracticeID, a.Start, o.TimeZone, rc.Language, nil)
	for _, x := range o.Recipients {
		if x.PatientID == rc.PatientID {
			continue
		}
		r.tellGone(ctx, o, x)
	}
	return won, nil
}

func (r *Responder) entry(ctx context.Context, practiceID, id string) WaitlistEntry {
	es, err := r.cfg.Waitlist.Waitlist(ctx, practiceID)
	if err == nil {
		for _, e := range es {
			if e.ID == id {
				return e
			}
		}
	}
	return WaitlistEntry{}
}

// tellGone tells a recipient who did not win that the slot is taken.
func (r *Responder) tellGone(ctx context.Context, o Offer, x OfferRecipient) {
	ch, ok := r.chans[x.Channel]
	if !ok {
		return
	}
	text, err := r.texts.render(x.Language, MsgOfferGone, TemplateData{Practice: r.cfg.Policy.practice(o.PracticeID)})
	if err != nil {
		return
	}
	if _, err := ch.Send(ctx, channels.Outbound{PracticeID: o.PracticeID, Channel: x.Channel, To: x.Address, Text: text,
		IdempotencyKey: "reminders-offer-gone:" + o.ID + ":" + x.PatientID}); err != nil {
		r.log.Warn("offer-gone send failed", zap.String("practice_id", o.PracticeID), zap.String("offer_id", o.ID), zap.Error(err))
	}
}
