//! The words of figures and sheets: their title and note, user text broken into lines that fit
//! a width, and labels drawn with their top or middle at a point.
//!
//! Widths are estimated from an average character, never measured (see the crate's
//! invariant), so every estimate errs wide: a line comes out short rather than cut off.

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle, TextStyle};

use crate::draw::FONT_FAMILY;
use crate::{ChartError, ChartStyle};

/// The words on a figure or a sheet besides the charts' own titles and legends.
#[derive(Clone, Copy, Debug, Default)]
pub struct Caption<'a> {
    /// The title line: usually the scenario's title.
    pub title: &'a str,
    /// A line under the title: usually what the numbers rest on (runs, seed, horizon) or the
    /// one-paragraph summary. Empty for none.
    pub note: &'a str,
}

/// One kind of text on a figure (a title, a note, a legend's words), in CSS pixels: the
/// style's scale multiplies each size.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Type {
    /// The size of the type.
    pub px: f64,
    /// From the top of one line to the top of the next.
    pub line: f64,
    /// Bold rather than regular.
    pub bold: bool,
    /// The average advance of a character, in ems, that widths are estimated with.
    pub char_em: f64,
}

impl Type {
    /// How many characters fit in `width` backend pixels: at least one.
    pub fn chars_within(&self, width: f64, style: &ChartStyle) -> usize {
        ((width / (style.px(self.px) * self.char_em)).floor() as usize).max(1)
    }

    /// The estimated width of `text` in backend pixels, rounded up.
    pub fn width_of(&self, text: &str, style: &ChartStyle) -> i32 {
        (text.chars().count() as f64 * style.px(self.px) * self.char_em).ceil() as i32
    }

    /// The height of `lines` lines in backend pixels.
    pub fn lines_height(&self, lines: usize, style: &ChartStyle) -> i32 {
        lines as i32 * style.px(self.line).round() as i32
    }

    /// Draws `text` in this type with the left end of its top (`VPos::Top`) or of its middle
    /// (`VPos::Center`) at `at`.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
        text: &str,
        at: (i32, i32),
        v: VPos,
    ) -> Result<(), ChartError> {
        let weight = if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        };
        let font = FontDesc::new(
            FontFamily::Name(FONT_FAMILY),
            style.font_size(self.px),
            weight,
        );
        let colour = style.theme.palette().text.to_plotters();
        let text_style = TextStyle::from(font)
            .color(&colour)
            .pos(Pos::new(HPos::Left, v));
        area.draw_text(text, &text_style, at)
            .map_err(ChartError::backend)
    }

    /// Draws `lines` one under the other from `(x, top)` and returns the y under the last.
    pub fn draw_lines<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &ChartStyle,
        lines: &[String],
        (x, top): (i32, i32),
    ) -> Result<i32, ChartError> {
        let step = self.lines_height(1, style);
        let mut y = top;
        for line in lines {
            self.draw(area, style, line, (x, y), VPos::Top)?;
            y += step;
        }
        Ok(y)
    }
}

/// User text (titles, notes, team names) laid out in at most `max_lines` lines of at most
/// `max_chars` characters, broken at spaces. When the text does not fit, the last line ends in
/// "…", and so does any line holding a single word too long for it. Control characters become
/// spaces: they are not allowed in SVG (which escapes `<`, `&` and quotes itself).
pub(crate) fn fit_lines(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let max_chars = max_chars.max(1);
    let clean: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in clean.split_whitespace() {
        let len = line.chars().count();
        if len > 0 && len + 1 + word.chars().count() > max_chars {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    let cut = lines.len() > max_lines;
    lines.truncate(max_lines);
    let last = lines.len().saturating_sub(1);
    for (i, line) in lines.iter_mut().enumerate() {
        if line.chars().count() > max_chars || (cut && i == last) {
            *line = with_ellipsis(line, max_chars);
        }
    }
    lines
}

/// `line` ending in "…" within `max_chars` characters: whole words where it has more than
/// one, else as much of its one word as fits.
fn with_ellipsis(line: &str, max_chars: usize) -> String {
    let room = max_chars - 1;
    let mut kept: String = line.chars().take(room).collect();
    let at_a_space = line.chars().nth(room).is_none_or(char::is_whitespace);
    if !at_a_space && let Some(space) = kept.rfind(char::is_whitespace) {
        kept.truncate(space);
    }
    format!("{}\u{2026}", kept.trim_end())
}

#[cfg(test)]
mod tests {
    use super::fit_lines;

    #[test]
    fn text_breaks_at_spaces_and_a_cut_ends_in_an_ellipsis() {
        assert_eq!(
            fit_lines("one two three four", 9, 3),
            ["one two", "three", "four"]
        );
        assert_eq!(
            fit_lines("one two three four", 9, 2),
            ["one two", "three\u{2026}"]
        );
        assert_eq!(fit_lines("abcdef", 4, 1), ["abc\u{2026}"]);
        // A cut never leaves part of a word when there is a whole one to keep.
        assert_eq!(
            fit_lines("Middle 80% of runs (p10\u{2013}p90)", 18, 1),
            ["Middle 80% of\u{2026}"]
        );
        assert_eq!(fit_lines("one two three", 8, 1), ["one two\u{2026}"]);
        assert_eq!(fit_lines("abc", 4, 1), ["abc"]);
        assert!(fit_lines("  ", 4, 2).is_empty());
    }

    #[test]
    fn no_line_is_longer_than_asked_even_for_a_long_word() {
        let lines = fit_lines("a Supercalifragilistic word", 8, 3);
        assert_eq!(lines, ["a", "Superca\u{2026}", "word"]);
        for width in 1..30 {
            for lines in [1, 2, 3] {
                for line in fit_lines(
                    "Phased relief under independent monitoring, verification first",
                    width,
                    lines,
                ) {
                    assert!(line.chars().count() <= width.max(1), "{line:?} in {width}");
                }
            }
        }
    }

    #[test]
    fn control_characters_never_reach_the_figure() {
        assert_eq!(fit_lines("bell\u{7}and\u{0}nul", 40, 1), ["bell and nul"]);
    }
}
