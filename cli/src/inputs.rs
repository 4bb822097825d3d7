//! Reading the inputs of the per-file subcommands: files, or stdin for `-`
//! or no file at all.

use std::io::Read;

/// One input: its name for messages (`-` for stdin) and its bytes, or the
/// reason it could not be read.
pub struct Input {
    pub name: String,
    pub bytes: Result<Vec<u8>, String>,
}

/// The inputs named on the command line, read one at a time.
pub fn read_all(files: &[String]) -> impl Iterator<Item = Input> + '_ {
    let stdin_only = files.is_empty();
    let names: Box<dyn Iterator<Item = &str>> = if stdin_only {
        Box::new(std::iter::once("-"))
    } else {
        Box::new(files.iter().map(String::as_str))
    };
    names.map(|name| {
        let bytes = if name == "-" {
            let mut b = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut b)
                .map(|_| b)
                .map_err(|e| format!("cannot read stdin: {e}"))
        } else {
            std::fs::read(name).map_err(|e| e.to_string())
        };
        Input {
            name: name.to_string(),
            bytes,
        }
    })
}

/// The input as text: a typed message for invalid UTF-8.
pub fn text(bytes: &[u8]) -> Result<&str, String> {
    std::str::from_utf8(bytes).map_err(|e| {
        newstext::Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        }
        .to_string()
    })
}
