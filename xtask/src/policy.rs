//! The Content-Security-Policy of the site, in one place: the header `cargo xtask serve`
//! sends, and the `<meta>` tag every page carries so that any static host applies it too.
//!
//! The one origin beyond the site's own that a page may connect to is the workshop's live room
//! server: [`DEFAULT_ROOM_SERVER`] (where `cargo xtask room` listens), the one a release build
//! names in `RELIEF_ROOM_SERVER`, or none at all when it says `none`.

use crate::process::Result;

/// The live room server a build connects to unless `RELIEF_ROOM_SERVER` names another: where
/// `cargo xtask room` listens by default.
pub const DEFAULT_ROOM_SERVER: &str = "http://127.0.0.1:8765";

/// The environment variable a release build reads the room server's origin from.
pub const ROOM_SERVER_VARIABLE: &str = "RELIEF_ROOM_SERVER";

/// The policy every HTML page is served with, allowing `room_server` (an http or https origin)
/// and its WebSocket twin in `connect-src`, and nothing else beyond the site (nothing at all
/// for `None`). `wasm-unsafe-eval` is what compiling the module needs; `worker-src 'self'` lets
/// the page count its ensembles in Web Workers of its own scripts, and no others;
/// `frame-ancestors *` lets articles embed the explorer.
pub fn content_security_policy_for(room_server: Option<&str>) -> String {
    let connect = match room_server {
        Some(origin) => format!("'self' {origin} {}", websocket_origin(origin)),
        None => "'self'".to_owned(),
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; \
style-src 'self'; img-src 'self' data: blob:; connect-src {connect}; object-src 'none'; \
base-uri 'none'; form-action 'none'; frame-ancestors *"
    )
}

/// The policy with this build's room server (see [`room_server`]; the default when the
/// variable cannot be read, which the build itself refuses with a message).
pub fn content_security_policy() -> String {
    let room = room_server().unwrap_or_else(|_| Some(DEFAULT_ROOM_SERVER.to_owned()));
    content_security_policy_for(room.as_deref())
}

/// The room server's origin this build uses: `RELIEF_ROOM_SERVER` when set (an `http://` or
/// `https://` origin, without a path, or `none` for a site without live rooms), else
/// [`DEFAULT_ROOM_SERVER`].
pub fn room_server() -> Result<Option<String>> {
    match std::env::var(ROOM_SERVER_VARIABLE) {
        Ok(value) if value.trim() == "none" => Ok(None),
        Ok(value) if !value.trim().is_empty() => parse_origin(value.trim()).map(Some).map_err(|why| {
            format!("{ROOM_SERVER_VARIABLE}={value} cannot be used: {why}; give an origin such as https://rooms.example.org, or none")
        }),
        _ => Ok(Some(DEFAULT_ROOM_SERVER.to_owned())),
    }
}

/// An http(s) origin with nothing after its host and port, without a trailing slash.
fn parse_origin(value: &str) -> Result<String> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .ok_or("it must start with http:// or https://")?;
    let host = rest.strip_suffix('/').unwrap_or(rest);
    if host.is_empty() {
        return Err("it has no host".into());
    }
    if !host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
    {
        return Err("an origin has only a host and a port, with no path, query or spaces".into());
    }
    Ok(value[..value.len() - (rest.len() - host.len())].to_owned())
}

/// The WebSocket origin of an http(s) origin: `ws://` for `http://`, `wss://` for `https://`.
pub fn websocket_origin(origin: &str) -> String {
    if let Some(rest) = origin.strip_prefix("https://") {
        format!("wss://{rest}")
    } else {
        format!("ws://{}", origin.strip_prefix("http://").unwrap_or(origin))
    }
}

/// Directives a `<meta>` policy cannot carry: browsers ignore them there and warn about it.
const HEADER_ONLY_DIRECTIVES: &[&str] = &["frame-ancestors", "report-uri", "sandbox"];

/// The Content-Security-Policy every HTML page carries in a `<meta>` tag, so that any static
/// host applies it even when it sends no header: the policy `cargo xtask serve` sends, less
/// the directives only a header can carry.
pub fn meta_content_security_policy_for(room_server: Option<&str>) -> String {
    content_security_policy_for(room_server)
        .split(';')
        .map(str::trim)
        .filter(|directive| {
            let name = directive.split_whitespace().next().unwrap_or("");
            !name.is_empty() && !HEADER_ONLY_DIRECTIVES.contains(&name)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The `<meta>` tag that carries [`meta_content_security_policy_for`] the default room server
/// in a page's `<head>`, as the pages in `www/` have it. The policy has no character that needs
/// escaping in a double-quoted attribute (a test checks).
pub fn meta_tag() -> String {
    meta_tag_for(Some(DEFAULT_ROOM_SERVER))
}

/// The `<meta>` policy tag of a build whose room server is `room_server`.
pub fn meta_tag_for(room_server: Option<&str>) -> String {
    format!(
        r#"<meta http-equiv="Content-Security-Policy" content="{}">"#,
        meta_content_security_policy_for(room_server)
    )
}

/// The `<meta>` tag that tells the workshop where its live room server is (empty for none).
pub fn room_server_tag_for(room_server: Option<&str>) -> String {
    format!(
        r#"<meta name="relief-room-server" content="{}">"#,
        room_server.unwrap_or("")
    )
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    #[test]
    fn the_policy_needs_no_escaping_in_an_attribute() {
        assert!(
            !content_security_policy_for(Some(DEFAULT_ROOM_SERVER)).contains(['&', '<', '>', '"'])
        );
    }

    #[test]
    fn the_policy_connects_to_the_site_and_the_room_server_only() {
        let policy = content_security_policy_for(Some("https://rooms.example.org:8443"));
        assert!(
            policy.contains(
                "connect-src 'self' https://rooms.example.org:8443 wss://rooms.example.org:8443;"
            ),
            "{policy}"
        );
        assert!(
            content_security_policy_for(Some(DEFAULT_ROOM_SERVER))
                .contains("connect-src 'self' http://127.0.0.1:8765 ws://127.0.0.1:8765;")
        );
    }

    #[test]
    fn a_room_server_is_an_origin_and_nothing_more() {
        assert_eq!(
            parse_origin("https://rooms.example.org/").unwrap(),
            "https://rooms.example.org"
        );
        assert_eq!(
            parse_origin("http://10.0.0.5:8765").unwrap(),
            "http://10.0.0.5:8765"
        );
        for bad in [
            "rooms.example.org",
            "ftp://x",
            "https://",
            "https://x/path",
            "https://x y",
            "https://x;script-src *",
        ] {
            assert!(parse_origin(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_meta_policy_is_the_served_policy_less_what_only_a_header_carries() {
        let served = content_security_policy_for(Some(DEFAULT_ROOM_SERVER));
        let meta = meta_content_security_policy_for(Some(DEFAULT_ROOM_SERVER));
        assert!(!meta.contains("frame-ancestors"), "{meta}");
        assert!(meta.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"));
        for directive in meta.split("; ") {
            assert!(
                served.contains(directive),
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
