//! The article parser on the seed articles and on hand-made texts: every
//! block kind, dates, bylines, sources, captions, translation links.

mod common;

use common::{assert_blocks_cover, seed};
use newstext::{Article, BlockKind, CorpusDateMarker, Lang, Parser};

fn texts(a: &Article, kind: BlockKind) -> Vec<&str> {
    a.blocks_of(kind).map(|b| b.text.as_str()).collect()
}

fn credits(a: &Article) -> Vec<&str> {
    a.blocks_of(BlockKind::Caption)
        .filter_map(|b| b.credit.as_deref())
        .collect()
}

#[test]
fn seed_000_date_caption_translation_attribution() {
    let text = seed("000");
    let a = Article::parse(&text).unwrap();
    assert_blocks_cover(&text, &a);
    let p = a.published.unwrap();
    assert_eq!(p.date.to_string(), "2014-10-07");
    assert_eq!(
        serde_json::to_value(p).unwrap()["time"],
        serde_json::json!("19:34")
    );
    let i = a
        .blocks
        .iter()
        .position(|b| {
            b.text == "Quang cảnh Hội nghị thứ trưởng quốc phòng ASEAN-Nhật Bản lần thứ 6."
        })
        .unwrap();
    assert_eq!(a.blocks[i].kind, BlockKind::Caption);
    assert_eq!(a.blocks[i].lang, Some(Lang::Vi));
    assert_eq!(a.blocks[i + 1].kind, BlockKind::Caption);
    assert_eq!(a.blocks[i + 1].lang, Some(Lang::En));
    assert_eq!(a.blocks[i + 1].translation_of, Some(i));
    assert_eq!(texts(&a, BlockKind::Attribution), ["According to Vietnam+"]);
    assert_eq!(a.source.as_deref(), Some("Vietnam+"));
}

#[test]
fn seed_001_captions_headings_related() {
    let text = seed("001");
    let a = Article::parse(&text).unwrap();
    assert_blocks_cover(&text, &a);
    assert_eq!(
        a.title.as_deref(),
        Some("Vietnam-Japan Defence Cooperation Reaching “New Level”")
    );
    assert_eq!(a.published, None);
    assert_eq!(
        credits(&a),
        [
            "People's Army Newspaper",
            "People's Army Newspaper",
            "Kiyoshi Ota/Pool Photo via AP",
            "People's Army Newspaper",
            "VNA",
            "VNA"
        ]
    );
    assert_eq!(
        texts(&a, BlockKind::Heading),
        [
            "Milestone in bilateral defence ties",
            "Freedom of navigation and flight must not be unduly violated",
            "“New tool” to strengthen defence ties",
            "Vietnam calls for more Japanese support in Covid-19 fight"
        ]
    );
    let n = a.blocks.len();
    assert!(a.blocks[n - 3..]
        .iter()
        .all(|b| b.kind == BlockKind::Related));
    assert_eq!(a.blocks_of(BlockKind::Related).count(), 3);
    // Photo credits never set the source.
    assert_eq!(a.source, None);
    // `(called Bien Dong Sea in Vietnam)` sits in an English paragraph.
    assert!(a
        .blocks
        .iter()
        .filter(|b| b.text.contains("Bien Dong"))
        .all(|b| b.lang == Some(Lang::En)));
}

#[test]
fn seed_002_byline_and_forum_source() {
    let a = Article::parse(&seed("002")).unwrap();
    let b = a.byline.as_ref().unwrap();
    assert_eq!(b.authors, ["Felix Kim"]);
    assert_eq!(b.text, "Felix Kim");
    assert_eq!(a.source.as_deref(), Some("FORUM"));
    assert_eq!(a.blocks_of(BlockKind::Title).count(), 2);
    assert_eq!(a.blocks_of(BlockKind::Byline).count(), 2);
}

#[test]
fn seed_003_marker_captions_byline_no_source() {
    let text = seed("003");
    let a = Article::parse(&text).unwrap();
    assert_blocks_cover(&text, &a);
    assert_eq!(a.title, None);
    assert_eq!(a.published.unwrap().date.to_string(), "2024-08-06");
    assert_eq!(a.published.unwrap().time, None);
    assert_eq!(a.blocks[0].kind, BlockKind::Date);
    assert_eq!(a.blocks[0].text, "date 2024-08-06");
    assert_eq!(credits(&a), ["SGGP"; 7]);
    let b = a.byline.unwrap();
    assert_eq!(b.text, "By Tran Binh – Translated by Kim Khanh");
    assert_eq!(b.authors, ["Tran Binh"]);
    assert_eq!(b.translators, ["Kim Khanh"]);
    assert_eq!(a.source, None, "SGGP appears only as a photo credit");
}

#[test]
fn seed_004_indonesian_source_caption_footer() {
    let text = seed("004");
    let a = Article::parse(&text).unwrap();
    assert_blocks_cover(&text, &a);
    assert_eq!(
        a.title.as_deref(),
        Some("Mendorong aktivitas-aktivitas kerjasama pertahanan antara Vietnam dan Jepang")
    );
    assert_eq!(a.source.as_deref(), Some("VOVWORLD"));
    assert_eq!(credits(&a), ["qdnd.vn"]);
    assert_eq!(texts(&a, BlockKind::Boilerplate), ["Komentar"]);
    assert_eq!(texts(&a, BlockKind::Related), ["Yang lain"]);
    let komentar = a.blocks_of(BlockKind::Boilerplate).next().unwrap();
    assert_eq!(komentar.lang, Some(Lang::Id));
}

#[test]
fn corpus_marker_can_be_switched_off() {
    let text = seed("003");
    let p = Parser::builder()
        .corpus_date_marker(CorpusDateMarker::Ignore)
        .build()
        .unwrap();
    let a = p.parse(&text).unwrap();
    assert_eq!(a.published, None);
    assert!(a.blocks[0].text.starts_with("date 2024-08-06 General"));
}

#[test]
fn partial_marker_gives_no_date() {
    let text = " date 2017-01 Trung tâm Dự báo khí tượng thủy văn trung ương dự báo sẽ có một đợt lũ lớn trên các sông ở miền Trung từ giữa đến cuối tuần.";
    let a = Article::parse(text).unwrap();
    assert_blocks_cover(text, &a);
    assert_eq!(a.blocks[0].kind, BlockKind::Date);
    assert_eq!(a.published, None);
}

#[test]
fn unrelated_adjacent_captions_in_two_languages_are_not_linked() {
    let text = "Hội nghị quốc phòng\n\n\
        Bộ trưởng đã phát biểu tại hội nghị về hợp tác an ninh hàng hải trong khu vực.\n\n\
        Đoàn đại biểu thăm bảo tàng lịch sử quân sự.\n\
        Farmers harvest rice in the fields of the delta.\n\n\
        Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực quốc phòng và an ninh.\n";
    let a = Article::parse(text).unwrap();
    assert!(a.blocks.iter().all(|b| b.translation_of.is_none()));
}

#[test]
fn glued_byline_and_date_split_into_two_blocks() {
    let text = "Kagumi Kekuatan Militer Vietnam\n\n\
        Muhammad Ilham Baktora Sabtu, 14 Mei 2022 | 14:38 WIB\n\n\
        Menteri Pertahanan RI, Prabowo Subianto menyoroti potensi kerjasama pertahanan antara Indonesia dan Vietnam.\n";
    let a = Article::parse(text).unwrap();
    assert_blocks_cover(text, &a);
    assert_eq!(texts(&a, BlockKind::Byline), ["Muhammad Ilham Baktora"]);
    assert_eq!(
        texts(&a, BlockKind::Date),
        ["Sabtu, 14 Mei 2022 | 14:38 WIB"]
    );
    let p = serde_json::to_value(a.published.unwrap()).unwrap();
    assert_eq!(
        p,
        serde_json::json!({"date": "2022-05-14", "time": "14:38", "utc_offset": "+07:00"})
    );
    assert_eq!(a.byline.unwrap().authors, ["Muhammad Ilham Baktora"]);
}

#[test]
fn page_clock_before_the_title_is_boilerplate() {
    let text = "Sabtu, 22 November 2014\n\nJepang Tingkatkan Investasi di Indonesia\n\n\
        Jumat, 18 Januari 2013 | 19:31 WIB\n\n\
        JAKARTA, KOMPAS.com - Presiden Susilo Bambang Yudhoyono dan Perdana Menteri Jepang Shinzo Abe sepakat untuk meningkatkan investasi.\n";
    let a = Article::parse(text).unwrap();
    assert_eq!(a.blocks[0].kind, BlockKind::Boilerplate);
    assert_eq!(
        a.title.as_deref(),
        Some("Jepang Tingkatkan Investasi di Indonesia")
    );
    assert_eq!(a.published.unwrap().date.to_string(), "2013-01-18");
    assert_eq!(a.source.as_deref(), Some("KOMPAS.com"));
}

#[test]
fn dateline_alone_on_a_line_and_related_teaser() {
    let text = "Jakarta Diprediksi Bakal Hujan Lagi Hari Ini\n\nJakarta -\n\n\
        Seharian kemarin, Jakarta diguyur hujan dan berakibat banjir. Hari ini, Jakarta diprediksi bakal hujan lagi.\n\n\
        Baca Juga: Kontingen Indonesia Kesulitan Cari Makanan Halal di Vietnam\n\n\
        Prakiraan cuaca disampaikan oleh Badan Meteorologi, Klimatologi, dan Geofisika pada pagi hari.\n";
    let a = Article::parse(text).unwrap();
    assert_eq!(texts(&a, BlockKind::Dateline), ["Jakarta -"]);
    assert_eq!(a.blocks_of(BlockKind::Related).count(), 1);
    assert_eq!(a.source, None, "a bare place credits no outlet");
}

#[test]
fn theo_outlet_is_attribution_theo_person_is_byline() {
    let body = "Chuyến thăm diễn ra trong bối cảnh thời gian qua, hợp tác quốc phòng Việt Nam-Nhật Bản đạt được nhiều kết quả.";
    let a = Article::parse(&format!(
        "Tiêu đề bài viết về quốc phòng\n{body}\nTheo QĐND"
    ))
    .unwrap();
    assert_eq!(texts(&a, BlockKind::Attribution), ["Theo QĐND"]);
    assert_eq!(a.source.as_deref(), Some("QĐND"));
    let a = Article::parse(&format!(
        "Tiêu đề bài viết về quốc phòng\n{body}\nTheo Nguyễn Văn An"
    ))
    .unwrap();
    assert_eq!(texts(&a, BlockKind::Byline), ["Theo Nguyễn Văn An"]);
    assert_eq!(a.byline.unwrap().authors, ["Nguyễn Văn An"]);
    let a = Article::parse(&format!(
        "Tiêu đề bài viết về quốc phòng\n{body}\nTheo kế hoạch, hai bên sẽ ký kết thỏa thuận."
    ))
    .unwrap();
    assert_eq!(a.blocks.last().unwrap().kind, BlockKind::Paragraph);
}

#[test]
fn glued_sub_heading_and_trailing_signature() {
    let text = " date 2017-03 Xuất hiện áp thấp trên biển Đông Chiều qua, vùng xoáy thấp trên biển Đông đã mạnh lên thành áp thấp trên khu vực nam biển Đông và di chuyển vào miền Trung. Dự báo trong 24 giờ tới, áp thấp này sẽ mạnh lên nhanh chóng, gây mưa to cho Trung bộ. VIỄN SỰ";
    let a = Article::parse(text).unwrap();
    assert_blocks_cover(text, &a);
    assert_eq!(
        texts(&a, BlockKind::Heading),
        ["Xuất hiện áp thấp trên biển Đông"]
    );
    assert_eq!(texts(&a, BlockKind::Byline), ["VIỄN SỰ"]);
    assert_eq!(a.title, None);
    assert_eq!(a.published, None);
}

#[test]
fn sub_headings_in_title_case_one_word_and_past_a_teaser() {
    let text = "Harbour traffic doubles in two years\n\n\
HAI PHONG — The northern port handled twice as many containers this year as two years ago, the port authority said on Monday, crediting new berths and a deeper channel.\n\n\
Officials expect the growth to continue as two more terminals open next spring, adding capacity for the largest ships now calling in the region.\n\n\
Gratitude\n\n\
Shipping lines thanked the city for keeping the channel open through the storm season, when dredging crews worked around the clock to clear silt.\n\n\
— Port Watch (@portwatch) August 5, 2021\n\n\
Crews cleared more than two million cubic metres of silt from the channel during the three months of the storm season, the authority said.\n\n\
New Terminals Ahead\n\n\
Read also: Port fees to rise from July\n\n\
The first of the two terminals will be run by a joint venture and should open in March, according to the plan approved by the city.\n";
    let a = Article::parse(text).unwrap();
    assert_blocks_cover(text, &a);
    assert_eq!(
        a.title.as_deref(),
        Some("Harbour traffic doubles in two years")
    );
    assert_eq!(
        texts(&a, BlockKind::Heading),
        ["Gratitude", "New Terminals Ahead"]
    );
    assert!(texts(&a, BlockKind::Heading)
        .iter()
        .all(|h| !h.starts_with("HAI PHONG") && !h.contains("@portwatch")));
    // The embedded post's date is not the article's.
    assert_eq!(a.published, None);
}

/// Parses `../shared/corpus` (read at run time) and checks titles, dates
/// and sources against the hand annotations; every file must parse and
/// cover its lines. Skipped with a message when the corpus is absent,
/// except under `CI=true`.
#[test]
fn development_corpus_keeps_its_score() {
    let Some(paths) = common::corpus_pages() else {
        return;
    };
    assert!(paths.len() >= 30);
    let (mut right, mut total) = (0, 0);
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for p in &paths {
        let text = std::fs::read_to_string(p).unwrap();
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(p.with_extension("json")).unwrap())
                .unwrap();
        let a = Article::parse(&text).unwrap();
        assert_blocks_cover(&text, &a);
        let title_ok = gold["title"].as_str().map(norm) == a.title.as_deref().map(norm);
        let date_ok =
            gold["date"].as_str().map(str::to_string) == a.published.map(|p| p.date.to_string());
        let lang_ok = gold["language"].as_str() == a.lang.map(|l| l.code().to_string()).as_deref();
        for ok in [title_ok, date_ok, lang_ok] {
            total += 1;
            right += usize::from(ok);
        }
    }
    let score = right as f64 / total as f64;
    assert!(
        score >= 0.95,
        "title/date/lang agreement fell to {score:.3}"
    );
}

#[test]
fn confidence_is_one_where_a_rule_decides_and_a_probability_elsewhere() {
    let text = " date 2024-08-06 Hanoi hosts ASEAN defence talks\n\
        Pewarta: Syaiful Hakim\n\
        The ministers agreed on Tuesday to deepen cooperation in maritime security, training and military medicine, officials said.\n\
        Baca juga: Menhan bertemu mitra Vietnam di Hanoi\n\
        Theo QĐND\n";
    let a = Article::parse(text).unwrap();
    assert_blocks_cover(text, &a);
    let by_text = |t: &str| a.blocks.iter().find(|b| b.text == t).unwrap();
    assert_eq!(by_text("date 2024-08-06").confidence, 1.0);
    let credit = by_text("Pewarta: Syaiful Hakim");
    assert_eq!((credit.kind, credit.confidence), (BlockKind::Byline, 1.0));
    let teaser = by_text("Baca juga: Menhan bertemu mitra Vietnam di Hanoi");
    assert_eq!((teaser.kind, teaser.confidence), (BlockKind::Related, 1.0));
    let attribution = by_text("Theo QĐND");
    assert_eq!(attribution.kind, BlockKind::Attribution);
    let body = a
        .blocks
        .iter()
        .find(|b| b.text.starts_with("The ministers"))
        .unwrap();
    assert_eq!(body.kind, BlockKind::Paragraph);
    assert!(body.confidence > 0.5 && body.confidence <= 1.0);
    let json = serde_json::to_value(&a).unwrap();
    assert!(json["blocks"][0]["confidence"].is_number());
}

#[test]
fn a_model_trained_on_two_pages_parses_a_third() {
    use newstext::{Annotation, ParserModel, TrainOptions};
    let page = |title: &str, body: &str| format!("Home | News | Sport\n{title}\nShare\n{body}\n");
    let ann = |title: &str| {
        let mut a = Annotation::default();
        a.title = Some(title.to_string());
        a.boilerplate = vec!["Home | News | Sport".into(), "Share".into()];
        a
    };
    let body = "Rivers in Quang Ngai and Hue rose above the third alarm level overnight, and schools in the lowlands closed on Monday.";
    let pages = vec![
        (
            page("Floods hit central Vietnam", body),
            ann("Floods hit central Vietnam"),
        ),
        (
            page("Storm nears the coast of Hue", body),
            ann("Storm nears the coast of Hue"),
        ),
    ];
    let model = ParserModel::train(&pages, &TrainOptions::default()).unwrap();
    // The text form is the model.
    let again: ParserModel = model.to_string().parse().unwrap();
    assert_eq!(again, model);
    let parser = Parser::builder().model(model).build().unwrap();
    let a = parser.parse(&page("Heat wave grips Hanoi", body)).unwrap();
    assert_eq!(a.title.as_deref(), Some("Heat wave grips Hanoi"));
    assert_eq!(a.blocks[0].kind, BlockKind::Boilerplate);
    assert!("newstext-parser-model 1\nbogus"
        .parse::<ParserModel>()
        .is_err());
}
