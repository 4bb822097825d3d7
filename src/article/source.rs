//! The article's source: the agency or outlet the text credits, read out of
//! the blocks once their kinds are known. Photo credits never count.
//!
//! In order: a dateline opening the body (`Tokyo (VNA) –`, `TEMPO.CO,
//! Jakarta -`; a place such as `JAKARTA -` is not a source), a credit line
//! (`Theo QĐND`, `Nguồn tin: VOV1`, `(Source: VNA)`), an outlet named in a
//! byline or date line (`Hidayat Setiaji, CNBC Indonesia`, `News Desk (The
//! Jakarta Post)`, `CNN Indonesia | Selasa, …`), an agency closing the
//! body (`… fresh produce. VNS`), and a masthead before the title.

use crate::chars::Letters;
use crate::lower::Lower;
use std::ops::Range;

use super::gazetteer;
use super::rules;
use super::segment::Seg;
use super::BlockKind;

/// Labels that introduce an outlet: `Source: VNA`, `Nguồn tin: VOV1`,
/// `writer: Reuters`, `Penulis : Antara`, `Full story: The Nation`.
const SOURCE_LABELS: &[&str] = &[
    "source",
    "sources",
    "sumber",
    "nguồn",
    "nguồn tin",
    "theo",
    "menurut",
    "according to",
    "full story",
    "writer",
    "penulis",
    "reporter",
    "by",
];

pub(super) fn find(text: &str, segs: &[Seg]) -> Option<String> {
    let t = |s: &Seg| &text[s.start..s.end];
    let kind = Seg::block_kind;
    let abs = |s: &Seg, r: Range<usize>| s.start + r.start..s.start + r.end;
    let mut found: Option<Range<usize>> = None;

    // A dateline opening a paragraph or standing alone.
    for s in segs
        .iter()
        .filter(|s| matches!(kind(s), BlockKind::Paragraph | BlockKind::Dateline))
    {
        let Some(d) = s.more.dateline.clone() else {
            continue;
        };
        let head = &text[d.clone()];
        if let Some(src) = s
            .more
            .source
            .clone()
            .filter(|r| !gazetteer::is_place(&text[r.clone()]))
        {
            found = Some(src);
        } else if let Some(r) = gazetteer::find_outlet(head) {
            found = Some(abs(s, r));
        } else if let Some(r) = unknown_outlet_in_dateline(head) {
            found = Some(abs(s, r));
        }
        if found.is_some() {
            break;
        }
    }
    // Credit lines.
    if found.is_none() {
        found = segs
            .iter()
            .filter(|s| kind(s) == BlockKind::Attribution)
            .find_map(|s| {
                s.more
                    .source
                    .clone()
                    .or_else(|| labelled(t(s)).map(|r| abs(s, r)))
                    .or_else(|| gazetteer::find_outlet(t(s)).map(|r| abs(s, r)))
            });
    }
    // Outlets in bylines and date lines.
    if found.is_none() {
        found = segs
            .iter()
            .filter(|s| {
                matches!(kind(s), BlockKind::Byline | BlockKind::Date) && s.more.marker.is_none()
            })
            .find_map(|s| {
                s.more
                    .source
                    .clone()
                    .or_else(|| gazetteer::find_outlet(t(s)).map(|r| abs(s, r)))
            });
    }
    // A labelled credit anywhere short (`Nguồn tin: VOV1`), or a bare
    // agency closing the body.
    if found.is_none() {
        found = segs
            .iter()
            .filter(|s| {
                matches!(kind(s), BlockKind::Paragraph | BlockKind::Boilerplate)
                    && rules::word_count_upto(t(s), 9) <= 8
            })
            .find_map(|s| {
                labelled(t(s))
                    .filter(|r| {
                        gazetteer::is_outlet(&t(s)[r.clone()])
                            || rules::looks_like_outlet(&t(s)[r.clone()])
                    })
                    .map(|r| abs(s, r))
            });
    }
    if found.is_none() {
        found = segs
            .iter()
            .rev()
            .filter(|s| kind(s) == BlockKind::Paragraph)
            .take(2)
            .find_map(|s| closing_agency(t(s)).map(|r| abs(s, r)));
    }
    if let Some(r) = found {
        return Some(text[r].to_string());
    }
    // A masthead before the title.
    let title = segs.iter().position(|s| kind(s) == BlockKind::Title)?;
    segs[..title]
        .iter()
        .find(|s| {
            kind(s) == BlockKind::Boilerplate
                && (rules::is_masthead(t(s))
                    || (rules::word_count_upto(t(s), 5) <= 4 && gazetteer::is_outlet(t(s))))
        })
        .map(|s| t(s).to_string())
}

/// `Label: Outlet` (the outlet's span), the label one of [`SOURCE_LABELS`].
fn labelled(s: &str) -> Option<Range<usize>> {
    let (label, rest) = s.split_once(':')?;
    let label_l = label.trim().trim_start_matches('(').lower();
    if !SOURCE_LABELS.contains(&label_l.as_str()) {
        return None;
    }
    let name = rest.trim().trim_end_matches([')', '.']).trim();
    if name.is_empty() || rules::word_count_upto(name, 6) > 5 {
        return None;
    }
    let at = label.len() + 1 + (rest.len() - rest.trim_start().len());
    Some(at..at + name.len())
}

/// `PLACE, Outlet -` / `Outlet, PLACE -` / `Outlet | Place –` where the
/// outlet is not in the gazetteer: the part that is not a known place, when
/// the other is one.
fn unknown_outlet_in_dateline(head: &str) -> Option<Range<usize>> {
    let body = head.trim_end_matches(['-', '–', '—', ' ']);
    let sep = if body.contains(',') { ',' } else { '|' };
    let parts: Vec<&str> = body.split(sep).collect();
    if parts.len() != 2 {
        return None;
    }
    let (a, b) = (parts[0].trim(), parts[1].trim());
    let pick = if gazetteer::is_place(b) || is_place_like(b) {
        a
    } else if gazetteer::is_place(a) || is_place_like(a) {
        b
    } else {
        return None;
    };
    if pick.is_empty() || rules::word_count_upto(pick, 4) > 3 || gazetteer::is_place(pick) {
        return None;
    }
    let at = pick.as_ptr() as usize - head.as_ptr() as usize;
    Some(at..at + pick.len())
}

/// An administrative place name: `Kabupaten Pemalang`, `KOTA BEKASI`,
/// `Tỉnh Gia Lai`.
fn is_place_like(s: &str) -> bool {
    let first = crate::spaces::words(s).next().unwrap_or("").lower();
    matches!(
        first.as_str(),
        "kabupaten"
            | "kota"
            | "kecamatan"
            | "provinsi"
            | "desa"
            | "tỉnh"
            | "huyện"
            | "thành"
            | "quận"
    ) || (rules::word_count_upto(s, 2) >= 2
        && s.chars().filter(|c| c.is_letter()).all(char::is_uppercase))
}

/// A known agency closing a paragraph after its last sentence: `… fresh
/// produce. VNS`.
fn closing_agency(s: &str) -> Option<Range<usize>> {
    let t = s.trim_end();
    let (i, c) = t
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '.' | '!' | '?' | '”' | '"'))?;
    let cut = i + c.len_utf8();
    let tail = t[cut..].trim();
    let tail = tail.trim_start_matches(['-', '–', '—', ' ']);
    if tail.is_empty() || rules::word_count_upto(tail, 4) > 3 || !gazetteer::is_outlet(tail) {
        return None;
    }
    let at = t.len() - tail.len();
    Some(at..t.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_closing_agencies() {
        let l = |s: &str| labelled(s).map(|r| s[r].to_string());
        assert_eq!(l("Nguồn tin: VOV1").as_deref(), Some("VOV1"));
        assert_eq!(l("Penulis : Antara").as_deref(), Some("Antara"));
        assert_eq!(l("(Source: VNA)").as_deref(), Some("VNA"));
        assert_eq!(l("Note: this is not a source"), None);
        let c = |s: &str| closing_agency(s).map(|r| s[r].to_string());
        assert_eq!(
            c("Families lit incense and offered fresh produce. VNS").as_deref(),
            Some("VNS")
        );
        assert_eq!(c("He said so. The end"), None);
        assert_eq!(
            c("“Both leaders confirmed it.” VNA").as_deref(),
            Some("VNA")
        );
        assert_eq!(c("He said “so” and"), None);
        let u = |s: &str| unknown_outlet_in_dateline(s).map(|r| s[r].to_string());
        assert_eq!(
            u("InfoPBUN, KOTAWARINGIN BARAT -").as_deref(),
            Some("InfoPBUN")
        );
        assert_eq!(
            u("Kabupaten Pemalang, Pos Jateng –").as_deref(),
            Some("Pos Jateng")
        );
        assert_eq!(
            u("UNIMALNEWS | Yogyakarta –").as_deref(),
            Some("UNIMALNEWS")
        );
        assert_eq!(u("BANDUNG -"), None);
    }
}
