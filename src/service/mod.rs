//! The learning core's application layer: the rules that tie a learner's record to the outside world, written as
//! plain structs over small traits (an LRS connection, the outbox, a clock), so they run under `cargo test`
//! against in-memory twins and scripted fakes. `edge` implements the traits for the browser; generic parameters
//! (monomorphised, no trait objects) keep the wasm lean.
//!
//! - [`delivery`]: the outbox to the LRS, exactly once, bounded, never blocked by one statement.
//! - [`progress`]: the page's progress of each course, kept stored (learning events at once, other changes
//!   coalesced).
//! - [`state_sync`]: cross-device resume, the course's progress as an xAPI State document.

pub mod cmi5;
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

/// Every future's output, in order, polled together (e.g. every catalogue's request in flight at once).
pub async fn join_all<F: Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut running: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut done: Vec<Option<F::Output>> = running.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut waiting = false;
        for (f, out) in running.iter_mut().zip(done.iter_mut()) {
            if out.is_none() {
                match f.as_mut().poll(cx) {
                    Poll::Ready(v) => *out = Some(v),
                    Poll::Pending => waiting = true,
                }
            }
        }
        if waiting {
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    })
    .await;
    done.into_iter().flatten().collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// Logs its start, waits `polls` polls, logs its end, gives `id`.
    async fn step(id: u32, polls: u32, log: &RefCell<Vec<String>>) -> u32 {
        log.borrow_mut().push(format!("start {id}"));
        let mut left = polls;
        std::future::poll_fn(|cx| {
            if left == 0 {
                return Poll::Ready(());
            }
            left -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        })
        .await;
        log.borrow_mut().push(format!("end {id}"));
        id
    }

    #[test]
    fn join_all_runs_every_future_at_once_and_keeps_their_order() {
        let log = RefCell::new(Vec::new());
        let out = run_ready(join_all(
            [3, 0, 1]
                .into_iter()
                .enumerate()
                .map(|(i, polls)| step(i as u32, polls, &log))
                .collect(),
        ));
        assert_eq!(out, [0, 1, 2]);
        assert_eq!(
            log.into_inner(),
            ["start 0", "start 1", "end 1", "start 2", "end 2", "end 0"]
        );
        assert_eq!(
            run_ready(join_all(Vec::<std::future::Ready<u8>>::new())),
            Vec::<u8>::new()
        );
    }
}
