//! The limits every structured reader holds to, so that a hostile or broken file (a zip bomb,
//! one cell at `XFD1048576`, a million merged regions) costs bounded memory and time and ends
//! in a message that names the limit. docs/reliability.md lists them with what a user sees.

/// Largest input file `import` reads, in bytes (a 10,000-form text file is about 26 MB).
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Largest unpacked size of one entry of a zip (`.xlsx`, `.docx`), in bytes.
pub const MAX_ZIP_ENTRY_BYTES: u64 = 128 * 1024 * 1024;

/// Largest unpacked size of all entries of a zip together, in bytes.
pub const MAX_ZIP_TOTAL_BYTES: u64 = 512 * 1024 * 1024;

/// Most entries a zip may hold.
pub const MAX_ZIP_ENTRIES: usize = 20_000;

/// Most filled cells read from one sheet or table.
pub const MAX_SHEET_CELLS: usize = 1_000_000;

/// Most merged regions read from one sheet or table.
pub const MAX_SHEET_MERGES: usize = 200_000;

/// Most cells (rows that hold text × columns that hold text) one sheet may span.
pub const MAX_GRID_CELLS: usize = 4_000_000;
