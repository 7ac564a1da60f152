//! The `dixit` command: see `dixit --help`.

mod cli;

fn main() {
    std::process::exit(cli::main());
}
