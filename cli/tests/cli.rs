//! The `newstext` binary end to end: outputs, exit codes, stdin.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn seeds() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    v
}

/// Each line of a JSONL output, parsed.
fn json_lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newstext"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

#[test]
fn parse_json_is_the_library_json() {
    let paths: Vec<String> = seeds().iter().map(|p| p.display().to_string()).collect();
    let mut args = vec!["parse", "--json"];
    args.extend(paths.iter().map(String::as_str));
    let out = run(&args, None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), paths.len());
    for (line, p) in lines.iter().zip(&paths) {
        let article = newstext::Parser::default().parse_path(p).unwrap();
        assert_eq!(*line, serde_json::to_string(&article).unwrap());
    }
}

#[test]
fn exit_codes_and_errors_name_their_input() {
    let seed = seeds()[0].display().to_string();
    let out = run(&["parse", "--json", &seed, "no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(1), "some inputs failed");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("no/such/file.txt"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().count(),
        2,
        "a line in place of the failed input"
    );
    assert_eq!(run(&["bogus"], None).status.code(), Some(2), "usage");
    assert_eq!(
        run(&["parse", "--nope"], None).status.code(),
        Some(2),
        "usage"
    );
    assert!(run(&["corpus", "--help"], None).status.success());
    // Empty stdin is an input error, not a crash.
    assert_eq!(run(&["analyze"], Some("  \n")).status.code(), Some(1));
}

#[test]
fn detect_tokenize_and_words_from_stdin() {
    let out = run(
        &["detect", "--json"],
        Some("Hội nghị thứ trưởng quốc phòng\nThe ministers met in Hanoi on Monday.\n"),
    );
    assert!(out.status.success());
    let langs: Vec<String> = json_lines(&out.stdout)
        .iter()
        .map(|r| r["lang"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(langs, ["vi", "en"]);
    let out = run(&["tokenize", "-"], Some("Rp5.000 U.N."));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "0\t2\tsymbol\tRp\n2\t7\tnumber\t5.000\n8\t12\tacronym\tU.N.\n"
    );
    let out = run(&["tokenize", "--words"], Some("quốc phòng Việt Nam"));
    let words: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').nth(2).unwrap().to_string())
        .collect();
    assert_eq!(words, ["quốc phòng", "Việt Nam"]);
}

#[test]
fn corpus_outputs_one_record_per_input_in_order() {
    let dir = root().join("seeds").display().to_string();
    for (output, key) in [
        ("analysis", "tokens"),
        ("article", "kind"),
        ("compact", "gap"),
    ] {
        let out = run(
            &["corpus", &dir, "--output", output, "--threads", "2"],
            None,
        );
        assert!(out.status.success(), "{output}");
        let records = json_lines(&out.stdout);
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(records.len(), seeds().len());
        let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted, "input order");
        assert!(records.iter().all(|r| r["ok"] == true), "{output}");
        assert!(
            text.contains(&format!("\"{key}\"")),
            "{output} records hold {key}"
        );
    }
    // JSONL on stdin, with a failing record: exit status 1, the others go on.
    let out = run(
        &["corpus"],
        Some("{\"id\": 1, \"text\": \"Hanoi news.\"}\n{\"id\": 2}\n"),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["error"]["kind"], "bad_json");
    assert!(String::from_utf8(out.stderr).unwrap().contains("\"id\":2"));
}

#[test]
fn big_records_are_written_as_they_are_made_with_the_same_json() {
    // A page of more than 4,096 lines goes through the writer block by
    // block; its record is the library's analysis, as a small record's is.
    let seeds: Vec<String> = seeds()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let big = seeds.join("\n").repeat(40);
    assert!(big.lines().count() > 4096);
    let small = &seeds[0];
    let input: String = [(1, small.as_str()), (2, big.as_str()), (3, small.as_str())]
        .iter()
        .map(|(id, t)| serde_json::json!({"id": id, "text": t}).to_string() + "\n")
        .collect();
    let parser = newstext::Parser::default();
    let analyzer = newstext::analyze::Analyzer::builder().build().unwrap();
    for output in ["analysis", "article"] {
        let out = run(&["corpus", "--output", output], Some(&input));
        assert!(out.status.success(), "{output}");
        let records = json_lines(&out.stdout);
        assert_eq!(records.len(), 3);
        for (r, (id, text)) in records.iter().zip([(1, small), (2, &big), (3, small)]) {
            let article = parser.parse(text).unwrap();
            let result = match output {
                "analysis" => serde_json::to_value(analyzer.analyze_owned(article)),
                _ => serde_json::to_value(article),
            }
            .unwrap();
            let want = serde_json::json!({"id": id, "ok": true, "result": result});
            assert!(*r == want, "{output} record {id}");
        }
    }
}
