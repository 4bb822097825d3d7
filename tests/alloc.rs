//! Zero allocations per token: the tokenizer never allocates, and
//! normalizing into a reused buffer allocates nothing once the buffer is
//! large enough. Counted with a counting global allocator (this test binary
//! only).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use newstext::normalize::{Normalizer, Preset};
use newstext::token::tokenize;

struct Counting;

static ALLOCS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCS.fetch_add(1, Ordering::Relaxed);
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

    let before = ALLOCS.load(Ordering::Relaxed);
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
    let after = ALLOCS.load(Ordering::Relaxed);
    assert!(terms > 1000);
    assert!(tokens > 1000);
    assert_eq!(
        after - before,
        0,
        "allocations while tokenizing and normalizing {tokens} tokens"
    );
}
