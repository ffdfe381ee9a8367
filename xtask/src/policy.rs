//! The Content-Security-Policy of the site, in one place: the header `cargo xtask serve`
//! sends, and the `<meta>` tag every page carries so that any static host applies it too.

/// The policy every HTML page is served with. `wasm-unsafe-eval` is what compiling the
/// module needs; `worker-src 'self'` lets the page count its ensembles in Web Workers of its
/// own scripts, and no others; `frame-ancestors *` lets articles embed the explorer.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; \
style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'; frame-ancestors *";

/// Directives a `<meta>` policy cannot carry: browsers ignore them there and warn about it.
const HEADER_ONLY_DIRECTIVES: &[&str] = &["frame-ancestors", "report-uri", "sandbox"];

/// The Content-Security-Policy every HTML page carries in a `<meta>` tag, so that any static
/// host applies it even when it sends no header: the policy `cargo xtask serve` sends, less
/// the directives only a header can carry.
pub fn meta_content_security_policy() -> String {
    CONTENT_SECURITY_POLICY
        .split(';')
        .map(str::trim)
        .filter(|directive| {
            let name = directive.split_whitespace().next().unwrap_or("");
            !name.is_empty() && !HEADER_ONLY_DIRECTIVES.contains(&name)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The `<meta>` tag that carries [`meta_content_security_policy`] in a page's `<head>`. The
/// policy has no character that needs escaping in a double-quoted attribute (a test checks).
pub fn meta_tag() -> String {
    format!(
        r#"<meta http-equiv="Content-Security-Policy" content="{}">"#,
        meta_content_security_policy()
    )
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn the_policy_needs_no_escaping_in_an_attribute() {
        assert!(!CONTENT_SECURITY_POLICY.contains(['&', '<', '>', '"']));
    }

    #[test]
    fn the_meta_policy_is_the_served_policy_less_what_only_a_header_carries() {
        let meta = meta_content_security_policy();
        assert!(!meta.contains("frame-ancestors"), "{meta}");
        assert!(meta.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"));
        for directive in meta.split("; ") {
            assert!(
                CONTENT_SECURITY_POLICY.contains(directive),
                "{directive} is not in the served policy"
            );
        }
    }

    #[test]
    fn every_page_of_the_site_carries_the_policy_in_a_meta_tag() {
        let www = crate::process::repo_root().join("www");
        let expected = meta_tag();
        let mut pages = 0;
        for entry in fs::read_dir(&www).unwrap().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".html") {
                continue;
            }
            pages += 1;
            let html = fs::read_to_string(entry.path()).unwrap();
            assert!(
                html.contains(&expected),
                "www/{name} lacks the policy; add this line to its <head>:\n{expected}"
            );
            assert!(
                !html.contains(" style=\"") && !html.contains("<script>"),
                "www/{name} has an inline style or script, which the policy blocks"
            );
        }
        assert!(pages >= 1, "no pages found in {}", www.display());
    }
}
