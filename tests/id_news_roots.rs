//! The default Indonesian stemmer on real news words with the roots a
//! linguist gives them (`../shared/data/stem/id-news-roots/dev.tsv`, read at
//! run time; a missing file fails under `CI=true` and is skipped elsewhere).
#![cfg(feature = "id-roots")]

mod common;

use newstext::stem::Stemmer;
use newstext::Lang;

fn accuracy(s: &Stemmer, tsv: &str) -> (usize, usize) {
    let (mut ok, mut n) = (0, 0);
    for line in tsv.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 || f[2] != "sure" {
            continue;
        }
        n += 1;
        let got = s.stem(f[0]);
        if got == f[1] || f.get(3).is_some_and(|a| !a.is_empty() && got == *a) {
            ok += 1;
        }
    }
    (ok, n)
}

#[test]
fn roots_not_fragments_on_news_words() {
    let Some(tsv) = common::shared_file("data/stem/id-news-roots/dev.tsv") else {
        return;
    };
    let ours = Stemmer::for_lang(Lang::Id).unwrap();
    let snowball = Stemmer::snowball(Lang::Id).unwrap();
    let (a, n) = accuracy(&ours, &tsv);
    let (b, _) = accuracy(&snowball, &tsv);
    eprintln!("news roots: newstext {a}/{n}, Snowball {b}/{n}");
    assert_eq!(n, 340);
    assert!(a as f64 / n as f64 >= 0.95, "{a}/{n}");
    assert!(a > b + 30, "{a} vs Snowball {b}");
}

#[test]
fn the_issue_examples_are_roots() {
    let id = Stemmer::for_lang(Lang::Id).unwrap();
    for (w, root) in [
        ("mengatakan", "kata"),
        ("menarik", "tarik"),
        ("menteri", "menteri"),
        ("berita", "berita"),
        ("perintah", "perintah"),
        ("disampaikan", "sampai"),
        ("pemerintahan", "perintah"),
        ("kerja-kerja", "kerja"),
        ("aktivitas-aktivitas", "aktivitas"),
        ("kebijakan", "bijak"),
        ("kecenderungan", "cenderung"),
        ("terpencil", "pencil"),
        ("filmnya", "film"),
    ] {
        assert_eq!(id.stem(w), root, "{w}");
    }
}
