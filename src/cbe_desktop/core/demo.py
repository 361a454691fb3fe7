"""The demo class: a 7th-grade mathematics class a teacher would recognise, and a
smaller science class beside it. Built through the same services the program uses.

Running it again adds nothing: the demo classes are found by their source ids.
Dates are placed over the nine weeks that end this week, so the demo always looks
like a term in progress. Everything else is deterministic (a fixed random seed).

The demo is written in English or in Spanish (``language``): every text it stores goes
through one lookup (``core.demo_es.demo_words``), so both languages build the same class,
with the same dates, levels and choices; only the words differ.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, select

from cbe_desktop.core.attachments import add_attachment
from cbe_desktop.core.changes import EVERYTHING, NOTHING, Changes
from cbe_desktop.core.demo_es import LANGUAGES, demo_words
from cbe_desktop.core.evidence import (
    EvidenceEntry,
    add_evidence,
    add_task,
    open_revision,
    resolve_revision,
)
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.images import png_bytes
from cbe_desktop.core.mastery import Method
from cbe_desktop.core.models import Evidence, Revision, SchoolClass, Showcase, Student, Target
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale, create_scale, default_scale_id
from cbe_desktop.core.settings import get_setting, set_setting
from cbe_desktop.core.store import Store, Tx
from cbe_desktop.core.targets import add_framework, add_target, set_rubric, write_wording
from cbe_desktop.core.voice import add_goal, add_reflection

#: The demo's identifiers are what a district's data would carry (a UUID per framework
#: item, a sourcedId and student number per student, a sourcedId per class), made from
#: this namespace, the demo's language and a name: the same on every build in one
#: language, and never the same in two, so that nothing matching records by identifier
#: (a school hub, a learner's record across classes) takes an English and a Spanish
#: demo class for one.
DEMO_NAMESPACE = uuid.UUID("6f1f3c2e-4b7a-5d0e-9c1a-0d3e5b7a9c21")
#: The class identifiers of versions before 0.2, still recognised as the demo.
_OLD_SOURCES = {"math": "demo:math7", "science": "demo:science7"}
#: The first student number of each language's demo students.
_STUDENT_NUMBERS = {"en": 70101, "es": 72101}


def demo_id(language: str, name: str) -> str:
    """The identifier of one thing of the demo (``"class:math"``, ``"student:3"``)."""
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{language}:{name}"))


def demo_class_sources(kind: str) -> set[str]:
    """Every identifier the demo's ``kind`` class ("math", "science") has had."""
    return {demo_id(language, f"class:{kind}") for language in LANGUAGES} | {_OLD_SOURCES[kind]}


def find_demo_class(session: Session, kind: str) -> SchoolClass | None:
    """The demo's math or science class in this store, whatever its language."""
    return session.exec(
        select(SchoolClass).where(
            SchoolClass.source_id.in_(demo_class_sources(kind)),  # type: ignore[union-attr]
            SchoolClass.deleted_hlc.is_(None),
        )
    ).first()


# (given, family, preferred, family language)
STUDENTS: tuple[tuple[str, str, str, str], ...] = (
    ("Ana Sofía", "García López", "Ana", "es"),
    ("Mateo", "Hernández", "", "es"),
    ("Olivia", "Chen", "", "en"),
    ("Liam", "O'Connor", "", "en"),
    ("Zoë", "Müller-Brandt", "", "en"),
    ("José Luis", "Ramírez Ortega", "José", "es"),
    ("Amara", "Okafor", "", "en"),
    ("Noah", "Begay", "", "en"),
    ("Valentina", "Cruz", "Vale", "es"),
    ("Ethan", "Nguyen", "", "en"),
    ("Aaliyah", "Johnson-Reed", "", "en"),
    ("Santiago", "Peña", "", "es"),
    ("Emma", "Lindqvist", "", "en"),
    ("Kai", "Yazzie", "", "en"),
    ("Ximena", "Flores Castillo", "", "es"),
    ("Lucas", "Dubois", "", "en"),
    ("Maya", "Patel", "", "en"),
    ("Diego", "Álvarez", "", "es"),
    ("Harper", "Whitfield", "", "en"),
    ("Isabella", "Rossi", "Bella", "en"),
    ("Elijah", "Washington", "Eli", "en"),
    ("Camila", "Gutiérrez", "", "es"),
    ("Aiden", "Kowalski", "", "en"),
    ("Sofía", "Marín-Soto", "", "es"),
    ("Benjamin", "Abramowitz", "Ben", "en"),
    ("Chloé", "Lefèvre", "", "en"),
    ("Samuel", "Mensah", "Sam", "en"),
    ("Lucía", "Torres", "", "es"),
)

# competency code, title, [(target code, statement, I can, skill phrase)]
MATH_COMPETENCIES = (
    (
        "RP",
        "Ratios and proportional relationships",
        (
            (
                "7.RP.1",
                "Compute unit rates associated with ratios of fractions, including ratios "
                "of lengths, areas and other quantities measured in like or different units.",
                "I can find a unit rate, even when the quantities are fractions.",
                "finds unit rates with fractions",
            ),
            (
                "7.RP.2a",
                "Decide whether two quantities are in a proportional relationship, using "
                "equivalent ratios in a table or graphing on a coordinate plane.",
                "I can tell whether two quantities are proportional using a table or a graph.",
                "decides whether a relationship is proportional",
            ),
            (
                "7.RP.2b",
                "Identify the constant of proportionality in tables, graphs, equations, "
                "diagrams and verbal descriptions.",
                "I can find the constant of proportionality in a table, graph, equation or story.",
                "identifies the constant of proportionality",
            ),
            (
                "7.RP.3",
                "Use proportional relationships to solve multistep ratio and percent "
                "problems: tax, tips, discounts, interest, percent increase and decrease.",
                "I can solve real-world percent problems like discounts, tips and tax.",
                "solves multistep ratio and percent problems",
            ),
        ),
    ),
    (
        "NS",
        "The number system",
        (
            (
                "7.NS.1",
                "Add and subtract rational numbers; represent addition and subtraction on "
                "a horizontal or vertical number line.",
                "I can add and subtract positive and negative numbers and show it on a number line.",  # noqa: E501
                "adds and subtracts rational numbers",
            ),
            (
                "7.NS.2",
                "Multiply and divide rational numbers, and understand the rules for "
                "multiplying signed numbers.",
                "I can multiply and divide positive and negative numbers and explain the sign rules.",  # noqa: E501
                "multiplies and divides rational numbers",
            ),
            (
                "7.NS.2d",
                "Convert a rational number to a decimal using long division; know that "
                "the decimal form terminates or eventually repeats.",
                "I can change a fraction into a decimal and tell if it ends or repeats.",
                "converts fractions to decimals",
            ),
            (
                "7.NS.3",
                "Solve real-world and mathematical problems involving the four operations "
                "with rational numbers.",
                "I can solve real-world problems using all four operations with rational numbers.",
                "solves problems with the four operations on rational numbers",
            ),
        ),
    ),
    (
        "EE",
        "Expressions and equations",
        (
            (
                "7.EE.1",
                "Apply properties of operations to add, subtract, factor and expand linear "
                "expressions with rational coefficients.",
                "I can simplify, expand and factor linear expressions.",
                "rewrites linear expressions with the properties of operations",
            ),
            (
                "7.EE.2",
                "Understand that rewriting an expression in different forms can shed light "
                "on the problem and how its quantities are related.",
                "I can rewrite an expression in another form to understand a problem better.",
                "rewrites expressions to reveal how quantities are related",
            ),
            (
                "7.EE.3",
                "Solve multi-step real-life problems with positive and negative rational "
                "numbers in any form, and assess how reasonable the answers are.",
                "I can solve multi-step word problems and check that my answer makes sense.",
                "solves multi-step real-life problems and checks reasonableness",
            ),
            (
                "7.EE.4",
                "Use variables to represent quantities and construct simple equations and "
                "inequalities to solve problems.",
                "I can write and solve equations and inequalities to answer a question.",
                "writes and solves equations and inequalities",
            ),
        ),
    ),
)

SCIENCE_COMPETENCIES = (
    (
        "PS",
        "Matter and its interactions",
        (
            (
                "MS-PS1-1",
                "Develop models to describe the atomic composition of simple molecules "
                "and extended structures.",
                "I can build a model that shows how atoms make up molecules.",
                "models the atomic composition of molecules",
            ),
            (
                "MS-PS1-2",
                "Analyse and interpret data on the properties of substances before and "
                "after they interact to determine whether a chemical reaction has occurred.",
                "I can use data to decide whether a chemical reaction happened.",
                "uses data to decide whether a chemical reaction occurred",
            ),
            (
                "MS-PS1-4",
                "Develop a model that predicts and describes changes in particle motion, "
                "temperature and state when thermal energy is added or removed.",
                "I can explain how heating or cooling changes how particles move.",
                "models particle motion when thermal energy changes",
            ),
        ),
    ),
    (
        "SEP",
        "Science practices",
        (
            (
                "SEP-3",
                "Plan and carry out an investigation, identifying variables and controls.",
                "I can plan a fair test and name what I change, measure and keep the same.",
                "plans and carries out a fair investigation",
            ),
            (
                "SEP-7",
                "Construct an oral and written argument supported by evidence.",
                "I can make a claim and back it up with evidence and reasoning.",
                "argues a claim from evidence",
            ),
        ),
    ),
)

HABITS = (
    ("HW.1", "Perseverance", "I keep trying when the work is hard and use feedback to improve."),
    ("HW.2", "Collaboration", "I listen to others, share ideas and help my group finish the work."),
    ("HW.3", "Responsibility", "I come prepared, meet deadlines and ask for help when I need it."),
    ("HW.4", "Self-direction", "I set goals for my learning and check my own progress."),
)
HABIT_LEVELS = [
    (1, "Rarely", "I show this habit rarely, even with reminders.", False, "#F6C995"),
    (2, "Sometimes", "I show this habit sometimes, often with reminders.", False, "#F3E79B"),
    (3, "Usually", "I show this habit most of the time, on my own.", True, "#A6D4EE"),
    (4, "Consistently", "I show this habit all the time and help others show it.", True, "#7FB0DB"),
]

# title, week (0-8), weekday offset, purpose, type, target codes
MATH_TASKS = (
    ("Ratio tables warm-up", 0, 1, "formative", "product", ("7.RP.1", "7.RP.2a")),
    ("Unit rates in recipes", 1, 2, "formative", "performance_task", ("7.RP.1", "7.RP.2b")),
    ("Proportional or not? card sort", 1, 4, "formative", "conversation", ("7.RP.2a", "7.RP.2b")),
    ("Percent problems quiz", 2, 3, "interim", "test", ("7.RP.3", "7.RP.2b")),
    (
        "Ratios and proportions unit test",
        3,
        2,
        "summative",
        "test",
        ("7.RP.1", "7.RP.2a", "7.RP.2b", "7.RP.3"),
    ),
    ("Integer number line exploration", 4, 1, "formative", "observation", ("7.NS.1", "7.NS.2")),
    ("Fractions to decimals check", 4, 4, "formative", "product", ("7.NS.2d", "7.NS.2")),
    (
        "Rational numbers in the real world",
        5,
        2,
        "interim",
        "performance_task",
        ("7.NS.1", "7.NS.3", "7.NS.2d"),
    ),
    (
        "Number system unit test",
        6,
        1,
        "summative",
        "test",
        ("7.NS.1", "7.NS.2", "7.NS.2d", "7.NS.3"),
    ),
    ("Equivalent expressions sort", 6, 4, "formative", "conversation", ("7.EE.1", "7.EE.2")),
    ("Equation stories project", 7, 3, "summative", "project", ("7.EE.3", "7.EE.4", "7.EE.2")),
    ("Expressions check-in", 8, 1, "formative", "product", ("7.EE.1", "7.EE.4")),
)
SCIENCE_TASKS = (
    ("Molecule models lab", 1, 2, "formative", "product", ("MS-PS1-1", "SEP-3")),
    ("Is it a reaction? data stations", 3, 3, "interim", "performance_task", ("MS-PS1-2", "SEP-7")),
    ("Ice to steam investigation", 5, 1, "formative", "performance_task", ("MS-PS1-4", "SEP-3")),
    ("Matter unit assessment", 7, 2, "summative", "test", ("MS-PS1-1", "MS-PS1-2", "MS-PS1-4")),
)

NEXT_STEPS = (
    "Redo problems 3-5 using a ratio table, then explain each step to a partner.",
    "Watch the worked example, then try the practice set and bring it to flex time.",
    "Rewrite the solution showing every step, and check it with a number line.",
    "Meet in the small group on Thursday; then retry the two starred problems.",
    "Correct the sign errors circled in your quiz and explain the rule in your own words.",
    "Make a new model with the feedback notes and present it at the next conference.",
)
SUPPORTS = ("flex_time", "small_group", "conference", "flex_time")
FEEDBACK = {
    1: (
        "You started well; let's work on setting up the problem together.",
        "Look again at what the question asks; your table is a good start.",
    ),
    2: (
        "Good progress: check your units and show each step.",
        "Most of this is right; the last step has a sign error.",
    ),
    3: (
        "Clear and correct; your explanation shows real understanding.",
        "Accurate work, well organised. Nice job explaining your thinking.",
    ),
    4: (
        "Excellent: you applied this to a new situation and justified it.",
        "Impressive: you found a second method and compared them.",
    ),
}
GOALS = (
    "I want to get to Proficient on percent problems before the unit ends.",
    "I will ask for help in flex time when I get stuck instead of waiting.",
    "I want to explain my thinking in words, not only with numbers.",
    "I will check my signs every time I add or subtract negative numbers.",
    "I want to finish my revisions on time and keep them in my folder.",
    "I will practise writing equations from word problems twice a week.",
)
REFLECTIONS = (
    "At first ratios confused me, but the ratio tables helped and now I can find unit rates "
    "on my own.",
    "I am proud of my equation stories project because I wrote my own problem and solved it "
    "two ways.",
    "Negative numbers were hard for me. After the number line activity I understand why two "
    "negatives make a positive.",
    "I used the feedback on my quiz to fix my mistakes, and my revision went up a level.",
    "Working in a group helped me explain my ideas. I still need to check my work more carefully.",
    "I learned that I can get better if I keep trying. My scores went up in the second unit.",
)


@dataclass(frozen=True)
class DemoResult:
    created: bool
    changes: Changes


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


#: The rubric of a learning target, from its skill phrase ({Skill}: capitalised).
DESCRIPTORS = {
    1: "With help, {skill} in simple cases; the set-up has major errors.",
    2: "{Skill} in familiar problems, with some errors or missing steps.",
    3: "Accurately and independently {skill}, and explains the reasoning.",
    4: "{Skill} in new, multi-step situations and justifies the method.",
}

#: The lookup every stored text goes through: ``core.demo_es.demo_words(language)``.
Words = Callable[[str], str]


def _descriptors(skill: str, words: Words) -> dict[float, str]:
    skill = words(skill)
    capitalised = f"{skill[0].upper()}{skill[1:]}"
    return {
        level: words(template).format(skill=skill, Skill=capitalised)
        for level, template in DESCRIPTORS.items()
    }


def _work_picture(seed: int) -> bytes:
    """A small generated 'photo of student work': ruled paper with a few strokes."""
    rng = random.Random(seed)
    strokes = [
        (rng.randrange(8, 150), rng.randrange(12, 100), rng.randrange(20, 70)) for _ in range(9)
    ]
    ink = (30 + rng.randrange(40), 50 + rng.randrange(60), 140 + rng.randrange(80))

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        for sx, sy, length in strokes:
            if sy <= y <= sy + 2 and sx <= x <= sx + length:
                return ink
        if y % 12 == 0:
            return (170, 200, 230)
        if x == 14:
            return (230, 150, 150)
        return (252, 250, 240)

    return png_bytes(160, 120, pixel)


def _other_wordings(tx: Tx, framework_ids: list[str], language: str) -> None:
    """Every competency, target and habit of the demo with its words in the demo's other
    language (the other demo's own), as a teacher writes them on the target editor's
    Languages tab."""
    from cbe_desktop.core.demo_es import SPANISH

    table = SPANISH if language == "en" else {es: en for en, es in SPANISH.items()}
    other = "es" if language == "en" else "en"
    rows = tx.session.exec(select(Target).where(Target.framework_id.in_(framework_ids))).all()
    for target in rows:
        statement = table.get(target.statement, "")
        i_can = table.get(target.i_can, "") if target.i_can else ""
        if statement or i_can:
            write_wording(tx, target.id, other, statement, i_can)


def build_demo(store: Store, today: date | None = None, language: str = "en") -> DemoResult:
    """Add the demo classes to the store, unless they are already there (in either
    language). ``language`` ("en" or "es") is the language of every text the demo writes;
    student names, target codes and the program's own scale words stay as they are."""
    words = demo_words(language)
    today = today or date.today()
    start = _monday(today) - timedelta(weeks=8)
    # Looked for inside the write transaction (BEGIN IMMEDIATE), so two builds at once
    # (the window and the command line on one store) cannot both add the demo.
    with store.transaction() as tx:
        exists = find_demo_class(tx.session, "math") is not None
        if not exists:
            _build(tx, store, start, today, words, language)
    if exists:
        return DemoResult(created=False, changes=NOTHING)
    return DemoResult(created=True, changes=EVERYTHING)


def _build(tx: Tx, store: Store, start: date, today: date, words: Words, language: str) -> None:
    rng = random.Random(20260907)

    def ident(name: str) -> str:
        return demo_id(language, name)

    session = tx.session
    if not get_setting(session, "teacher"):
        set_setting(tx, "teacher", words("Ms. Elena Rivera"))
    if not get_setting(session, "school"):
        set_setting(tx, "school", words("Valle Verde Middle School"))

    scale_id = default_scale_id(session)
    if scale_id is None:
        scale_id = create_default_scale(tx).id
        session.flush()
    # The habits scale is in the program's own words in either language (the interface
    # says them in its language, see scales.program_word), like the default scale.
    habit_scale = create_scale(tx, "Habits of work (Rarely to Consistently)", HABIT_LEVELS)

    math_fw = add_framework(tx, words("Grade 7 Mathematics (demo)"), source_id=ident("fw:math7"))
    science_fw = add_framework(
        tx, words("Grade 7 Physical Science (demo)"), source_id=ident("fw:sci7")
    )
    habits_fw = add_framework(
        tx,
        words("Habits of Work (demo)"),
        kind="habits",
        scale_id=habit_scale.id,
        source_id=ident("fw:habits"),
    )
    term = words("Fall {year}" if start.month >= 8 else "Spring {year}").format(year=start.year)
    math = add_class(
        tx,
        words("Math 7 — Period 2"),
        term=term,
        subject=words("Mathematics"),
        grade="7",
        scale_id=scale_id,
        targets_per_week=1.5,
        source_id=ident("class:math"),
    )
    science = add_class(
        tx,
        words("Science 7 — Period 5"),
        term=term,
        subject=words("Science"),
        grade="7",
        scale_id=scale_id,
        method=Method.DECAYING_AVERAGE,
        method_param=65,
        targets_per_week=0.6,
        source_id=ident("class:science"),
    )

    math_targets = _add_competencies(tx, math_fw, math, MATH_COMPETENCIES, words, ident)
    science_targets = _add_competencies(tx, science_fw, science, SCIENCE_COMPETENCIES, words, ident)
    habit_targets: dict[str, Target] = {}
    for i, (code, title, i_can) in enumerate(HABITS):
        habit = add_target(
            tx,
            habits_fw,
            code=code,
            statement=words(title),
            i_can=words(i_can),
            position=i,
            source_id=ident(f"item:{code}"),
        )
        set_rubric(tx, habit, {lv[0]: words(lv[2]) for lv in HABIT_LEVELS})
        habit_targets[code] = habit
        align_target(tx, math, habit, position=100 + i)
    # Each family reads the targets in its language: the English demo's in Spanish, the
    # Spanish demo's in English.
    _other_wordings(tx, [math_fw.id, science_fw.id, habits_fw.id], language)
    # Prerequisites a teacher would draw: unit rates before the constant of proportionality...
    math_targets["7.RP.2b"].prerequisites = [math_targets["7.RP.1"].id, math_targets["7.RP.2a"].id]
    math_targets["7.RP.3"].prerequisites = [math_targets["7.RP.2b"].id]
    math_targets["7.NS.3"].prerequisites = [math_targets["7.NS.1"].id, math_targets["7.NS.2"].id]
    math_targets["7.EE.4"].prerequisites = [math_targets["7.EE.1"].id]

    students: list[Student] = []
    for i, (given, family, preferred, home_language) in enumerate(STUDENTS):
        student = add_student(
            tx,
            given,
            family,
            preferred_name=preferred,
            student_number=str(_STUDENT_NUMBERS[language] + i),
            source_id=ident(f"student:{i}"),
            grade="7",
            family_language=home_language,
        )
        students.append(student)
        enroll(tx, math, student)
    science_students = students[::2][:14] + students[1:8:3]
    for student in {s.id: s for s in science_students}.values():  # one place in a class each
        enroll(tx, science, student)

    pictures = [
        add_attachment(
            tx, store, _work_picture(n), words("work-sample-{n}.png").format(n=n + 1), "image/png"
        )
        for n in range(4)
    ]
    session.flush()

    ability = {s.id: rng.uniform(1.4, 3.6) for s in students}
    growth = {s.id: rng.uniform(0.0, 0.16) for s in students}
    state = _EvidenceState(tx, rng, start, today, ability, growth, pictures, words)
    state.run(math, MATH_TASKS, math_targets, students, not_yet_quota=16)
    state.run(science, SCIENCE_TASKS, science_targets, science_students, not_yet_quota=4)
    state.habits(math, habit_targets, students)

    _choose_work_to_show(tx, math, students, words)
    for n, student in enumerate(students):
        written = start + timedelta(weeks=1, days=n % 5)
        add_goal(tx, student.id, words(GOALS[n % len(GOALS)]), written, class_id=math.id)
        if n % 3 == 0:
            goal = words(GOALS[(n + 2) % len(GOALS)])
            add_goal(tx, student.id, goal, written, class_id=math.id)
        add_reflection(
            tx,
            student.id,
            words(REFLECTIONS[n % len(REFLECTIONS)]),
            min(today, start + timedelta(weeks=8, days=n % 3)),
            class_id=math.id,
        )


SHOWCASE_NOTES = (
    "I chose this because it shows how much better I got after my revision.",
    "This is my best work: I explained every step.",
    "I am proud of this one because it was hard at first.",
)


def _choose_work_to_show(
    tx: Tx, school_class: SchoolClass, students: list[Student], words: Words
) -> None:
    """Each student picks their best scored work, and a photo of work when they have one."""
    session = tx.session
    session.flush()
    for n, student in enumerate(students):
        rows = session.exec(
            select(Evidence).where(
                Evidence.student_id == student.id,
                Evidence.class_id == school_class.id,
                Evidence.level.is_not(None),
                Evidence.feedback != "",
            )
        ).all()
        if not rows:
            continue
        best = max(rows, key=lambda e: (e.level or 0, e.revision_of is not None, e.produced_on))
        chosen = [best]
        photos = [e for e in rows if e.attachment_ids and e.id != best.id]
        if photos:
            chosen.append(max(photos, key=lambda e: e.produced_on))
        for position, evidence in enumerate(chosen):
            tx.add(
                Showcase(
                    id=new_id(),
                    student_id=student.id,
                    evidence_id=evidence.id,
                    class_id=school_class.id,
                    note=words(SHOWCASE_NOTES[(n + position) % 3]),
                    position=position,
                )
            )


def _add_competencies(
    tx: Tx, framework, school_class, competencies, words, ident
) -> dict[str, Target]:  # type: ignore[no-untyped-def]
    targets: dict[str, Target] = {}
    position = 0
    for c_index, (code, title, items) in enumerate(competencies):
        competency = add_target(
            tx,
            framework,
            code=code,
            statement=words(title),
            i_can="",
            position=c_index,
            source_id=ident(f"item:{code}"),
        )
        for t_index, (t_code, statement, i_can, skill) in enumerate(items):
            target = add_target(
                tx,
                framework,
                code=t_code,
                statement=words(statement),
                i_can=words(i_can),
                parent=competency,
                position=t_index,
                level="7",
                dok=2 + (t_index % 2),
                source_id=ident(f"item:{t_code}"),
            )
            set_rubric(tx, target, _descriptors(skill, words))
            align_target(tx, school_class, target, position=position)
            position += 1
            targets[t_code] = target
    return targets


class _EvidenceState:
    """Generates a term of evidence, with not-yet, revisions, missing and excused work."""

    def __init__(self, tx, rng, start, today, ability, growth, pictures, words) -> None:  # type: ignore[no-untyped-def]
        self.tx, self.rng, self.start, self.today = tx, rng, start, today
        self.ability, self.growth, self.pictures = ability, growth, pictures
        self.words: Words = words
        self.revised_upward = 0

    def level_for(self, student: Student, week: int) -> int:
        raw = self.ability[student.id] + self.growth[student.id] * week + self.rng.gauss(0, 0.55)
        return max(1, min(4, round(raw)))

    def run(self, school_class, tasks, targets, students, *, not_yet_quota: int) -> None:  # type: ignore[no-untyped-def]
        tx, rng, words = self.tx, self.rng, self.words
        not_yet_left = not_yet_quota
        for t_index, (title, week, day, purpose, kind, codes) in enumerate(tasks):
            on = self.start + timedelta(weeks=week, days=day)
            if on > self.today:
                on = self.today
            task = add_task(
                tx,
                words(title),
                on,
                class_id=school_class.id,
                target_ids=[targets[c].id for c in codes],
                purpose=purpose,
                task_type=kind,
            )
            for s_index, student in enumerate(students):
                roll = rng.random()
                for code in codes:
                    target = targets[code]
                    entry = EvidenceEntry(
                        student_id=student.id,
                        target_id=target.id,
                        produced_on=on,
                        class_id=school_class.id,
                        task_id=task.id,
                        evidence_type=kind,
                    )
                    if roll < 0.04:
                        entry.status = "missing"
                        add_evidence(tx, entry)
                        continue
                    if roll < 0.065:
                        entry.status = "excused"
                        entry.feedback = words("Excused: away for a family event.")
                        add_evidence(tx, entry)
                        continue
                    level = self.level_for(student, week)
                    entry.level = level
                    entry.feedback = words(FEEDBACK[level][rng.randrange(2)])
                    if purpose == "summative" and s_index % 9 == t_index % 9 and self.pictures:
                        entry.attachment_ids = [
                            self.pictures[(s_index + t_index) % len(self.pictures)].id
                        ]
                    wants_not_yet = level <= 2 and purpose != "formative" and rng.random() < 0.5
                    if wants_not_yet and not_yet_left > 0:
                        not_yet_left -= 1
                        entry.not_yet = True
                        entry.feedback = words("Not yet: ") + words(FEEDBACK[level][0])
                        first = add_evidence(tx, entry)
                        self._follow_up(school_class, first, week)
                    else:
                        add_evidence(tx, entry)

    def _follow_up(self, school_class, first: Evidence, week: int) -> None:  # type: ignore[no-untyped-def]
        tx, rng, words = self.tx, self.rng, self.words
        n = rng.randrange(len(NEXT_STEPS))
        produced = date.fromisoformat(first.produced_on)
        revision = open_revision(
            tx,
            first,
            words(NEXT_STEPS[n]),
            due_on=produced + timedelta(days=7 + n),
            support=SUPPORTS[n % len(SUPPORTS)],
        )
        # Older not-yet work has mostly been revised; the newest is still open.
        revise = week < 6 and (self.revised_upward < 5 or rng.random() < 0.6)
        if not revise:
            return
        redo_on = min(self.today, produced + timedelta(days=6 + n))
        new_level = min(4, int(first.level or 1) + 1 + (1 if rng.random() < 0.3 else 0))
        again = add_evidence(
            tx,
            EvidenceEntry(
                student_id=first.student_id,
                target_id=first.target_id,
                produced_on=redo_on,
                class_id=school_class.id,
                level=new_level,
                revision_of=first.id,
                evidence_type="product",
                feedback=words("Revision: you used the feedback and it shows. ")
                + words(FEEDBACK[new_level][1]),
            ),
        )
        resolve_revision(tx, revision, again)
        if new_level > (first.level or 0):
            self.revised_upward += 1

    def habits(self, school_class, habit_targets, students) -> None:  # type: ignore[no-untyped-def]
        for week in (2, 5, 8):
            on = min(self.today, self.start + timedelta(weeks=week, days=4))
            for student in students:
                for habit in habit_targets.values():
                    level = max(
                        1, min(4, round(self.ability[student.id] + self.rng.gauss(0.2, 0.6)))
                    )
                    add_evidence(
                        self.tx,
                        EvidenceEntry(
                            student_id=student.id,
                            target_id=habit.id,
                            produced_on=on,
                            class_id=school_class.id,
                            level=level,
                            evidence_type="observation",
                        ),
                    )


def open_not_yet_count(store: Store) -> int:
    with store.read() as session:
        return len(session.exec(select(Revision.id).where(Revision.state == "open")).all())
