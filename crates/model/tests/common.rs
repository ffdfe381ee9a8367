//! Helpers shared by the test modules.

use std::path::PathBuf;

/// A file under the repository's `tests/data/` folder, read as text.
pub fn data(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The cases of a `tests/data/bad-*.json` file: the list under `key`.
pub fn cases(file: &serde_json::Value, key: &str) -> Vec<serde_json::Value> {
    let cases = file[key].as_array().unwrap_or_else(|| panic!("no {key}"));
    assert!(!cases.is_empty(), "no {key}");
    cases.clone()
}

/// How each bad case fails to be refused as it says: `read` must refuse its `input` with a
/// problem at its `path` whose message holds its `message`, and the first line shown must
/// name the path. Empty when every case is refused as it says.
pub fn not_refused_as_expected<T>(
    cases: &[serde_json::Value],
    read: impl Fn(&str) -> Result<T, relief_model::DocumentError>,
) -> Vec<String> {
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let path = case["path"].as_str().unwrap();
        let phrase = case["message"].as_str().unwrap();
        match read(case["input"].as_str().unwrap()) {
            Ok(_) => failures.push(format!("{name}: accepted")),
            Err(e) => {
                if !e
                    .errors
                    .iter()
                    .any(|f| f.path == path && f.message.contains(phrase))
                {
                    failures.push(format!("{name}: expected {path}: …{phrase}…, got {e}"));
                }
                // The first line of the message is what a user sees first: it names the field.
                if !path.is_empty() && !e.to_string().contains(path) {
                    failures.push(format!("{name}: the message {e:?} does not name {path}"));
                }
            }
        }
    }
    failures
}
