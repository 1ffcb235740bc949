//! Fetcher benchmark: polls N feed sources spread over many host names, all
//! served by one local fixture server (a child process, so its memory is not
//! counted), through the real pipeline (robots.txt, per-host budget,
//! conditional GET, captures and poll records in SQLite).
//!
//! Rounds: 1 cold (robots.txt + every feed new, two items each), 2 every
//! source answers 304, 3 every feed changed (one new item each), 4 every
//! source answers 304 again. Item texts are distinct pseudo-random Han text.
//! Prints the wall time of each round and the poller's peak resident memory.
//!
//! Run: `cargo bench --bench fetch -- [--sources 10000] [--hosts 2500] [--parallel 256] [--delay-ms 1000]
//! [--blocking-threads 16] [--db PATH --port P]`; then `... --db PATH --port P --restart --version 3` measures a fresh
//! process on that archive where every source answers 304 (the fetcher's own footprint).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, Response, Uri};

fn arg(name: &str, default: u64) -> u64 {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    if std::env::args().any(|a| a == "--serve") {
        serve();
    } else {
        poll();
    }
}

// ---- the fixture server (child process) ----

struct Site {
    version: AtomicU64,
}

fn serve() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let site = Arc::new(Site {
            version: AtomicU64::new(arg("--version", 2)),
        });
        let app = axum::Router::new().fallback(handle).with_state(site);
        // `--any-loopback` listens on every address, so that sources can be
        // spread over 127.x.y.z host addresses (for a real `baoku run` soak,
        // which resolves names itself).
        let ip = if std::env::args().any(|a| a == "--any-loopback") { "0.0.0.0" } else { "127.0.0.1" };
        let listener = tokio::net::TcpListener::bind((ip, arg("--port", 0) as u16))
            .await
            .unwrap();
        println!("{}", listener.local_addr().unwrap());
        std::io::stdout().flush().unwrap();
        axum::serve(listener, app).await.unwrap();
    });
}

async fn handle(State(site): State<Arc<Site>>, uri: Uri, headers: HeaderMap) -> Response<Body> {
    let path = uri.path();
    if path == "/_bump" {
        let v = site.version.fetch_add(1, Ordering::SeqCst) + 1;
        return Response::new(Body::from(v.to_string()));
    }
    if path == "/robots.txt" {
        return Response::new(Body::from("User-agent: *\nDisallow: /private/\n"));
    }
    let host = headers
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_owned();
    let v = site.version.load(Ordering::SeqCst);
    let etag = format!("\"v{v}\"");
    if headers.get("if-none-match").and_then(|h| h.to_str().ok()) == Some(etag.as_str()) {
        return Response::builder()
            .status(304)
            .header("etag", etag)
            .body(Body::empty())
            .unwrap();
    }
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>{host}{path}</title><link>http://{host}/</link>\n"
    );
    for k in v.saturating_sub(2).max(1)..=v {
        let seed = xxhash_rust::xxh3::xxh3_64(format!("{host}{path}#{k}").as_bytes());
        xml.push_str(&format!(
            "<item><title>{}</title><link>http://{host}{path}/{k}.html</link><guid>{host}{path}#{k}</guid><description>{}</description><pubDate>Tue, 29 Mar 2022 08:{:02}:00 +0800</pubDate></item>\n",
            han(seed, 14),
            han(seed.rotate_left(17), 120),
            k % 60
        ));
    }
    xml.push_str("</channel></rss>\n");
    Response::builder()
        .status(200)
        .header("content-type", "application/rss+xml; charset=utf-8")
        .header("etag", etag)
        .body(Body::from(xml))
        .unwrap()
}

/// `n` Han characters drawn from a fixed pool by a xorshift seeded with
/// `seed`: distinct, stable text per item, so dedup sees distinct stories as
/// it would on real sources.
fn han(mut seed: u64, n: usize) -> String {
    const POOL: &str = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
    let pool: Vec<char> = POOL.chars().collect();
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            pool[(seed % pool.len() as u64) as usize]
        })
        .collect()
}

// ---- the poller ----

/// Every host name resolves to the fixture server.
struct Loopback;

impl reqwest::dns::Resolve for Loopback {
    fn resolve(&self, _name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        Box::pin(async {
            let addrs: reqwest::dns::Addrs =
                Box::new(std::iter::once(SocketAddr::from(([127, 0, 0, 1], 0))));
            Ok(addrs)
        })
    }
}

fn peak_rss_mb() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn poll() {
    let sources = arg("--sources", 10_000) as usize;
    let hosts = arg("--hosts", 2_500) as usize;
    let parallel = arg("--parallel", 256) as usize;
    let delay_ms = arg("--delay-ms", 1000);
    let blocking = arg("--blocking-threads", 16) as usize; // as the daemon's runtime()

    let mut child = Command::new(std::env::current_exe().unwrap())
        .arg("--serve")
        .args(["--version", &arg("--version", 2).to_string()])
        // A fixed port keeps the source URLs (and so the archive's state) the same across runs.
        .args(["--port", &arg("--port", 0).to_string()])
        .stdout(Stdio::piped())
        .spawn()
        .expect("start fixture server");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let server: SocketAddr = line.trim().parse().unwrap();

    // `--db PATH` keeps the archive for a later `--restart` run (with the
    // server's `--version` set to the version the archive last saw).
    let dir = tempfile::tempdir().unwrap();
    let db_path = std::env::args()
        .skip_while(|a| a != "--db")
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("bench.db"));
    let restart = std::env::args().any(|a| a == "--restart");
    let mut text = format!(
        "[storage]\npath = \"{}\"\n\n[fetch]\nuser_agent_contact = \"https://example.org/contact\"\nallow_private_addresses = true\nfetch_articles = false\nper_host_concurrency = 1\nper_host_delay_ms = {delay_ms}\n\n",
        db_path.display()
    );
    // Source i lives on host i % hosts, so neighbours in the list are on different hosts.
    for i in 0..sources {
        text.push_str(&format!(
            "[[source]]\nkey = \"s{i}\"\nname = \"源{i}\"\nurl = \"http://h{}.bench.test:{}/feed/{i}.xml\"\nkind = \"feed\"\nlevel = \"city\"\n\n",
            i % hosts,
            server.port()
        ));
    }
    let config =
        Arc::new(baoku::config::Config::parse(&text, std::path::Path::new("bench.toml")).unwrap());
    let rt = tokio::runtime::Builder::new_multi_thread()
        .max_blocking_threads(blocking)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let store = Arc::new(baoku::store::Store::open(&config.storage.path).unwrap());
        let fetcher = baoku::fetch::Fetcher::with_resolver(&config.fetch, Arc::new(Loopback)).unwrap();
        let ctx = Arc::new(baoku::pipeline::Context::with_fetcher(config.clone(), store, fetcher).unwrap());
        let (hwm, _) = peak_rss_mb();
        println!("after start-up (config, archive, dedup index): peak RSS {hwm:.1} MB");
        println!(
            "sources={sources} hosts={hosts} parallel={parallel} per_host_delay_ms={delay_ms} per_host_concurrency=1 max_connections={}",
            config.fetch.max_connections
        );
        let bump = || async {
            let c = reqwest::Client::new();
            c.get(format!("http://{server}/_bump")).send().await.unwrap().text().await.unwrap();
        };
        let rounds: &[(u32, &str)] = if restart {
            &[(1, "after a restart: robots.txt + all 304"), (2, "all 304")]
        } else {
            &[(1, "cold: robots.txt + all new"), (2, "all 304"), (3, "all changed"), (4, "all 304")]
        };
        for &(round, label) in rounds {
            if round == 3 {
                bump().await;
            }
            let t0 = Instant::now();
            let results = baoku::pipeline::poll_all(&ctx, parallel).await;
            let took = t0.elapsed();
            let mut kinds: HashMap<String, usize> = HashMap::new();
            for (_, s) in &results {
                let k = match (&s.error, s.not_modified) {
                    (Some((kind, _)), _) => format!("error:{kind}"),
                    (None, true) => "not-modified".into(),
                    (None, false) => "changed".into(),
                };
                *kinds.entry(k).or_default() += 1;
            }
            let new: usize = results.iter().map(|(_, s)| s.new_articles).sum();
            let (hwm, rss) = peak_rss_mb();
            let mut kinds: Vec<_> = kinds.into_iter().collect();
            kinds.sort();
            println!(
                "round {round} ({label}): {:.2} s, {:.0} polls/s, outcomes {kinds:?}, new articles {new}, peak RSS {hwm:.1} MB, RSS {rss:.1} MB",
                took.as_secs_f64(),
                results.len() as f64 / took.as_secs_f64()
            );
        }
        let _ = Duration::ZERO;
    });
    let _ = child.kill();
    let _ = child.wait();
}
