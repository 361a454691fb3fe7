"""The learner's record as a printable PDF: one student across every class and year.

Each competency with its targets: the status in words (never colour alone), when and in
which class the target was reached, the evidence behind it (date, class, task, level,
feedback) and the "not yet" still open with its next step. A proficiency-based
transcript, for the school file or a family, in English or Spanish.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Spacer

from cbe_desktop.core.languages import Language
from cbe_desktop.core.learner import LearnerRecord
from cbe_desktop.core.scales import format_number
from cbe_desktop.core.status import Status
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

#: The record's own words (a teacher's and a school's document: English and Spanish).
WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Learner's record",
        "number": "Student number {number}",
        "also": "Also recorded as: {names}",
        "classes": "Classes and years",
        "archived": "archived",
        "rule": "Evidence from earlier classes and years: {rule}.",
        "col_target": "Target",
        "col_status": "Where I am",
        "col_reached": "Reached",
        "col_evidence": "Evidence",
        "reached": "{date}, {klass}",
        "not_yet": "Not yet — next step: {step}",
        "summary": "{reached} of {count} targets reached",
        "nothing": "No classes or evidence yet.",
        "proficient": "Proficient",
        "in_progress": "In progress",
        "no_evidence": "No evidence yet",
        "missing": "missing",
        "excused": "excused",
        "other": "Other targets",
        "modified": "Modified (individual plan)",
    },
    "es": {
        "title": "Expediente del estudiante",
        "number": "Número de estudiante {number}",
        "also": "También registrado como: {names}",
        "classes": "Clases y años",
        "archived": "archivada",
        "rule": "Evidencia de clases y años anteriores: {rule}.",
        "col_target": "Meta",
        "col_status": "Dónde estoy",
        "col_reached": "Logrado",
        "col_evidence": "Evidencia",
        "reached": "{date}, {klass}",
        "not_yet": "Todavía no — siguiente paso: {step}",
        "summary": "{reached} de {count} metas logradas",
        "nothing": "Todavía no hay clases ni evidencia.",
        "proficient": "Competente",
        "in_progress": "En progreso",
        "no_evidence": "Sin evidencia todavía",
        "missing": "falta",
        "excused": "justificado",
        "other": "Otras metas",
        "modified": "Modificada (plan individual)",
    },
}
RULE_WORDS_ES = {
    "this_class": "solo cuenta la evidencia de la clase",
    "all_evidence": "también cuenta la evidencia de clases y años anteriores",
    "proficient_stays": "una meta lograda en una clase anterior sigue lograda",
}
RECORD_LANGUAGES = tuple(WORDS)


def build_learner_record(
    record: LearnerRecord,
    out: Path | str | BinaryIO,
    *,
    lang: str = Language.EN,
    pagesize: str = "letter",
    school: str = "",
) -> None:
    """Write ``record`` as a PDF (whole or not at all when ``out`` is a path)."""
    if lang not in WORDS:
        lang = Language.EN
    w = WORDS[lang]
    st = styles(9.0, lang)

    def p(value: str, style: str = "body") -> Flowable:
        return para(value, st[style])

    def t(value: str) -> str:
        return markup_text(value, lang)

    def status_words(status: str) -> str:
        if status == Status.NOT_YET:
            return "Todavía no" if lang == Language.ES else "Not yet"
        return w.get(status, status)

    def write(stream: BinaryIO) -> None:
        doc = make_doc(stream, pagesize, title=f"{w['title']} — {record.name}", lang=lang)
        owner = PageOwner(
            key=record.student_id,
            header_left=record.name,
            header_right=w["title"],
            footer_left=school,
            lang=lang,
        )
        story: list = [Mark(owner, cover=True), p(t(f"{w['title']}: {record.name}"), "section")]
        facts = []
        if record.student_number:
            facts.append(w["number"].format(number=record.student_number))
        if record.merged_names:
            facts.append(w["also"].format(names=", ".join(record.merged_names)))
        if facts:
            story.append(p(t(" · ".join(facts)), "muted"))
        rule = RULE_WORDS_ES[record.rule] if lang == Language.ES else str(record.rule_words)
        story.append(p(t(w["rule"].format(rule=rule)), "muted"))
        story.append(Spacer(1, 6))
        if not record.classes and not record.competencies:
            story.append(p(t(w["nothing"])))
        if record.classes:
            story.append(p(t(w["classes"]), "subhead"))
            labels = [
                c.label + (f" ({w['archived']})" if c.archived else "") for c in record.classes
            ]
            story.append(p(t(" · ".join(labels))))
            story.append(Spacer(1, 6))
        widths = [doc.width * 0.30, doc.width * 0.16, doc.width * 0.16, doc.width * 0.38]
        for competency in record.competencies:
            count = len(competency.targets)
            heading = " ".join(x for x in (competency.code, competency.title) if x) or w["other"]
            summary = w["summary"].format(reached=competency.reached, count=count)
            rows: list[list] = [
                [
                    p(t(w["col_target"]), "head"),
                    p(t(w["col_status"]), "head"),
                    p(t(w["col_reached"]), "head"),
                    p(t(w["col_evidence"]), "head"),
                ]
            ]
            for target in competency.targets:
                level = target.level_label or ""
                number = format_number(target.estimate) if target.estimate is not None else ""
                status = f"{STATUS_SIGNS.get(target.status, '')} {status_words(target.status)}"
                if number:
                    status += f"<br/>{t(number)} {t(level)}"
                if target.modified is not None:
                    status += f"<br/><b>{t(w['modified'])}</b>"
                    if target.modified:
                        status += f": {t(target.modified[:200])}"
                reached = (
                    w["reached"].format(date=target.reached_on, klass=target.reached_in)
                    if target.reached_on
                    else ""
                )
                evidence = []
                for piece in target.pieces:
                    if piece.status == "scored" and piece.level is not None:
                        value = format_number(piece.level)
                    else:
                        value = w.get(piece.status, piece.status)
                    where = " · ".join(x for x in (piece.class_label, piece.task_title) if x)
                    line = f"{piece.produced_on}: <b>{t(value)}</b> {t(where)}"
                    if piece.feedback:
                        line += f" — {t(piece.feedback[:300])}"
                    evidence.append(line)
                for step in target.open_not_yet:
                    evidence.append("↻ " + t(w["not_yet"].format(step=step[:300])))
                rows.append(
                    [
                        p(f"<b>{t(target.code)}</b> {t(target.statement[:400])}", "cell"),
                        p(status, "cell"),
                        p(t(reached), "cell"),
                        p("<br/>".join(evidence) or "—", "cell"),
                    ]
                )
            story.append(
                KeepTogether([p(t(heading), "subhead"), p(t(summary), "muted"), Spacer(1, 2)])
            )
            story.append(data_table(rows, widths))
            story.append(Spacer(1, 8))
        build_story(doc, story)

    write_pdf(out, write)
