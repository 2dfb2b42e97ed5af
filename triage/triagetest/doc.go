// Package triagetest helps test code that uses triage classifiers.
//
// Fake is a scriptable triage.Classifier: it answers by substring or
// predicate, fails on demand (the next n calls, or whenever a predicate
// matches) and records the texts it saw. Run is a conformance suite any
// classifier, a vendor's included, can be checked against; CheckResult
// checks one result. Evaluate scores a classifier on labeled messages
// (accuracy, macro-F1, per-intent and per-urgency precision, recall and F1,
// confusion matrices), as examples/eval reports it.
package triagetest
