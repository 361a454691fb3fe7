"""Every word the reports generate, in English and Spanish.

Packets are read by families, some of whom read Spanish better than English, and the
student presents them: the words speak in the student's voice ("I can ...", "My
growth"). The Spanish is plain Latin-American Spanish a family understands, with
``ustedes`` for the family and ``docente`` (not gendered) for the teacher.

Only generated words live here. Names, "I can" statements, feedback, goals and
reflections are written by people and printed as written. The level words of the
program's own default scales ("Beginning" ... "Extending", and the habits scale's
"Rarely" ... "Consistently") are generated too, so they are translated; a scale the
teacher renamed is printed as the teacher wrote it.
"""

from __future__ import annotations

from datetime import date

LANGUAGES = ("en", "es")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        # cover
        "kicker": "Student-led conference",
        "cover_title": "My learning",
        "cover_intro": (
            "Today I will show you what I have learned, how I have grown, "
            "and what I am working on next."
        ),
        "field_class": "Class",
        "field_other_classes": "My other classes",
        "field_term": "Term",
        "field_date": "Date",
        "field_school": "School",
        "field_teacher": "Teacher",
        "in_these_pages": "In these pages",
        "my_goals": "My goals",
        "no_goals": "I have not written my goals yet. I will share them at our conference.",
        # section titles
        "sec_where": "Where I am",
        "sec_growth": "My growth",
        "sec_working": "What I am working on",
        "sec_habits": "Habits of work",
        "sec_reflection": "My reflection, and the work I chose to show",
        "sec_family": "For my family",
        # where I am
        "where_intro": (
            "Each learning target is written as an “I can” statement. The {levels} boxes are "
            "the levels of the scale; the dark ones are the levels I have reached."
        ),
        "proficient_summary": "I am proficient in {count} of {total} learning targets.",
        "proficient_none_yet": "I am working toward Proficient on my {total} learning targets.",
        "col_i_can": "I can …",
        "col_level": "My level",
        "col_status": "How I am doing",
        "level_of": "{value} of {top}",
        "other_targets": "My learning targets",
        "teacher_decided": "* My teacher set this level from all of my work.",
        "no_evidence_kind": "No evidence yet — this is where my learning will show.",
        "no_targets": "My class has no learning targets yet.",
        # statuses
        "status_proficient": "Proficient",
        "status_in_progress": "In progress",
        "status_not_yet": "Not yet",
        "status_no_evidence": "Not assessed yet",
        # growth
        "growth_intro": (
            "Each point is my level at the end of a week, from the work I had done by then. "
            "The dashed line is the goal: {goal}."
        ),
        "growth_none": "No evidence yet in this competency.",
        "growth_week_end": "Week ending",
        # working on
        "working_intro": (
            "“Not yet” means I have not shown this yet, and I have a plan and help to get there."
        ),
        "col_next_step": "My next step",
        "col_support": "Help planned",
        "col_due": "Due",
        "working_none": "Right now I have no work waiting to be redone.",
        "support_flex_time": "Flex time",
        "support_small_group": "Small group with my teacher",
        "support_conference": "A meeting with my teacher",
        "support_other": "Other help",
        "support_none": "—",
        # habits
        "habits_intro": (
            "Habits of work are how I learn. They are reported here on their own and never "
            "change my levels in the learning targets."
        ),
        "col_habit": "Habit",
        "col_how_often": "How often I show it",
        "habits_scale_title": "What the habit words mean",
        "habits_none": "My class does not keep track of habits of work.",
        # reflection and showcase
        "my_reflection": "My reflection",
        "no_reflection": (
            "I have not written my reflection yet; I will tell you about my learning "
            "at our conference."
        ),
        "work_i_chose": "The work I chose to show",
        "no_showcase": (
            "I have not chosen work to show yet. I will bring a piece of my work to our conference."
        ),
        "why_i_chose": "Why I chose it",
        "teacher_feedback": "Feedback from my teacher",
        "done_on": "Done on {day}",
        "level_word": "Level",
        "photo_missing": "(The photo of this work is not on this computer.)",
        "also_attached": "Also attached: {names}",
        # family
        "family_intro": (
            "Thank you for coming to my conference. This page explains the words in my packet."
        ),
        "levels_title": "What my levels mean",
        "statuses_title": "What the words beside my levels mean",
        "explain_proficient": "I have shown this target well, on my own.",
        "explain_in_progress": "I am learning this; my work shows part of it so far.",
        "explain_not_yet": (
            "I have not shown this yet. I am redoing my work with a plan and help. "
            "“Not yet” is not failing."
        ),
        "explain_no_evidence": "We have not worked on this target yet.",
        "questions_title": "Questions to ask me",
        "question_1": "What are you most proud of, and why?",
        "question_2": "Which learning target was the hardest for you, and what helped?",
        "question_3": "What does “not yet” mean in your class, and what is your plan?",
        "question_4": "Show me the work you chose. What did you learn from it?",
        "question_5": "What is your next goal, and how can we help at home?",
        "question_6": "Which habit of work do you want to get better at?",
        "comments_title": "Comments",
        "comments_family": "From my family",
        "comments_student": "My comments",
        "comments_teacher": "From my teacher",
        "signatures_title": "Signatures",
        "sign_student": "Student",
        "sign_family": "Family member",
        "sign_teacher": "Teacher",
        "sign_date": "Date",
        # page furniture
        "page_of": "Page {page} of {pages}",
        # where am I (one page)
        "wai_title": "Where am I?",
        "wai_next_steps": "My next steps",
        "wai_goal": "My goal",
        # class summary (for the teacher)
        "sum_title": "Class summary",
        "sum_students": "{count} students",
        "sum_intro": (
            "How many students are at each status on each learning target, from the "
            "evidence recorded so far."
        ),
        "col_target": "Learning target",
        "col_proficient_share": "Proficient",
        "sum_breakdown_title": "Proficient, by family language",
        "sum_breakdown_intro": (
            "To protect students' privacy, a group of fewer than {min} students is never "
            "shown. When only one group would be hidden, the next smallest is hidden too, "
            "so that its numbers cannot be worked out from the class totals."
        ),
        "sum_group_small": "{group}: {count} students — fewer than {min}, not shown.",
        "sum_group_complement": (
            "{group}: {count} students — not shown, so that a smaller group cannot be worked out."
        ),
        "sum_no_groups": "No group is large enough to show.",
        "sum_group_col": "{group} ({count})",
        "sum_no_students": "No students are enrolled in this class yet.",
        "language_en": "English",
        "language_es": "Spanish",
        "language_other": "Other",
        # the program's default level words, with plain words for families
        "level_beginning": "Beginning",
        "level_beginning_plain": "I am starting to learn this, and I need help.",
        "level_developing": "Developing",
        "level_developing_plain": "I can do part of it; some mistakes or gaps remain.",
        "level_proficient": "Proficient",
        "level_proficient_plain": "I can do all of it on my own. This is the goal.",
        "level_extending": "Extending",
        "level_extending_plain": "I can use it in new, harder situations.",
        "level_rarely": "Rarely",
        "level_rarely_plain": "I rarely show this habit, even with reminders.",
        "level_sometimes": "Sometimes",
        "level_sometimes_plain": "I show this habit sometimes, often with reminders.",
        "level_usually": "Usually",
        "level_usually_plain": "I show this habit most of the time, on my own.",
        "level_consistently": "Consistently",
        "level_consistently_plain": "I show this habit all the time and help others show it.",
        # dates
        "date_long": "{month} {day}, {year}",
        "date_short": "{mon} {day}",
        "month_1": "January",
        "month_2": "February",
        "month_3": "March",
        "month_4": "April",
        "month_5": "May",
        "month_6": "June",
        "month_7": "July",
        "month_8": "August",
        "month_9": "September",
        "month_10": "October",
        "month_11": "November",
        "month_12": "December",
        "mon_1": "Jan",
        "mon_2": "Feb",
        "mon_3": "Mar",
        "mon_4": "Apr",
        "mon_5": "May",
        "mon_6": "Jun",
        "mon_7": "Jul",
        "mon_8": "Aug",
        "mon_9": "Sep",
        "mon_10": "Oct",
        "mon_11": "Nov",
        "mon_12": "Dec",
    },
    "es": {
        # portada
        "kicker": "Conferencia dirigida por estudiantes",
        "cover_title": "Mi aprendizaje",
        "cover_intro": (
            "Hoy les voy a mostrar lo que aprendí, cómo he crecido y en qué estoy trabajando ahora."
        ),
        "field_class": "Clase",
        "field_other_classes": "Mis otras clases",
        "field_term": "Período",
        "field_date": "Fecha",
        "field_school": "Escuela",
        "field_teacher": "Docente",
        "in_these_pages": "En estas páginas",
        "my_goals": "Mis metas",
        "no_goals": "Todavía no escribí mis metas. Las voy a compartir en nuestra conferencia.",
        # títulos de las secciones
        "sec_where": "Dónde estoy",
        "sec_growth": "Mi crecimiento",
        "sec_working": "En qué estoy trabajando",
        "sec_habits": "Hábitos de trabajo",
        "sec_reflection": "Mi reflexión y el trabajo que elegí mostrar",
        "sec_family": "Para mi familia",
        # dónde estoy
        "where_intro": (
            "Cada meta de aprendizaje está escrita como una frase “Yo puedo”. Los {levels} "
            "cuadros son los niveles de la escala; los oscuros son los niveles que ya alcancé."
        ),
        "proficient_summary": "Soy competente en {count} de {total} metas de aprendizaje.",
        "proficient_none_yet": (
            "Estoy trabajando para llegar a Competente en mis {total} metas de aprendizaje."
        ),
        "col_i_can": "Yo puedo …",
        "col_level": "Mi nivel",
        "col_status": "Cómo voy",
        "level_of": "{value} de {top}",
        "other_targets": "Mis metas de aprendizaje",
        "teacher_decided": "* Mi docente decidió este nivel a partir de todo mi trabajo.",
        "no_evidence_kind": "Todavía no hay evidencias: aquí se va a ver mi aprendizaje.",
        "no_targets": "Mi clase todavía no tiene metas de aprendizaje.",
        # estados
        "status_proficient": "Competente",
        "status_in_progress": "En progreso",
        "status_not_yet": "Todavía no",
        "status_no_evidence": "Sin evaluar aún",
        # crecimiento
        "growth_intro": (
            "Cada punto es mi nivel al final de una semana, según el trabajo que había hecho "
            "hasta ese momento. La línea punteada es la meta: {goal}."
        ),
        "growth_none": "Todavía no hay evidencias en esta competencia.",
        "growth_week_end": "Semana que termina el",
        # en qué estoy trabajando
        "working_intro": (
            "“Todavía no” quiere decir que aún no lo he demostrado, y que tengo un plan "
            "y apoyo para lograrlo."
        ),
        "col_next_step": "Mi próximo paso",
        "col_support": "Apoyo previsto",
        "col_due": "Entrega",
        "working_none": "En este momento no tengo trabajos pendientes por rehacer.",
        "support_flex_time": "Tiempo de apoyo en clase",
        "support_small_group": "Grupo pequeño con mi docente",
        "support_conference": "Una reunión con mi docente",
        "support_other": "Otro apoyo",
        "support_none": "—",
        # hábitos
        "habits_intro": (
            "Los hábitos de trabajo son mi manera de aprender. Aquí se informan por separado "
            "y nunca cambian mis niveles en las metas de aprendizaje."
        ),
        "col_habit": "Hábito",
        "col_how_often": "Con qué frecuencia lo muestro",
        "habits_scale_title": "Qué significan las palabras de los hábitos",
        "habits_none": "Mi clase no lleva registro de los hábitos de trabajo.",
        # reflexión y trabajo elegido
        "my_reflection": "Mi reflexión",
        "no_reflection": (
            "Todavía no escribí mi reflexión; les voy a contar sobre mi aprendizaje "
            "en nuestra conferencia."
        ),
        "work_i_chose": "El trabajo que elegí mostrar",
        "no_showcase": (
            "Todavía no elegí un trabajo para mostrar. Voy a llevar uno de mis trabajos "
            "a nuestra conferencia."
        ),
        "why_i_chose": "Por qué lo elegí",
        "teacher_feedback": "Comentarios de mi docente",
        "done_on": "Hecho el {day}",
        "level_word": "Nivel",
        "photo_missing": "(La foto de este trabajo no está en esta computadora.)",
        "also_attached": "También se adjuntó: {names}",
        # para mi familia
        "family_intro": (
            "Gracias por venir a mi conferencia. Esta página explica las palabras de mi informe."
        ),
        "levels_title": "Qué significan mis niveles",
        "statuses_title": "Qué significan las palabras junto a mis niveles",
        "explain_proficient": "Ya demostré esta meta bien y por mi cuenta.",
        "explain_in_progress": "Estoy aprendiendo esto; por ahora mi trabajo muestra una parte.",
        "explain_not_yet": (
            "Todavía no lo demostré. Estoy rehaciendo mi trabajo con un plan y con apoyo. "
            "“Todavía no” no quiere decir reprobar."
        ),
        "explain_no_evidence": "Todavía no hemos trabajado en esta meta.",
        "questions_title": "Preguntas para hacerme",
        "question_1": "¿Qué es lo que más te enorgullece y por qué?",
        "question_2": "¿Qué meta de aprendizaje te costó más y qué te ayudó?",
        "question_3": "¿Qué quiere decir “todavía no” en tu clase y cuál es tu plan?",
        "question_4": "Muéstrame el trabajo que elegiste. ¿Qué aprendiste con él?",
        "question_5": "¿Cuál es tu próxima meta y cómo te podemos ayudar en casa?",
        "question_6": "¿Qué hábito de trabajo quieres mejorar?",
        "comments_title": "Comentarios",
        "comments_family": "De mi familia",
        "comments_student": "Mis comentarios",
        "comments_teacher": "De mi docente",
        "signatures_title": "Firmas",
        "sign_student": "Estudiante",
        "sign_family": "Familiar",
        "sign_teacher": "Docente",
        "sign_date": "Fecha",
        # pie de página
        "page_of": "Página {page} de {pages}",
        # dónde estoy (una página)
        "wai_title": "¿Dónde estoy?",
        "wai_next_steps": "Mis próximos pasos",
        "wai_goal": "Mi meta",
        # resumen de la clase (para el docente)
        "sum_title": "Resumen de la clase",
        "sum_students": "{count} estudiantes",
        "sum_intro": (
            "Cuántos estudiantes hay en cada estado en cada meta de aprendizaje, según las "
            "evidencias registradas hasta ahora."
        ),
        "col_target": "Meta de aprendizaje",
        "col_proficient_share": "Competentes",
        "sum_breakdown_title": "Competentes, según el idioma de la familia",
        "sum_breakdown_intro": (
            "Para proteger la privacidad de los estudiantes, nunca se muestra un grupo de "
            "menos de {min} estudiantes. Si solo un grupo quedara oculto, también se oculta "
            "el siguiente más pequeño, para que sus datos no se puedan deducir de los "
            "totales de la clase."
        ),
        "sum_group_small": "{group}: {count} estudiantes — menos de {min}, no se muestra.",
        "sum_group_complement": (
            "{group}: {count} estudiantes — no se muestra, para que no se pueda deducir un "
            "grupo más pequeño."
        ),
        "sum_no_groups": "Ningún grupo es lo bastante grande para mostrarse.",
        "sum_group_col": "{group} ({count})",
        "sum_no_students": "Todavía no hay estudiantes inscritos en esta clase.",
        "language_en": "Inglés",
        "language_es": "Español",
        "language_other": "Otro",
        # las palabras de los niveles del programa, con palabras sencillas para la familia
        "level_beginning": "Inicial",
        "level_beginning_plain": "Estoy empezando a aprender esto y necesito ayuda.",
        "level_developing": "En desarrollo",
        "level_developing_plain": "Puedo hacer una parte; todavía tengo algunos errores o vacíos.",
        "level_proficient": "Competente",
        "level_proficient_plain": "Puedo hacerlo todo por mi cuenta. Esta es la meta.",
        "level_extending": "Avanzado",
        "level_extending_plain": "Puedo usarlo en situaciones nuevas y más difíciles.",
        "level_rarely": "Casi nunca",
        "level_rarely_plain": "Casi nunca muestro este hábito, aun con recordatorios.",
        "level_sometimes": "A veces",
        "level_sometimes_plain": "A veces muestro este hábito, por lo general con recordatorios.",
        "level_usually": "Casi siempre",
        "level_usually_plain": "Muestro este hábito casi siempre, por mi cuenta.",
        "level_consistently": "Siempre",
        "level_consistently_plain": ("Muestro este hábito siempre y ayudo a otros a mostrarlo."),
        # fechas
        "date_long": "{day} de {month} de {year}",
        "date_short": "{day} {mon}",
        "month_1": "enero",
        "month_2": "febrero",
        "month_3": "marzo",
        "month_4": "abril",
        "month_5": "mayo",
        "month_6": "junio",
        "month_7": "julio",
        "month_8": "agosto",
        "month_9": "septiembre",
        "month_10": "octubre",
        "month_11": "noviembre",
        "month_12": "diciembre",
        "mon_1": "ene",
        "mon_2": "feb",
        "mon_3": "mar",
        "mon_4": "abr",
        "mon_5": "may",
        "mon_6": "jun",
        "mon_7": "jul",
        "mon_8": "ago",
        "mon_9": "sep",
        "mon_10": "oct",
        "mon_11": "nov",
        "mon_12": "dic",
    },
}

STATUSES = ("proficient", "in_progress", "not_yet", "no_evidence")
SUPPORT_WORDS = ("flex_time", "small_group", "conference", "other")
#: The program's own level words (default scale, demo habits scale), by English label.
KNOWN_LEVELS = (
    "beginning",
    "developing",
    "proficient",
    "extending",
    "rarely",
    "sometimes",
    "usually",
    "consistently",
)
QUESTIONS = tuple(f"question_{n}" for n in range(1, 7))


def check_lang(lang: str) -> str:
    if lang not in LABELS:
        raise ValueError(f"Reports are written in {' or '.join(LANGUAGES)}, not {lang!r}.")
    return lang


class Labels:
    """The words of one language: ``words("page_of", page=2, pages=5)``."""

    def __init__(self, lang: str) -> None:
        self.lang = check_lang(lang)
        self._table = LABELS[lang]

    def __call__(self, key: str, **values: object) -> str:
        words = self._table[key]
        return words.format(**values) if values else words

    def status(self, status: str) -> str:
        return self(f"status_{status}")

    def explain_status(self, status: str) -> str:
        return self(f"explain_{status}")

    def support(self, support: str) -> str:
        """A planned support: the stored words translated, anything else as written."""
        if not support.strip():
            return self("support_none")
        if support in SUPPORT_WORDS:
            return self(f"support_{support}")
        return support

    def level(self, label: str) -> str:
        """A level's label: the program's default words translated, a teacher's as written."""
        key = label.strip().casefold()
        return self(f"level_{key}") if key in KNOWN_LEVELS else label

    def level_plain(self, label: str, description: str) -> str:
        """What a level means in plain words (the teacher's description for their own scale)."""
        key = label.strip().casefold()
        return self(f"level_{key}_plain") if key in KNOWN_LEVELS else description

    def language(self, code: str) -> str:
        return self(f"language_{code}") if code in LANGUAGES else self("language_other")

    def date(self, iso: str | date | None, *, short: bool = False) -> str:
        """A date as a family reads it: "November 3, 2026" / "3 de noviembre de 2026"."""
        if iso is None or iso == "":
            return ""
        try:
            day = iso if isinstance(iso, date) else date.fromisoformat(str(iso)[:10])
        except ValueError:
            return str(iso)
        if short:
            return self("date_short", mon=self(f"mon_{day.month}"), day=day.day)
        return self("date_long", month=self(f"month_{day.month}"), day=day.day, year=day.year)


def labels_for(lang: str) -> Labels:
    return Labels(lang)
