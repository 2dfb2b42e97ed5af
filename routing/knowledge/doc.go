// Package knowledge answers a practice's frequently asked non-clinical
// questions, and drafts replies for staff.
//
// A Base holds each practice's Entries: question variants, answers in
// English and Spanish, an owner and the date of the last review (entries
// not reviewed within Config.StaleAfter are stale: flagged, and never
// answered automatically). Base.Answer matches a patient's question against
// the entries of the patient's practice and says whether it may be answered
// automatically: only admin, portal and billing questions, triaged routine
// with no red flag, matched with high confidence and a clear margin. Every
// other message, and anything clinical, goes to a person: the caller passes
// the triage result and Answer refuses clinical content whatever the text
// says.
//
// An automatic answer is sent labelled as automatic (Label) with a "did that
// answer it?" follow-up; ParseFollowUp reads the patient's reply, and a "no"
// goes to a person.
//
// A Drafter suggests a reply to a staff member, who edits and sends it; a
// draft is never sent by itself. TemplateDrafter builds drafts from the
// practice's templates and knowledge snippets.
package knowledge
