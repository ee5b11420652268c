//! The learning core's application layer: the rules that tie a learner's record to the outside world, written as
//! plain structs over small traits (an LRS connection, the outbox, a clock), so they run under `cargo test`
//! against in-memory twins and scripted fakes. `edge` implements the traits for the browser; generic parameters
//! (monomorphised, no trait objects) keep the wasm lean.
//!
//! - [`delivery`]: the outbox to the LRS, exactly once, bounded, never blocked by one statement.
//! - [`progress`]: the page's progress of each course, kept stored (learning events at once, other changes
//!   coalesced).
//! - [`state_sync`]: cross-device resume, the course's progress as an xAPI State document.

pub mod delivery;
pub mod progress;
pub mod state_sync;

use std::future::Future;
use std::task::Poll;

/// Both futures' outputs, polled together (e.g. a request in flight while the next batch is read).
pub async fn join2<A: Future, B: Future>(a: A, b: B) -> (A::Output, B::Output) {
    let (mut a, mut b) = (Box::pin(a), Box::pin(b));
    let (mut ra, mut rb) = (None, None);
    std::future::poll_fn(|cx| {
        if ra.is_none() {
            if let Poll::Ready(v) = a.as_mut().poll(cx) {
                ra = Some(v);
            }
        }
        if rb.is_none() {
            if let Poll::Ready(v) = b.as_mut().poll(cx) {
                rb = Some(v);
            }
        }
        if ra.is_some() && rb.is_some() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    match (ra, rb) {
        (Some(a), Some(b)) => (a, b),
        _ => unreachable!("both futures are ready"),
    }
}

/// Runs a future whose parts are all ready at once (the in-memory twins and scripted fakes of the host tests) to
/// its end; panics instead of hanging if it ever waits.
#[cfg(test)]
pub fn run_ready<F: Future>(fut: F) -> F::Output {
    let mut fut = std::pin::pin!(fut);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    for _ in 0..10_000 {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
    panic!("the future waits on something the test never provides");
}
