"""The calibration report for the meeting: how far the group agreed, piece by piece, the
rubric with its exemplars, and the consensus the group recorded.

Its words are phrases (``core/phrases.py``); ``say`` turns each into the reader's
language (the window passes its translator, and so does ``calibration report --lang``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, Spacer

from cbe_desktop.core.agreement import Agreement, agreement, piece_sentence
from cbe_desktop.core.calibration import ExemplarView, SetView
from cbe_desktop.core.languages import Language
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.scales import same_level
from cbe_desktop.reports.common import (
    Mark,
    PageOwner,
    build_story,
    data_table,
    make_doc,
    para,
    styles,
    text,
    write_pdf,
)

_W = {
    "title": QT_TRANSLATE_NOOP("CalibrationReport", "Calibration: {title}"),
    "made": QT_TRANSLATE_NOOP(
        "CalibrationReport", "Made on {on} by {leader}; {pieces} pieces, {scorers} scorers."
    ),
    "blind": QT_TRANSLATE_NOOP(
        "CalibrationReport",
        "Scored blind: no student's name and no level given in class was shown.",
    ),
    "summary": QT_TRANSLATE_NOOP("CalibrationReport", "What the figures say"),
    "pieces": QT_TRANSLATE_NOOP("CalibrationReport", "Piece by piece"),
    "col_piece": QT_TRANSLATE_NOOP("CalibrationReport", "Piece"),
    "col_scores": QT_TRANSLATE_NOOP("CalibrationReport", "Scores"),
    "col_spread": QT_TRANSLATE_NOOP("CalibrationReport", "Spread"),
    "col_consensus": QT_TRANSLATE_NOOP("CalibrationReport", "Consensus and reason"),
    "none_yet": QT_TRANSLATE_NOOP("CalibrationReport", "Not agreed yet"),
    "rubric": QT_TRANSLATE_NOOP("CalibrationReport", "The rubric and its exemplars"),
    "exemplar": QT_TRANSLATE_NOOP("CalibrationReport", "Exemplar: {name}"),
}


def build_calibration_report(
    view: SetView,
    out: Path | str | BinaryIO,
    *,
    exemplars: dict[str, list[ExemplarView]] | None = None,
    say: Callable[[str], str] = str,
    pagesize: str = "letter",
    lang: str = Language.EN,
) -> Agreement:
    """Write the meeting's PDF (whole or not at all); returns the figures it shows."""
    result = agreement(view)
    st = styles(9.0)
    shown = exemplars or {}

    def p(value: str, style: str = "body") -> Flowable:
        return para(text(say(value)), st[style])

    def write(stream: BinaryIO) -> None:
        title = say(_W["title"](title=view.title))
        doc = make_doc(stream, pagesize, title=title, author=view.leader, lang=lang)
        owner = PageOwner(
            key=view.id,
            header_left=view.title,
            header_right=say(_W["title"](title="")).rstrip(": "),
            footer_left=view.made_on,
            lang=lang,
        )
        story: list = [Mark(owner, cover=True), p(title, "section")]
        story.append(
            p(
                _W["made"](
                    on=view.made_on,
                    leader=view.leader or "—",
                    pieces=str(len(view.pieces)),
                    scorers=str(len(result.scorers)),
                )
            )
        )
        if view.blind:
            story.append(p(_W["blind"](), "muted"))
        story += [Spacer(1, 6), p(_W["summary"](), "subhead")]
        story += [p(sentence) for sentence in result.sentences()]
        story += [Spacer(1, 8), p(_W["pieces"](), "subhead")]
        rows: list[list] = [
            [
                p(_W[key](), "head")
                for key in ("col_piece", "col_scores", "col_spread", "col_consensus")
            ]
        ]
        for piece, figures in zip(view.pieces, result.pieces, strict=True):
            scores = "<br/>".join(
                text(f"{s.scorer}: {s.level:g}")
                + (f" — {text(s.rationale)}" if s.rationale else "")
                for s in piece.scores
            )
            if piece.consensus is not None:
                agreed = text(f"{piece.consensus.level:g} — {piece.consensus.reason}")
            else:
                agreed = text(say(_W["none_yet"]()))
            head = text(f"{piece.label} · {piece.target.code} · {piece.task_title}")
            rows.append(
                [
                    para(head, st["cell_bold"]),
                    para(scores or "—", st["cell"]),
                    para(text(say(piece_sentence(figures))), st["cell"]),
                    para(agreed, st["cell"]),
                ]
            )
        width = doc.width
        story.append(data_table(rows, [width * 0.16, width * 0.34, width * 0.2, width * 0.3]))
        story += [Spacer(1, 8), p(_W["rubric"](), "subhead")]
        for target in view.targets:
            story.append(para(text(f"{target.code} {target.statement}"), st["cell_bold"]))
            level_rows: list[list] = []
            for level in target.levels:
                names = [
                    say(_W["exemplar"](name=e.file_name or e.attachment_id))
                    for e in shown.get(target.id, [])
                    if same_level(e.level_value, level.value)
                ]
                level_rows.append(
                    [
                        para(text(f"{level.value:g} {level.label}"), st["cell_bold"]),
                        para(
                            "<br/>".join(text(x) for x in [level.text, *names] if x) or "—",
                            st["cell"],
                        ),
                    ]
                )
            story.append(data_table(level_rows, [width * 0.2, width * 0.8], header=False))
            story.append(Spacer(1, 6))
        build_story(doc, story)

    write_pdf(out, write)
    return result
