"""Conference packets, read back as a family would read them (pypdf extracts the text)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from report_helpers import add_not_yet, add_scores, make_class, pdf_pages
from reportlab import rl_config

from cbe_desktop.core.conference import choose_showcase, class_packets, packet_data
from cbe_desktop.reports import ReportCancelled, build_packet, build_where_am_i
from cbe_desktop.reports.labels import LABELS

SECTIONS = ("sec_where", "sec_growth", "sec_working", "sec_habits", "sec_reflection", "sec_family")
PAGE_WIDTH = {"letter": 612, "a4": 595}


def packets(demo, lang=None, student_ids=None):
    with demo.store.read() as session:
        return class_packets(session, demo.class_id, lang=lang, student_ids=student_ids)


def pdf_bytes(data_list, **options) -> bytes:
    buffer = io.BytesIO()
    build_packet(data_list, buffer, **options)
    return buffer.getvalue()


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_section_of_the_demo_packet_in_both_languages_and_paper_sizes(demo, lang, paper):
    chosen = packets(demo, lang=lang, student_ids=[demo.with_photo, demo.without_photo])
    raw = pdf_bytes(chosen, pagesize=paper)
    reader = PdfReader(io.BytesIO(raw))
    assert round(float(reader.pages[0].mediabox.width)) == PAGE_WIDTH[paper]
    text = " ".join(pdf_pages(raw))
    words = LABELS[lang]
    for key in (*SECTIONS, "kicker", "cover_title", "my_goals", "my_reflection"):
        assert words[key] in text, key
    for data in chosen:
        assert data.student_name in text
    # the demo's targets have their Spanish words: a Spanish-reading family reads them
    assert {
        "en": "I can find a unit rate, even when the quantities are fractions.",
        "es": "Puedo encontrar una tasa unitaria, incluso cuando las cantidades son fracciones.",
    }[lang] in text
    assert "Valle Verde Middle School" in text and "Ms. Elena Rivera" in text
    assert words["questions_title"] in text and words["signatures_title"] in text
    # status words, with their accents, and the family's explanations
    for status in ("proficient", "in_progress", "not_yet", "no_evidence"):
        assert words[f"status_{status}"] in text
    if lang == "es":
        for accented in ("Dónde estoy", "Hábitos de trabajo", "Sin evaluar aún", "Página 1 de"):
            assert accented in text
        assert "Where I am" not in text
    # the photo of the chosen work is in the PDF
    assert any(page.images for page in reader.pages)


def test_a_class_file_is_the_same_whether_its_packets_share_their_layout_or_not(demo, monkeypatch):
    # A class's file lays out the words its packets share (the targets, the key, the
    # agenda) once per width: the file must be the one each paragraph laid out on its own
    # makes, byte for byte (reportlab's invariant mode leaves out the date and file id).
    import cbe_desktop.reports.packet as packet_module

    monkeypatch.setattr(rl_config, "invariant", 1)
    with demo.store.read() as session:
        students = [p.student_id for p in class_packets(session, demo.class_id)][:4]
    chosen = packets(demo, lang="en", student_ids=[demo.with_photo, *students])
    shared = pdf_bytes(chosen)
    monkeypatch.setattr(packet_module, "Layouts", lambda: None)
    assert pdf_bytes(chosen) == shared
    assert len(pdf_pages(shared)) >= 2 * len(chosen)


def test_each_packet_numbers_its_own_pages_and_starts_on_a_new_page(demo):
    chosen = packets(demo, lang="en", student_ids=[demo.with_photo, demo.without_photo])
    pages = pdf_pages(pdf_bytes(chosen))
    firsts = [i for i, page in enumerate(pages) if "Page 1 of" in page]
    assert len(firsts) == 2
    second = firsts[1]
    assert chosen[1].student_name in pages[second] and chosen[0].student_name not in pages[second]
    assert f"Page {second} of {second}" in pages[second - 1]  # the first packet's last page


def test_without_a_language_each_packet_is_in_its_familys_language(demo):
    everyone = packets(demo)
    spanish = next(p for p in everyone if p.family_language == "es")
    english = next(p for p in everyone if p.family_language == "en")
    pages = pdf_pages(pdf_bytes([spanish, english]))
    split = next(i for i, page in enumerate(pages) if i and "Page 1 of" in page)
    assert "Dónde estoy" in " ".join(pages[:split]) and "Where I am" not in " ".join(pages[:split])
    assert "Where I am" in " ".join(pages[split:])


def test_progress_names_each_packet_and_cancel_leaves_no_file(demo, tmp_path):
    chosen = packets(demo, student_ids=[demo.with_photo, demo.without_photo])
    seen = []
    build_packet(
        chosen, tmp_path / "two.pdf", progress=lambda i, n, name: seen.append((i, n, name))
    )
    assert seen == [(1, 2, chosen[0].student_name), (2, 2, chosen[1].student_name)]
    out = tmp_path / "cancelled.pdf"
    with pytest.raises(ReportCancelled):
        build_packet(
            chosen, out, cancelled=lambda: len(seen) >= 3, progress=lambda *a: seen.append(a)
        )
    assert list(tmp_path.iterdir()) == [tmp_path / "two.pdf"]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_student_with_no_evidence_gets_a_kind_and_correct_packet(store, lang):
    made = make_class(store, competencies=2, targets_each=3)
    with store.read() as session:
        data = packet_data(session, made.class_id, made.student_id, lang=lang)
    assert not data.has_evidence and data.showcase == () and data.working_on == ()
    pages = pdf_pages(pdf_bytes([data]))
    text = " ".join(pages)
    words = LABELS[lang]
    assert words["no_evidence_kind"] in text
    assert text.count(words["status_no_evidence"]) >= 6 + 1  # every target, and the legend
    for key in (*SECTIONS, "no_goals", "no_reflection", "no_showcase", "working_none"):
        if key != "sec_habits":
            assert words[key] in text, key
    assert "I can do target 6." in text and "Ximena Núñez Ibáñez" in text
    assert words["sec_habits"] not in text  # the class does not track habits of work


def test_a_class_without_targets_says_so(store):
    made = make_class(store, competencies=0)
    with store.read() as session:
        data = packet_data(session, made.class_id, made.student_id, lang="en")
    text = " ".join(pdf_pages(pdf_bytes([data])))
    assert LABELS["en"]["no_targets"] in text


def test_sixty_targets_and_very_long_feedback_lose_nothing(store):
    made = make_class(
        store,
        competencies=2,
        targets_each=30,
        i_can="I can explain idea Q{n}Z in my own words, with an example from class and a diagram.",
    )
    add_scores(made, {t: [("2026-03-02", 1 + i % 4)] for i, t in enumerate(made.target_ids)})
    long_feedback = " ".join(
        f"Sentence {n} of the feedback explains one more detail." for n in range(400)
    )
    long_feedback += " These are the very last words of the feedback."
    (shown,) = add_scores(made, {made.target_ids[5]: [("2026-03-04", 3)]}, feedback=long_feedback)
    for target_id in made.target_ids[:12]:
        add_not_yet(made, target_id, "Redo the lab write-up with the checklist. " * 8)
    huge = "Read the chapter again and make a new diagram of each step. " * 120
    add_not_yet(  # due first, so it is among the few next steps the packet shows
        made, made.target_ids[40], huge + "This is the end of a very long next step.",
        due_on="2026-03-10",
    )  # fmt: skip
    choose_showcase(store, made.student_id, shown, note="Because I worked hard on it.")
    with store.read() as session:
        data = packet_data(session, made.class_id, made.student_id, lang="en")
    pages = pdf_pages(pdf_bytes([data]))
    text = " ".join(pages)
    assert len(pages) > 5
    assert "These are the very last words of the feedback." in text
    assert "Sentence 399 of the feedback" in text
    for n in range(1, 61):
        assert f"Q{n}Z" in text, n
    # the long lists continue on the next pages under a repeated header row
    continued = [
        page
        for page in pages
        if "Where I am" not in page and any(f"Q{n}Z" in page for n in range(13, 61) if n != 41)
    ]
    assert len(continued) >= 2
    assert all("I can ... My level How I am doing" in page for page in continued)
    # a next step longer than a page continues inside its row, to its last words
    assert "the end of a very long next step." in text
    assert f"Page 1 of {len(pages)}" in pages[0]


def test_a_missing_photo_is_said_in_words(store):
    made = make_class(store)
    (shown,) = add_scores(made, {made.target_ids[0]: [("2026-03-02", 3)]}, picture=True)
    choose_showcase(store, made.student_id, shown)
    with store.read() as session:
        before = packet_data(session, made.class_id, made.student_id, lang="es")
    assert before.showcase[0].image_path is not None
    assert PdfReader(io.BytesIO(pdf_bytes([before]))).pages  # with the photo
    before.showcase[0].image_path.unlink()
    text = " ".join(pdf_pages(pdf_bytes([before])))
    assert LABELS["es"]["photo_missing"] in text


def test_the_where_am_i_sheet_is_one_page(demo, tmp_path):
    from cbe_desktop.core.conference import where_am_i_data

    with demo.store.read() as session:
        data = where_am_i_data(session, demo.class_id, demo.with_photo, lang="es")
    build_where_am_i(data, tmp_path / "sheet.pdf")
    (page,) = pdf_pages(tmp_path / "sheet.pdf")
    assert "¿Dónde estoy?" in page and data.student_name in page and "Página 1 de 1" in page
