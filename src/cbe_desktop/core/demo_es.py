"""The demo class in Spanish: every text ``core.demo`` writes, from its English to its
Latin American Spanish, for a séptimo grado (1.º de secundaria) class.

``core.demo`` asks :func:`demo_words` for a lookup and passes every text it stores through
it; nothing else changes between the languages (same seed, same dates, same levels).
Student names and target codes are not translated, nor are the program's own scale words
(the default scale and the habits scale): the interface already says those in its
language (see ``core.scales.program_word``). The teacher is addressed as in the interface;
students are spoken to with "tú", as a teacher in class would.
"""

from __future__ import annotations

from collections.abc import Callable

LANGUAGES = ("en", "es")

SPANISH: dict[str, str] = {
    # ----- the teacher, the school, the frameworks and the classes
    "Ms. Elena Rivera": "Mtra. Elena Rivera",
    "Valle Verde Middle School": "Escuela Secundaria Valle Verde",
    "Grade 7 Mathematics (demo)": "Matemáticas de 7.º grado (demo)",
    "Grade 7 Physical Science (demo)": "Ciencias Físicas de 7.º grado (demo)",
    "Habits of Work (demo)": "Hábitos de trabajo (demo)",
    "Fall {year}": "Otoño {year}",
    "Spring {year}": "Primavera {year}",
    "Math 7 — Period 2": "Matemáticas 7 — Periodo 2",
    # The science class teaches a unit on matter and reactions: "Química" fits it, and
    # sorts after "Matemáticas", so the window opens on the math class as in English.
    "Science 7 — Period 5": "Química 7 — Periodo 5",
    "Mathematics": "Matemáticas",
    "Science": "Ciencias",
    "work-sample-{n}.png": "muestra-de-trabajo-{n}.png",
    # ----- competencies
    "Ratios and proportional relationships": "Razones y relaciones proporcionales",
    "The number system": "El sistema numérico",
    "Expressions and equations": "Expresiones y ecuaciones",
    "Matter and its interactions": "La materia y sus interacciones",
    "Science practices": "Prácticas científicas",
    # ----- 7.RP.1
    "Compute unit rates associated with ratios of fractions, including ratios of lengths, "
    "areas and other quantities measured in like or different units.": (
        "Calcular tasas unitarias asociadas a razones de fracciones, incluidas razones de "
        "longitudes, áreas y otras cantidades medidas en unidades iguales o diferentes."
    ),
    "I can find a unit rate, even when the quantities are fractions.": (
        "Puedo encontrar una tasa unitaria, incluso cuando las cantidades son fracciones."
    ),
    "finds unit rates with fractions": "calcula tasas unitarias con fracciones",
    # ----- 7.RP.2a
    "Decide whether two quantities are in a proportional relationship, using equivalent "
    "ratios in a table or graphing on a coordinate plane.": (
        "Decidir si dos cantidades están en una relación proporcional, usando razones "
        "equivalentes en una tabla o graficando en el plano cartesiano."
    ),
    "I can tell whether two quantities are proportional using a table or a graph.": (
        "Puedo saber si dos cantidades son proporcionales usando una tabla o una gráfica."
    ),
    "decides whether a relationship is proportional": "decide si una relación es proporcional",
    # ----- 7.RP.2b
    "Identify the constant of proportionality in tables, graphs, equations, diagrams and "
    "verbal descriptions.": (
        "Identificar la constante de proporcionalidad en tablas, gráficas, ecuaciones, "
        "diagramas y descripciones verbales."
    ),
    "I can find the constant of proportionality in a table, graph, equation or story.": (
        "Puedo encontrar la constante de proporcionalidad en una tabla, una gráfica, una "
        "ecuación o un problema escrito."
    ),
    "identifies the constant of proportionality": "identifica la constante de proporcionalidad",
    # ----- 7.RP.3
    "Use proportional relationships to solve multistep ratio and percent problems: tax, "
    "tips, discounts, interest, percent increase and decrease.": (
        "Usar relaciones proporcionales para resolver problemas de varios pasos con razones y "
        "porcentajes: impuestos, propinas, descuentos, intereses, aumentos y disminuciones "
        "porcentuales."
    ),
    "I can solve real-world percent problems like discounts, tips and tax.": (
        "Puedo resolver problemas de porcentajes de la vida real, como descuentos, propinas "
        "e impuestos."
    ),
    "solves multistep ratio and percent problems": (
        "resuelve problemas de varios pasos con razones y porcentajes"
    ),
    # ----- 7.NS.1
    "Add and subtract rational numbers; represent addition and subtraction on a horizontal "
    "or vertical number line.": (
        "Sumar y restar números racionales; representar la suma y la resta en una recta "
        "numérica horizontal o vertical."
    ),
    "I can add and subtract positive and negative numbers and show it on a number line.": (
        "Puedo sumar y restar números positivos y negativos y mostrarlo en una recta numérica."
    ),
    "adds and subtracts rational numbers": "suma y resta números racionales",
    # ----- 7.NS.2
    "Multiply and divide rational numbers, and understand the rules for multiplying signed "
    "numbers.": (
        "Multiplicar y dividir números racionales, y comprender la ley de los signos en la "
        "multiplicación."
    ),
    "I can multiply and divide positive and negative numbers and explain the sign rules.": (
        "Puedo multiplicar y dividir números positivos y negativos y explicar la ley de los signos."
    ),
    "multiplies and divides rational numbers": "multiplica y divide números racionales",
    # ----- 7.NS.2d
    "Convert a rational number to a decimal using long division; know that the decimal "
    "form terminates or eventually repeats.": (
        "Convertir un número racional en decimal con la división larga; saber que su "
        "expresión decimal es exacta o periódica."
    ),
    "I can change a fraction into a decimal and tell if it ends or repeats.": (
        "Puedo convertir una fracción en un número decimal y decir si termina o se repite."
    ),
    "converts fractions to decimals": "convierte fracciones en decimales",
    # ----- 7.NS.3
    "Solve real-world and mathematical problems involving the four operations with "
    "rational numbers.": (
        "Resolver problemas matemáticos y de la vida real que involucren las cuatro "
        "operaciones con números racionales."
    ),
    "I can solve real-world problems using all four operations with rational numbers.": (
        "Puedo resolver problemas de la vida real usando las cuatro operaciones con números "
        "racionales."
    ),
    "solves problems with the four operations on rational numbers": (
        "resuelve problemas con las cuatro operaciones con números racionales"
    ),
    # ----- 7.EE.1
    "Apply properties of operations to add, subtract, factor and expand linear expressions "
    "with rational coefficients.": (
        "Aplicar las propiedades de las operaciones para sumar, restar, factorizar y "
        "desarrollar expresiones lineales con coeficientes racionales."
    ),
    "I can simplify, expand and factor linear expressions.": (
        "Puedo simplificar, desarrollar y factorizar expresiones lineales."
    ),
    "rewrites linear expressions with the properties of operations": (
        "reescribe expresiones lineales con las propiedades de las operaciones"
    ),
    # ----- 7.EE.2
    "Understand that rewriting an expression in different forms can shed light on the "
    "problem and how its quantities are related.": (
        "Comprender que reescribir una expresión de distintas formas puede aclarar el "
        "problema y cómo se relacionan sus cantidades."
    ),
    "I can rewrite an expression in another form to understand a problem better.": (
        "Puedo reescribir una expresión de otra forma para entender mejor un problema."
    ),
    "rewrites expressions to reveal how quantities are related": (
        "reescribe expresiones para mostrar cómo se relacionan las cantidades"
    ),
    # ----- 7.EE.3
    "Solve multi-step real-life problems with positive and negative rational numbers in "
    "any form, and assess how reasonable the answers are.": (
        "Resolver problemas de la vida real de varios pasos con números racionales "
        "positivos y negativos en cualquier forma, y evaluar qué tan razonables son las "
        "respuestas."
    ),
    "I can solve multi-step word problems and check that my answer makes sense.": (
        "Puedo resolver problemas verbales de varios pasos y comprobar que mi respuesta "
        "tiene sentido."
    ),
    "solves multi-step real-life problems and checks reasonableness": (
        "resuelve problemas de la vida real de varios pasos y comprueba si el resultado es "
        "razonable"
    ),
    # ----- 7.EE.4
    "Use variables to represent quantities and construct simple equations and "
    "inequalities to solve problems.": (
        "Usar variables para representar cantidades y plantear ecuaciones y desigualdades "
        "sencillas para resolver problemas."
    ),
    "I can write and solve equations and inequalities to answer a question.": (
        "Puedo plantear y resolver ecuaciones y desigualdades para responder una pregunta."
    ),
    "writes and solves equations and inequalities": (
        "plantea y resuelve ecuaciones y desigualdades"
    ),
    # ----- MS-PS1-1
    "Develop models to describe the atomic composition of simple molecules and extended "
    "structures.": (
        "Desarrollar modelos para describir la composición atómica de moléculas sencillas y "
        "de estructuras extensas."
    ),
    "I can build a model that shows how atoms make up molecules.": (
        "Puedo construir un modelo que muestre cómo los átomos forman las moléculas."
    ),
    "models the atomic composition of molecules": (
        "representa con modelos la composición atómica de las moléculas"
    ),
    # ----- MS-PS1-2
    "Analyse and interpret data on the properties of substances before and after they "
    "interact to determine whether a chemical reaction has occurred.": (
        "Analizar e interpretar datos sobre las propiedades de las sustancias antes y "
        "después de que interactúen para determinar si ocurrió una reacción química."
    ),
    "I can use data to decide whether a chemical reaction happened.": (
        "Puedo usar datos para decidir si ocurrió una reacción química."
    ),
    "uses data to decide whether a chemical reaction occurred": (
        "usa datos para decidir si ocurrió una reacción química"
    ),
    # ----- MS-PS1-4
    "Develop a model that predicts and describes changes in particle motion, temperature "
    "and state when thermal energy is added or removed.": (
        "Desarrollar un modelo que prediga y describa los cambios en el movimiento de las "
        "partículas, la temperatura y el estado de la materia cuando se agrega o se quita "
        "energía térmica."
    ),
    "I can explain how heating or cooling changes how particles move.": (
        "Puedo explicar cómo cambia el movimiento de las partículas al calentar o enfriar."
    ),
    "models particle motion when thermal energy changes": (
        "representa con modelos el movimiento de las partículas cuando cambia la energía térmica"
    ),
    # ----- SEP-3
    "Plan and carry out an investigation, identifying variables and controls.": (
        "Planear y realizar una investigación, identificando las variables y los controles."
    ),
    "I can plan a fair test and name what I change, measure and keep the same.": (
        "Puedo planear una prueba justa y decir qué cambio, qué mido y qué mantengo igual."
    ),
    "plans and carries out a fair investigation": "planea y realiza una investigación justa",
    # ----- SEP-7
    "Construct an oral and written argument supported by evidence.": (
        "Construir un argumento oral y escrito sustentado en evidencias."
    ),
    "I can make a claim and back it up with evidence and reasoning.": (
        "Puedo hacer una afirmación y respaldarla con evidencias y razonamientos."
    ),
    "argues a claim from evidence": "argumenta una afirmación a partir de evidencias",
    # ----- rubric descriptors ({skill}: the skill phrase; {Skill}: the same, capitalised)
    "With help, {skill} in simple cases; the set-up has major errors.": (
        "Con ayuda, {skill} en casos sencillos; el planteamiento tiene errores importantes."
    ),
    "{Skill} in familiar problems, with some errors or missing steps.": (
        "{Skill} en problemas conocidos, con algunos errores o pasos que faltan."
    ),
    "Accurately and independently {skill}, and explains the reasoning.": (
        "Con precisión y de forma independiente, {skill} y explica su razonamiento."
    ),
    "{Skill} in new, multi-step situations and justifies the method.": (
        "{Skill} en situaciones nuevas de varios pasos y justifica el método."
    ),
    # ----- habits of work, and their rubric (as the interface says the habits scale)
    "Perseverance": "Perseverancia",
    "I keep trying when the work is hard and use feedback to improve.": (
        "Sigo intentándolo cuando el trabajo es difícil y uso la retroalimentación para mejorar."
    ),
    "Collaboration": "Colaboración",
    "I listen to others, share ideas and help my group finish the work.": (
        "Escucho a los demás, comparto ideas y ayudo a mi equipo a terminar el trabajo."
    ),
    "Responsibility": "Responsabilidad",
    "I come prepared, meet deadlines and ask for help when I need it.": (
        "Llego con lo necesario, entrego a tiempo y pido ayuda cuando la necesito."
    ),
    "Self-direction": "Autonomía",
    "I set goals for my learning and check my own progress.": (
        "Me pongo metas de aprendizaje y reviso mi propio avance."
    ),
    "I show this habit rarely, even with reminders.": (
        "Casi nunca muestro este hábito, aun con recordatorios."
    ),
    "I show this habit sometimes, often with reminders.": (
        "A veces muestro este hábito, por lo general con recordatorios."
    ),
    "I show this habit most of the time, on my own.": (
        "Muestro este hábito casi siempre, por mi cuenta."
    ),
    "I show this habit all the time and help others show it.": (
        "Muestro este hábito siempre y ayudo a otros a mostrarlo."
    ),
    # ----- tasks
    "Ratio tables warm-up": "Calentamiento: tablas de razones",
    "Unit rates in recipes": "Tasas unitarias en recetas",
    "Proportional or not? card sort": "¿Proporcional o no? Clasificación de tarjetas",
    "Percent problems quiz": "Prueba corta de porcentajes",
    "Ratios and proportions unit test": "Examen de la unidad: razones y proporciones",
    "Integer number line exploration": "Exploración de los enteros en la recta numérica",
    "Fractions to decimals check": "Repaso rápido: de fracciones a decimales",
    "Rational numbers in the real world": "Los números racionales en la vida real",
    "Number system unit test": "Examen de la unidad: el sistema numérico",
    "Equivalent expressions sort": "Clasificación de expresiones equivalentes",
    "Equation stories project": "Proyecto: historias con ecuaciones",
    "Expressions check-in": "Revisión rápida de expresiones",
    "Molecule models lab": "Laboratorio: modelos de moléculas",
    "Is it a reaction? data stations": "¿Hubo reacción? Estaciones de datos",
    "Ice to steam investigation": "Investigación: del hielo al vapor",
    "Matter unit assessment": "Evaluación de la unidad: la materia",
    # ----- next steps for "not yet"
    "Redo problems 3-5 using a ratio table, then explain each step to a partner.": (
        "Vuelve a hacer los problemas 3 a 5 con una tabla de razones y luego explica cada "
        "paso a un compañero."
    ),
    "Watch the worked example, then try the practice set and bring it to flex time.": (
        "Mira el ejemplo resuelto, luego haz los ejercicios de práctica y tráelos al tiempo "
        "de apoyo."
    ),
    "Rewrite the solution showing every step, and check it with a number line.": (
        "Vuelve a escribir la solución mostrando cada paso y compruébala con una recta numérica."
    ),
    "Meet in the small group on Thursday; then retry the two starred problems.": (
        "Reúnete con el grupo pequeño el jueves; después vuelve a intentar los dos "
        "problemas marcados con estrella."
    ),
    "Correct the sign errors circled in your quiz and explain the rule in your own words.": (
        "Corrige los errores de signo que encerré en tu prueba corta y explica la regla con "
        "tus propias palabras."
    ),
    "Make a new model with the feedback notes and present it at the next conference.": (
        "Haz un nuevo modelo siguiendo las notas de retroalimentación y preséntalo en la "
        "próxima conferencia."
    ),
    # ----- feedback
    "You started well; let's work on setting up the problem together.": (
        "Empezaste bien; trabajemos juntos en el planteamiento del problema."
    ),
    "Look again at what the question asks; your table is a good start.": (
        "Vuelve a leer lo que pide la pregunta; tu tabla es un buen comienzo."
    ),
    "Good progress: check your units and show each step.": (
        "Buen avance: revisa tus unidades y muestra cada paso."
    ),
    "Most of this is right; the last step has a sign error.": (
        "Casi todo está bien; el último paso tiene un error de signo."
    ),
    "Clear and correct; your explanation shows real understanding.": (
        "Claro y correcto; tu explicación muestra que de verdad lo comprendes."
    ),
    "Accurate work, well organised. Nice job explaining your thinking.": (
        "Trabajo preciso y bien organizado. Explicaste muy bien tu razonamiento."
    ),
    "Excellent: you applied this to a new situation and justified it.": (
        "Excelente: lo aplicaste a una situación nueva y lo justificaste."
    ),
    "Impressive: you found a second method and compared them.": (
        "Impresionante: encontraste un segundo método y comparaste los dos."
    ),
    "Not yet: ": "Todavía no: ",
    "Revision: you used the feedback and it shows. ": (
        "Revisión: usaste la retroalimentación y se nota. "
    ),
    "Excused: away for a family event.": "Justificada: faltó por un evento familiar.",
    # ----- goals
    "I want to get to Proficient on percent problems before the unit ends.": (
        "Quiero llegar a Competente en problemas de porcentajes antes de que termine la unidad."
    ),
    "I will ask for help in flex time when I get stuck instead of waiting.": (
        "Voy a pedir ayuda en el tiempo de apoyo cuando no sepa cómo seguir, en lugar de esperar."
    ),
    "I want to explain my thinking in words, not only with numbers.": (
        "Quiero explicar mi razonamiento con palabras, no solo con números."
    ),
    "I will check my signs every time I add or subtract negative numbers.": (
        "Voy a revisar los signos cada vez que sume o reste números negativos."
    ),
    "I want to finish my revisions on time and keep them in my folder.": (
        "Quiero terminar mis revisiones a tiempo y guardarlas en mi carpeta."
    ),
    "I will practise writing equations from word problems twice a week.": (
        "Voy a practicar dos veces por semana cómo plantear ecuaciones a partir de problemas "
        "verbales."
    ),
    # ----- reflections
    "At first ratios confused me, but the ratio tables helped and now I can find unit "
    "rates on my own.": (
        "Al principio las razones me confundían, pero las tablas de razones me ayudaron y "
        "ahora puedo encontrar tasas unitarias por mi cuenta."
    ),
    "I am proud of my equation stories project because I wrote my own problem and solved "
    "it two ways.": (
        "Me enorgullece mi proyecto de historias con ecuaciones porque inventé mi propio "
        "problema y lo resolví de dos maneras."
    ),
    "Negative numbers were hard for me. After the number line activity I understand why "
    "two negatives make a positive.": (
        "Los números negativos me costaban mucho. Después de la actividad con la recta "
        "numérica entiendo por qué menos por menos da más."
    ),
    "I used the feedback on my quiz to fix my mistakes, and my revision went up a level.": (
        "Usé la retroalimentación de mi prueba corta para corregir mis errores, y con la "
        "revisión subí un nivel."
    ),
    "Working in a group helped me explain my ideas. I still need to check my work more "
    "carefully.": (
        "Trabajar en equipo me ayudó a explicar mis ideas. Todavía necesito revisar mi "
        "trabajo con más cuidado."
    ),
    "I learned that I can get better if I keep trying. My scores went up in the second unit.": (
        "Aprendí que puedo mejorar si sigo intentándolo. Mis calificaciones subieron en la "
        "segunda unidad."
    ),
    # ----- the work students chose to show at their conference
    "I chose this because it shows how much better I got after my revision.": (
        "Elegí este trabajo porque muestra cuánto mejoré después de revisarlo."
    ),
    "This is my best work: I explained every step.": (
        "Este es mi mejor trabajo: expliqué cada paso."
    ),
    "I am proud of this one because it was hard at first.": (
        "Este me enorgullece porque al principio me costó mucho."
    ),
}

_TABLES: dict[str, dict[str, str]] = {"es": SPANISH}


def demo_words(language: str) -> Callable[[str], str]:
    """The lookup ``core.demo`` writes its texts through: English as it is, or its
    translation (a text with no translation is a mistake here: KeyError)."""
    if language not in LANGUAGES:
        raise ValueError(f"the demo is in {' or '.join(LANGUAGES)}, not {language!r}")
    table = _TABLES.get(language)
    if table is None:
        return str
    return table.__getitem__
