//! Importing and validating a file of forms stays linear in its size (#15 item 6: 800 forms
//! once took 30 s where 200 took 5 s). Counted, never timed: the bytes allocated and the
//! allocations made while `score FILE` imports and validates a seed-layout text of N and of 2N
//! forms, on one thread, must grow as the input does. A step that copies the rest of the input
//! per cell or per note, or keeps a list it searches for every form, grows faster and fails.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// The system allocator, counting what the current thread allocates.
struct Counting;

thread_local! {
    static COUNT: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

// The one unsafe block of the tests: a global allocator can only be written as an unsafe
// impl. It forwards every call unchanged to `System` and bumps a thread-local counter.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = COUNT.try_with(|c| {
            let (n, bytes) = c.get();
            c.set((n + 1, bytes + layout.size() as u64));
        });
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = COUNT.try_with(|c| {
            let (n, bytes) = c.get();
            c.set((n + 1, bytes + new_size as u64));
        });
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The seed's forms repeated `copies` times after its text before the first form.
fn seed_forms(copies: usize) -> String {
    let seed = std::fs::read_to_string("tests/data/seed-2023-huainan.txt").unwrap();
    let start = seed.find("项目支出绩效自评表 |").unwrap();
    let mut text = seed[..start].to_owned();
    for _ in 0..copies {
        text.push_str(&seed[start..]);
    }
    text
}

/// (allocations, bytes) made importing and validating `text` as `score FILE` does, on a pool
/// of one thread so that every count lands on that thread; and how many cases came out.
fn cost(text: &str) -> ((u64, u64), usize) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    pool.install(|| {
        let before = COUNT.with(Cell::get);
        let imported =
            jixiao::pipeline::forms::cases("forms.txt", text.as_bytes(), Some("anhui-2023"))
                .unwrap();
        let after = COUNT.with(Cell::get);
        let n = imported.cases.len();
        drop(imported);
        ((after.0 - before.0, after.1 - before.1), n)
    })
}

#[test]
fn importing_twice_the_forms_costs_twice_as_much() {
    let ((small_n, small_bytes), small) = cost(&seed_forms(20));
    let ((big_n, big_bytes), big) = cost(&seed_forms(40));
    assert_eq!((small, big), (280, 560));
    for (what, a, b) in [
        ("allocations", small_n, big_n),
        ("bytes allocated", small_bytes, big_bytes),
    ] {
        let ratio = b as f64 / a as f64;
        assert!(
            (1.8..=2.2).contains(&ratio),
            "{what}: {a} for 280 forms, {b} for 560 ({ratio:.2}×): not linear"
        );
    }
}
