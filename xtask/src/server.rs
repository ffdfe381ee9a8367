//! A small static file server for the built site, used by `cargo xtask serve` and, on a free
//! port in a background thread, by the end-to-end tests and the page benchmark.
//!
//! It serves the site with the headers the page is built for: exact MIME types (browsers
//! refuse to stream-compile wasm or run modules served with the wrong ones), the same
//! Content-Security-Policy a production host should send, and `no-cache` so that a rebuild is
//! always picked up.
//!
//! Each connection has a thread of its own for as long as the browser keeps it alive, so a
//! kept-alive connection can never hold up another one: a page that opens six connections at
//! once for twenty modules gets every file. (A pooled server, tiny_http 0.12, left a request
//! waiting forever now and then when connections opened in a burst, because its pool could
//! queue a new connection behind kept-alive ones.) Requests are parsed by `httparse`.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::policy::content_security_policy;
use crate::process::Result;

/// A running server; it stops when [`Server::stop`] is called or the process ends.
pub struct Server {
    addr: SocketAddr,
    stopping: Arc<AtomicBool>,
    acceptor: JoinHandle<()>,
}

/// How long a kept-alive connection may sit idle before the server closes it.
const IDLE_TIMEOUT: Duration = Duration::from_secs(10);

/// The most a request's head (request line and headers) may take.
const MAX_HEAD_BYTES: usize = 16 * 1024;

impl Server {
    /// Binds `addr` (port 0 picks a free port) and answers requests for files under `root`,
    /// each connection on a thread of its own.
    pub fn start(root: &Path, addr: SocketAddr) -> Result<Server> {
        let root = root
            .canonicalize()
            .map_err(|error| format!("cannot serve {}: {error}", root.display()))?;
        let listener = listener_without_delay(addr).map_err(|error| {
            if addr.port() == 0 {
                format!("cannot listen on {addr}: {error}")
            } else {
                format!(
                    "cannot listen on {addr}: {error} (is the port in use? choose another with --port N)"
                )
            }
        })?;
        let addr = listener
            .local_addr()
            .map_err(|error| format!("cannot read the address listened on: {error}"))?;
        let stopping = Arc::new(AtomicBool::new(false));
        let acceptor = {
            let stopping = stopping.clone();
            std::thread::spawn(move || accept_connections(listener, &root, &stopping))
        };
        Ok(Server {
            addr,
            stopping,
            acceptor,
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
        let _ = self.acceptor.join();
    }

    /// Stops accepting connections. Connections already open end with their next request or
    /// their idle timeout; nobody waits on them.
    pub fn stop(self) {
        self.stopping.store(true, Ordering::SeqCst);
        // The acceptor is blocked in `accept`: one last connection wakes it to see the flag.
        let _ = TcpStream::connect(self.addr);
        let _ = self.acceptor.join();
    }
}

fn accept_connections(listener: TcpListener, root: &Path, stopping: &AtomicBool) {
    for stream in listener.incoming() {
        if stopping.load(Ordering::SeqCst) {
            break;
        }
        match stream {
            Ok(stream) => {
                let root = root.to_path_buf();
                std::thread::spawn(move || serve_connection(&root, stream));
            }
            Err(error) => eprintln!("server: {error}"),
        }
    }
}

/// One request, as far as this server needs it.
struct Request {
    method: String,
    target: String,
    /// Whether the client wants the connection kept open after the answer.
    keep_alive: bool,
}

/// Answers the requests of one connection in turn until the client closes it, asks to close
/// it, sends something unreadable, or stays idle past [`IDLE_TIMEOUT`].
fn serve_connection(root: &Path, stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(IDLE_TIMEOUT));
    let Ok(mut writer) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(stream);
    loop {
        let request = match read_request(&mut reader) {
            Ok(Some(request)) => request,
            // The client closed the connection, or went quiet: nothing to answer.
            Ok(None) => return,
            Err(status) => {
                let _ = write_response(&mut writer, &Response::text(status), false, false);
                return;
            }
        };
        let head_only = request.method == "HEAD";
        let response = respond(root, &request);
        if response.status >= 400 {
            eprintln!(
                "server: {} {} {}",
                response.status, request.method, request.target
            );
        }
        if write_response(&mut writer, &response, head_only, request.keep_alive).is_err() {
            return;
        }
        if !request.keep_alive {
            return;
        }
    }
}

/// Reads one request head (a request to this server has no body: it only answers GET and
/// HEAD). `Ok(None)` when the connection ends before a request starts; `Err(status)` for a
/// request that cannot be read.
fn read_request(reader: &mut impl BufRead) -> std::result::Result<Option<Request>, u16> {
    let mut head = Vec::new();
    loop {
        let before = head.len();
        match reader.read_until(b'\n', &mut head) {
            Ok(0) => return if head.is_empty() { Ok(None) } else { Err(400) },
            Ok(_) => {}
            Err(_) if head.is_empty() => return Ok(None),
            Err(_) => return Err(400),
        }
        if head.len() > MAX_HEAD_BYTES {
            return Err(431);
        }
        // A blank line ends the head; blank lines before a request line are skipped.
        let line = &head[before..];
        if line == b"\r\n" || line == b"\n" {
            if before == 0 {
                head.clear();
                continue;
            }
            break;
        }
    }
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut parsed = httparse::Request::new(&mut headers);
    match parsed.parse(&head) {
        Ok(httparse::Status::Complete(_)) => {}
        _ => return Err(400),
    }
    let (Some(method), Some(target), Some(version)) = (parsed.method, parsed.path, parsed.version)
    else {
        return Err(400);
    };
    let connection = parsed
        .headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("connection"))
        .map(|h| String::from_utf8_lossy(h.value).to_ascii_lowercase())
        .unwrap_or_default();
    // HTTP/1.1 keeps a connection alive unless told otherwise; HTTP/1.0 only when asked.
    let keep_alive = if version == 1 {
        !connection.contains("close")
    } else {
        connection.contains("keep-alive")
    };
    Ok(Some(Request {
        method: method.to_owned(),
        target: target.to_owned(),
        keep_alive,
    }))
}

/// An answer: its status, its headers besides the ones every answer has, and its body.
struct Response {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    /// A short plain-text answer that states its status, e.g. "404 Not Found".
    fn text(status: u16) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", "text/plain; charset=utf-8".to_owned())],
            body: format!("{status} {}\n", reason(status)).into_bytes(),
        }
    }

    fn with_header(mut self, name: &'static str, value: &str) -> Response {
        self.headers.push((name, value.to_owned()));
        self
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        _ => "Internal Server Error",
    }
}

/// Writes the whole answer in one piece, with its length (never chunked), and without the
/// body for a HEAD request.
fn write_response(
    writer: &mut impl Write,
    response: &Response,
    head_only: bool,
    keep_alive: bool,
) -> std::io::Result<()> {
    let mut out = format!(
        "HTTP/1.1 {} {}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nX-Content-Type-Options: nosniff\r\nConnection: {}\r\n",
        response.status,
        reason(response.status),
        response.body.len(),
        if keep_alive { "keep-alive" } else { "close" },
    )
    .into_bytes();
    for (name, value) in &response.headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    if !head_only {
        out.extend_from_slice(&response.body);
    }
    writer.write_all(&out)?;
    writer.flush()
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
fn listener_without_delay(addr: SocketAddr) -> std::io::Result<TcpListener> {
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

/// The answer to one request: a file under `root`, or why not.
fn respond(root: &Path, request: &Request) -> Response {
    if request.method != "GET" && request.method != "HEAD" {
        return Response::text(405).with_header("Allow", "GET, HEAD");
    }
    let url = request.target.as_str();
    let relative = match resolve(url) {
        Target::Path(relative) => relative,
        Target::Forbidden => return Response::text(403),
        Target::BadRequest => return Response::text(400),
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
            return Response {
                status: 301,
                headers: vec![("Location", location)],
                body: Vec::new(),
            };
        }
        path.push("index.html");
    }
    // A symbolic link inside the root must not lead outside it either.
    let body = match path.canonicalize() {
        Ok(real) if !real.starts_with(root) => return Response::text(403),
        Ok(real) if real.is_file() => std::fs::read(&real).ok(),
        _ => None,
    };
    let Some(body) = body else {
        return Response::text(404);
    };
    let content_type = mime_type(&path);
    let mut response = Response {
        status: 200,
        headers: vec![("Content-Type", content_type.to_owned())],
        body,
    };
    if content_type.starts_with("text/html") {
        response = response.with_header("Content-Security-Policy", &content_security_policy());
    }
    response
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
    use std::io::Read;
    use std::net::Ipv4Addr;

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
        let server = Server::start(&root, any_port).expect("the server starts");
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
            Some(content_security_policy().as_str())
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

    /// A connection to the server: its writing half, and its reading half buffered, which
    /// gives up after 5 s rather than hang a test.
    fn connect(addr: SocketAddr) -> (TcpStream, BufReader<TcpStream>) {
        let stream = TcpStream::connect(addr).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        (stream.try_clone().unwrap(), BufReader::new(stream))
    }

    /// Reads one answer from a kept-alive connection: its status line and its body (by its
    /// Content-Length).
    fn read_answer(reader: &mut BufReader<TcpStream>) -> (String, Vec<u8>) {
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = value.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        (status.trim_end().to_owned(), body)
    }

    #[test]
    fn kept_alive_connections_answer_in_turn_and_never_hold_up_others() {
        let scratch = Scratch::new("keep-alive");
        let root = scratch.0.join("www");
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(root.join("a.js"), "export const a = 1;").unwrap();
        std::fs::write(root.join("b.js"), "export const b = 2;").unwrap();
        let server = Server::start(&root, SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).unwrap();
        let addr = server.addr();

        // More open, idle connections than a browser keeps, each after one answer...
        let mut idle = Vec::new();
        for _ in 0..16 {
            let (mut writer, mut reader) = connect(addr);
            write!(writer, "GET /a.js HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
            assert_eq!(read_answer(&mut reader).1, b"export const a = 1;");
            idle.push((writer, reader));
        }
        // ...and one more connection still gets its answers, two requests sent at once included.
        let (mut writer, mut reader) = connect(addr);
        write!(
            writer,
            "GET /b.js HTTP/1.1\r\nHost: {addr}\r\n\r\nHEAD /a.js HTTP/1.1\r\nHost: {addr}\r\n\r\n"
        )
        .unwrap();
        assert_eq!(
            read_answer(&mut reader),
            (
                "HTTP/1.1 200 OK".to_owned(),
                b"export const b = 2;".to_vec()
            )
        );
        let mut head = String::new();
        reader.read_line(&mut head).unwrap();
        assert_eq!(head.trim_end(), "HTTP/1.1 200 OK");
        // The idle connections are still served too.
        let (writer, reader) = &mut idle[0];
        write!(writer, "GET /b.js HTTP/1.1\r\nHost: {addr}\r\n\r\n").unwrap();
        assert_eq!(read_answer(reader).1, b"export const b = 2;");
        server.stop();
    }

    #[test]
    fn unreadable_requests_get_a_status_that_says_so() {
        let mut too_long = b"GET / HTTP/1.1\r\nX-Filler: ".to_vec();
        too_long.extend(std::iter::repeat_n(b'a', MAX_HEAD_BYTES + 10));
        too_long.extend_from_slice(b"\r\n\r\n");
        assert_eq!(read_request(&mut &too_long[..]).err(), Some(431));
        assert_eq!(
            read_request(&mut &b"NOT HTTP AT ALL\r\n\r\n"[..]).err(),
            Some(400)
        );
        assert_eq!(
            read_request(&mut &b"GET / HTTP/1.1\r\nHost"[..]).err(),
            Some(400)
        );
        assert!(read_request(&mut &b""[..]).unwrap().is_none());
        let request = read_request(&mut &b"\r\nGET /x HTTP/1.0\r\n\r\n"[..])
            .unwrap()
            .unwrap();
        assert_eq!(
            (request.method.as_str(), request.target.as_str()),
            ("GET", "/x")
        );
        assert!(
            !request.keep_alive,
            "HTTP/1.0 closes unless asked to keep alive"
        );
        let request = read_request(&mut &b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n"[..])
            .unwrap()
            .unwrap();
        assert!(!request.keep_alive);
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

        let server = Server::start(&root, SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).unwrap();
        let (status, _, body) = fetch(server.addr(), "GET", "/link.txt");
        assert_eq!(status, "HTTP/1.1 403 Forbidden");
        assert!(!String::from_utf8_lossy(&body).contains("outside"));
        server.stop();
    }
}
