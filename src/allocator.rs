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
}
