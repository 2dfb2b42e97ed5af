package reminders

import (
	"context"
	"time"

	"github.com/frontdeskhq/frontdesk/channels"
)

// Store keeps the reminders' state: the appointments to remind, their
// planned sends (Reminder rows with a due time), the claims workers hold
// on them, and their outcomes. Every method is scoped by practice, except
// Claim, which serves every practice and returns records that carry their
// practice id.
//
// Stores hold no policy: the Planner decides which reminders an
// appointment gets, the Dispatcher when and how they go. Implementations
// must be safe for concurrent use, also across processes sharing one
// database, and pass reminderstest.Run. A Store that also implements
// WaitlistStore runs the waitlist cases too.
type Store interface {
	// SaveAppointment stores an appointment and replaces its pending
	// reminders with p.Reminders, atomically: a reminder already stored
	// under the same id keeps its state (so saving twice never sends
	// twice); a scheduled reminder not in p.Reminders becomes Voided; sent
	// and other final reminders are kept as they are. Voiding a reminder a
	// worker holds ends its lease (Complete then reports ErrLeaseLost);
	// a send already under way may still go out.
	SaveAppointment(ctx context.Context, p SaveParams) (SaveResult, error)
	// Appointment returns a stored appointment.
	Appointment(ctx context.Context, practiceID, id string) (Appointment, error)
	// Reminders returns an appointment's reminders, by due time.
	Reminders(ctx context.Context, practiceID, appointmentID string) ([]Reminder, error)
	// Claim leases up to p.Limit scheduled reminders due at p.Now, earliest
	// first, to p.Owner until p.Now+p.Lease. A reminder whose lease ran out
	// may be claimed again; one whose lease holds never is, so two workers
	// never hold the same reminder at once.
	Claim(ctx context.Context, p ClaimParams) ([]Claimed, error)
	// Complete records a claimed reminder's result and ends the claim. It
	// returns ErrLeaseLost when p.Owner no longer holds the lease (it ran
	// out and another worker claimed it, or the reminder was voided).
	Complete(ctx context.Context, p CompleteParams) error
	// OpenReminder returns the latest reminder sent to contactKey whose
	// conversation is not Closed and whose appointment starts after
	// startAfter, or ErrNotFound.
	OpenReminder(ctx context.Context, practiceID, contactKey string, startAfter time.Time) (Reminder, error)
	// UpdateReminder applies fn to a reminder atomically (see
	// inbox.Store for the contract of update functions). fn may change
	// only Reply, RepliedAt, OfferedSlots and Closed.
	UpdateReminder(ctx context.Context, practiceID, id string, fn func(*Reminder) error) (Reminder, error)
	// RecentSends returns when reminders were sent to a patient since a
	// time, for the healthcare-message limits.
	RecentSends(ctx context.Context, practiceID, patientID string, since time.Time) ([]time.Time, error)
}

// BatchCompleter is a Store that records many results in one call (one
// statement or transaction), so that a Dispatcher's results cost a round
// trip per group instead of one per reminder. The Dispatcher uses it when
// its Store implements it, and calls Complete once per result otherwise.
type BatchCompleter interface {
	// CompleteBatch records each result as Complete would, independently
	// of the others, and returns one error per result, in order: nil,
	// ErrLeaseLost, ErrNotFound or ErrInvalid. It returns a non-nil error
	// alone when it could not tell what it recorded (the database failed).
	CompleteBatch(ctx context.Context, ps []CompleteParams) ([]error, error)
}

// SaveParams is an appointment and the reminders planned for it.
type SaveParams struct {
	Appointment Appointment
	// Reminders are the planned sends, all for Appointment, with ids
	// stable for the same appointment time and offset (see Planner).
	Reminders []Reminder
}

// SaveResult reports what SaveAppointment changed.
type SaveResult struct {
	Appointment Appointment
	// Added and Voided count reminders inserted and voided.
	Added, Voided int
}

// ClaimParams selects and leases due reminders.
type ClaimParams struct {
	Now   time.Time
	Owner string
	Lease time.Duration
	Limit int
	// RecentSince, when set, invites the Store to fill Claimed.Recent
	// with the times reminders were sent to each claimed reminder's
	// patient since then, as RecentSends would return them, and so save
	// the Dispatcher a query per reminder. A Store may ignore it.
	RecentSince time.Time
}

// Claimed is a claimed reminder with its appointment.
type Claimed struct {
	Reminder    Reminder
	Appointment Appointment
	// Recent are the patient's sends since ClaimParams.RecentSince, when
	// HasRecent reports that the Store filled them.
	Recent    []time.Time
	HasRecent bool
}

// CompleteParams is the result of a claimed reminder. With State
// Scheduled the reminder goes back to wait for DueAt (a retry or a
// deferral); any other state is final.
type CompleteParams struct {
	PracticeID string
	ID         string
	Owner      string
	State      State
	DueAt      time.Time
	Attempts   int
	Reason     string
	Channel    channels.Kind
	ContactKey string
	ProviderID string
	SentAt     time.Time
}

// WaitlistStore keeps waitlisted patients and the offers of freed slots.
// Its methods are scoped by practice like Store's.
type WaitlistStore interface {
	// AddWaitlist adds or replaces an entry.
	AddWaitlist(ctx context.Context, e WaitlistEntry) error
	// Waitlist returns a practice's entries by Rank, then CreatedAt, then
	// id.
	Waitlist(ctx context.Context, practiceID string) ([]WaitlistEntry, error)
	// RemoveWaitlist removes an entry; removing a missing one is
	// ErrNotFound.
	RemoveWaitlist(ctx context.Context, practiceID, id string) error
	// PutOffer stores a new offer, or replaces one (to add a wave).
	PutOffer(ctx context.Context, o Offer) error
	// OpenOffer returns the latest offer made to contactKey that is not
	// claimed or closed and has not expired at now, or ErrNotFound.
	OpenOffer(ctx context.Context, practiceID, contactKey string, now time.Time) (Offer, error)
	// DueOffers returns, across practices, up to limit offers that are
	// neither claimed nor closed and whose hold ended at or before now,
	// oldest expiry first.
	DueOffers(ctx context.Context, now time.Time, limit int) ([]Offer, error)
	// ClaimOffer gives an offer to one of its recipients, atomically: of
	// several callers, the first wins and the others get ErrOfferClosed,
	// as does every caller after the offer expired or closed.
	ClaimOffer(ctx context.Context, p ClaimOfferParams) (Offer, error)
}

// ClaimOfferParams names the offer and who answered yes.
type ClaimOfferParams struct {
	PracticeID string
	OfferID    string
	PatientID  string
	Now        time.Time
}
