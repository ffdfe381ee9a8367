//! A small static file server for `www/`, used by `cargo xtask serve` and, on a free port in a
//! background thread, by the end-to-end tests and the page benchmark.
//!
//! It serves the site with the headers the page is built for: exact MIME types (browsers
//! refuse to stream-compile wasm or run modules served with the wrong ones), the same
//! Content-Security-Policy a production host should send, and `no-cache` so that a rebuilt
//! `www/pkg` is always picked up.

use std::fs::File;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;

use tiny_http::{Header, Method, Request, Response, StatusCode};

use crate::process::Result;

/// The policy every HTML page is served with. `wasm-unsafe-eval` is what compiling the
/// module needs; `frame-ancestors *` lets articles embed the explorer.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'; frame-ancestors *";

/// A running server; it stops when [`Server::stop`] is called or the process ends.
pub struct Server {
    addr: SocketAddr,
    inner: Arc<tiny_http::Server>,
    stopping: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
}

impl Server {
    /// Binds `addr` (port 0 picks a free port) and answers requests for files under `root`
    /// on `threads` threads.
    pub fn start(root: &Path, addr: SocketAddr, threads: usize) -> Result<Server> {
        let root = root
            .canonicalize()
            .map_err(|error| format!("cannot serve {}: {error}", root.display()))?;
        let cannot_listen = |error: &dyn std::fmt::Display| {
            if addr.port() == 0 {
                format!("cannot listen on {addr}: {error}")
            } else {
                format!(
                    "cannot listen on {addr}: {error} (is the port in use? choose another with --port N)"
                )
            }
        };
        let listener = listener_without_delay(addr).map_err(|error| cannot_listen(&error))?;
        let inner = tiny_http::Server::from_listener(listener, None)
            .map_err(|error| cannot_listen(&error))?;
        let addr = inner
            .server_addr()
            .to_ip()
            .ok_or("the server is not listening on an IP address")?;
        let inner = Arc::new(inner);
        let stopping = Arc::new(AtomicBool::new(false));
        let workers = (0..threads.max(1))
            .map(|_| {
                let (inner, stopping, root) = (inner.clone(), stopping.clone(), root.clone());
                std::thread::spawn(move || {
                    loop {
                        match inner.recv() {
                            Ok(request) => answer(&root, request),
                            Err(_) if stopping.load(Ordering::SeqCst) => break,
                            Err(error) => eprintln!("server: {error}"),
                        }
                    }
                })
            })
            .collect();
        Ok(Server {
            addr,
            inner,
            stopping,
            workers,
        })
    }

    /// The base URL, ending in a slash, e.g. `http://127.0.0.1:8000/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    #[cfg(test)]
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Serves until the process is ended.
    pub fn wait(self) {
        for worker in self.workers {
            let _ = worker.join();
        }
    }

    /// Stops every worker and waits for them to finish the request in hand.
    pub fn stop(self) {
        self.stopping.store(true, Ordering::SeqCst);
        for _ in &self.workers {
            self.inner.unblock();
        }
        for worker in self.workers {
            let _ = worker.join();
        }
    }
}

/// What a request path resolves to before the file system is consulted.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// A path relative to the served root, made only of normal components.
    Path(PathBuf),
    /// The path tries to leave the served root.
    Forbidden,
    /// The path is not a well-formed origin-form path.
    BadRequest,
}

/// Turns the path of a request URL into a path relative to the served root. Percent escapes
/// are decoded before the path is split, so `%2e%2e%2f` is refused like `../`.
/// A listening socket whose connections send each write at once (TCP_NODELAY, inherited by
/// the connections it accepts). The server writes a response's head and body separately; with
/// Nagle's algorithm on, the second write of each kept-alive response would wait for the
/// browser's delayed acknowledgement, about 40 ms a file.
fn listener_without_delay(addr: SocketAddr) -> std::io::Result<std::net::TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    socket.set_tcp_nodelay(true)?;
    socket.bind(&addr.into())?;
    socket.listen(128)?;
    Ok(socket.into())
}

pub fn resolve(url: &str) -> Target {
    let path = url.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Target::BadRequest;
    }
    let Some(decoded) = percent_decode(path) else {
        return Target::BadRequest;
    };
    if decoded.contains('\0') {
        return Target::BadRequest;
    }
    let mut relative = PathBuf::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return Target::Forbidden,
            // A backslash is a separator on Windows and never part of a name the site uses.
            _ if segment.contains('\\') => return Target::Forbidden,
            _ => {
                // A segment such as `C:` could still make `join` leave the root on Windows.
                let mut components = Path::new(segment).components();
                match (components.next(), components.next()) {
                    (Some(Component::Normal(_)), None) => relative.push(segment),
                    _ => return Target::Forbidden,
                }
            }
        }
    }
    Target::Path(relative)
}

/// Decodes `%XX` escapes; `None` for a malformed escape or bytes that are not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The Content-Type for a file, from its extension. Text types carry their charset so no
/// browser has to guess it.
pub fn mime_type(path: &Path) -> &'static str {
    let extension = path
        .extension()
        .and_then(|ext| ext.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml; charset=utf-8",
        "json" | "map" => "application/json; charset=utf-8",
        "webmanifest" => "application/manifest+json; charset=utf-8",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes())
        .expect("header names and values here are ASCII")
}

/// Answers one request and logs anything that is not a success, so a missing file shows up
/// in the output of the test or benchmark that asked for it.
fn answer(root: &Path, request: Request) {
    let method = request.method().clone();
    let url = request.url().to_string();
    let outcome = if matches!(method, Method::Get | Method::Head) {
        respond(root, request, &url)
    } else {
        let response = text_response(405, "405 Method Not Allowed\n")
            .with_header(header("Allow", "GET, HEAD"));
        request.respond(response).map(|()| 405)
    };
    match outcome {
        Ok(status) if status < 400 => {}
        Ok(status) => eprintln!("server: {status} {method} {url}"),
        // The browser closed the connection early; there is no one left to tell.
        Err(_) => {}
    }
}

fn respond(root: &Path, request: Request, url: &str) -> std::io::Result<u16> {
    let relative = match resolve(url) {
        Target::Path(relative) => relative,
        Target::Forbidden => {
            return request
                .respond(text_response(403, "403 Forbidden\n"))
                .map(|()| 403);
        }
        Target::BadRequest => {
            return request
                .respond(text_response(400, "400 Bad Request\n"))
                .map(|()| 400);
        }
    };
    let mut path = root.join(relative);
    if path.is_dir() {
        let (before_query, query) = url
            .split_once('?')
            .map_or((url, None), |(path, query)| (path, Some(query)));
        if !before_query.ends_with('/') {
            // Relative links in a directory's index.html only work under a trailing slash.
            let location = match query {
                Some(query) => format!("{before_query}/?{query}"),
                None => format!("{before_query}/"),
            };
            let response = Response::empty(301).with_header(header("Location", &location));
            return request.respond(response).map(|()| 301);
        }
        path.push("index.html");
    }
    // A symbolic link inside the root must not lead outside it either.
    let file = match path.canonicalize() {
        Ok(real) if !real.starts_with(root) => {
            return request
                .respond(text_response(403, "403 Forbidden\n"))
                .map(|()| 403);
        }
        Ok(real) if real.is_file() => File::open(&real).ok(),
        _ => None,
    };
    let Some(file) = file else {
        return request
            .respond(text_response(404, "404 Not Found\n"))
            .map(|()| 404);
    };
    let content_type = mime_type(&path);
    let mut response = Response::from_file(file)
        .with_header(header("Content-Type", content_type))
        .with_header(header("Cache-Control", "no-cache"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        // Content-Length on every file, never chunked: simpler for every client.
        .with_chunked_threshold(usize::MAX);
    if content_type.starts_with("text/html") {
        response.add_header(header("Content-Security-Policy", CONTENT_SECURITY_POLICY));
    }
    request.respond(response).map(|()| 200)
}

fn text_response(status: u16, body: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string(body)
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
        .with_header(header("Cache-Control", "no-cache"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_connections_send_without_delay() {
        let listener = listener_without_delay(SocketAddr::from(([127, 0, 0, 1], 0))).unwrap();
        let _client = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
        let (accepted, _) = listener.accept().unwrap();
        assert!(
            accepted.nodelay().unwrap(),
            "the accepted connection did not inherit TCP_NODELAY"
        );
    }
    use std::io::{Read, Write};
    use std::net::{Ipv4Addr, TcpStream};

    #[test]
    fn knows_the_types_the_site_ships() {
        let cases = [
            ("index.html", "text/html; charset=utf-8"),
            ("pkg/relief_web.js", "text/javascript; charset=utf-8"),
            ("app.mjs", "text/javascript; charset=utf-8"),
            ("style.css", "text/css; charset=utf-8"),
            ("pkg/relief_web_bg.wasm", "application/wasm"),
            ("icon.svg", "image/svg+xml; charset=utf-8"),
            ("presets.json", "application/json; charset=utf-8"),
            (
                "app.webmanifest",
                "application/manifest+json; charset=utf-8",
            ),
            ("icon-192.png", "image/png"),
            ("INDEX.HTML", "text/html; charset=utf-8"),
            ("LICENSE", "application/octet-stream"),
        ];
        for (file, expected) in cases {
            assert_eq!(mime_type(Path::new(file)), expected, "{file}");
        }
    }

    #[test]
    fn resolves_ordinary_paths() {
        assert_eq!(resolve("/"), Target::Path(PathBuf::new()));
        assert_eq!(
            resolve("/pkg/relief_web.js"),
            Target::Path("pkg/relief_web.js".into())
        );
        assert_eq!(
            resolve("/index.html?s=v1.abc#chart"),
            Target::Path("index.html".into())
        );
        assert_eq!(resolve("/./a//b/"), Target::Path("a/b".into()));
        assert_eq!(
            resolve("/with%20space.txt"),
            Target::Path("with space.txt".into())
        );
    }

    #[test]
    fn refuses_paths_that_escape_the_root() {
        for url in [
            "/../Cargo.toml",
            "/pkg/../../Cargo.toml",
            "/%2e%2e/Cargo.toml",
            "/%2E%2E%2FCargo.toml",
            "/a/..%2f..%2fetc/passwd",
            "/..\\Cargo.toml",
            "/a%5c..%5cCargo.toml",
        ] {
            assert_eq!(resolve(url), Target::Forbidden, "{url}");
        }
        for url in [
            "",
            "Cargo.toml",
            "http://example.com/",
            "/%zz",
            "/%2",
            "/%00",
            "/%ff",
        ] {
            assert_eq!(resolve(url), Target::BadRequest, "{url}");
        }
    }

    /// Sends one raw HTTP/1.1 request and returns the status line, the headers (lower-cased
    /// names) and the body.
    fn fetch(
        addr: SocketAddr,
        method: &str,
        target: &str,
    ) -> (String, Vec<(String, String)>, Vec<u8>) {
        let mut stream = TcpStream::connect(addr).expect("connect to the server");
        write!(
            stream,
            "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).unwrap();
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a header block");
        let head = String::from_utf8(raw[..split].to_vec()).unwrap();
        let body = raw[split + 4..].to_vec();
        let mut lines = head.split("\r\n");
        let status = lines.next().unwrap().to_string();
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
            .collect();
        (status, headers, body)
    }

    fn header_of<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A scratch directory under the target directory, removed when dropped.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str) -> Scratch {
            let dir = crate::process::target_dir()
                .join("xtask-tests")
                .join(format!("{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn serves_files_with_their_headers_and_refuses_the_rest() {
        let scratch = Scratch::new("server");
        let root = scratch.0.join("www");
        std::fs::create_dir_all(root.join("pkg")).unwrap();
        std::fs::create_dir_all(root.join("guide")).unwrap();
        std::fs::write(
            root.join("index.html"),
            "<!doctype html><title>Relief</title>",
        )
        .unwrap();
        std::fs::write(
            root.join("guide/index.html"),
            "<!doctype html><title>Guide</title>",
        )
        .unwrap();
        std::fs::write(root.join("pkg/relief_web_bg.wasm"), b"\0asm\x01\0\0\0").unwrap();
        // A file beside the root that traversal attempts aim at.
        std::fs::write(scratch.0.join("secret.txt"), "secret").unwrap();

        let any_port = SocketAddr::from((Ipv4Addr::LOCALHOST, 0));
        let server = Server::start(&root, any_port, 2).expect("the server starts");
        let addr = server.addr();
        assert_ne!(addr.port(), 0);
        assert_eq!(server.url(), format!("http://127.0.0.1:{}/", addr.port()));

        let (status, headers, body) = fetch(addr, "GET", "/");
        assert_eq!(status, "HTTP/1.1 200 OK");
        assert_eq!(body, b"<!doctype html><title>Relief</title>");
        assert_eq!(
            header_of(&headers, "content-type"),
            Some("text/html; charset=utf-8")
        );
        assert_eq!(
            header_of(&headers, "content-security-policy"),
            Some(CONTENT_SECURITY_POLICY)
        );
        assert_eq!(header_of(&headers, "cache-control"), Some("no-cache"));

        let (status, headers, body) = fetch(addr, "GET", "/pkg/relief_web_bg.wasm");
        assert_eq!(status, "HTTP/1.1 200 OK");
        assert_eq!(body, b"\0asm\x01\0\0\0");
        assert_eq!(
            header_of(&headers, "content-type"),
            Some("application/wasm")
        );
        assert_eq!(header_of(&headers, "content-length"), Some("8"));
        assert_eq!(header_of(&headers, "content-security-policy"), None);

        let (status, headers, body) = fetch(addr, "HEAD", "/pkg/relief_web_bg.wasm");
        assert_eq!(status, "HTTP/1.1 200 OK");
        assert_eq!(header_of(&headers, "content-length"), Some("8"));
        assert!(body.is_empty());

        let (status, headers, _) = fetch(addr, "GET", "/guide?step=2");
        assert_eq!(status, "HTTP/1.1 301 Moved Permanently");
        assert_eq!(header_of(&headers, "location"), Some("/guide/?step=2"));
        let (status, _, body) = fetch(addr, "GET", "/guide/");
        assert_eq!(status, "HTTP/1.1 200 OK");
        assert_eq!(body, b"<!doctype html><title>Guide</title>");

        assert_eq!(
            fetch(addr, "GET", "/missing.js").0,
            "HTTP/1.1 404 Not Found"
        );
        assert_eq!(fetch(addr, "GET", "/pkg/").0, "HTTP/1.1 404 Not Found");
        for escape in [
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/pkg/..%2f..%2fsecret.txt",
        ] {
            let (status, _, body) = fetch(addr, "GET", escape);
            assert_eq!(status, "HTTP/1.1 403 Forbidden", "{escape}");
            assert!(
                !String::from_utf8_lossy(&body).contains("secret"),
                "{escape}"
            );
        }
        assert_eq!(
            fetch(addr, "POST", "/").0,
            "HTTP/1.1 405 Method Not Allowed"
        );

        server.stop();
        assert!(TcpStream::connect(addr).is_err() || fetch_fails(addr));
    }

    /// After `stop`, the listener may linger until the process ends; then a request gets no
    /// answer rather than a page.
    fn fetch_fails(addr: SocketAddr) -> bool {
        let Ok(mut stream) = TcpStream::connect(addr) else {
            return true;
        };
        stream
            .set_read_timeout(Some(std::time::Duration::from_millis(500)))
            .unwrap();
        let _ = write!(
            stream,
            "GET / HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        );
        let mut raw = Vec::new();
        let _ = stream.read_to_end(&mut raw);
        raw.is_empty()
    }

    #[cfg(unix)]
    #[test]
    fn refuses_symbolic_links_out_of_the_root() {
        let scratch = Scratch::new("symlink");
        let root = scratch.0.join("www");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(scratch.0.join("outside.txt"), "outside").unwrap();
        std::os::unix::fs::symlink(scratch.0.join("outside.txt"), root.join("link.txt")).unwrap();

        let server = Server::start(&root, SocketAddr::from((Ipv4Addr::LOCALHOST, 0)), 1).unwrap();
        let (status, _, body) = fetch(server.addr(), "GET", "/link.txt");
        assert_eq!(status, "HTTP/1.1 403 Forbidden");
        assert!(!String::from_utf8_lossy(&body).contains("outside"));
        server.stop();
    }
}
