//! The `jixiao` binary: all work happens in [`jixiao::cli`].

// Loading thousands of case files allocates many small strings; mimalloc handles that pattern
// markedly faster than the system allocator (see docs/performance.md and src/allocator.rs).
#[global_allocator]
static GLOBAL: jixiao::allocator::Allocator = jixiao::allocator::Allocator;

fn main() -> std::process::ExitCode {
    jixiao::allocator::keep_freed_memory();
    jixiao::cli::main()
}
