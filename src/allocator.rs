//! The allocator of the `jixiao` binary and its settings, shared with the bench examples so that
//! they measure what the binary does: mimalloc, asked for plain blocks when the layout's
//! alignment is a word's or less ([`Allocator`]), and keeping freed memory
//! ([`keep_freed_memory`]).

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

/// mimalloc, asked for a plain block (`mi_malloc`) whenever the layout's alignment is at most a
/// word (8 bytes): every mimalloc block is word-aligned, and almost every allocation here is a
/// string's or a vector's of words. The `mimalloc` crate's own `MiMalloc` asks
/// `mi_malloc_aligned` for every block, whose checks cost about a sixth of each allocation's
/// instructions in `score` (#15); larger alignments still go through it.
pub struct Allocator;

/// The largest alignment every mimalloc block has (its blocks are whole words).
const WORD: usize = std::mem::size_of::<usize>();

// SAFETY: every block comes from mimalloc and goes back to it; a block asked for with an
// alignment above a word comes from its aligned functions, which honour the alignment, and
// every block of the plain ones is word-aligned.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: FFI calls with a size and, for the aligned one, a power-of-two alignment.
        unsafe {
            match layout.align() <= WORD {
                true => libmimalloc_sys::mi_malloc(layout.size()),
                false => libmimalloc_sys::mi_malloc_aligned(layout.size(), layout.align()),
            }
            .cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        unsafe {
            match layout.align() <= WORD {
                true => libmimalloc_sys::mi_zalloc(layout.size()),
                false => libmimalloc_sys::mi_zalloc_aligned(layout.size(), layout.align()),
            }
            .cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator, so from mimalloc.
        unsafe { libmimalloc_sys::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`'s alignment, kept here.
        unsafe {
            match layout.align() <= WORD {
                true => libmimalloc_sys::mi_realloc(ptr.cast::<c_void>(), new_size),
                false => libmimalloc_sys::mi_realloc_aligned(
                    ptr.cast::<c_void>(),
                    new_size,
                    layout.align(),
                ),
            }
            .cast()
        }
    }
}

/// `mi_option_purge_delay` in the `mi_option_t` enum of the mimalloc (v3) that
/// libmimalloc-sys 0.1.49 builds (its Rust bindings lack the constant); a test checks it
/// against the option's default (1000 ms in its src/options.c).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Keeps freed memory instead of returning it to the OS a second later: `score` frees a chunk's
/// worth of cases and reports and allocates as much again right after, and getting the
/// returned pages back (zeroed huge pages) cost a fifth of its CPU time. Peak memory is
/// unchanged; memory is returned at exit. Call it first thing in `main`.
pub fn keep_freed_memory() {
    // SAFETY: sets a plain integer option of the allocator; mimalloc reads options atomically.
    #[allow(unsafe_code)]
    unsafe {
        libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1);
    }
    no_huge_pages();
}

/// Turns transparent huge pages off for the process. mimalloc asks for them on its arenas
/// (`madvise(MADV_HUGEPAGE)`), and on a host that has not handed out that memory for a while
/// the kernel's zeroing and compacting of 2 MB pages cost more than all of `score`'s own work:
/// 10,010 forms took 1.1–1.9 s wall (0.7–1.2 s of it in the kernel) on the first run after
/// 15 idle seconds, 0.5 s on the run right after. With 4 KB pages the first run costs
/// 0.65–0.75 s and peak memory falls from 136 MB to 110 MB. mimalloc's own option
/// (`allow_thp`) is read when it starts, before `main`, so the process-wide switch is used.
fn no_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: `prctl(PR_SET_THP_DISABLE, 1)` sets a flag of the calling process and touches no
    // memory; on a kernel without it the call fails and nothing changes.
    #[allow(unsafe_code)]
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(test)]
mod tests {
    use std::alloc::{GlobalAlloc, Layout};

    /// Blocks of every alignment come back aligned, grown and zeroed as asked.
    #[test]
    #[allow(unsafe_code)]
    fn blocks_are_aligned() {
        let a = super::Allocator;
        for align in [1usize, 2, 4, 8, 16, 32, 64, 4096] {
            for size in [1usize, 7, 8, 24, 100, 5000] {
                let Ok(layout) = Layout::from_size_align(size, align) else {
                    continue;
                };
                // SAFETY: a non-zero size; each block is freed with its own layout.
                unsafe {
                    let p = a.alloc(layout);
                    assert!(
                        !p.is_null() && (p as usize).is_multiple_of(align),
                        "{size} {align}"
                    );
                    p.write_bytes(7, size);
                    let q = a.realloc(p, layout, size * 3);
                    assert!(
                        !q.is_null() && (q as usize).is_multiple_of(align),
                        "{size} {align}"
                    );
                    assert_eq!(*q.add(size - 1), 7);
                    a.dealloc(q, Layout::from_size_align_unchecked(size * 3, align));
                    let z = a.alloc_zeroed(layout);
                    assert!((z as usize).is_multiple_of(align) && *z.add(size - 1) == 0);
                    a.dealloc(z, layout);
                }
            }
        }
    }

    /// The option number still means the purge delay (default 1000 ms).
    #[test]
    #[allow(unsafe_code)]
    fn purge_delay_option_number() {
        // SAFETY: reads an integer option.
        let delay = unsafe { libmimalloc_sys::mi_option_get(super::MI_OPTION_PURGE_DELAY) };
        assert_eq!(delay, 1000);
    }

    /// The switch takes: the kernel reports huge pages off for the process afterwards.
    #[cfg(target_os = "linux")]
    #[test]
    #[allow(unsafe_code)]
    fn huge_pages_off() {
        super::no_huge_pages();
        // SAFETY: reads a flag of the calling process.
        let off = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        assert_eq!(off, 1);
    }
}
