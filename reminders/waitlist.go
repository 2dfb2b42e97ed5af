package reminders

import (
	"context"
	"errors"
	"fmt"
	"time"

	"go.uber.org/zap"

	"github.com/frontdeskhq/frontdesk/channels"
	"github.com/frontdeskhq/frontdesk/clock"
)

// fill offers the slot a cancelled appointment freed to the first wave
// of waitlisted patients who fit, in waitlist order. Each gets the offer
// on the first channel the send gate allows now; the first to answer yes
// gets the slot (see handleOffer). AdvanceOffers sends later waves.
func (r *Responder) fill(ctx context.Context, cancelled Appointment, now time.Time) error {
	if r.cfg.Waitlist == nil || !cancelled.Start.After(now) {
		return nil
	}
	slot := Slot{PracticeID: cancelled.PracticeID, ID: cancelled.ID, ProviderID: cancelled.ProviderID, LocationID: cancelled.LocationID,
		Type: cancelled.Type, Status: SlotFree, Start: cancelled.Start, End: cancelled.End}
	o := Offer{PracticeID: slot.PracticeID, ID: r.cfg.NewID(), Slot: slot, TimeZone: cancelled.TimeZone,
		FreedBy: cancelled.PatientID, CreatedAt: now}
	_, err := r.nextWave(ctx, &o, now)
	return err
}

// OfferFreedSlot offers the time of an appointment cancelled outside the
// Responder (by staff, or an HL7 S15 from the scheduling system) to the
// waitlist, as a cancel by reply does. It does nothing without a
// Waitlist, or for an appointment that starts within MinNotice.
func (r *Responder) OfferFreedSlot(ctx context.Context, cancelled Appointment) error {
	return r.fill(ctx, cancelled, r.cfg.Clock.Now())
}

// AdvanceOffers moves every offer whose hold ran out with nobody saying
// yes to its next wave, or closes it when nobody is left or the slot is
// about to pass. It returns how many offers it moved or closed. Run it
// from one process (Responder.Run does, on the Clock).
func (r *Responder) AdvanceOffers(ctx context.Context) (int, error) {
	if r.cfg.Waitlist == nil {
		return 0, nil
	}
	now := r.cfg.Clock.Now()
	due, err := r.cfg.Waitlist.DueOffers(ctx, now, 100)
	if err != nil {
		return 0, fmt.Errorf("reminders: due offers: %w", err)
	}
	for i := range due {
		o := &due[i]
		sent, err := r.nextWave(ctx, o, now)
		if err != nil {
			return i, err
		}
		if !sent {
			o.Closed = true
			if err := r.cfg.Waitlist.PutOffer(ctx, *o); err != nil && !errors.Is(err, ErrOfferClosed) {
				return i, fmt.Errorf("reminders: close offer: %w", err)
			}
		}
	}
	return len(due), nil
}

// Run advances waitlist offers every poll interval of the Clock until
// ctx ends, and returns ctx.Err().
func (r *Responder) Run(ctx context.Context) error {
	for {
		if _, err := r.AdvanceOffers(ctx); err != nil && ctx.Err() == nil {
			r.log.Error("advancing offers failed", zap.Error(err))
		}
		if err := clock.Sleep(ctx, r.cfg.Clock, r.cfg.Poll); err != nil {
			return err
		}
	}
}

// nextWave offers o to the next WaveSize fitting waitlisted patients it
// did not reach yet, renews the hold, stores it and sends the offers. It
// reports false, storing nothing, when nobody is left or the slot starts
// before a hold could end.
func (r *Responder) nextWave(ctx context.Context, o *Offer, now time.Time) (bool, error) {
	if !now.Add(r.cfg.MinNotice).Before(o.Slot.Start) {
		return false, nil
	}
	entries, err := r.cfg.Waitlist.Waitlist(ctx, o.PracticeID)
	if err != nil {
		return false, fmt.Errorf("reminders: waitlist: %w", err)
	}
	expires := now.Add(r.cfg.Hold)
	if expires.After(o.Slot.Start) {
		expires = o.Slot.Start
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
		if _, done := o.Recipient(e.PatientID); done || e.PatientID == o.FreedBy || !e.Fits(o.Slot) {
			continue
		}
		rc, ch, ok := r.offerChannel(ctx, e, now, expires)
		if !ok {
			continue
		}
		rc.Wave = o.Wave + 1
		sends = append(sends, pending{rc, ch})
	}
	if len(sends) == 0 {
		return false, nil
	}
	o.Wave++
	o.ExpiresAt = expires
	for _, p := range sends {
		o.Recipients = append(o.Recipients, p.rcpt)
	}
	if err := r.cfg.Waitlist.PutOffer(ctx, *o); err != nil {
		if errors.Is(err, ErrOfferClosed) {
			return true, nil // claimed meanwhile: nothing to send
		}
		return false, fmt.Errorf("reminders: put offer: %w", err)
	}
	for _, p := range sends {
		date, tm := formatWhen(p.rcpt.Language, o.Slot.Start.In(locOrUTC(o.TimeZone)))
		text, err := r.texts.render(p.rcpt.Language, MsgOffer, TemplateData{Practice: r.cfg.Policy.practice(o.PracticeID), Date: date, Time: tm})
		if err != nil {
			return true, err
		}
		_, err = p.ch.Send(ctx, channels.Outbound{PracticeID: o.PracticeID, Channel: p.rcpt.Channel, To: p.rcpt.Address, Text: text,
			IdempotencyKey: "reminders-offer:" + o.ID + ":" + p.rcpt.PatientID})
		if err != nil {
			r.log.Warn("offer send failed", zap.String("practice_id", o.PracticeID), zap.String("offer_id", o.ID), zap.Error(err))
		}
	}
	return true, nil
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
func (r *Responder) handleOffer(ctx context.Context, contactKey string, m channels.Inbound, now time.Time, sink *replySink) (bool, error) {
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
		return r.send(ctx, m, MsgOfferGone, o.PracticeID, o.Slot.Start, o.TimeZone, rc.Language, nil, sink), nil
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
	won := r.send(ctx, m, MsgOfferWon, o.PracticeID, a.Start, o.TimeZone, rc.Language, nil, sink)
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
