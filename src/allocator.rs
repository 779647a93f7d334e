//! The allocator settings of the `jixiao` binary, shared with the bench examples so that they
//! measure what the binary does. The binary's global allocator is mimalloc (`src/main.rs`).

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
