//! Zero allocations per token: the tokenizer never allocates, and
//! normalizing into a reused buffer allocates nothing once the buffer is
//! large enough; and parsing a page of many short lines keeps its memory in
//! proportion to the page's bytes. Counted with a counting global
//! allocator (this test binary only), on the test's own thread: the
//! harness's other threads may allocate meanwhile (printing, timers), which
//! says nothing of the code under test.

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
    // Bytes allocated and not yet freed on this thread while counting, and
    // their most (frees of memory allocated before count as well: the
    // figure is a bound on what the code under test holds).
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn count() {
    let _ = COUNTING.try_with(|on| {
        if on.get() {
            let _ = ALLOCS.try_with(|n| n.set(n.get() + 1));
        }
    });
}

/// `bytes` more (or fewer, when negative) held on this thread.
fn hold(bytes: isize) {
    let _ = COUNTING.try_with(|on| {
        if on.get() {
            let _ = LIVE.try_with(|live| {
                live.set(live.get() + bytes);
                let _ = PEAK.try_with(|peak| peak.set(peak.get().max(live.get())));
            });
        }
    });
}

/// The most bytes held on this thread at once while `f` runs, above what
/// was held when it started.
fn peak_bytes_in<T>(f: impl FnOnce() -> T) -> (T, usize) {
    LIVE.with(|n| n.set(0));
    PEAK.with(|n| n.set(0));
    COUNTING.with(|on| on.set(true));
    let out = f();
    COUNTING.with(|on| on.set(false));
    (out, PEAK.with(Cell::get).max(0) as usize)
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
        hold(layout.size() as isize);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        hold(-(layout.size() as isize));
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        hold(new_size as isize - layout.size() as isize);
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

/// A page of 100,000 one-letter lines (each line a block) parsed lazily and
/// written out as JSON holds at most 50 bytes per byte of the page: the
/// parser keeps a few dozen bytes per line, not a block each.
#[test]
fn parsing_many_short_lines_holds_memory_in_proportion() {
    let parser = newstext::Parser::default();
    // Load the shipped model and warm the per-thread caches.
    let warm = parser.parse_lazy("Hanoi talks\na\nb").unwrap();
    serde_json::to_writer(std::io::sink(), &warm).unwrap();
    let text: String = (0..100_000)
        .map(|i| if i % 2 == 0 { "a\n" } else { "b\n" })
        .collect();
    let (blocks, peak) = peak_bytes_in(|| {
        let lazy = parser.parse_lazy(&text).unwrap();
        serde_json::to_writer(std::io::sink(), &lazy).unwrap();
        lazy.len()
    });
    assert_eq!(blocks, 100_000);
    let ratio = peak as f64 / text.len() as f64;
    assert!(ratio <= 50.0, "peak {peak} bytes, {ratio:.1}x the page");
    // Every block held at once costs more than that: the bound is the lazy
    // article's, not a loose one.
    let (_, held) = peak_bytes_in(|| parser.parse(&text).unwrap().blocks.len());
    assert!(held as f64 / text.len() as f64 > 50.0, "{held}");
}
