//! The `jixiao` binary: all work happens in [`jixiao::cli`].

fn main() -> std::process::ExitCode {
    jixiao::cli::main()
}
