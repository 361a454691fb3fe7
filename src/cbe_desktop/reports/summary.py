"""The class summary for the teacher: targets x status counts, and a breakdown by family
language in which groups under 11 students are never shown."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, Spacer

from cbe_desktop.core.conference import ClassSummaryData
from cbe_desktop.core.languages import Language
from cbe_desktop.core.status import STATUSES
from cbe_desktop.reports.common import (
    STATUS_SIGNS,
    Mark,
    PageOwner,
    build_story,
    data_table,
    make_doc,
    para,
    styles,
    write_pdf,
)
from cbe_desktop.reports.common import text as markup_text
from cbe_desktop.reports.labels import Labels


def build_class_summary(
    data: ClassSummaryData,
    out: Path | str | BinaryIO,
    *,
    lang: str = Language.EN,
    pagesize: str = "letter",
) -> None:
    words = Labels(lang)
    st = styles(9.0, lang)

    def p(value: str, style: str = "body") -> Flowable:
        return para(value, st[style], rtl=words.rtl)

    def text(value: str) -> str:
        return markup_text(value, lang)

    def write(stream: BinaryIO) -> None:
        doc = make_doc(
            stream,
            pagesize,
            title=f"{words('sum_title')} — {data.class_name}",
            author=data.teacher,
            lang=lang,
        )
        owner = PageOwner(
            key=data.class_id,
            header_left=data.class_name,
            header_right=" · ".join(x for x in (words("sum_title"), data.term) if x),
            footer_left=" · ".join(x for x in (data.school, words.date(data.on)) if x),
            lang=lang,
        )
        story: list = [
            Mark(owner, cover=True),
            p(text(words("sum_title")), "section"),
            p(
                " · ".join(
                    text(x)
                    for x in (
                        data.class_name,
                        data.term,
                        words("sum_students", count=data.students),
                        data.teacher,
                        words.date(data.on),
                    )
                    if x
                )
            ),
            Spacer(1, 4),
            p(text(words("sum_intro")), "muted"),
            Spacer(1, 6),
        ]
        if not data.students:
            story.append(p(text(words("sum_no_students"))))
        if not data.targets:
            story.append(p(text(words("no_targets"))))
        else:
            count_width = 78.0
            head = [p(text(words("col_target")), "head")] + [
                p(text(f"{STATUS_SIGNS[s]} {words.status(s)}"), "head") for s in STATUSES
            ]
            rows: list[list] = [head]
            for target in data.targets:
                rows.append(
                    [p(f"<b>{text(target.code)}</b> {text(target.i_can)}", "cell")]
                    + [p(str(target.counts.get(s, 0)), "center") for s in STATUSES]
                )
            widths = [doc.width - count_width * 4] + [count_width] * 4
            story.append(data_table(rows, widths, ("ALIGN", (1, 1), (-1, -1), "CENTER")))
            story += _breakdown(data, words, p, doc.width)
        build_story(doc, story)

    write_pdf(out, write)


def _breakdown(data: ClassSummaryData, words: Labels, p, width: float) -> list:  # type: ignore[no-untyped-def]
    def text(value: str) -> str:
        return markup_text(value, words.lang)

    parts: list = [
        Spacer(1, 10),
        p(text(words("sum_breakdown_title")), "subhead"),
        p(text(words("sum_breakdown_intro", min=data.min_group_size)), "muted"),
        Spacer(1, 4),
    ]
    shown = [g for g in data.by_language if not g.suppressed]
    for group in data.by_language:
        if group.suppressed:
            key = "sum_group_small" if group.reason == "small" else "sum_group_complement"
            parts.append(
                p(
                    text(
                        words(
                            key,
                            group=words.language(group.key),
                            count=group.size,
                            min=data.min_group_size,
                        )
                    )
                )
            )
    if not shown:
        parts.append(p(text(words("sum_no_groups"))))
        return parts
    column = 86.0
    head = [p(text(words("col_target")), "head")] + [
        p(text(words("sum_group_col", group=words.language(g.key), count=g.size)), "head")
        for g in shown
    ]
    rows: list[list] = [head]
    for i, target in enumerate(data.targets):
        cells = [p(f"<b>{text(target.code)}</b> {text(target.i_can)}", "cell")]
        for group in shown:
            count = group.proficient[i]
            share = round(100 * count / group.size) if group.size else 0
            cells.append(p(f"{count} ({share}%)", "center"))
        rows.append(cells)
    widths = [width - column * len(shown)] + [column] * len(shown)
    parts.append(Spacer(1, 4))
    parts.append(data_table(rows, widths))
    return parts
