//! A gazetteer of news outlets and places, so that `(VNA)` and
//! `Liputan6.com` read as sources and `JAKARTA` as a place on any page.
//!
//! Lists of facts, written from public lists:
//! - outlets and agencies: the national news agencies of the region and the
//!   world agencies (the members of the Organization of Asia-Pacific News
//!   Agencies, OANA, as its site lists them), and the main national
//!   newspapers, broadcasters and news sites of Vietnam and Indonesia with
//!   their English editions (Wikipedia, "List of newspapers in Vietnam",
//!   "List of newspapers in Indonesia"; names and domains only);
//! - places: the country names of ISO 3166-1 in English (and the Indonesian
//!   and Vietnamese names of the region's countries), the provinces and
//!   main cities of Vietnam and Indonesia (ISO 3166-2:VN, ISO 3166-2:ID and
//!   their capitals) and the world's national capitals.
//!
//! Matching is on whole words, case-insensitive; names with diacritics are
//! listed in both spellings where news text uses both (`Hà Nội`, `Hanoi`).

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// Agencies and outlets: names, short forms and domains (lowercase).
const OUTLETS: &[&str] = &[
    // News agencies: the region and the world.
    "vna",
    "ttxvn",
    "vietnam news agency",
    "thông tấn xã việt nam",
    "antara",
    "antara news",
    "antaranews",
    "antaranews.com",
    "bernama",
    "xinhua",
    "kyodo",
    "kyodo news",
    "yonhap",
    "reuters",
    "afp",
    "ap",
    "associated press",
    "agence france-presse",
    "bloomberg",
    "pna",
    "philippine news agency",
    "tna",
    "thai news agency",
    "akp",
    "kpl",
    "mna",
    "bna",
    "tass",
    "ria novosti",
    "sputnik",
    "dpa",
    "efe",
    "ansa",
    "pti",
    "ians",
    "jiji",
    "jiji press",
    "cna",
    "channel newsasia",
    "upi",
    "aap",
    "nhk",
    "bbc",
    "cnn",
    "al jazeera",
    "voa",
    "rfa",
    "rfi",
    "dw",
    "the nation",
    "nation thailand",
    "bangkok post",
    "the star",
    "new straits times",
    "the straits times",
    "straits times",
    "khmer times",
    "phnom penh post",
    "the phnom penh post",
    "inquirer",
    "philstar",
    "abs-cbn",
    "abs-cbn news",
    "gma news",
    "gma integrated news",
    "rappler",
    "south china morning post",
    "scmp",
    "global times",
    "the guardian",
    "new york times",
    "the new york times",
    "washington post",
    "the washington post",
    "wall street journal",
    "financial times",
    "nikkei",
    "nikkei asia",
    "the diplomat",
    "asia times",
    // Vietnam.
    "vov",
    "vov1",
    "vov2",
    "vov3",
    "vovworld",
    "vov.vn",
    "đài tiếng nói việt nam",
    "voice of vietnam",
    "vtv",
    "vtv1",
    "vtv4",
    "vtv9",
    "vtc",
    "vtc news",
    "htv",
    "vietnamplus",
    "vietnam+",
    "vietnamplus.vn",
    "vnexpress",
    "vnexpress international",
    "vnexpress.net",
    "e.vnexpress.net",
    "tuổi trẻ",
    "tuoi tre",
    "tuoitre",
    "tuoitre.vn",
    "tuoi tre news",
    "tuoitrenews",
    "thanh niên",
    "thanh nien",
    "thanhnien",
    "thanhnien.vn",
    "thanh nien news",
    "nhân dân",
    "nhan dan",
    "nhandan",
    "nhandan.vn",
    "quân đội nhân dân",
    "qđnd",
    "qdnd",
    "qdnd.vn",
    "people's army newspaper",
    "công an nhân dân",
    "cand",
    "cand.com.vn",
    "sggp",
    "sài gòn giải phóng",
    "saigon giai phong",
    "sggp.org.vn",
    "sggpnews",
    "lao động",
    "lao dong",
    "laodong",
    "laodong.vn",
    "tiền phong",
    "tien phong",
    "tienphong",
    "tienphong.vn",
    "tpo",
    "dân trí",
    "dan tri",
    "dantri",
    "dantri.com.vn",
    "vietnamnet",
    "vietnamnet.vn",
    "vietnam news",
    "vietnamnews",
    "vietnamnews.vn",
    "vns",
    "viet nam news",
    "hanoi times",
    "hanoitimes",
    "hanoitimes.vn",
    "the hanoi times",
    "zing",
    "zingnews",
    "znews",
    "zingnews.vn",
    "người lao động",
    "nld",
    "nld.com.vn",
    "pháp luật tp.hcm",
    "plo",
    "plo.vn",
    "báo tin tức",
    "baotintuc.vn",
    "thế giới & việt nam",
    "baoquocte.vn",
    "world & vietnam report",
    "wvr",
    "the saigon times",
    "saigon times",
    "the investor",
    "theinvestor.vn",
    "vneconomy",
    "vneconomy.vn",
    "vietnam investment review",
    "vir",
    "kinh tế & đô thị",
    "kinhtedothi",
    "người đưa tin",
    "nguoiduatin",
    "báo công lý",
    "vietnam.vn",
    "baochinhphu",
    "baochinhphu.vn",
    "chinhphu.vn",
    "vietnam government portal",
    "hà nội mới",
    "hanoimoi",
    "đài pt-th",
    "báo ảnh việt nam",
    "vietnam pictorial",
    "nvsk",
    "vnanet",
    "vnanet.vn",
    "kênh 14",
    "kenh14",
    "soha",
    "cafef",
    "cafebiz",
    "vietstock",
    "baomoi",
    "24h",
    "24h.com.vn",
    "an ninh thủ đô",
    "anninhthudo",
    "giáo dục thời đại",
    "sức khỏe & đời sống",
    "suckhoedoisong",
    "gia đình & xã hội",
    "infonet",
    "vtc.vn",
    "vtv.vn",
    "vov.gov.vn",
    "vovdulich",
    "baodautu",
    "nông nghiệp việt nam",
    "nongnghiep.vn",
    "báo nghệ an",
    "baonghean",
    "baolamdong",
    "báo lâm đồng",
    // Indonesia.
    "kompas",
    "kompas.com",
    "kompas.id",
    "kompas tv",
    "tempo",
    "tempo.co",
    "en.tempo.co",
    "koran tempo",
    "detikcom",
    "detik.com",
    "detiknews",
    "detikfinance",
    "liputan6",
    "liputan6.com",
    "republika",
    "republika.co.id",
    "republika online",
    "tribunnews",
    "tribunnews.com",
    "kumparan",
    "kumparan.com",
    "okezone",
    "okezone.com",
    "sindonews",
    "sindonews.com",
    "koran sindo",
    "media indonesia",
    "mediaindonesia.com",
    "cnn indonesia",
    "cnnindonesia.com",
    "cnbc indonesia",
    "cnbcindonesia.com",
    "idn times",
    "idntimes.com",
    "suara.com",
    "jpnn",
    "jpnn.com",
    "jawa pos",
    "jawapos",
    "jawapos.com",
    "bisnis.com",
    "bisnis indonesia",
    "kontan",
    "kontan.co.id",
    "katadata",
    "katadata.co.id",
    "the jakarta post",
    "jakarta post",
    "thejakartapost.com",
    "jakarta globe",
    "jakartaglobe",
    "rmol",
    "rmol.id",
    "viva.co.id",
    "inews",
    "inews.id",
    "merdeka.com",
    "tirto",
    "tirto.id",
    "beritasatu",
    "beritasatu.com",
    "metro tv",
    "metrotvnews",
    "medcom",
    "medcom.id",
    "tvri",
    "rri",
    "kompasiana",
    "grid.id",
    "pikiran rakyat",
    "pikiran-rakyat.com",
    "solopos",
    "solopos.com",
    "harian jogja",
    "harianjogja.com",
    "kedaulatan rakyat",
    "krjogja",
    "krjogja.com",
    "tribratanews",
    "bola.com",
    "bolasport",
    "sport detik",
    "haibunda",
    "wolipop",
    "fimela",
    "vibizmedia",
    "ceklissatu",
    "beritabali",
    "beritabali.com",
    "pos jateng",
    "posjateng.id",
    "koran jakarta",
    "koran-jakarta.com",
    "suara merdeka",
    "suaramerdeka.com",
    "sripoku",
    "serambinews",
    "lampung post",
    "bali post",
    "jatimnet",
    "jabarekspres",
    "rctiplus",
    "rcti+",
    "sctv",
    "indosiar",
];

/// Places: countries, the provinces and main cities of Vietnam and
/// Indonesia, world capitals (lowercase).
const PLACES: &[&str] = &[
    // Countries (English, with Indonesian and Vietnamese names in the region).
    "vietnam",
    "viet nam",
    "việt nam",
    "indonesia",
    "malaysia",
    "singapore",
    "thailand",
    "philippines",
    "the philippines",
    "filipina",
    "cambodia",
    "kamboja",
    "campuchia",
    "laos",
    "lào",
    "myanmar",
    "brunei",
    "timor-leste",
    "east timor",
    "china",
    "tiongkok",
    "trung quốc",
    "japan",
    "jepang",
    "nhật bản",
    "korea",
    "south korea",
    "north korea",
    "korea selatan",
    "hàn quốc",
    "taiwan",
    "india",
    "ấn độ",
    "pakistan",
    "bangladesh",
    "sri lanka",
    "nepal",
    "australia",
    "new zealand",
    "united states",
    "usa",
    "u.s.",
    "amerika serikat",
    "mỹ",
    "hoa kỳ",
    "canada",
    "mexico",
    "brazil",
    "argentina",
    "chile",
    "peru",
    "colombia",
    "united kingdom",
    "uk",
    "britain",
    "inggris",
    "france",
    "prancis",
    "pháp",
    "germany",
    "jerman",
    "đức",
    "italy",
    "italia",
    "spain",
    "spanyol",
    "portugal",
    "netherlands",
    "belanda",
    "belgium",
    "switzerland",
    "austria",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "poland",
    "russia",
    "rusia",
    "ukraine",
    "turkey",
    "turki",
    "iran",
    "iraq",
    "israel",
    "palestine",
    "palestina",
    "saudi arabia",
    "arab saudi",
    "qatar",
    "uae",
    "united arab emirates",
    "egypt",
    "mesir",
    "south africa",
    "nigeria",
    "kenya",
    "ethiopia",
    "morocco",
    "greece",
    "ireland",
    "czech republic",
    "hungary",
    "romania",
    "mongolia",
    "kazakhstan",
    "uzbekistan",
    // World capitals.
    "tokyo",
    "beijing",
    "seoul",
    "pyongyang",
    "taipei",
    "manila",
    "bangkok",
    "kuala lumpur",
    "phnom penh",
    "vientiane",
    "naypyidaw",
    "yangon",
    "bandar seri begawan",
    "dili",
    "new delhi",
    "islamabad",
    "dhaka",
    "colombo",
    "kathmandu",
    "canberra",
    "wellington",
    "washington",
    "ottawa",
    "mexico city",
    "brasilia",
    "buenos aires",
    "santiago",
    "lima",
    "bogota",
    "london",
    "paris",
    "berlin",
    "rome",
    "madrid",
    "lisbon",
    "amsterdam",
    "brussels",
    "bern",
    "vienna",
    "stockholm",
    "oslo",
    "copenhagen",
    "helsinki",
    "warsaw",
    "moscow",
    "kyiv",
    "kiev",
    "ankara",
    "tehran",
    "baghdad",
    "jerusalem",
    "riyadh",
    "doha",
    "abu dhabi",
    "cairo",
    "pretoria",
    "abuja",
    "nairobi",
    "addis ababa",
    "rabat",
    "athens",
    "dublin",
    "prague",
    "budapest",
    "bucharest",
    "ulaanbaatar",
    "astana",
    "tashkent",
    "hong kong",
    "macau",
    "new york",
    "geneva",
    "sydney",
    "shanghai",
    "osaka",
    "busan",
    // Vietnam: municipalities, provinces and main cities.
    "hanoi",
    "ha noi",
    "hà nội",
    "ho chi minh city",
    "hcm city",
    "hcmc",
    "tp.hcm",
    "tp hcm",
    "tp. hồ chí minh",
    "thành phố hồ chí minh",
    "hồ chí minh",
    "saigon",
    "sài gòn",
    "da nang",
    "danang",
    "đà nẵng",
    "hai phong",
    "haiphong",
    "hải phòng",
    "can tho",
    "cần thơ",
    "hue",
    "huế",
    "thua thien hue",
    "thừa thiên huế",
    "thừa thiên-huế",
    "quang ninh",
    "quảng ninh",
    "ha long",
    "hạ long",
    "nghe an",
    "nghệ an",
    "vinh",
    "ha tinh",
    "hà tĩnh",
    "thanh hoa",
    "thanh hóa",
    "thanh hoá",
    "quang binh",
    "quảng bình",
    "quang tri",
    "quảng trị",
    "quang nam",
    "quảng nam",
    "quang ngai",
    "quảng ngãi",
    "binh dinh",
    "bình định",
    "quy nhon",
    "quy nhơn",
    "phu yen",
    "phú yên",
    "khanh hoa",
    "khánh hòa",
    "khánh hoà",
    "nha trang",
    "ninh thuan",
    "ninh thuận",
    "binh thuan",
    "bình thuận",
    "kon tum",
    "gia lai",
    "dak lak",
    "đắk lắk",
    "dak nong",
    "đắk nông",
    "lam dong",
    "lâm đồng",
    "da lat",
    "dalat",
    "đà lạt",
    "binh phuoc",
    "bình phước",
    "tay ninh",
    "tây ninh",
    "binh duong",
    "bình dương",
    "dong nai",
    "đồng nai",
    "ba ria-vung tau",
    "bà rịa-vũng tàu",
    "vung tau",
    "vũng tàu",
    "long an",
    "tien giang",
    "tiền giang",
    "ben tre",
    "bến tre",
    "tra vinh",
    "trà vinh",
    "vinh long",
    "vĩnh long",
    "dong thap",
    "đồng tháp",
    "an giang",
    "kien giang",
    "kiên giang",
    "phu quoc",
    "phú quốc",
    "hau giang",
    "hậu giang",
    "soc trang",
    "sóc trăng",
    "bac lieu",
    "bạc liêu",
    "ca mau",
    "cà mau",
    "ha giang",
    "hà giang",
    "cao bang",
    "cao bằng",
    "bac kan",
    "bắc kạn",
    "tuyen quang",
    "tuyên quang",
    "lao cai",
    "lào cai",
    "sa pa",
    "sapa",
    "yen bai",
    "yên bái",
    "thai nguyen",
    "thái nguyên",
    "lang son",
    "lạng sơn",
    "bac giang",
    "bắc giang",
    "phu tho",
    "phú thọ",
    "dien bien",
    "điện biên",
    "lai chau",
    "lai châu",
    "son la",
    "sơn la",
    "hoa binh",
    "hòa bình",
    "hoà bình",
    "vinh phuc",
    "vĩnh phúc",
    "bac ninh",
    "bắc ninh",
    "hai duong",
    "hải dương",
    "hung yen",
    "hưng yên",
    "thai binh",
    "thái bình",
    "ha nam",
    "hà nam",
    "nam dinh",
    "nam định",
    "ninh binh",
    "ninh bình",
    // Indonesia: provinces and main cities.
    "jakarta",
    "dki jakarta",
    "jawa barat",
    "west java",
    "jabar",
    "jawa tengah",
    "central java",
    "jateng",
    "jawa timur",
    "east java",
    "jatim",
    "banten",
    "yogyakarta",
    "jogja",
    "diy",
    "bali",
    "aceh",
    "sumatera utara",
    "north sumatra",
    "sumut",
    "sumatera barat",
    "west sumatra",
    "sumbar",
    "riau",
    "kepulauan riau",
    "kepri",
    "jambi",
    "sumatera selatan",
    "south sumatra",
    "sumsel",
    "bengkulu",
    "lampung",
    "bangka belitung",
    "babel",
    "kalimantan barat",
    "west kalimantan",
    "kalbar",
    "kalimantan tengah",
    "central kalimantan",
    "kalteng",
    "kalimantan selatan",
    "south kalimantan",
    "kalsel",
    "kalimantan timur",
    "east kalimantan",
    "kaltim",
    "kalimantan utara",
    "kaltara",
    "sulawesi utara",
    "north sulawesi",
    "sulut",
    "sulawesi tengah",
    "central sulawesi",
    "sulteng",
    "sulawesi selatan",
    "south sulawesi",
    "sulsel",
    "sulawesi tenggara",
    "sultra",
    "gorontalo",
    "sulawesi barat",
    "sulbar",
    "nusa tenggara barat",
    "ntb",
    "nusa tenggara timur",
    "ntt",
    "maluku",
    "maluku utara",
    "papua",
    "papua barat",
    "west papua",
    "surabaya",
    "bandung",
    "medan",
    "semarang",
    "makassar",
    "palembang",
    "tangerang",
    "depok",
    "bekasi",
    "bogor",
    "malang",
    "padang",
    "denpasar",
    "pekanbaru",
    "batam",
    "banjarmasin",
    "pontianak",
    "samarinda",
    "balikpapan",
    "manado",
    "kupang",
    "mataram",
    "jayapura",
    "ambon",
    "kendari",
    "palu",
    "serang",
    "cirebon",
    "surakarta",
    "magelang",
    "kediri",
    "sidoarjo",
    "banyuwangi",
    "tasikmalaya",
    "sukabumi",
    "cianjur",
    "garut",
    "karawang",
    "purwakarta",
    "cilegon",
    "lhokseumawe",
    "banda aceh",
    "pangkal pinang",
    "tanjung pinang",
    "palangka raya",
    "mamuju",
    "sofifi",
    "ternate",
    "manokwari",
    "sorong",
    "bukittinggi",
    "tegal",
    "pekalongan",
    "kudus",
    "jepara",
    "klaten",
    "sleman",
    "bantul",
    "gianyar",
    "badung",
    "buleleng",
];

struct Sets {
    outlets: HashSet<&'static str>,
    places: HashSet<&'static str>,
    /// The first word of every outlet and place.
    first_words: HashSet<&'static str>,
}

fn sets() -> &'static Sets {
    static SETS: OnceLock<Sets> = OnceLock::new();
    SETS.get_or_init(|| Sets {
        outlets: OUTLETS.iter().copied().collect(),
        places: PLACES.iter().copied().collect(),
        first_words: OUTLETS
            .iter()
            .chain(PLACES)
            .map(|e| e.split(' ').next().unwrap_or(e))
            .collect(),
    })
}

/// What a scan found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Found {
    /// A known outlet or agency is named.
    pub outlet: bool,
    /// A known place is named.
    pub place: bool,
}

/// Up to the first 16 words: where whole words or word pairs/triples match
/// the lists. Linear in the scanned prefix.
pub(crate) fn scan(s: &str) -> Found {
    scan_runs(s, true)
}

/// [`scan`], skipping the runs whose first word starts no entry when
/// `skip` (the tests compare both).
fn scan_runs(s: &str, skip: bool) -> Found {
    let mut found = Found::default();
    // The words, trimmed at the end and lowercased, joined by single
    // spaces: the key of a run of words is then a slice of `joined`, from
    // its first word's start (leading dashes skipped) to its last word's
    // end.
    let mut joined = String::with_capacity(s.len().min(256));
    let mut spans = [(0usize, 0usize); 16];
    let mut n = 0;
    for w in s
        .split(|c: char| {
            c.is_whitespace()
                || matches!(c, ',' | '(' | ')' | '[' | ']' | '|' | ':' | '"' | '“' | '”')
        })
        .filter(|w| !w.is_empty())
        .take(16)
    {
        if n > 0 {
            joined.push(' ');
        }
        let w = w.trim_end_matches(['-', '–', '.', ';', '!', '?', '\'']);
        let dashes = w.len() - w.trim_start_matches(['-', '–']).len();
        let start = joined.len();
        crate::lower::push_lowercase(&mut joined, w);
        spans[n] = (start + dashes, joined.len());
        n += 1;
    }
    let sets = sets();
    for i in 0..n {
        // A run whose first word starts no entry matches none, unless that
        // word holds a dot (a site under a subdomain: the runs starting at
        // later words see every other dot).
        let first = &joined[spans[i].0.min(spans[i].1)..spans[i].1];
        if skip && !first.contains('.') && !sets.first_words.contains(first) {
            continue;
        }
        for k in i..n.min(i + 3) {
            let key = &joined[spans[i].0.min(spans[k].1)..spans[k].1];
            if is_outlet_key(key) {
                found.outlet = true;
            }
            if sets.places.contains(key) {
                found.place = true;
            }
        }
    }
    found
}

fn is_outlet_key(key: &str) -> bool {
    let set = &sets().outlets;
    if set.contains(key) {
        return true;
    }
    // `bali.jpnn.com`, `en.antaranews.com`: a known site under a subdomain.
    let mut rest = key;
    while let Some((_, tail)) = rest.split_once('.') {
        if tail.contains('.') && set.contains(tail) {
            return true;
        }
        rest = tail;
    }
    false
}

/// The longest known outlet named among the first 16 words of `s`: its
/// byte span. Words are split at spaces and brackets; a match covers one to
/// four whole words.
pub(crate) fn find_outlet(s: &str) -> Option<std::ops::Range<usize>> {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        let sep = c.is_whitespace()
            || matches!(
                c,
                ',' | '(' | ')' | '[' | ']' | '|' | ':' | '"' | '“' | '”' | '/' | '='
            );
        match (sep, start) {
            (true, Some(st)) => {
                spans.push((st, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        if spans.len() >= 16 {
            break;
        }
    }
    if let (Some(st), true) = (start, spans.len() < 16) {
        spans.push((st, s.len()));
    }
    let trim = |(a, b): (usize, usize)| {
        let w = &s[a..b];
        let w2 = w.trim_start_matches(['-', '–']);
        let a = a + (w.len() - w2.len());
        let w3 = w2.trim_end_matches(['-', '–', '.', ';', '!', '?', '\'']);
        (a, a + w3.len())
    };
    let mut best: Option<(usize, usize)> = None;
    let mut key = String::new();
    for i in 0..spans.len() {
        for k in (0..4.min(spans.len() - i)).rev() {
            let (a, _) = trim(spans[i]);
            let (_, b) = trim(spans[i + k]);
            if a >= b {
                continue;
            }
            key.clear();
            // Inner separators become single spaces.
            let mut last_space = false;
            for c in s[a..b].chars() {
                if c.is_whitespace() {
                    if !last_space {
                        key.push(' ');
                    }
                    last_space = true;
                } else {
                    key.extend(c.to_lowercase());
                    last_space = false;
                }
            }
            if is_outlet_key(&key) {
                if best.is_none_or(|(ba, bb)| b - a > bb - ba) {
                    best = Some((a, b));
                }
                break;
            }
        }
    }
    best.map(|(a, b)| a..b)
}

/// Whether `s` (a name, trimmed) is a known outlet or agency.
pub(crate) fn is_outlet(s: &str) -> bool {
    let mut key = String::new();
    crate::lower::push_lowercase(&mut key, s.trim());
    is_outlet_key(&key)
}

/// Whether `s` (a name, trimmed) is a known place.
pub(crate) fn is_place(s: &str) -> bool {
    let mut key = String::new();
    crate::lower::push_lowercase(&mut key, s.trim().trim_end_matches('.'));
    sets().places.contains(key.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn skipping_runs_finds_the_same(
            s in "(Kompas|kompas\\.com|bali\\.jpnn\\.com|Tuoi Tre|VnExpress|Jakarta|Hà Nội|Ho Chi Minh City|Antara|the|and|-|—|, |\\(|\\)| |x\\.y){0,20}"
        ) {
            let (a, b) = (scan_runs(&s, true), scan_runs(&s, false));
            proptest::prop_assert_eq!((a.outlet, a.place), (b.outlet, b.place), "{:?}", s);
        }
    }

    #[test]
    fn runs_found_past_skipped_words() {
        let f = scan("the and bali.jpnn.com and the Hà Nội");
        assert!(f.outlet && f.place);
        let f = scan("Laporan — the Tuoi Tre team");
        assert!(f.outlet && !f.place);
    }

    #[test]
    fn outlets_and_places_on_any_page() {
        assert!(is_outlet("VNA"));
        assert!(is_outlet("Liputan6.com"));
        assert!(is_outlet("bali.jpnn.com"));
        assert!(is_outlet("The Jakarta Post"));
        assert!(!is_outlet("JAKARTA"));
        assert!(is_place("JAKARTA"));
        assert!(is_place("Hà Nội"));
        assert!(is_place("Ho Chi Minh City"));
        assert!(!is_place("Kompas.com"));
        let f = scan("BOGOR - Hujan deras melanda");
        assert!(f.place && !f.outlet);
        let f = scan("Tokyo (VNA) – An official");
        assert!(f.place && f.outlet);
        let of = |s: &str| find_outlet(s).map(|r| s[r].to_string());
        assert_eq!(
            of("Hidayat Setiaji, CNBC Indonesia").as_deref(),
            Some("CNBC Indonesia")
        );
        assert_eq!(
            of("News Desk (The Jakarta Post)").as_deref(),
            Some("The Jakarta Post")
        );
        assert_eq!(
            of("jpnn.com, KOTA BEKASI - Video").as_deref(),
            Some("jpnn.com")
        );
        assert_eq!(of("BANDUNG - Hujan"), None);
    }

    #[test]
    fn lists_are_lowercase_and_unique() {
        for list in [OUTLETS, PLACES] {
            for w in list {
                assert_eq!(*w, w.to_lowercase(), "{w}");
                assert_eq!(*w, w.trim());
            }
        }
        assert_eq!(sets().outlets.len(), OUTLETS.len(), "duplicate outlet");
        assert_eq!(sets().places.len(), PLACES.len(), "duplicate place");
    }
}
