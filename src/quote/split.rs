//! Narrator's asides that cut a quote in two (fiction).
//!
//! Rule: inside a dialogue line (or a « » quote in a text with dialogue lines), a speech verb in
//! inverted order right after `,` `!` `?` or `...` starts an aside ("— Quand ce serait le
//! diable ! disaient de jeunes politiques, ils reçoivent à merveille."), an object pronoun
//! before the verb included ("me dit-elle"). The first piece ends before the aside (after
//! `!`/`?`, before a comma); when the aside ends with a comma, a semicolon or a full stop, the
//! speech resumes after it to the end of the quote (a dialogue line is the speaker's to its end:
//! "— Non, répéta-t-il. Tu mens."); otherwise the rest is narration. In a dialogue line, a
//! spaced dash (— or –) after the first words (" – continua le domestique") ends the speech too.
//!
//! ```text
//! — Ah ! dit-il, je viens.        -> "— Ah !" + "je viens."
//! « Il est, dit George Sand, des génies. »  -> "« Il est" + "des génies. »"
//! — Non, lui dit-elle. Va-t'en.  -> "— Non" + "Va-t'en."
//! ```

use super::attribute::{Tk, VerbHit};
use super::Q;
use crate::segment::TokenKind;

/// Pushes `q`, cut at its first aside (at most one cut: two pieces).
pub fn split(tk: &Tk<'_, '_>, q: Q, fiction: bool, out: &mut Vec<Q>) {
    let doc = tk.doc;
    if !fiction || doc.lang != crate::lang::Lang::Fr {
        out.push(q);
        return;
    }
    let toks = &doc.seg.tokens;
    // Stay inside the marks: for « », the last token is the closing mark.
    let last = if q.dash { q.e } else { q.e.saturating_sub(1) };
    let mut k = q.s + 2;
    while k < last {
        let t = toks[k];
        if q.dash
            && t.kind == TokenKind::Punct
            && matches!(tk.tok(k), "—" | "–")
            && k > q.s + 1
            && toks[k - 1].end < t.start
        {
            // A spaced dash: the narrator takes over.
            let end = toks[k - 1].end as usize;
            out.push(Q { end, e: k, ..q });
            return;
        }
        if let Some(v) = aside_at(tk, k, last) {
            let p = tk.tok(k - 1);
            let piece_end = if p == "," {
                toks[k - 2].end
            } else {
                toks[k - 1].end
            } as usize;
            out.push(Q {
                end: piece_end,
                e: k - usize::from(p == ","),
                ..q
            });
            // The aside runs to the next comma, semicolon or full stop, where the speech resumes
            // ("— Non, répéta-t-il. Tu mens."), or to another mark.
            let j = aside_end(tk, &v, last);
            if j < last && matches!(tk.tok(j), "," | "." | ";") && j + 1 < last {
                let s = j + 1;
                out.push(Q {
                    start: toks[s].start as usize,
                    s,
                    resumed: true,
                    ..q
                });
            }
            return;
        }
        k += 1;
    }
    out.push(q);
}

/// The verb of an aside starting at token `k` of a quote whose words end before `last`: a
/// speech verb in inverted order right after `,` `!` `?` or `...`, its object pronoun
/// included ("…, me dit-elle", "…, nous a dit Rosalie", "…, poursuit Cédric Besnard").
#[inline]
pub(super) fn aside_at(tk: &Tk<'_, '_>, k: usize, last: usize) -> Option<VerbHit> {
    // (Most tokens follow a word: one byte tells.)
    if k == 0 || !matches!(tk.byte(k - 1), b',' | b'!' | b'?' | b'.') {
        return None;
    }
    let p = tk.tok(k - 1);
    if !(matches!(p, "," | "!" | "?") || p == "." && tk.tok(k.saturating_sub(2)) == ".") {
        return None;
    }
    // "me dit-elle", "lui répondit Paul": an object pronoun before the verb.
    let vk = k + usize::from(super::attribute::is_object_clitic(tk, k) && k + 1 < last);
    // (Not "nous avons discuté": there "nous" is the subject.)
    if vk > k && matches!(tk.tok(k), "nous" | "vous") && {
        let w = tk.lower(vk);
        w.ends_with("ons") || w.ends_with("ez")
    } {
        return None;
    }
    tk.verb_forward(vk, last, true)
        .filter(|v| v.inverted_subject_follows(tk, last))
}

/// Where the aside of verb `v` ends: its first comma, full stop or other mark, within 15 words
/// (or `last`). The dot of a title or an initial before a name is no full stop ("…, a poursuivi
/// M. Griveaux. …").
pub(super) fn aside_end(tk: &Tk<'_, '_>, v: &VerbHit, last: usize) -> usize {
    let lim = (v.end + 15).min(last);
    (v.end..lim)
        .find(|&j| match tk.tok(j) {
            "," | ";" | "!" | "?" | "»" => true,
            "." => {
                !(j > v.end
                    && j + 1 < lim
                    && tk.toks[j + 1].upper_initial
                    && super::attribute::is_title_abbrev(tk.tok(j - 1)))
            }
            _ => false,
        })
        .unwrap_or(lim)
}
