// Package audittest is the conformance suite for audit.Sink. Every sink
// (the ones in package audit, a vendor's own) runs it:
//
//	func TestConformance(t *testing.T) {
//		audittest.Run(t, func(t *testing.T) audit.Sink { return newSink(t) })
//	}
//
// Each case gets a fresh sink from the factory (which registers its own
// cleanup; the suite closes the sink too, and a sink must accept a second
// Close) and runs as a parallel subtest through the public interface.
// Cases that read events back run only when the sink implements
// audit.Querier.
package audittest
