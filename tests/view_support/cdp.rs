//! A minimal Chrome DevTools Protocol client over a hand-rolled WebSocket (RFC 6455, client
//! side, text frames only): enough to load a page, evaluate JavaScript, send real mouse and
//! keyboard input, and take screenshots in headless Chromium.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The Chromium to use: `$DIXIT_CHROMIUM`, else the first of chromium, chromium-browser,
/// google-chrome on the PATH.
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("DIXIT_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// A headless Chromium with one page attached.
pub struct Browser {
    child: Child,
    ws: Ws,
    next_id: u64,
    session: Option<String>,
    _profile: tempfile::TempDir,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Browser {
    /// Starts `binary` headless with a fresh profile and connects to it.
    pub fn launch(binary: &Path) -> Result<Browser, String> {
        let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
        let mut child = Command::new(binary)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        // Chromium prints "DevTools listening on ws://..." on stderr; keep draining it after.
        let stderr = child.stderr.take().ok_or("no stderr")?;
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("DevTools listening on ").nth(1) {
                    if let Some(tx) = tx.take() {
                        let _ = tx.send(rest.trim().to_string());
                    }
                }
            }
        });
        let url = match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(u) => u,
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err("Chromium did not print its DevTools address within 30 s".into());
            }
        };
        let ws = Ws::connect(&url).map_err(|e| format!("cannot connect to {url}: {e}"))?;
        Ok(Browser {
            child,
            ws,
            next_id: 0,
            session: None,
            _profile: profile,
        })
    }

    /// Sends a command (to the attached page, once there is one) and waits for its result.
    pub fn call(&mut self, method: &str, params: Value) -> Result<Value, String> {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if let Some(s) = &self.session {
            msg["sessionId"] = json!(s);
        }
        self.ws
            .send(&msg.to_string())
            .map_err(|e| format!("{method}: {e}"))?;
        loop {
            let text = self.ws.recv().map_err(|e| format!("{method}: {e}"))?;
            let v: Value =
                serde_json::from_str(&text).map_err(|e| format!("{method}: bad message: {e}"))?;
            if v.get("id").and_then(Value::as_u64) != Some(id) {
                continue; // an event, or another session's traffic
            }
            if let Some(err) = v.get("error") {
                return Err(format!("{method}: {err}"));
            }
            return Ok(v.get("result").cloned().unwrap_or(Value::Null));
        }
    }

    /// Opens `url` in a new page, attaches to it, and waits until it has loaded.
    pub fn open(&mut self, url: &str) -> Result<(), String> {
        self.session = None;
        let t = self.call("Target.createTarget", json!({"url": "about:blank"}))?;
        let target = t["targetId"].as_str().ok_or("no targetId")?.to_string();
        let a = self.call(
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
        )?;
        self.session = Some(a["sessionId"].as_str().ok_or("no sessionId")?.to_string());
        self.call("Page.navigate", json!({"url": url}))?;
        let deadline = Instant::now() + Duration::from_secs(30);
        let check = format!(
            "location.href === {} && document.readyState === 'complete'",
            json!(url)
        );
        while self.eval(&check)? != json!(true) {
            if Instant::now() > deadline {
                return Err(format!("{url} did not load within 30 s"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(())
    }

    /// Evaluates `expr` in the page and returns its value (promises awaited).
    pub fn eval(&mut self, expr: &str) -> Result<Value, String> {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": expr, "returnByValue": true, "awaitPromise": true}),
        )?;
        if let Some(e) = r.get("exceptionDetails") {
            return Err(format!("JavaScript error in {expr:?}: {e}"));
        }
        Ok(r["result"].get("value").cloned().unwrap_or(Value::Null))
    }

    /// Scrolls the element that `js` (an expression giving an element) finds into view and
    /// returns its centre in viewport coordinates.
    pub fn centre(&mut self, js: &str) -> Result<(f64, f64), String> {
        let v = self.eval(&format!(
            "(() => {{ const el = {js}; if (!el) return null; el.scrollIntoView({{block: 'center'}}); \
             const r = el.getClientRects()[0] || el.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; }})()"
        ))?;
        match (v[0].as_f64(), v[1].as_f64()) {
            (Some(x), Some(y)) => Ok((x, y)),
            _ => Err(format!("no element for {js}")),
        }
    }

    /// Moves the mouse to (x, y).
    pub fn mouse_move(&mut self, x: f64, y: f64) -> Result<(), String> {
        self.call(
            "Input.dispatchMouseEvent",
            json!({"type": "mouseMoved", "x": x, "y": y}),
        )?;
        Ok(())
    }

    /// Clicks with the left button at the centre of the element `js` finds, as a user would:
    /// move, press, release (the page's own listeners receive real events).
    pub fn click(&mut self, js: &str) -> Result<(), String> {
        let (x, y) = self.centre(js)?;
        self.mouse_move(x, y)?;
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": x, "y": y, "button": "left", "buttons": 1, "clickCount": 1}),
            )?;
        }
        Ok(())
    }

    /// Presses and releases the Tab key.
    pub fn tab(&mut self) -> Result<(), String> {
        for kind in ["rawKeyDown", "keyUp"] {
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": kind, "key": "Tab", "code": "Tab", "windowsVirtualKeyCode": 9, "nativeVirtualKeyCode": 9}),
            )?;
        }
        Ok(())
    }

    /// Sets the viewport (a phone: `mobile`), lets the page lay out, and returns a PNG of it.
    pub fn screenshot(&mut self, width: u32, height: u32, mobile: bool) -> Result<Vec<u8>, String> {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile}),
        )?;
        self.eval(
            "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))",
        )?;
        let r = self.call("Page.captureScreenshot", json!({"format": "png"}))?;
        base64_decode(r["data"].as_str().ok_or("no screenshot data")?)
    }
}

fn base64_decode(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b'\n' | b'\r' => continue,
            _ => return Err(format!("bad base64 byte {c}")),
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Ok(out)
}

/// A WebSocket client connection (text messages).
struct Ws {
    stream: TcpStream,
    mask: u32,
}

impl Ws {
    fn connect(url: &str) -> io::Result<Ws> {
        let rest = url
            .strip_prefix("ws://")
            .ok_or_else(|| io::Error::other("not a ws:// URL"))?;
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let mut stream = TcpStream::connect(host)?;
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        stream.set_nodelay(true)?;
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
             Sec-WebSocket-Key: ZGl4aXQtdmlldy10ZXN0IQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )?;
        let mut head = Vec::new();
        let mut b = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            stream.read_exact(&mut b)?;
            head.push(b[0]);
        }
        let head = String::from_utf8_lossy(&head);
        if !head.starts_with("HTTP/1.1 101") {
            return Err(io::Error::other(format!("handshake refused: {head}")));
        }
        Ok(Ws {
            stream,
            mask: 0x9e37_79b9,
        })
    }

    fn send(&mut self, text: &str) -> io::Result<()> {
        let data = text.as_bytes();
        let mut frame = vec![0x81u8];
        match data.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n < 65536 => {
                frame.push(0x80 | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        self.mask = self.mask.rotate_left(7).wrapping_mul(0x0100_0193);
        let key = self.mask.to_be_bytes();
        frame.extend_from_slice(&key);
        frame.extend(data.iter().enumerate().map(|(i, b)| b ^ key[i % 4]));
        self.stream.write_all(&frame)
    }

    fn recv(&mut self) -> io::Result<String> {
        let mut message = Vec::new();
        loop {
            let mut h = [0u8; 2];
            self.stream.read_exact(&mut h)?;
            let (fin, opcode) = (h[0] & 0x80 != 0, h[0] & 0x0f);
            let mut len = (h[1] & 0x7f) as u64;
            if len == 126 {
                let mut b = [0u8; 2];
                self.stream.read_exact(&mut b)?;
                len = u16::from_be_bytes(b) as u64;
            } else if len == 127 {
                let mut b = [0u8; 8];
                self.stream.read_exact(&mut b)?;
                len = u64::from_be_bytes(b);
            }
            let mut key = None;
            if h[1] & 0x80 != 0 {
                let mut k = [0u8; 4];
                self.stream.read_exact(&mut k)?;
                key = Some(k);
            }
            let mut payload = vec![0u8; len as usize];
            self.stream.read_exact(&mut payload)?;
            if let Some(k) = key {
                payload
                    .iter_mut()
                    .enumerate()
                    .for_each(|(i, b)| *b ^= k[i % 4]);
            }
            match opcode {
                0x8 => return Err(io::Error::other("the browser closed the connection")),
                0x9 => {
                    // Ping: answer with a pong carrying the same payload.
                    let mut pong = vec![0x8a, 0x80 | payload.len() as u8, 0, 0, 0, 0];
                    pong.extend_from_slice(&payload);
                    self.stream.write_all(&pong)?;
                }
                0xa => {}
                _ => {
                    message.extend_from_slice(&payload);
                    if fin {
                        return String::from_utf8(message).map_err(io::Error::other);
                    }
                }
            }
        }
    }
}
