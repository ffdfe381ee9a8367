//! The workshop's live room engine: Yjs and the Hocuspocus client, bundled by esbuild from the
//! room's npm packages (`room/node_modules`, entry `room/client.mjs`) into one ES module,
//! `www/pkg/live-engine.js`. The workshop imports it only when a live room is opened, so no
//! other page, and no workshop without a room, downloads it. It also writes this build's room
//! server into the pages of a release when `RELIEF_ROOM_SERVER` names another.

use std::fs;
use std::path::Path;

use super::files::shipped_files;
use crate::policy;
use crate::process::{self, Result, repo_root};

/// Where the bundle goes, under `www/pkg` (generated, never committed).
pub const LIVE_ENGINE: &str = "live-engine.js";

/// Bundles the live engine into `pkg`. Without the room's packages installed the workshop
/// still works from links and files; the build says how to get live rooms.
pub fn bundle(pkg: &Path) -> Result<()> {
    let root = repo_root();
    let esbuild = root.join("tests/node_modules/.bin/esbuild");
    let packages = root.join("room/node_modules");
    let target = pkg.join(LIVE_ENGINE);
    if !esbuild.exists() || !packages.exists() {
        let _ = fs::remove_file(&target);
        println!(
            "the live room engine is not bundled (room/node_modules or esbuild is missing), so \
             the workshop opens no live rooms; `cargo xtask serve` or `cargo xtask test` installs both"
        );
        return Ok(());
    }
    let mut command = process::command(&esbuild);
    command
        .arg(root.join("room/client.mjs"))
        .args(["--bundle", "--format=esm", "--minify", "--charset=utf8"])
        .arg("--log-level=warning")
        .arg("--legal-comments=eof")
        .arg(format!("--outfile={}", target.display()));
    process::run(&mut command)
}

/// Writes `room_server` into every page of `site` in place of the default: the policy's
/// `connect-src` and the workshop's `relief-room-server` tag (empty for none, which hides the
/// workshop's live room). Nothing changes for the default.
pub fn configure_pages(site: &Path, room_server: Option<&str>) -> Result<()> {
    if room_server == Some(policy::DEFAULT_ROOM_SERVER) {
        return Ok(());
    }
    let replacements = [
        (policy::meta_tag(), policy::meta_tag_for(room_server)),
        (
            policy::room_server_tag_for(Some(policy::DEFAULT_ROOM_SERVER)),
            policy::room_server_tag_for(room_server),
        ),
    ];
    let pages: Vec<_> = shipped_files(site)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    for path in pages {
        let html = fs::read_to_string(&path)
            .map_err(|error| format!("could not read {}: {error}", path.display()))?;
        let mut written = html.clone();
        for (from, to) in &replacements {
            written = written.replace(from.as_str(), to);
        }
        if written != html {
            fs::write(&path, written)
                .map_err(|error| format!("could not write {}: {error}", path.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::process::target_dir;

    /// A page as `www/` has it: the default policy and room server.
    fn page() -> String {
        format!(
            "<head>{}{}</head>",
            policy::meta_tag(),
            policy::room_server_tag_for(Some(policy::DEFAULT_ROOM_SERVER))
        )
    }

    fn written(room_server: Option<&str>) -> String {
        let dir = target_dir().join("xtask-tests").join(format!(
            "room-server-{}-{}",
            std::process::id(),
            room_server.map_or(0, str::len)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("workshop.html"), page()).unwrap();
        configure_pages(&dir, room_server).unwrap();
        let html = fs::read_to_string(dir.join("workshop.html")).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        html
    }

    #[test]
    fn a_build_names_its_room_server_in_the_policy_and_the_workshop() {
        let html = written(Some("https://rooms.example.org"));
        assert!(
            html.contains("connect-src 'self' https://rooms.example.org wss://rooms.example.org;"),
            "{html}"
        );
        assert!(
            html.contains(
                r#"<meta name="relief-room-server" content="https://rooms.example.org">"#
            )
        );
        assert!(!html.contains("127.0.0.1"), "{html}");
    }

    #[test]
    fn a_build_without_rooms_connects_to_its_own_site_only_and_offers_no_room() {
        let html = written(None);
        assert!(html.contains("connect-src 'self';"), "{html}");
        assert!(html.contains(r#"<meta name="relief-room-server" content="">"#));
    }

    #[test]
    fn the_workshop_page_carries_the_tags_a_build_rewrites() {
        let html =
            fs::read_to_string(crate::process::repo_root().join("www/workshop.html")).unwrap();
        for tag in [
            policy::meta_tag(),
            policy::room_server_tag_for(Some(policy::DEFAULT_ROOM_SERVER)),
        ] {
            assert!(html.contains(&tag), "www/workshop.html lacks {tag}");
        }
    }

    #[test]
    fn the_default_room_server_leaves_the_pages_as_they_are() {
        assert_eq!(written(Some(policy::DEFAULT_ROOM_SERVER)), page());
    }
}
