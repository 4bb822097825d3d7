//! The document rules of the first, hand-written parser: the title is the
//! headline next to the date or byline (or repeated, or first); what comes
//! before the title is page chrome; what follows a related-articles header
//! is related; short lines between body paragraphs are sub-headings;
//! name-heavy lines without a full stop between paragraphs are captions.
//!
//! They fit the pages they were written on, so they no longer decide: what
//! they would decide is one feature of each segment (`doc=heading`), which
//! the tagger weighs with the others.

use super::classify::CueLangs;
use super::rules::{self, Credit};
use super::segment::Seg;
use super::BlockKind;

/// What the document rules decide for each segment, starting from the
/// line rules' opinions.
pub(super) fn decide(text: &str, segs: &mut [Seg], cues: &mut CueLangs) -> Vec<Option<BlockKind>> {
    // The rules run on the segments themselves, each kind starting as its
    // rule, no names and no translation links set; what they change
    // (kinds, names, links) is put back after, so only their verdicts come
    // out. (No copy of the segments: on a page of many short lines it was
    // as large as the segments.)
    let kinds: Vec<Option<BlockKind>> = segs.iter().map(|s| s.kind).collect();
    // Names and links are few: kept by segment index.
    let mut names: Vec<(usize, Box<Credit>)> = Vec::new();
    let mut links: Vec<(usize, u32)> = Vec::new();
    for (i, s) in segs.iter_mut().enumerate() {
        if let Some(c) = s.more.take_names() {
            names.push((i, c));
        }
        if let Some(l) = s.translation_of.take() {
            links.push((i, l));
        }
        s.kind = s.rule;
    }
    document_rules(text, segs, cues);
    let verdicts = segs.iter().map(|s| s.kind).collect();
    for (s, kind) in segs.iter_mut().zip(kinds) {
        s.kind = kind;
        // Names the document rules set are dropped (no allocation where
        // there are none).
        drop(s.more.take_names());
        s.translation_of = None;
    }
    for (i, c) in names {
        segs[i].more.names = Some(c);
    }
    for (i, l) in links {
        segs[i].translation_of = Some(l);
    }
    verdicts
}

fn is_open(seg: &Seg) -> bool {
    seg.kind.is_none()
}

fn document_rules(text: &str, segs: &mut [Seg], cues: &mut CueLangs) {
    let t = |s: &Seg| &text[s.start..s.end];
    let n = segs.len();

    // Related zone: after a related-articles header, every short segment is
    // a teaser, to the end or until body text of paragraph length returns.
    let mut in_zone = false;
    let mut teaser_next = false;
    for s in segs.iter_mut() {
        if s.related_header {
            in_zone = true;
            continue;
        }
        if s.kind == Some(BlockKind::Related) && rules::is_related_header(t(s)) {
            teaser_next = true;
            continue;
        }
        let long = s.end - s.start >= 250;
        if in_zone && long {
            in_zone = false;
        }
        if (in_zone || teaser_next) && !long && !matches!(s.kind, Some(BlockKind::Boilerplate)) {
            s.kind = Some(BlockKind::Related);
        }
        teaser_next = false;
    }

    // Where the header ends: the first running text after the first date
    // or credit line near the top (or the first running text at all).
    let meta = |s: &Seg| {
        (s.kind == Some(BlockKind::Date) && s.more.marker.is_none())
            || s.kind == Some(BlockKind::Byline)
    };
    let prose = |s: &Seg| is_open(s) && rules::is_prose(t(s), s.words_upto(25));
    // A date or credit line belongs to the header when at most one
    // paragraph-length piece of running text (a banner, say) comes before
    // it; otherwise it closes the article.
    let first_meta = segs.iter().take(15).position(meta).filter(|&m| {
        segs[..m]
            .iter()
            .filter(|s| prose(s) && s.words_upto(20) >= 20)
            .count()
            <= 1
    });
    let from = first_meta.map_or(0, |m| m + 1);
    let body = (from..n).find(|&i| prose(&segs[i])).unwrap_or(n);

    // The title.
    let candidate =
        |s: &Seg| is_open(s) && rules::is_headline_like(t(s)) && !rules::is_boilerplate(t(s));
    let mut title: Option<usize> = None;
    // (a) a headline repeated near the top;
    for i in 0..body.min(n) {
        if candidate(&segs[i])
            && !rules::is_name_list(t(&segs[i]))
            && segs[i + 1..(body + 3).min(n)]
                .iter()
                .any(|o| t(o) == t(&segs[i]))
        {
            title = Some(i);
            break;
        }
    }
    // (b) the headline right before a date or credit line;
    if title.is_none() {
        for m in (0..body.min(n)).filter(|&i| meta(&segs[i])) {
            let mut k = m;
            while k > 0 {
                k -= 1;
                let prev = &segs[k];
                if prev.kind == Some(BlockKind::Byline)
                    || (is_open(prev) && rules::is_name_list(t(prev)))
                {
                    continue;
                }
                if candidate(prev) && !rules::is_masthead(t(prev)) {
                    title = Some(k);
                }
                break;
            }
            if title.is_some() {
                break;
            }
        }
    }
    // (c) the first line, when it reads as a headline.
    if title.is_none() {
        let first = segs
            .iter()
            .position(|s| s.more.marker.is_none())
            .filter(|&i| segs[..i].iter().all(|s| s.more.marker.is_some()));
        if let Some(i) = first.filter(|&i| candidate(&segs[i])) {
            title = Some(i);
        }
    }
    if let Some(ti) = title {
        let head = t(&segs[ti]).to_string();
        for s in segs.iter_mut() {
            if is_open(s) && text[s.start..s.end] == *head {
                s.kind = Some(BlockKind::Title);
            }
        }
    }

    // Before the title: page chrome. Dates there are page clocks; a
    // masthead names the outlet.
    let chrome_end = title.unwrap_or(0);
    for s in segs[..chrome_end].iter_mut() {
        match s.kind {
            None => {
                s.kind = Some(BlockKind::Boilerplate);
            }
            Some(BlockKind::Date) if s.more.marker.is_none() => {
                s.kind = Some(BlockKind::Boilerplate)
            }
            _ => {}
        }
    }
    if title.is_none() {
        // No title: a date line opening the text is a page clock, and what
        // sits between it and the body is chrome.
        if let Some(first) = segs.iter().position(|s| s.more.marker.is_none()) {
            if segs[first].kind == Some(BlockKind::Date) {
                for s in segs[first..body.min(n)].iter_mut() {
                    if matches!(s.kind, None | Some(BlockKind::Date)) {
                        s.kind = Some(BlockKind::Boilerplate);
                    }
                }
            }
        }
    }

    // A credit-only caption (`Foto: AFP`) captions the short lines right
    // above it.
    for i in 0..n {
        if segs[i].kind != Some(BlockKind::Caption) {
            continue;
        }
        let credit_only = segs[i].more.credit.as_ref().is_some_and(|c| {
            let before = text[segs[i].start..c.start].trim_end_matches(['(', '[', ' ']);
            rules::word_count_upto(before, 3) <= 2 && !before.ends_with('.')
        });
        if !credit_only {
            continue;
        }
        let mut k = i;
        while k > 0 && i - k < 2 {
            k -= 1;
            let p = &segs[k];
            // A numbered line (`1. Sebaran hot spot …`) heads a section.
            if is_open(p)
                && !rules::is_numbered(t(p))
                && rules::word_count_upto(t(p), 13) <= 12
                && p.end - p.start <= 200
            {
                segs[k].kind = Some(BlockKind::Caption);
            } else {
                break;
            }
        }
    }

    // Between the title and the body: lone names are bylines (after an
    // empty `Editor:` label, editors); short leftovers are chrome.
    let mut role: Option<&'static str> = None;
    let header = title.map_or(n, |ti| ti + 1)..body.min(n);
    for s in segs[header.start.min(header.end)..header.end].iter_mut() {
        let st = &text[s.start..s.end];
        if s.kind == Some(BlockKind::Boilerplate) {
            if let Some(r) = rules::empty_label_role(st) {
                role = Some(r);
            }
            continue;
        }
        if !is_open(s) {
            continue;
        }
        if rules::is_name_list(st) {
            let names = rules::split_names(st);
            let mut c = Credit::default();
            match role {
                Some("editor") => c.editors = names,
                Some("translator") => c.translators = names,
                _ => c.authors = names,
            }
            s.kind = Some(BlockKind::Byline);
            s.more.names = Some(Box::new(c));
        } else if rules::word_count_upto(st, 4) <= 3 {
            s.kind = Some(BlockKind::Boilerplate);
        }
    }

    // A caption and its translation.
    super::classify::link_translations(
        text,
        segs,
        |s| is_open(s) || s.kind == Some(BlockKind::Caption),
        cues,
    );

    // Unmarked captions: name-heavy lines without a full stop between body
    // paragraphs, when the article has several of them (the first line of
    // the article may then be one too, not a title).
    let unmarked = |s: &Seg| {
        let st = t(s);
        is_open(s)
            && (8..=40).contains(&s.words_upto(41))
            && rules::is_headline_like(st)
            && rules::capital_ratio(st) >= 0.5
    };
    let found: Vec<usize> = (body..n).filter(|&i| unmarked(&segs[i])).collect();
    if found.len() >= 2 {
        for &i in &found {
            segs[i].kind = Some(BlockKind::Caption);
        }
        if let Some(ti) =
            title.filter(|&ti| ti == 0 || segs[..ti].iter().all(|s| s.more.marker.is_some()))
        {
            let st = t(&segs[ti]);
            let wc = segs[ti].words_upto(41);
            let next_is_body = segs
                .get(ti + 1)
                .is_some_and(|s| is_open(s) && rules::is_prose(t(s), s.words_upto(25)));
            if (8..=40).contains(&wc) && rules::capital_ratio(st) >= 0.5 && next_is_body {
                let head = st.to_string();
                for s in segs.iter_mut() {
                    if s.kind == Some(BlockKind::Title) && text[s.start..s.end] == *head {
                        s.kind = Some(BlockKind::Caption);
                    }
                }
            }
        }
    }

    // Sub-headings: short headline-like lines in the body, followed by body
    // text (past captions, teasers and widgets). Title-case headings read
    // like names (`Kunci Sukses Vietnam`); inside the body, before text,
    // they are headings.
    for i in body..n {
        let st = t(&segs[i]);
        // Only counts of up to 12 words matter.
        let wc = segs[i].words_upto(13);
        // Followed by body text; a marked sub-head (`* …`) may also close a
        // cut-off excerpt.
        let next = segs[i + 1..].iter().find(|s| {
            !matches!(
                s.kind,
                Some(BlockKind::Caption | BlockKind::Related | BlockKind::Boilerplate)
            )
        });
        let next_body = match next {
            Some(s) => is_open(s) && s.words_upto(8) >= 8,
            None => st.starts_with(['*', '■', '#']),
        };
        // One capitalized word between two paragraphs (`Gratitude`,
        // `Policeman`) heads a section too.
        let one_word = wc == 1
            && i > body
            && rules::is_prose(t(&segs[i - 1]), segs[i - 1].words_upto(25))
            && st.trim().chars().next().is_some_and(char::is_uppercase)
            && st.trim().chars().all(char::is_alphabetic)
            && st.trim().chars().count() >= 3;
        // A quote's attribution (`— Name (@handle) August 5, 2021`, as
        // embedded posts end) heads nothing.
        let attribution = st.trim_start().starts_with('—') || st.contains("(@");
        // A line opened by a dash or a bullet is a list item or a teaser
        // (`- Lào Cai: …`, `• Gempa 7,1 …`); `*`, `■`, `#` mark sub-heads.
        let item = st.trim_start().starts_with(['-', '–', '•', '·']);
        if is_open(&segs[i])
            && ((2..=12).contains(&wc) && st.len() <= 120 && rules::is_headline_like(st)
                || one_word)
            && !attribution
            && !item
            && next_body
        {
            segs[i].kind = Some(BlockKind::Heading);
        }
    }

    // The rest is body text (a dateline opening it was read by the line
    // rules: it credits the source and may state a date).
    for s in segs.iter_mut() {
        if s.kind.is_none() {
            s.kind = Some(BlockKind::Paragraph);
        }
    }
}
