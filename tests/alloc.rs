//! Zero allocations per token: the tokenizer never allocates, and
//! normalizing into a reused buffer allocates nothing once the buffer is
//! large enough. Counted with a counting global allocator (this test binary
//! only), on the test's own thread: the harness's other threads may
//! allocate meanwhile (printing, timers), which says nothing of the code
//! under test.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use newstext::normalize::{Normalizer, Preset};
use newstext::token::tokenize;

struct Counting;

thread_local! {
    // Const-initialized, without a destructor: reading them never
    // allocates, so the allocator may use them.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCS: Cell<usize> = const { Cell::new(0) };
}

fn count() {
    let _ = COUNTING.try_with(|on| {
        if on.get() {
            let _ = ALLOCS.try_with(|n| n.set(n.get() + 1));
        }
    });
}

/// Allocations made on this thread while `f` runs.
fn allocations_in<T>(f: impl FnOnce() -> T) -> (T, usize) {
    ALLOCS.with(|n| n.set(0));
    COUNTING.with(|on| on.set(true));
    let out = f();
    COUNTING.with(|on| on.set(false));
    (out, ALLOCS.with(Cell::get))
}

// SAFETY: forwards to the system allocator; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn no_allocation_per_token() {
    let mut text = String::new();
    for (_, seed) in [
        ("en", "Vietnam attends ASEAN-Japan Deputy Defense Ministers' Meeting (qdnd.vn) 19:34 U.N. ADMM+ "),
        ("vi", "Quang cảnh Hội nghị thứ trưởng quốc phòng ASEAN-Nhật Bản lần thứ 6. Đà Nẵng "),
        ("id", "Mendorong aktivitas-aktivitas kerjasama pertahanan antara Vietnam dan Jepang - ảnh 1 "),
    ] {
        text.push_str(seed);
    }
    let text = text.repeat(50);
    let search = Normalizer::preset(Preset::Search);
    let analysis = Normalizer::preset(Preset::Analysis);
    let mut buf = String::with_capacity(1024);
    // Warm the lazy tables.
    search.normalize_into("Đà", &mut buf);
    analysis.normalize_into("Đà", &mut buf);

    let ((tokens, terms), allocs) = allocations_in(|| {
        let mut tokens = 0;
        for t in tokenize(&text) {
            tokens += 1;
            buf.clear();
            search.normalize_into(t.text(), &mut buf);
            buf.clear();
            analysis.normalize_into(t.text(), &mut buf);
            for p in t.parts() {
                std::hint::black_box(p.text());
            }
        }
        // The indexing loop, over both presets.
        let mut terms = 0;
        for n in [&search, &analysis] {
            n.for_each_token(tokenize(&text), &mut buf, |_, form| {
                terms += usize::from(!form.is_empty());
            });
        }
        (tokens, terms)
    });
    assert!(terms > 1000);
    assert!(tokens > 1000);
    assert_eq!(
        allocs, 0,
        "allocations while tokenizing and normalizing {tokens} tokens"
    );
}

/// Segmenting Vietnamese words allocates the window's buffers, growing as
/// amortized vectors do, never once per word.
#[test]
fn no_allocation_per_word() {
    let seg = newstext::words::Segmenter::new();
    let text = "Quang cảnh Hội nghị thứ trưởng quốc phòng ASEAN-Nhật Bản lần thứ 6 tại Hà Nội. "
        .repeat(2000);
    // Warm the lazy tables and the shipped model.
    let _ = seg.segment("Hội nghị").count();
    let (words, allocs) =
        allocations_in(|| seg.segment(&text).map(|w| w.token_count()).sum::<usize>());
    assert!(words > 20_000);
    assert!(allocs <= 16, "{allocs} allocations for {words} tokens");
}
