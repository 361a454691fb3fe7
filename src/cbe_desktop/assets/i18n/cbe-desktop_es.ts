<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <location filename="../../app.py" line="99"/>
        <location filename="../../app.py" line="225"/>
        <location filename="../../app.py" line="229"/>
        <source>cbe-desktop</source>
        <translation>cbe-desktop</translation>
    </message>
    <message>
        <location filename="../../app.py" line="230"/>
        <source>Restored {name}. What was there before is kept in {safety}.</source>
        <translation>Se restauró {name}. Lo que había antes se guarda en {safety}.</translation>
    </message>
    <message>
        <location filename="../../app.py" line="248"/>
        <source>The screenshot could not be written to {path}.</source>
        <translation>No se pudo escribir la captura de pantalla en {path}.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../ui/background.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>BulkEntryDialog</name>
    <message>
        <location filename="../../ui/bulk_entry.py" line="61"/>
        <source>Whole class — {title}</source>
        <translation>Toda la clase — {title}</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_entry.py" line="76"/>
        <source>Evidence for the whole class</source>
        <translation>Evidencias para toda la clase</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_entry.py" line="80"/>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_entry.py" line="104"/>
        <source>Type a level ({levels}), M for missing or X for excused; the cursor moves down. Tab moves across; the last column is feedback for the student.</source>
        <translation>Escriba un nivel ({levels}), M para falta o X para justificada; el cursor baja. Tab avanza a la derecha; la última columna es la retroalimentación para el estudiante.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_entry.py" line="162"/>
        <source>“{exc}” is not a level of the scale; type a level, M or X.</source>
        <translation>“{exc}” no es un nivel de la escala; escriba un nivel, M o X.</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_entry.py" line="168"/>
        <source>Nothing typed yet.</source>
        <translation>Todavía no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../ui/cell_panel.py" line="43"/>
        <source>Selected student and target</source>
        <translation>Estudiante y meta seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="55"/>
        <source>Professional judgement</source>
        <translation>Juicio profesional</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="59"/>
        <source>Override level</source>
        <translation>Fijar el nivel</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="63"/>
        <source>Reason (required), e.g. &apos;Showed it in conference&apos;</source>
        <translation>Motivo (obligatorio), p. ej. “Lo demostró en la conferencia”</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="68"/>
        <source>Reason for the override</source>
        <translation>Motivo para fijar el nivel</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="71"/>
        <source>&amp;Override</source>
        <translation>&amp;Fijar nivel</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="75"/>
        <source>Use the &amp;calculated estimate</source>
        <translation>Usar la estimación &amp;calculada</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="93"/>
        <source>Evidence timeline, oldest first</source>
        <translation>Línea de tiempo de evidencias, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="111"/>
        <source>&lt;b&gt;Rubric&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rúbrica&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="116"/>
        <source>&lt;b&gt;Choose a cell&lt;/b&gt;</source>
        <translation>&lt;b&gt;Elija una celda&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="118"/>
        <source>Select a student and a target to see the evidence behind it.</source>
        <translation>Seleccione un estudiante y una meta para ver las evidencias que la respaldan.</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="161"/>
        <source>&lt;p&gt;&lt;b&gt;Evidence, oldest first&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Evidencias, de la más antigua a la más reciente&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="162"/>
        <source>&lt;p&gt;No evidence yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay evidencias.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="175"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="177"/>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="181"/>
        <source>No level</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="184"/>
        <source>&lt;b&gt;⚑ Not yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚑ Todavía no&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="189"/>
        <source>↳ Revision of the {esc} attempt: {line}</source>
        <translation>↳ Revisión del intento del {esc}: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="193"/>
        <source>Correction: {line}</source>
        <translation>Corrección: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="195"/>
        <source>&lt;s&gt;{line}&lt;/s&gt; (withdrawn)</source>
        <translation>&lt;s&gt;{line}&lt;/s&gt; (retirada)</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="201"/>
        <source>&lt;br&gt;&lt;i&gt;Feedback:&lt;/i&gt; {esc}</source>
        <translation>&lt;br&gt;&lt;i&gt;Retroalimentación:&lt;/i&gt; {esc}</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="207"/>
        <source>, due {esc}</source>
        <translation>, para el {esc}</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="219"/>
        <source>&lt;br&gt;&lt;i&gt;Next step&lt;/i&gt; ({state}{due}{support}): {esc}{note}</source>
        <translation>&lt;br&gt;&lt;i&gt;Próximo paso&lt;/i&gt; ({state}{due}{support}): {esc}{note}</translation>
    </message>
    <message>
        <location filename="../../ui/cell_panel.py" line="236"/>
        <source>Write the reason for your judgement first.</source>
        <translation>Primero escriba el motivo de su juicio.</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <location filename="../../ui/conferences_page.py" line="199"/>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="200"/>
        <source>to do: </source>
        <translation>falta: </translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="213"/>
        <source>piece of work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="214"/>
        <source>pieces of work</source>
        <translation>trabajos</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="216"/>
        <source> chosen</source>
        <translation> elegidos</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="219"/>
        <source>ready for the conference</source>
        <translation>listo para la conferencia</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="221"/>
        <source>still to do: </source>
        <translation>todavía falta: </translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="224"/>
        <source>{name}: family reads {language}; {value}; {state}.</source>
        <translation>{name}: la familia lee en {language}; {value}; {state}.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="253"/>
        <location filename="../../ui/conferences_page.py" line="1434"/>
        <source>No level</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="277"/>
        <location filename="../../ui/conferences_page.py" line="314"/>
        <location filename="../../ui/conferences_page.py" line="2211"/>
        <location filename="../../ui/conferences_page.py" line="2238"/>
        <location filename="../../ui/conferences_page.py" line="2262"/>
        <location filename="../../ui/conferences_page.py" line="2532"/>
        <source>Gathering the students&apos; work…</source>
        <translation>Reuniendo el trabajo de los estudiantes…</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="288"/>
        <source>Packet {index} of {count}: {name}</source>
        <translation>Informe {index} de {count}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="323"/>
        <source>{folder} cannot be written ({value}); choose another folder.</source>
        <translation>No se puede escribir en {folder} ({value}); elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="335"/>
        <source>Packet {index} of {total}: {student_name}</source>
        <translation>Informe {index} de {total}: {student_name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="349"/>
        <source>{value} cannot be replaced ({value2}); close it where it is open and save again ({len} of {total} were saved).</source>
        <translation>No se puede reemplazar {value} ({value2}); ciérrelo donde esté abierto y vuelva a guardar (se guardaron {len} de {total}).</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="392"/>
        <source>Printing from here needs Qt PDF (the PySide6-Pdf package), which is not installed: save the PDF and print it from a PDF reader instead.</source>
        <translation>Para imprimir desde aquí hace falta Qt PDF (el paquete PySide6-Pdf), que no está instalado: guarde el PDF e imprímalo desde un lector de PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="404"/>
        <source>The PDF to print could not be read; make it again and print.</source>
        <translation>No se pudo leer el PDF para imprimir; vuelva a prepararlo e imprímalo.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="418"/>
        <source>The printer could not be started; check that it is on, then print again.</source>
        <translation>No se pudo iniciar la impresora; revise que esté encendida y vuelva a imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="432"/>
        <source>Printing was stopped; pages already sent may still print.</source>
        <translation>Se detuvo la impresión; las páginas ya enviadas todavía pueden imprimirse.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="441"/>
        <source>Printing page {value} of {len}</source>
        <translation>Imprimiendo la página {value} de {len}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="574"/>
        <source>&amp;Work to show</source>
        <translation>&amp;Trabajo para mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="578"/>
        <source>Goals and &amp;reflection</source>
        <translation>Metas y &amp;reflexión</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="581"/>
        <source>Pr&amp;int and preview</source>
        <translation>&amp;Imprimir y vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="590"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="611"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="614"/>
        <source>The selected student is the one being prepared; ticked students are printed when “Ticked students only” is chosen. Space ticks or unticks.</source>
        <translation>El estudiante seleccionado es el que se está preparando; los estudiantes marcados se imprimen cuando se elige “Solo estudiantes marcados”. La barra espaciadora marca o desmarca.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="626"/>
        <source>&lt;b&gt;&amp;Students&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Estudiantes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="630"/>
        <source>Tick a group of students</source>
        <translation>Marcar un grupo de estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="633"/>
        <source>Tick a group…</source>
        <translation>Marcar un grupo…</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="634"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="635"/>
        <source>No one</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="636"/>
        <source>Families who read Spanish</source>
        <translation>Familias que leen en español</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="637"/>
        <source>Families who read English</source>
        <translation>Familias que leen en inglés</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="639"/>
        <source>Students still preparing</source>
        <translation>Estudiantes que todavía se preparan</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="645"/>
        <source>Tic&amp;k:</source>
        <translation>&amp;Marcar:</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="667"/>
        <source>Chosen for the packet, in the order it shows them</source>
        <translation>Elegido para el informe, en el orden en que aparece</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="676"/>
        <location filename="../../ui/conferences_page.py" line="758"/>
        <location filename="../../ui/conferences_page.py" line="820"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="677"/>
        <location filename="../../ui/conferences_page.py" line="759"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="678"/>
        <location filename="../../ui/conferences_page.py" line="760"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="679"/>
        <location filename="../../ui/conferences_page.py" line="761"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="680"/>
        <source>Why I chose it</source>
        <translation>Por qué lo elegí</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="682"/>
        <source>Work chosen for the packet</source>
        <translation>Trabajo elegido para el informe</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="688"/>
        <source>Move &amp;up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="690"/>
        <source>Move up</source>
        <translation>Mover arriba</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="694"/>
        <source>Move &amp;down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="696"/>
        <source>Move down</source>
        <translation>Mover abajo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="700"/>
        <source>Take &amp;out</source>
        <translation>&amp;Sacar</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="702"/>
        <location filename="../../ui/conferences_page.py" line="1565"/>
        <source>Take out of the packet</source>
        <translation>Sacar del informe</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="715"/>
        <source>Why I chose it, in the student&apos;s words</source>
        <translation>Por qué lo elegí, con las palabras del estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="718"/>
        <source>Why I chose it: “I am proud of this because…”</source>
        <translation>Por qué lo elegí: “Estoy orgulloso/a de esto porque…”</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="724"/>
        <source>W&amp;hy I chose it:</source>
        <translation>&amp;Por qué lo elegí:</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="728"/>
        <source>Save &amp;note</source>
        <translation>Guardar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="730"/>
        <source>Save the note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="749"/>
        <source>All scored work, newest first: tick what to show</source>
        <translation>Todos los trabajos con nivel, del más reciente al más antiguo: marque lo que se va a mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="757"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="762"/>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="764"/>
        <source>Scored work to choose from</source>
        <translation>Trabajos con nivel para elegir</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="778"/>
        <location filename="../../ui/conferences_page.py" line="1562"/>
        <source>&amp;Choose for the packet</source>
        <translation>&amp;Elegir para el informe</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="780"/>
        <location filename="../../ui/conferences_page.py" line="1567"/>
        <source>Choose for the packet</source>
        <translation>Elegir para el informe</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="802"/>
        <source>Tick a piece of work (or select it and press Enter) to put it in the packet; Ctrl+Up and Ctrl+Down move the chosen work. Ctrl+Z undoes each change.</source>
        <translation>Marque un trabajo (o selecciónelo y presione Enter) para ponerlo en el informe; Ctrl+Arriba y Ctrl+Abajo mueven el trabajo elegido. Ctrl+Z deshace cada cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="821"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="822"/>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="823"/>
        <source>In their words</source>
        <translation>Con sus palabras</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="825"/>
        <source>Goals and reflections</source>
        <translation>Metas y reflexiones</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="831"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="833"/>
        <source>Write something new</source>
        <translation>Escribir algo nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="837"/>
        <source>&amp;Change selected</source>
        <translation>&amp;Cambiar lo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="839"/>
        <source>Edit the selected goal or reflection</source>
        <translation>Editar la meta o reflexión seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="843"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;Eliminar lo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="845"/>
        <source>Delete the selected goal or reflection</source>
        <translation>Eliminar la meta o reflexión seleccionada</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="855"/>
        <location filename="../../ui/conferences_page.py" line="1806"/>
        <source>Writing something new</source>
        <translation>Escribiendo algo nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="859"/>
        <source>Typed by the st&amp;udent</source>
        <translation>Escrito por el est&amp;udiante</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="862"/>
        <source>Written by the student</source>
        <translation>Escrita por el estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="865"/>
        <source>Typed by the &amp;teacher</source>
        <translation>Escrito por el &amp;docente</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="868"/>
        <source>Written by the teacher</source>
        <translation>Escrita por el docente</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="878"/>
        <source>A goal or reflection, in the writer&apos;s own words</source>
        <translation>Una meta o reflexión, con las palabras de quien la escribe</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="884"/>
        <source>“I learned…”, “I am proud of…”, “I will…”</source>
        <translation>“Aprendí…”, “Estoy orgulloso/a de…”, “Voy a…”</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="892"/>
        <source>A goal: {value}
A reflection: {value2}</source>
        <translation>Una meta: {value}
Una reflexión: {value2}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="898"/>
        <source>Keep as a &amp;goal</source>
        <translation>Guardar como &amp;meta</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="900"/>
        <source>Keep as a goal</source>
        <translation>Guardar como meta</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="904"/>
        <source>Kee&amp;p as a reflection</source>
        <translation>Guardar como &amp;reflexión</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="906"/>
        <source>Keep as a reflection</source>
        <translation>Guardar como reflexión</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="910"/>
        <source>S&amp;ave changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="912"/>
        <source>Save the changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="916"/>
        <source>Cance&amp;l editing</source>
        <translation>Cance&amp;lar la edición</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="918"/>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="951"/>
        <source>The student can type here at the laptop: choose “Typed by the student” and the letters get bigger. The packet prints every goal and reflection, newest first, as written. Double-click one to edit it; Ctrl+Z undoes each change.</source>
        <translation>El estudiante puede escribir aquí en la computadora: elija “Escrito por el estudiante” y las letras se agrandan. El informe imprime cada meta y reflexión, de la más reciente a la más antigua, tal como se escribió. Haga doble clic en una para editarla; Ctrl+Z deshace cada cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="975"/>
        <source>Packets for</source>
        <translation>Informes para</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="977"/>
        <source>Every st&amp;udent</source>
        <translation>Todos los est&amp;udiantes</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="980"/>
        <source>&amp;Ticked students only</source>
        <translation>Solo estudiantes &amp;marcados</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="993"/>
        <source>Language of the packets</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="996"/>
        <source>Each family&apos;s language</source>
        <translation>El idioma de cada familia</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="999"/>
        <source>English for all</source>
        <translation>Inglés para todos</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1002"/>
        <source>Spanish for all</source>
        <translation>Español para todos</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1005"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1009"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1014"/>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1017"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1019"/>
        <source>Preview the packets</source>
        <translation>Vista previa de los informes</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1023"/>
        <source>Save as &amp;one PDF…</source>
        <translation>Guardar como &amp;un solo PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1025"/>
        <location filename="../../ui/conferences_page.py" line="2200"/>
        <source>Save the packets as one PDF</source>
        <translation>Guardar los informes como un solo PDF</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1029"/>
        <source>Save one file per stu&amp;dent…</source>
        <translation>Guardar un archivo por estu&amp;diante…</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1031"/>
        <source>Save one PDF file per student</source>
        <translation>Guardar un archivo PDF por estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1035"/>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1037"/>
        <source>Print the packets</source>
        <translation>Imprimir los informes</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1042"/>
        <source>Also</source>
        <translation>Además</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1044"/>
        <source>“Where am I” s&amp;heet</source>
        <translation>Hoja “¿&amp;Dónde estoy?”</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1046"/>
        <source>Where am I sheet of the selected student</source>
        <translation>Hoja “¿Dónde estoy?” del estudiante seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1053"/>
        <source>&amp;Class summary</source>
        <translation>&amp;Resumen de la clase</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1055"/>
        <source>Class summary for the teacher</source>
        <translation>Resumen de la clase para el docente</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1059"/>
        <source>For the teacher: each target&apos;s status counts; groups under {MIN_GROUP_SIZE} students are never shown.</source>
        <translation>Para el docente: cuántos hay en cada estado en cada meta; nunca se muestran grupos de menos de {MIN_GROUP_SIZE} estudiantes.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1093"/>
        <source>Press Preview to see the packets here before printing them.</source>
        <translation>Presione Vista previa para ver aquí los informes antes de imprimirlos.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1100"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1127"/>
        <source>Preview of the PDF</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1140"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1144"/>
        <source>Previous page (the view also scrolls)</source>
        <translation>Página anterior (la vista también se desplaza)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1149"/>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1151"/>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1157"/>
        <location filename="../../ui/conferences_page.py" line="1160"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1164"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1168"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1170"/>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1174"/>
        <location filename="../../ui/conferences_page.py" line="2459"/>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1176"/>
        <source>Show whole pages</source>
        <translation>Mostrar páginas completas</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1182"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1186"/>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Alejar (Ctrl+menos)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1189"/>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Acercar (Ctrl+más)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1201"/>
        <source>Save this PDF…</source>
        <translation>Guardar este PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1203"/>
        <source>Save the PDF shown</source>
        <translation>Guardar el PDF mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1207"/>
        <source>Print this…</source>
        <translation>Imprimir esto…</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1209"/>
        <source>Print the PDF shown</source>
        <translation>Imprimir el PDF mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1283"/>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1300"/>
        <source>&lt;b&gt;Conferences&lt;/b&gt; — choose a class</source>
        <translation>&lt;b&gt;Conferencias&lt;/b&gt; — elija una clase</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1305"/>
        <source>&lt;b&gt;Conferences&lt;/b&gt; — {value}: {count}, {ready} ready for their conference (a goal, a reflection and work to show).</source>
        <translation>&lt;b&gt;Conferencias&lt;/b&gt; — {value}: {count}, {ready} listos para su conferencia (una meta, una reflexión y un trabajo para mostrar).</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1361"/>
        <source>That student is not in this class.</source>
        <translation>Ese estudiante no está en esta clase.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1394"/>
        <source>One page for {name}, the selected student.</source>
        <translation>Una página para {name}, el estudiante seleccionado.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1406"/>
        <location filename="../../ui/conferences_page.py" line="1725"/>
        <source>Choose a student on the left.</source>
        <translation>Elija un estudiante a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1410"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {count} of work chosen to show at the conference.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {count} elegido(s) para mostrar en la conferencia.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1423"/>
        <source>Number {value}</source>
        <translation>Número {value}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1440"/>
        <source>(no note yet)</source>
        <translation>(todavía sin nota)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1452"/>
        <source>Nothing chosen yet: tick a piece of work below.</source>
        <translation>Todavía no se eligió nada: marque un trabajo abajo.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1468"/>
        <location filename="../../ui/conferences_page.py" line="1479"/>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1481"/>
        <source>Not chosen</source>
        <translation>No elegido</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1487"/>
        <source> (photo)</source>
        <translation> (foto)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1496"/>
        <source>(no feedback)</source>
        <translation>(sin retroalimentación)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1506"/>
        <source>No scored work yet: once this student has evidence with a level, it can be chosen here. The packet says kindly that there is nothing to show yet.</source>
        <translation>Todavía no hay trabajos con nivel: cuando este estudiante tenga evidencias con un nivel, se podrán elegir aquí. El informe dice con amabilidad que todavía no hay nada para mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1514"/>
        <source>{count} of scored work to choose from; {len} chosen.</source>
        <translation>{count} con nivel para elegir; {len} elegido(s).</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1560"/>
        <source>Take out of the pa&amp;cket</source>
        <translation>Sacar del &amp;informe</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1615"/>
        <source>Choose {what} for {name}&apos;s packet</source>
        <translation>Elegir {what} para el informe de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1621"/>
        <source>{value}{value2} is chosen for {name}&apos;s packet.</source>
        <translation>{value}{value2}: elegido para el informe de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1628"/>
        <source>Take {what} out of {name}&apos;s packet</source>
        <translation>Sacar {what} del informe de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1634"/>
        <source>{value}{value2} is taken out of {name}&apos;s packet.</source>
        <translation>{value}{value2}: se sacó del informe de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1643"/>
        <location filename="../../ui/conferences_page.py" line="1644"/>
        <source>the work</source>
        <translation>el trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1667"/>
        <source>Move chosen work {value} in {name}&apos;s packet</source>
        <translation>Mover el trabajo elegido {value} en el informe de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1670"/>
        <source>up</source>
        <translation>hacia arriba</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1672"/>
        <source>down</source>
        <translation>hacia abajo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1680"/>
        <source>Moved to number {value} of {len} in the packet.</source>
        <translation>Movido al número {value} de {len} en el informe.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1700"/>
        <location filename="../../ui/conferences_page.py" line="1861"/>
        <source>the student</source>
        <translation>el estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1705"/>
        <source>Write why {name} chose a piece of work</source>
        <translation>Escribir por qué {name} eligió un trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1715"/>
        <source>Kept why {name} chose it.</source>
        <translation>Se guardó por qué {name} lo eligió.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1731"/>
        <source>&lt;b&gt;{value}&lt;/b&gt; — {count} and {count2} for this class&apos;s packet.</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt; — {count} y {count2} para el informe de esta clase.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1811"/>
        <source>Editing the {kind} of {written_on}</source>
        <translation>Editando {kind} del {written_on}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1851"/>
        <source>Write a {kind} for {name}</source>
        <translation>Escribir {kind} para {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1863"/>
        <source>the teacher</source>
        <translation>el docente</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1867"/>
        <source>Kept the {kind} of {name}, written by {by}.</source>
        <translation>Se guardó {kind} de {name}, escrita por {by}.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1891"/>
        <source>Edit a {kind} of {name}</source>
        <translation>Editar {kind} de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1903"/>
        <source>Saved the changes to the {kind} of {name}.</source>
        <translation>Se guardaron los cambios de {kind} de {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1917"/>
        <source>Delete a {kind} of {name}</source>
        <translation>Eliminar {kind} de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="1925"/>
        <source>Deleted the {kind} of {name}; Ctrl+Z brings it back.</source>
        <translation>Se eliminó {kind} de {name}; Ctrl+Z lo recupera.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2028"/>
        <source>Every st&amp;udent ({total})</source>
        <translation>Todos los est&amp;udiantes ({total})</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2033"/>
        <source>&amp;Ticked students only ({ticked})</source>
        <translation>Solo estudiantes &amp;marcados ({ticked})</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2038"/>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} de {total} marcados</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2056"/>
        <source>Choose a class first.</source>
        <translation>Primero elija una clase.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2060"/>
        <source>This class has no students yet, so there are no packets.</source>
        <translation>Esta clase todavía no tiene estudiantes, así que no hay informes.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2066"/>
        <source>No student is ticked: tick students on the left.</source>
        <translation>No hay estudiantes marcados: marque estudiantes a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2072"/>
        <source>: one per student, each starting on a new page</source>
        <translation>: uno por estudiante, cada uno en una página nueva</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2134"/>
        <source>Stopped before it was finished: no file was written.</source>
        <translation>Se detuvo antes de terminar: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2158"/>
        <source>each in the family&apos;s language: {language}</source>
        <translation>cada uno en el idioma de la familia: {language}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2165"/>
        <source>all in {value}</source>
        <translation>todos en {value}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2169"/>
        <source>{words}, on {value}</source>
        <translation>{words}, en papel {value}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2177"/>
        <source>Tick at least one student first, or choose “Every student”.</source>
        <translation>Primero marque al menos un estudiante, o elija “Todos los estudiantes”.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2202"/>
        <location filename="../../ui/conferences_page.py" line="2328"/>
        <location filename="../../ui/conferences_page.py" line="2497"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2210"/>
        <location filename="../../ui/conferences_page.py" line="2237"/>
        <location filename="../../ui/conferences_page.py" line="2531"/>
        <source>Making the packets</source>
        <translation>Preparando los informes</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2217"/>
        <source>Saved {value}, in {out}.</source>
        <translation>Se guardaron {value} en {out}.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2229"/>
        <source>Choose a folder for the packets (one file per student)</source>
        <translation>Elija una carpeta para los informes (un archivo por estudiante)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2244"/>
        <source>Saved {value}, one file per student, in {folder}.</source>
        <translation>Se guardaron {value}, un archivo por estudiante, en {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2261"/>
        <source>Making the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2269"/>
        <source>Preview: {value}</source>
        <translation>Vista previa: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2279"/>
        <source>Choose a student on the left first.</source>
        <translation>Primero elija un estudiante a la izquierda.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2291"/>
        <source>“Where am I” sheet of {name}</source>
        <translation>Hoja “¿Dónde estoy?” de {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2311"/>
        <source>Class summary of {name}</source>
        <translation>Resumen de la clase {name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2324"/>
        <source>Save the {words}</source>
        <translation>Guardar {words}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2333"/>
        <location filename="../../ui/conferences_page.py" line="2346"/>
        <source>Making the PDF</source>
        <translation>Preparando el PDF</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2338"/>
        <source>Saved the {words} in {path}.</source>
        <translation>Se guardó {words} en {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2366"/>
        <source>The PDF could not be shown; save it and open it in a PDF reader.</source>
        <translation>No se pudo mostrar el PDF; guárdelo y ábralo en un lector de PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2380"/>
        <source> of {pages}</source>
        <translation> de {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2389"/>
        <source>{words}: {count}. Save or print it from the preview.</source>
        <translation>{words}: {count}. Guárdelo o imprímalo desde la vista previa.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2457"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2477"/>
        <source>Zoom: {value}</source>
        <translation>Zoom: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2495"/>
        <source>Save this PDF</source>
        <translation>Guardar este PDF</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2507"/>
        <source>{out} cannot be written ({value}); choose another folder.</source>
        <translation>No se puede escribir {out} ({value}); elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2514"/>
        <source>Saved the PDF shown ({preview_words}) in {out}.</source>
        <translation>Se guardó el PDF mostrado ({preview_words}) en {out}.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2540"/>
        <source>Conference packets — {class_name}</source>
        <translation>Informes para la conferencia — {class_name}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2576"/>
        <source>Print {count}: {words}</source>
        <translation>Imprimir {count}: {words}</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2588"/>
        <source>Printing was cancelled; nothing was sent to the printer.</source>
        <translation>Se canceló la impresión; no se envió nada a la impresora.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2594"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2595"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2600"/>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2623"/>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="2626"/>
        <source>Sent {count} of {words} to {where}.</source>
        <translation>Se enviaron {count} de {words} a {where}.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/crash.py" line="48"/>
        <source> The details are in {log_file}.</source>
        <translation> Los detalles están en {log_file}.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="57"/>
        <source>cbe-desktop: something went wrong</source>
        <translation>cbe-desktop: algo salió mal</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="60"/>
        <source>Something unexpected happened. Your data is safe: every change is saved whole or not at all, so nothing was half-written.</source>
        <translation>Ocurrió algo inesperado. Sus datos están a salvo: cada cambio se guarda completo o no se guarda, así que nada quedó escrito a medias.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="68"/>
        <source>You can go on working. If it happens again, copy the details and send them to whoever looks after the program.</source>
        <translation>Puede seguir trabajando. Si vuelve a ocurrir, copie los detalles y envíelos a quien se ocupa del programa.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="76"/>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <location filename="../../ui/sync_page.py" line="196"/>
        <source>Edit: {which}</source>
        <translation>Editar: {which}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="204"/>
        <source>&lt;b&gt;{value}&lt;/b&gt;&lt;br&gt;Write the version to keep. It replaces both versions, here and on the other laptops once they receive your work.</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt;&lt;br&gt;Escriba la versión que se va a conservar. Reemplaza ambas versiones, aquí y en las otras computadoras cuando reciban su trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="228"/>
        <source>Use “{short}”</source>
        <translation>Usar “{short}”</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="234"/>
        <source>Use the other version of {label}</source>
        <translation>Usar la otra versión de {label}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="260"/>
        <source>Also different, kept as in use (choose a side to change them): {value}.</source>
        <translation>También distinto, se conserva lo que está en uso (elija una versión para cambiarlo): {value}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="195"/>
        <source>Record evidence</source>
        <translation>Registrar evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="201"/>
        <source>&amp;Level: click the description that matches the work</source>
        <translation>&amp;Nivel: haga clic en la descripción que corresponde al trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="214"/>
        <source>Level {number} {label}</source>
        <translation>Nivel {number} {label}</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="223"/>
        <source>&amp;Missing (not handed in)</source>
        <translation>&amp;Falta (no entregado)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="226"/>
        <source>E&amp;xcused</source>
        <translation>&amp;Justificada</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="239"/>
        <source>Kind of evidence</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="248"/>
        <source>Date the work was produced</source>
        <translation>Fecha en que se hizo el trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="251"/>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="253"/>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="257"/>
        <source>Add a &amp;photo or file…</source>
        <translation>Agregar una &amp;foto o un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="260"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="263"/>
        <source>&amp;Not yet: plan a revision</source>
        <translation>&amp;Todavía no: planificar una revisión</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="270"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="271"/>
        <source>&amp;Date produced:</source>
        <translation>&amp;Fecha de realización:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="272"/>
        <source>&amp;Feedback:</source>
        <translation>&amp;Retroalimentación:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="280"/>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="323"/>
        <source>Attach a photo or file</source>
        <translation>Adjuntar una foto o un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="325"/>
        <source>Photos and documents (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)</source>
        <translation>Fotos y documentos (*.png *.jpg *.jpeg *.gif *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="343"/>
        <source>Choose a level (or Missing / Excused).</source>
        <translation>Elija un nivel (o Falta / Justificada).</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="350"/>
        <source>Write the next step: what will the student do to revise?</source>
        <translation>Escriba el próximo paso: ¿qué hará el estudiante para revisar?</translation>
    </message>
</context>
<context>
    <name>GradebookModel</name>
    <message>
        <location filename="../../ui/gradebook_model.py" line="128"/>
        <source>{name} — family language: {family_language}</source>
        <translation>{name} — idioma de la familia: {family_language}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="163"/>
        <source>Proficient on {count} of {total} targets</source>
        <translation>Competente en {count} de {total} metas</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="169"/>
        <source>{count} open &apos;not yet&apos; revision(s)</source>
        <translation>{count} revisión(es) de “todavía no” abierta(s)</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="192"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="211"/>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="213"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="217"/>
        <source>Targets proficient, of all targets</source>
        <translation>Metas en nivel competente, del total de metas</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="219"/>
        <source>Open &apos;not yet&apos; revisions</source>
        <translation>Revisiones de “todavía no” abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="236"/>
        <source>{NOT_YET_MARK} Not yet</source>
        <translation>{NOT_YET_MARK} Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="253"/>
        <source>{evidence_count} piece(s) of evidence</source>
        <translation>{evidence_count} evidencia(s)</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="257"/>
        <source>, {missing} missing</source>
        <translation>, {missing} faltante(s)</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="264"/>
        <source>, {excused} excused</source>
        <translation>, {excused} justificada(s)</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="272"/>
        <source>Status: {value}</source>
        <translation>Estado: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="278"/>
        <source>{NOT_YET_MARK} {open_not_yet} open &apos;not yet&apos; revision(s)</source>
        <translation>{NOT_YET_MARK} {open_not_yet} revisión(es) de “todavía no” abierta(s)</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="284"/>
        <source>{OVERRIDE_MARK} Set by the teacher</source>
        <translation>{OVERRIDE_MARK} Fijado por el docente</translation>
    </message>
</context>
<context>
    <name>GradebookPage</name>
    <message>
        <location filename="../../ui/gradebook_page.py" line="90"/>
        <source>Task the typed levels are recorded on</source>
        <translation>Tarea en la que se registran los niveles escritos</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="93"/>
        <source>New &amp;task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="96"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="100"/>
        <source>&amp;Whole class…</source>
        <translation>&amp;Toda la clase…</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="103"/>
        <source>Enter this task for every student in one sheet</source>
        <translation>Registrar esta tarea para todos los estudiantes en una sola hoja</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="112"/>
        <source>Show one competency</source>
        <translation>Mostrar una competencia</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="120"/>
        <source>Open “not yet”</source>
        <translation>“Todavía no” abierto</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="123"/>
        <source>No evidence yet</source>
        <translation>Todavía no hay evidencias</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="131"/>
        <source>Tas&amp;k:</source>
        <translation>Tar&amp;ea:</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="138"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="148"/>
        <source>&amp;Learning targets</source>
        <translation>&amp;Metas de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="151"/>
        <source>&amp;Habits of work</source>
        <translation>&amp;Hábitos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="158"/>
        <source>Type a level to record it on the task and move down · N not yet · M missing · X excused · Enter: full evidence · Delete: withdraw the newest · Ctrl+Z undo</source>
        <translation>Escriba un nivel para registrarlo en la tarea y bajar · N todavía no · M falta · X justificada · Enter: evidencia completa · Supr: retirar la más reciente · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="210"/>
        <source>There are no classes yet. Run “cbe-desktop demo” to add a demo class, or import your targets and roster.</source>
        <translation>Todavía no hay clases. Ejecute “cbe-desktop demo” para agregar una clase de demostración, o importe sus metas y su lista de estudiantes.</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="216"/>
        <source>&lt;h2&gt;No classes yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay clases&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="228"/>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;{value}&lt;/h2&gt;&lt;span&gt;{len} students · {len2} learning targets · estimate: {value2}&lt;/span&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;{value}&lt;/h2&gt;&lt;span&gt;{len} estudiantes · {len2} metas de aprendizaje · estimación: {value2}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="243"/>
        <source>This class has no students or no learning targets yet.</source>
        <translation>Esta clase todavía no tiene estudiantes o metas de aprendizaje.</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="249"/>
        <source>No habits of work are tracked in this class yet.</source>
        <translation>En esta clase todavía no se registran hábitos de trabajo.</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="282"/>
        <source>No task: evidence from outside a task (today)</source>
        <translation>Sin tarea: evidencia fuera de una tarea (hoy)</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="300"/>
        <source>All competencies</source>
        <translation>Todas las competencias</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="440"/>
        <source>Record {label} for {value}</source>
        <translation>Registrar {label} para {value}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="467"/>
        <source>Not yet for {who}</source>
        <translation>Todavía no para {who}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="472"/>
        <source>Missing for {who}</source>
        <translation>Falta para {who}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="474"/>
        <source>Excused for {who}</source>
        <translation>Justificada para {who}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="498"/>
        <source>Outside a task</source>
        <translation>Fuera de una tarea</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="527"/>
        <source>Evidence for {value}</source>
        <translation>Evidencia para {value}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="544"/>
        <source>There is no evidence to withdraw in this cell.</source>
        <translation>En esta celda no hay evidencias para retirar.</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="552"/>
        <source>Withdraw evidence for {value}</source>
        <translation>Retirar la evidencia para {value}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="576"/>
        <source>Override for {value}</source>
        <translation>Nivel fijado para {value}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="596"/>
        <source>Use the calculated estimate</source>
        <translation>Usar la estimación calculada</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="631"/>
        <source>New task {value}</source>
        <translation>Nueva tarea {value}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="660"/>
        <source>Edit task</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="672"/>
        <source>This task gives evidence for no learning target of this class.</source>
        <translation>Esta tarea no da evidencia para ninguna meta de aprendizaje de esta clase.</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="701"/>
        <source>Whole class: {title}</source>
        <translation>Toda la clase: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="717"/>
        <source>Estimate {code} by</source>
        <translation>Estimar {code} por</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="726"/>
        <source>The class&apos;s method ({value})</source>
        <translation>El método de la clase ({value})</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_page.py" line="760"/>
        <source>Change method</source>
        <translation>Cambiar el método</translation>
    </message>
</context>
<context>
    <name>GradebookView</name>
    <message>
        <location filename="../../ui/gradebook_view.py" line="96"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_view.py" line="98"/>
        <source>Gradebook: estimates of each student on each target</source>
        <translation>Libro de calificaciones: estimación de cada estudiante en cada meta</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_view.py" line="149"/>
        <source>Nothing to show yet.</source>
        <translation>Todavía no hay nada para mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_view.py" line="249"/>
        <source>&amp;nbsp;&amp;nbsp;{NOT_YET_MARK} open “not yet”&amp;nbsp;&amp;nbsp; {OVERRIDE_MARK} set by the teacher&amp;nbsp;&amp;nbsp; — not assessed yet</source>
        <translation>&amp;nbsp;&amp;nbsp;{NOT_YET_MARK} “todavía no” abierto&amp;nbsp;&amp;nbsp; {OVERRIDE_MARK} fijado por el docente&amp;nbsp;&amp;nbsp; — sin evaluar aún</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>Import {value}: {name}</source>
        <translation>Importar {value}: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="65"/>
        <source>a roster</source>
        <translation>una lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="77"/>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="80"/>
        <source>Columns: which column holds what</source>
        <translation>Columnas: qué contiene cada columna</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="85"/>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="93"/>
        <source>Framework or class to import into</source>
        <translation>Marco o clase donde importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="96"/>
        <source>&amp;Check the file again</source>
        <translation>&amp;Revisar el archivo otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="105"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="110"/>
        <source>Import the &amp;valid rows</source>
        <translation>Importar las filas &amp;válidas</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="113"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="127"/>
        <source>Nothing is changed until you press Import. A backup is made first.</source>
        <translation>No cambia nada hasta que presione Importar. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>Framework &amp;name:</source>
        <translation>&amp;Nombre del marco:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="172"/>
        <source>Into the &amp;class:</source>
        <translation>En la &amp;clase:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="231"/>
        <source>&lt;b&gt;This file cannot be imported yet.&lt;/b&gt; {exc}</source>
        <translation>&lt;b&gt;Este archivo todavía no se puede importar.&lt;/b&gt; {exc}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="256"/>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Este archivo no se puede importar.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="271"/>
        <source>Making a backup first…</source>
        <translation>Primero se hace una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="276"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="280"/>
        <location filename="../../ui/import_dialog.py" line="288"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="287"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../ui/insights_page.py" line="547"/>
        <source>Needs &amp;attention</source>
        <extracomment>the teacher asked to see a student x target in the gradebook (Enter / double-click)</extracomment>
        <translation>Necesitan &amp;atención</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="550"/>
        <source>Flexible &amp;groups</source>
        <translation>&amp;Grupos flexibles</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="552"/>
        <source>&amp;Pace</source>
        <translation>&amp;Ritmo</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="555"/>
        <source>Goals and &amp;reflections</source>
        <translation>Metas y &amp;reflexiones</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="573"/>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="575"/>
        <source>Weeks without evidence before a student is listed</source>
        <translation>Semanas sin evidencias antes de que aparezca un estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="581"/>
        <source>No evidence for &amp;more than:</source>
        <translation>Sin evidencias por &amp;más de:</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="585"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="586"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="590"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="604"/>
        <location filename="../../ui/insights_page.py" line="658"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="605"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="606"/>
        <source>What to look at</source>
        <translation>Qué mirar</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="608"/>
        <source>Students who need attention</source>
        <translation>Estudiantes que necesitan atención</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="618"/>
        <source>Two or more “not yet” on one target, no evidence for a while on a target not yet reached, or an estimate that went down. Habits of work are not included. Press Enter on a line to open it in the gradebook.</source>
        <translation>Dos o más “todavía no” en una meta, ninguna evidencia por un tiempo en una meta todavía no alcanzada, o una estimación que bajó. No se incluyen los hábitos de trabajo. Presione Enter en una línea para abrirla en el libro de calificaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="633"/>
        <source>Target for the group</source>
        <translation>Meta para el grupo</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="636"/>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="639"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Copiar lista</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="642"/>
        <source>Put the group on the clipboard, one student a line</source>
        <translation>Copiar el grupo al portapapeles, un estudiante por línea</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="659"/>
        <source>Where they are now</source>
        <translation>Dónde están ahora</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="661"/>
        <source>Flexible group</source>
        <translation>Grupo flexible</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="675"/>
        <source>Student shown on the pace chart</source>
        <translation>Estudiante que se muestra en el gráfico de ritmo</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="678"/>
        <source>&amp;Student:</source>
        <translation>&amp;Estudiante:</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="696"/>
        <source>Targets proficient at the end of each week, from the evidence produced by then. Click the chart, then use the Left and Right arrows to read each week.</source>
        <translation>Metas en nivel competente al final de cada semana, según las evidencias producidas hasta entonces. Haga clic en el gráfico y use las flechas izquierda y derecha para leer cada semana.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="710"/>
        <source>Student whose goals and reflections are shown</source>
        <translation>Estudiante cuyas metas y reflexiones se muestran</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="715"/>
        <source>S&amp;tudent:</source>
        <translation>Es&amp;tudiante:</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="718"/>
        <source>Add &amp;goal…</source>
        <translation>Agregar &amp;meta…</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="722"/>
        <source>Add re&amp;flection…</source>
        <translation>Agregar re&amp;flexión…</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="726"/>
        <source>&amp;Delete selected</source>
        <translation>&amp;Eliminar lo seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="738"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="739"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="740"/>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="741"/>
        <source>In their words</source>
        <translation>Con sus palabras</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="743"/>
        <source>Goals and reflections</source>
        <translation>Metas y reflexiones</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="755"/>
        <source>A student can type a goal or reflection here at the laptop; choose “Written by the student” in the dialog. Ctrl+Z undoes an addition.</source>
        <translation>Un estudiante puede escribir aquí una meta o reflexión en la computadora; elija “Escrita por el estudiante” en el cuadro de diálogo. Ctrl+Z deshace lo agregado.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="802"/>
        <source>&lt;b&gt;Insights&lt;/b&gt; — choose a class</source>
        <translation>&lt;b&gt;Análisis&lt;/b&gt; — elija una clase</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="806"/>
        <source>&lt;b&gt;{class_name}&lt;/b&gt; — {len} students, {len2} learning targets</source>
        <translation>&lt;b&gt;{class_name}&lt;/b&gt; — {len} estudiantes, {len2} metas de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="828"/>
        <source>No student: the class only</source>
        <translation>Ningún estudiante: solo la clase</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="863"/>
        <source>Nothing needs attention with these settings.</source>
        <translation>Con estos ajustes no hay nada que requiera atención.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="869"/>
        <source>{len} things to look at, for {students} {value}: {value2} repeated “not yet”, {value3} without recent evidence, {value4} estimates that fell.</source>
        <translation>{len} cosas para revisar, de {students} {value}: {value2} “todavía no” repetidos, {value3} sin evidencias recientes, {value4} estimaciones que bajaron.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="877"/>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="879"/>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="906"/>
        <source>Choose a target to see who has not reached it yet.</source>
        <translation>Elija una meta para ver quién todavía no la alcanzó.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="927"/>
        <source>{len} of {total} students are not yet proficient on {code}.</source>
        <translation>{len} de {total} estudiantes todavía no son competentes en {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="933"/>
        <source>Every student is proficient on {code}.</source>
        <translation>Todos los estudiantes son competentes en {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="947"/>
        <source>Copied {len} names to the clipboard: paste them into a plan or a message.</source>
        <translation>Se copiaron {len} nombres al portapapeles: péguelos en un plan o en un mensaje.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="963"/>
        <source>
{name}, targets proficient week by week: {by_week}.</source>
        <translation>
{name}, metas en nivel competente semana a semana: {by_week}.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="968"/>
        <source>
Class median week by week: {median}.</source>
        <translation>
Mediana de la clase, semana a semana: {median}.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="1028"/>
        <source>Add a {what} for {name}</source>
        <translation>Agregar {what} para {name}</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="1045"/>
        <source>Delete a {what} of {name}</source>
        <translation>Eliminar {what} de {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clases&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Gradebook</source>
        <translation>Libro de calificaciones</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106"/>
        <source>Conferences</source>
        <translation>Conferencias</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="109"/>
        <source>Targets and rubrics</source>
        <translation>Metas y rúbricas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Classes and students</source>
        <translation>Clases y estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Back up now…</source>
        <translation>Hacer &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <source>Close and &amp;remove the demo sandbox</source>
        <translation>Cerrar y &amp;quitar el espacio de prueba</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>DEMO CLASS (a sandbox: nothing here is saved to your own data)</source>
        <translation>CLASE DE DEMOSTRACIÓN (espacio de prueba: nada de esto se guarda en sus propios datos)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>{name}
{term} · {students} students · {targets} targets</source>
        <translation>{name}
{term} · {students} estudiantes · {targets} metas</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>cbe-desktop backups (*.sqlite)</source>
        <translation>Copias de seguridad de cbe-desktop (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="285"/>
        <source>The backup could not be written to {path} ({exc}).</source>
        <translation>No se pudo escribir la copia de seguridad en {path} ({exc}).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Go back to the backup {name}? What is there now is kept as a backup first, so you can come back to it.</source>
        <translation>¿Volver a la copia de seguridad {name}? Antes se guarda lo que hay ahora como copia de seguridad, para que pueda volver a ello.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Remove the demo</source>
        <translation>Quitar la demostración</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="332"/>
        <source>Close the demo class and delete its sandbox? Your own data is not touched.</source>
        <translation>¿Cerrar la clase de demostración y eliminar su espacio de prueba? Sus propios datos no se tocan.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>{name} cannot be opened here yet.</source>
        <translation>{name} todavía no se puede abrir aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Sync ({open_conflicts} to review)</source>
        <translation>Sincronizar ({open_conflicts} por revisar)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>most recent evidence</source>
        <translation>evidencia más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>highest evidence</source>
        <translation>evidencia más alta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>average of the evidence</source>
        <translation>promedio de las evidencias</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>most frequent level</source>
        <translation>nivel más frecuente</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>decaying average</source>
        <translation>promedio ponderado por recencia</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>weighted average</source>
        <translation>promedio ponderado</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="412"/>
        <source>shown proficient n times</source>
        <translation>competente demostrado n veces</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="413"/>
        <source>power-law trend</source>
        <translation>tendencia de ley de potencia</translation>
    </message>
</context>
<context>
    <name>NotYetDialog</name>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="130"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="134"/>
        <source>Level of this attempt</source>
        <translation>Nivel de este intento</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="137"/>
        <source>No level (not yet assessed)</source>
        <translation>Sin nivel (sin evaluar aún)</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="154"/>
        <source>&amp;Level of this attempt:</source>
        <translation>&amp;Nivel de este intento:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="165"/>
        <source>Write the next step: what will the student do to revise?</source>
        <translation>Escriba el próximo paso: ¿qué hará el estudiante para revisar?</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../ui/operations.py" line="92"/>
        <source>cbe-desktop</source>
        <translation>cbe-desktop</translation>
    </message>
</context>
<context>
    <name>PaceChart</name>
    <message>
        <location filename="../../ui/insights_page.py" line="114"/>
        <source>Pace chart: targets proficient by week</source>
        <translation>Gráfico de ritmo: metas en nivel competente por semana</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="148"/>
        <source>Choose a class to see its pace.</source>
        <translation>Elija una clase para ver su ritmo.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="229"/>
        <source>No evidence yet, so there is no pace to show.</source>
        <translation>Todavía no hay evidencias, así que no hay ritmo para mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="313"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="321"/>
        <source>Targets proficient</source>
        <translation>Metas en nivel competente</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="391"/>
        <source>class median (solid)</source>
        <translation>mediana de la clase (continua)</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="399"/>
        <source>plan, {per_week} a week (dashed)</source>
        <translation>plan, {per_week} por semana (discontinua)</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="406"/>
        <source>no plan set</source>
        <translation>sin plan</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="415"/>
        <source>{name} (dotted)</source>
        <translation>{name} (punteada)</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="91"/>
        <source>Next step for the student</source>
        <translation>Próximo paso para el estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="94"/>
        <source>What the student will do next, e.g. &apos;Redo problems 3-5 with a ratio table&apos;</source>
        <translation>Lo que hará el estudiante a continuación, p. ej. “Rehacer los problemas 3 a 5 con una tabla de razones”</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="99"/>
        <source>&amp;Due by</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="102"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="106"/>
        <source>Support planned</source>
        <translation>Apoyo previsto</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="111"/>
        <source>Next &amp;step:</source>
        <translation>Próximo &amp;paso:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="116"/>
        <source>Su&amp;pport:</source>
        <translation>&amp;Apoyo:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/queue_page.py" line="124"/>
        <source>Overdue (due {due_on})</source>
        <translation>Vencida (fecha límite {due_on})</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="128"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="144"/>
        <source>{student}, {target_code}: not yet since {opened_on} ({value} days), {value2}; level then {level}; next step: {next_step}; support: {value3}.</source>
        <translation>{student}, {target_code}: todavía no desde el {opened_on} ({value} días), {value2}; nivel de entonces {level}; próximo paso: {next_step}; apoyo: {value3}.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="198"/>
        <source>Feedback then: {feedback}</source>
        <translation>Retroalimentación de entonces: {feedback}</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../ui/queue_page.py" line="91"/>
        <source>No level</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="451"/>
        <source>Show the revisions of</source>
        <translation>Mostrar las revisiones de</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="453"/>
        <source>This class</source>
        <translation>Esta clase</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="454"/>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="456"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="460"/>
        <source>Target filter</source>
        <translation>Filtro de metas</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="465"/>
        <location filename="../../ui/queue_page.py" line="696"/>
        <source>All targets</source>
        <translation>Todas las metas</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="467"/>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="477"/>
        <source>Open &apos;not yet&apos; revisions, oldest first</source>
        <translation>Revisiones de “todavía no” abiertas, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="503"/>
        <source>Not yet queue</source>
        <translation>Cola de “todavía no”</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="509"/>
        <source>&amp;Record revision…</source>
        <translation>&amp;Registrar revisión…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="512"/>
        <source>Record revision</source>
        <translation>Registrar revisión</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="516"/>
        <source>&amp;Close with a note…</source>
        <translation>&amp;Cerrar con una nota…</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="519"/>
        <location filename="../../ui/queue_page.py" line="781"/>
        <source>Close with a note</source>
        <translation>Cerrar con una nota</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="537"/>
        <source>Not yet: open revisions</source>
        <translation>Todavía no: revisiones abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="544"/>
        <source>Oldest first. Overdue revisions say “Overdue” and are shown in bold on a shaded row. Double-click a row or press Enter to record the revision; Ctrl+Z undoes it.</source>
        <translation>De la más antigua a la más reciente. Las revisiones vencidas dicen “Vencida” y aparecen en negrita en una fila sombreada. Haga doble clic en una fila o presione Enter para registrar la revisión; Ctrl+Z la deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="650"/>
        <source>No open &apos;not yet&apos; revisions on {code}.</source>
        <translation>No hay revisiones de “todavía no” abiertas en {code}.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="667"/>
        <source>1 open revision</source>
        <translation>1 revisión abierta</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="669"/>
        <source>{len} open revisions</source>
        <translation>{len} revisiones abiertas</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="674"/>
        <source>{open_words}, {overdue} overdue</source>
        <translation>{open_words}, {overdue} vencida(s)</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="754"/>
        <source>Record revision of {student} on {target_code}</source>
        <translation>Registrar la revisión de {student} en {target_code}</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="762"/>
        <source> — still not yet, a new plan is open</source>
        <translation> — todavía no; hay un nuevo plan abierto</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="767"/>
        <source>Revision recorded for {student} on {target_code}: {level}{again}.</source>
        <translation>Revisión registrada para {student} en {target_code}: {level}{again}.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="782"/>
        <source>Why is the revision of {student} on {target_code} closed without new evidence?</source>
        <translation>¿Por qué se cierra la revisión de {student} en {target_code} sin evidencia nueva?</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="792"/>
        <source>Close revision of {student} on {target_code}</source>
        <translation>Cerrar la revisión de {student} en {target_code}</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="799"/>
        <source>Revision of {student} on {target_code} closed.</source>
        <translation>Se cerró la revisión de {student} en {target_code}.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../ui/queue_page.py" line="257"/>
        <source>Record a revision</source>
        <translation>Registrar una revisión</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="269"/>
        <source>Not yet since {opened_on}, at {level_words}.</source>
        <translation>Todavía no desde el {opened_on}, en {level_words}.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="274"/>
        <source>Next step: {next_step}</source>
        <translation>Próximo paso: {next_step}</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="280"/>
        <source>Feedback then: {feedback}</source>
        <translation>Retroalimentación de entonces: {feedback}</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="291"/>
        <source>&amp;Level of the revision: click the description that matches</source>
        <translation>&amp;Nivel de la revisión: haga clic en la descripción que corresponde</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="302"/>
        <source>Level {number} {label}</source>
        <translation>Nivel {number} {label}</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="312"/>
        <source>Chosen: none yet</source>
        <translation>Elegidos: todavía ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="314"/>
        <source>Level chosen</source>
        <translation>Nivel elegido</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="327"/>
        <source>Date the revision was produced</source>
        <translation>Fecha en que se hizo la revisión</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="331"/>
        <source>Feedback on the revision</source>
        <translation>Retroalimentación sobre la revisión</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="334"/>
        <source>&amp;Date produced:</source>
        <translation>&amp;Fecha de realización:</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="335"/>
        <source>&amp;Feedback:</source>
        <translation>&amp;Retroalimentación:</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="338"/>
        <source>Still &amp;not yet: plan another revision</source>
        <translation>Todavía &amp;no: planificar otra revisión</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="342"/>
        <source>Still not yet</source>
        <translation>Todavía no, otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="350"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="383"/>
        <source>Chosen: {value}</source>
        <translation>Elegidos: {value}</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="403"/>
        <source>Choose the level of the revision: click its description.</source>
        <translation>Elija el nivel de la revisión: haga clic en su descripción.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="410"/>
        <source>Write the next step: what will the student do to revise again?</source>
        <translation>Escriba el próximo paso: ¿qué hará el estudiante para volver a revisar?</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/roster_page.py" line="118"/>
        <location filename="../../ui/roster_page.py" line="133"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="121"/>
        <source>Show &amp;archived classes</source>
        <translation>Mostrar clases &amp;archivadas</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="124"/>
        <source>&amp;New class…</source>
        <translation>&amp;Nueva clase…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="127"/>
        <location filename="../../ui/roster_page.py" line="363"/>
        <source>A&amp;rchive class</source>
        <translation>A&amp;rchivar clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="157"/>
        <source> targets a week</source>
        <translation> metas por semana</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="159"/>
        <source>Class name</source>
        <translation>Nombre de la clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="160"/>
        <source>Term</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="161"/>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="162"/>
        <location filename="../../ui/roster_page.py" line="224"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="163"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="164"/>
        <source>Calculation method</source>
        <translation>Método de cálculo</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="165"/>
        <source>Method parameter</source>
        <translation>Parámetro del método</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="166"/>
        <source>Planned pace</source>
        <translation>Ritmo previsto</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="177"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="178"/>
        <source>&amp;Term:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="179"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="180"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="181"/>
        <source>S&amp;cale:</source>
        <translation>E&amp;scala:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="182"/>
        <source>&amp;Estimate by:</source>
        <translation>&amp;Estimar por:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="184"/>
        <source>&amp;Weight or n:</source>
        <translation>&amp;Peso o n:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="185"/>
        <source>Planned &amp;pace:</source>
        <translation>Ritmo &amp;previsto:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="190"/>
        <source>Targets taught in this class</source>
        <translation>Metas que se enseñan en esta clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="194"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="195"/>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="204"/>
        <source>Tick the targets this class teaches, from any framework; habits of work are tracked on their own tab of the gradebook.</source>
        <translation>Marque las metas que enseña esta clase, de cualquier marco; los hábitos de trabajo se registran en su propia pestaña del libro de calificaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="217"/>
        <source>Students of this class</source>
        <translation>Estudiantes de esta clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="221"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="222"/>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="223"/>
        <source>Student number</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="225"/>
        <source>Family language</source>
        <translation>Idioma de la familia</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="226"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="236"/>
        <source>&amp;Add student…</source>
        <translation>&amp;Agregar estudiante…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="238"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="241"/>
        <source>Enrol &amp;existing student…</source>
        <translation>Inscribir estudiante &amp;existente…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="245"/>
        <source>Archive / &amp;return</source>
        <translation>Archivar / &amp;volver</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="248"/>
        <source>Remove from &amp;class</source>
        <translation>Quitar de la &amp;clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="251"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista de estudiantes…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="254"/>
        <source>OneRoster (folder or zip), or a CSV with a header row</source>
        <translation>OneRoster (carpeta o zip) o un CSV con fila de encabezados</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="273"/>
        <source>Archiving hides a student who left; their evidence is kept and they can return. A student can be enrolled in several classes.</source>
        <translation>Archivar oculta a un estudiante que se fue; sus evidencias se conservan y puede volver. Un estudiante puede estar inscrito en varias clases.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="283"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="284"/>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="285"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="325"/>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="346"/>
        <source>&lt;b&gt;No class yet&lt;/b&gt; — create one with “New class…”</source>
        <translation>&lt;b&gt;Todavía no hay clases&lt;/b&gt; — cree una con “Nueva clase…”</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="361"/>
        <source>Un&amp;archive class</source>
        <translation>Des&amp;archivar clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="382"/>
        <source>habits of work</source>
        <translation>hábitos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="436"/>
        <source>New class</source>
        <translation>Nueva clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="437"/>
        <source>Name of the class:</source>
        <translation>Nombre de la clase:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="477"/>
        <source>Edit class</source>
        <translation>Editar clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="489"/>
        <source>Archive class</source>
        <translation>Archivar clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="506"/>
        <source>Choose targets</source>
        <translation>Elegir metas</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="541"/>
        <source>Edit student</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="553"/>
        <source>Archive student</source>
        <translation>Archivar estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="569"/>
        <source>Every student in your data is already in this class.</source>
        <translation>Todos los estudiantes de sus datos ya están en esta clase.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="580"/>
        <source>Enrol a student</source>
        <translation>Inscribir a un estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="581"/>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="589"/>
        <source>Enrol student</source>
        <translation>Inscribir estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="599"/>
        <source>Remove from class</source>
        <translation>Quitar de la clase</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="621"/>
        <source>Import a roster</source>
        <translation>Importar una lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="623"/>
        <source>Rosters (*.zip *.csv);;All files (*)</source>
        <translation>Listas de estudiantes (*.zip *.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ScalesPage</name>
    <message>
        <location filename="../../ui/scales_page.py" line="42"/>
        <location filename="../../ui/scales_page.py" line="49"/>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="44"/>
        <source>&amp;New scale…</source>
        <translation>&amp;Nueva escala…</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="54"/>
        <source>Scale name</source>
        <translation>Nombre de la escala</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="59"/>
        <source>Levels of the scale</source>
        <translation>Niveles de la escala</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="63"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="64"/>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="65"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="66"/>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="67"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="77"/>
        <source>&amp;Add level</source>
        <translation>&amp;Agregar nivel</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="79"/>
        <source>&amp;Remove level</source>
        <translation>&amp;Quitar nivel</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="81"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="86"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="96"/>
        <source>Tick the lowest level that counts as proficient: it and every level above it count. The words are printed beside every colour, in the grid and on paper, so choose colours that help but are never needed.</source>
        <translation>Marque el nivel más bajo que cuenta como competente: cuentan ese nivel y todos los de arriba. Las palabras se imprimen junto a cada color, en la tabla y en papel, así que elija colores que ayuden pero que nunca sean necesarios.</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="185"/>
        <source>The value of level {value} is not a number; write it like 3 or 2.5.</source>
        <translation>El valor del nivel {value} no es un número; escríbalo como 3 o 2.5.</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="228"/>
        <source>Edit scale</source>
        <translation>Editar escala</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="238"/>
        <source>New scale</source>
        <translation>Nueva escala</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="239"/>
        <source>Name of the scale:</source>
        <translation>Nombre de la escala:</translation>
    </message>
    <message>
        <location filename="../../ui/scales_page.py" line="282"/>
        <source>Colour of the level</source>
        <translation>Color del nivel</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="49"/>
        <source>optional: a second place for backups</source>
        <translation>opcional: un segundo lugar para las copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="63"/>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="65"/>
        <source>Default method</source>
        <translation>Método predeterminado</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="67"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="68"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="72"/>
        <source>&amp;Teacher:</source>
        <translation>&amp;Docente:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>&amp;School:</source>
        <translation>&amp;Escuela:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="75"/>
        <source>Estimate new classes &amp;by:</source>
        <translation>Estimar las clases nuevas &amp;por:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="81"/>
        <source>Second &amp;backup folder:</source>
        <translation>Segunda carpeta de &amp;copias de seguridad:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="83"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="85"/>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="89"/>
        <source>The language is used from the next start. Backups are always made in the data folder; a second folder (a USB stick) gets a copy too.</source>
        <translation>El idioma se usa a partir del próximo inicio. Las copias de seguridad se hacen siempre en la carpeta de datos; una segunda carpeta (una memoria USB) también recibe una copia.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="111"/>
        <source>A second place for backups</source>
        <translation>Un segundo lugar para las copias de seguridad</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../ui/roster_page.py" line="69"/>
        <source>Edit student</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="71"/>
        <source>Add a student</source>
        <translation>Agregar un estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="84"/>
        <source>&amp;Given name(s):</source>
        <translation>&amp;Nombre(s):</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="85"/>
        <source>&amp;Family name(s):</source>
        <translation>&amp;Apellido(s):</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="86"/>
        <source>&amp;Preferred name:</source>
        <translation>&amp;Nombre preferido:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="87"/>
        <source>Student &amp;number:</source>
        <translation>&amp;Número de estudiante:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="88"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="89"/>
        <source>Family &amp;language:</source>
        <translation>&amp;Idioma de la familia:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="407"/>
        <source>&amp;Send my work</source>
        <translation>&amp;Enviar mi trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="408"/>
        <source>&amp;Receive work</source>
        <translation>&amp;Recibir trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="409"/>
        <location filename="../../ui/sync_page.py" line="758"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="410"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="415"/>
        <source>Sync: exchange work with other laptops by file</source>
        <translation>Sincronizar: intercambiar trabajo con otras computadoras por archivo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="433"/>
        <source>What to send</source>
        <translation>Qué enviar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="438"/>
        <source>What to se&amp;nd:</source>
        <translation>Qué en&amp;viar:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="442"/>
        <source>&amp;Lock the file with a passphrase</source>
        <translation>&amp;Proteger el archivo con una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="449"/>
        <location filename="../../ui/sync_page.py" line="466"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="454"/>
        <source>Passphrase, again</source>
        <translation>Frase de contraseña, otra vez</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="463"/>
        <source>About the passphrase</source>
        <translation>Sobre la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="468"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="470"/>
        <source>T&amp;ype it again:</source>
        <translation>Escríbala &amp;otra vez:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="479"/>
        <source>Tell the other teacher the passphrase in person or by phone, never in the same e-mail as the file.</source>
        <translation>Dígale la frase de contraseña al otro docente en persona o por teléfono, nunca en el mismo correo que el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="489"/>
        <source>&amp;Write the file…</source>
        <translation>&amp;Escribir el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="501"/>
        <source>Write your work to one file, on a USB stick or to send by e-mail, and receive it on the other laptop. Nothing is lost when both laptops changed things: where they disagree, both versions are kept for you to choose.</source>
        <translation>Escriba su trabajo en un archivo, en una memoria USB o para enviarlo por correo, y recíbalo en la otra computadora. No se pierde nada cuando las dos computadoras cambiaron cosas: donde no coinciden, se conservan ambas versiones para que usted elija.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="520"/>
        <source>Ch&amp;oose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="525"/>
        <source>No file chosen yet.</source>
        <translation>Todavía no se eligió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="537"/>
        <location filename="../../ui/sync_page.py" line="541"/>
        <location filename="../../ui/sync_page.py" line="1218"/>
        <source>What the file would bring</source>
        <translation>Lo que traería el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="542"/>
        <location filename="../../ui/sync_page.py" line="1219"/>
        <location filename="../../ui/sync_page.py" line="1289"/>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="553"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="559"/>
        <source>Type the passphrase &amp;again…</source>
        <translation>Escribir la frase de contraseña &amp;otra vez…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="564"/>
        <source>Review the conflic&amp;ts</source>
        <translation>Revisar los conflic&amp;tos</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="582"/>
        <source>Choose a sync file from another laptop (or double-click it). You see what it would bring before anything changes; a backup is made before the import.</source>
        <translation>Elija un archivo de sincronización de otra computadora (o haga doble clic en él). Verá lo que traería antes de que cambie nada; antes de importar se hace una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="603"/>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="617"/>
        <location filename="../../ui/sync_page.py" line="898"/>
        <source>In use now</source>
        <translation>En uso ahora</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="619"/>
        <location filename="../../ui/sync_page.py" line="903"/>
        <source>Set aside</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="627"/>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="630"/>
        <source>Edit: write a version of your own</source>
        <translation>Editar: escribir una versión propia</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="634"/>
        <source>Keep &amp;both corrections</source>
        <translation>Conservar &amp;ambas correcciones</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="657"/>
        <source>Your choice is saved at once and travels to the other laptops with your next file. Ctrl+Z undoes it.</source>
        <translation>Su elección se guarda enseguida y llega a las otras computadoras con su próximo archivo. Ctrl+Z la deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="694"/>
        <source>Sync history, newest first</source>
        <translation>Historial de sincronización, del más reciente al más antiguo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="698"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="699"/>
        <source>Sent or received</source>
        <translation>Enviado o recibido</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="700"/>
        <source>Laptop and teacher</source>
        <translation>Computadora y docente</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="701"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="702"/>
        <source>What it brought</source>
        <translation>Lo que trajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="756"/>
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Conflictos ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="782"/>
        <source>Everything on this laptop</source>
        <translation>Todo lo que hay en esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="786"/>
        <source>What changed since {words} last received from this laptop</source>
        <translation>Lo que cambió desde la última vez que {words} recibió algo de esta computadora</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="793"/>
        <source>Last file from it received {last_received}. If that laptop has not yet confirmed receiving your work, the file holds everything.</source>
        <translation>Último archivo recibido de ella: {last_received}. Si esa computadora todavía no confirmó que recibió su trabajo, el archivo contiene todo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="832"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="834"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="845"/>
        <source>The file was made {made}.</source>
        <translation>El archivo se hizo {made}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="884"/>
        <location filename="../../ui/sync_page.py" line="890"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="885"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="891"/>
        <source>In use, with its evidence</source>
        <translation>En uso, con sus evidencias</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="896"/>
        <source>Correction in use</source>
        <translation>Corrección en uso</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="901"/>
        <source>The other correction</source>
        <translation>La otra corrección</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="934"/>
        <source>Keep both corrections</source>
        <translation>Conservar ambas correcciones</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="957"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="972"/>
        <source>{title}: “{words}” is saved; it travels with your next file.</source>
        <translation>{title}: “{words}” quedó guardado; viaja con su próximo archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1002"/>
        <source>Type a passphrase twice, or untick “Lock the file with a passphrase”.</source>
        <translation>Escriba una frase de contraseña dos veces, o desmarque “Proteger el archivo con una frase de contraseña”.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1012"/>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña son distintas; escriba la misma frase dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1021"/>
        <source>Write the sync file</source>
        <translation>Escribir el archivo de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1039"/>
        <location filename="../../ui/sync_page.py" line="1068"/>
        <source>Nothing was written: writing the file was cancelled.</source>
        <translation>No se escribió nada: se canceló la escritura del archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1049"/>
        <source>Reading the file back to check it…</source>
        <translation>Leyendo el archivo de nuevo para comprobarlo…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1059"/>
        <source>Send my work</source>
        <translation>Enviar mi trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1060"/>
        <source>Writing the sync file…</source>
        <translation>Escribiendo el archivo de sincronización…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1080"/>
        <source>But reading the file back failed: {problem} Do not use this file: write it again, to another USB stick if it fails twice.</source>
        <translation>Pero al volver a leer el archivo hubo un error: {problem} No use este archivo: escríbalo otra vez, en otra memoria USB si falla dos veces.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1103"/>
        <source>Receive work: choose a sync file</source>
        <translation>Recibir trabajo: elija un archivo de sincronización</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1126"/>
        <source>This file is locked</source>
        <translation>Este archivo está protegido</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1127"/>
        <source>{name} is locked with a passphrase.
Type the passphrase it was made with:</source>
        <translation>{name} está protegido con una frase de contraseña.
Escriba la frase con la que se hizo:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1139"/>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1146"/>
        <source>{path} cannot be read ({value}).</source>
        <translation>No se puede leer {path} ({value}).</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1156"/>
        <source>Nothing was received: the file is locked, and no passphrase was given.</source>
        <translation>No se recibió nada: el archivo está protegido y no se dio la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1166"/>
        <location filename="../../ui/sync_page.py" line="1268"/>
        <source>Receive work</source>
        <translation>Recibir trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1167"/>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1192"/>
        <source>what changed since an earlier exchange</source>
        <translation>lo que cambió desde un intercambio anterior</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1194"/>
        <source>all its work</source>
        <translation>todo su trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1197"/>
        <source>locked with a passphrase</source>
        <translation>protegido con frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1199"/>
        <source>not locked</source>
        <translation>sin proteger</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1202"/>
        <source>&lt;b&gt;From {value}&lt;/b&gt;&lt;br&gt;Made {value2} ({kind}; {lock}). Nothing has changed on this laptop yet.</source>
        <translation>&lt;b&gt;De {value}&lt;/b&gt;&lt;br&gt;Hecho {value2} ({kind}; {lock}). Todavía no cambió nada en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1225"/>
        <source>Importing would bring {value}.</source>
        <translation>La importación traería {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1231"/>
        <source>{attachments_added:,} attached files would be stored.</source>
        <translation>Se guardarían {attachments_added:,} archivos adjuntos.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1237"/>
        <source>Where both laptops changed the same thing, both versions are kept for you to choose in Conflicts.</source>
        <translation>Donde las dos computadoras cambiaron lo mismo, se conservan ambas versiones para que usted elija en Conflictos.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1243"/>
        <source>A backup is made first.</source>
        <translation>Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1269"/>
        <source>Importing the work…</source>
        <translation>Importando el trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1288"/>
        <source>What the file brought</source>
        <translation>Lo que trajo el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1293"/>
        <source>&lt;b&gt;Received from {value}&lt;/b&gt;&lt;br&gt;Made {value2}.</source>
        <translation>&lt;b&gt;Recibido de {value}&lt;/b&gt;&lt;br&gt;Hecho {value2}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1301"/>
        <source>Imported: {value}.</source>
        <translation>Importado: {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1307"/>
        <source>{value} for your choice: both versions are kept until you choose.</source>
        <translation>{value} su elección: se conservan ambas versiones hasta que elija.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1310"/>
        <source>1 conflict waits</source>
        <translation>1 conflicto espera</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1312"/>
        <source>{waiting:,} conflicts wait</source>
        <translation>{waiting:,} conflictos esperan</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1332"/>
        <source>Deleted on one laptop, scored on another</source>
        <translation>Eliminado en una computadora, calificado en otra</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1337"/>
        <source> (+{value} more)</source>
        <translation> (+{value} más)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1343"/>
        <source>{label}: “{short}” or “{short2}”{more}</source>
        <translation>{label}: “{short}” o “{short2}”{more}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1388"/>
        <source>Conflicts recorded on the other laptop (open there, or already settled)</source>
        <translation>Conflictos registrados en la otra computadora (abiertos allí o ya resueltos)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1399"/>
        <source>Attached files stored</source>
        <translation>Archivos adjuntos guardados</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1408"/>
        <source>Attached files missing from the file (ask for a new file)</source>
        <translation>Archivos adjuntos que faltan en el archivo (pida un archivo nuevo)</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../ui/targets_page.py" line="87"/>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="91"/>
        <source>New &amp;framework…</source>
        <translation>Nuevo &amp;marco…</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="95"/>
        <source>&amp;Import targets…</source>
        <translation>&amp;Importar metas…</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="98"/>
        <source>CASE JSON, Canvas outcomes CSV, or a CSV with a header row</source>
        <translation>CASE JSON, CSV de resultados de Canvas o un CSV con fila de encabezados</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="104"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="107"/>
        <source>Save this framework as CASE 1.1 JSON or CSV</source>
        <translation>Guardar este marco como CASE 1.1 JSON o CSV</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="112"/>
        <source>Search codes and statements</source>
        <translation>Buscar códigos y enunciados</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="114"/>
        <source>Search targets</source>
        <translation>Buscar metas</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="120"/>
        <location filename="../../ui/targets_page.py" line="219"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="121"/>
        <location filename="../../ui/targets_page.py" line="220"/>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="134"/>
        <source>Competencies and learning targets</source>
        <translation>Competencias y metas de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="149"/>
        <source>Add &amp;competency</source>
        <translation>Agregar &amp;competencia</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="153"/>
        <source>Add &amp;target</source>
        <translation>Agregar m&amp;eta</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="156"/>
        <source>Move &amp;up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="159"/>
        <source>Move do&amp;wn</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="163"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="174"/>
        <source>Framework:</source>
        <translation>Marco:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="195"/>
        <source>Drag a target to reorder it or move it under another competency (or use Alt+Up / Alt+Down).</source>
        <translation>Arrastre una meta para reordenarla o moverla a otra competencia (o use Alt+Arriba / Alt+Abajo).</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="215"/>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="221"/>
        <source>I can statement</source>
        <translation>Enunciado “Yo puedo”</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="222"/>
        <location filename="../../ui/targets_page.py" line="262"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="223"/>
        <source>Depth of knowledge</source>
        <translation>Profundidad del conocimiento</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="224"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="237"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="238"/>
        <source>&amp;Statement:</source>
        <translation>&amp;Enunciado:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="239"/>
        <source>&quot;&amp;I can&quot;:</source>
        <translation>&quot;&amp;Yo puedo&quot;:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="240"/>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="241"/>
        <source>Depth of &amp;knowledge:</source>
        <translation>&amp;Profundidad del conocimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="243"/>
        <source>&amp;Prerequisites:</source>
        <translation>&amp;Requisitos previos:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="245"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="248"/>
        <source>Changes are saved when you leave a field; Ctrl+Z undoes them.</source>
        <translation>Los cambios se guardan al salir de un campo; Ctrl+Z los deshace.</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="258"/>
        <source>Rubric: a descriptor for each level</source>
        <translation>Rúbrica: un descriptor para cada nivel</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="263"/>
        <source>What the work looks like</source>
        <translation>Cómo es el trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="264"/>
        <source>Exemplars</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="272"/>
        <source>&amp;Attach exemplar to this level…</source>
        <translation>Adjuntar &amp;ejemplo a este nivel…</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="276"/>
        <source>&amp;Remove exemplar</source>
        <translation>&amp;Quitar ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="289"/>
        <source>Type in a cell to write what work at that level looks like. Exemplars are photos or PDFs of real work at that level.</source>
        <translation>Escriba en una celda cómo es un trabajo de ese nivel. Los ejemplos son fotos o PDF de trabajos reales de ese nivel.</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="299"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="300"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="302"/>
        <source>Choose a target</source>
        <translation>Elija una meta</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="331"/>
        <source> (habits of work)</source>
        <translation> (hábitos de trabajo)</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="351"/>
        <source>No framework yet: create one, or import your standards.</source>
        <translation>Todavía no hay marcos: cree uno o importe sus estándares.</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="362"/>
        <source>Habits of work: tracked and reported, never mixed into academic levels.</source>
        <translation>Hábitos de trabajo: se registran y se informan, nunca se mezclan con los niveles académicos.</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="367"/>
        <source>Academic competencies and learning targets.</source>
        <translation>Competencias académicas y metas de aprendizaje.</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="433"/>
        <source>&lt;b&gt;Choose a target&lt;/b&gt; — or add one</source>
        <translation>&lt;b&gt;Elija una meta&lt;/b&gt; — o agregue una</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="444"/>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="446"/>
        <source>Learning target</source>
        <translation>Meta de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="503"/>
        <location filename="../../ui/targets_page.py" line="516"/>
        <source>New framework</source>
        <translation>Nuevo marco</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="504"/>
        <source>Name of the framework:</source>
        <translation>Nombre del marco:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="509"/>
        <source>Academic (competencies and learning targets)</source>
        <translation>Académico (competencias y metas de aprendizaje)</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="512"/>
        <source>Habits of work</source>
        <translation>Hábitos de trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="517"/>
        <source>What it holds:</source>
        <translation>Lo que contiene:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="540"/>
        <source>Create or import a framework first.</source>
        <translation>Primero cree o importe un marco.</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="550"/>
        <source>learning target</source>
        <translation>meta de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="554"/>
        <location filename="../../ui/targets_page.py" line="561"/>
        <source>Add a {what}</source>
        <translation>Agregar {what}</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="555"/>
        <source>Code of the new {what}:</source>
        <translation>Código de la nueva {what}:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="562"/>
        <source>Its statement:</source>
        <translation>Su enunciado:</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="579"/>
        <source>Add {value}</source>
        <translation>Agregar {value}</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="622"/>
        <source>Edit {code}</source>
        <translation>Editar {code}</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="637"/>
        <source>Move {code}</source>
        <translation>Mover {code}</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="665"/>
        <source> and the {value} targets under it</source>
        <translation> y las {value} metas que contiene</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="672"/>
        <source>

The {evidence} piece(s) of evidence recorded on them are kept, and come back if you undo (Ctrl+Z).</source>
        <translation>

Las {evidence} evidencia(s) registradas en ellas se conservan y vuelven si deshace (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="682"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="683"/>
        <source>Delete {value}{under}?{kept}</source>
        <translation>¿Eliminar {value}{under}?{kept}</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="699"/>
        <source>Delete {code}</source>
        <translation>Eliminar {code}</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="718"/>
        <source>Edit rubric of {code}</source>
        <translation>Editar la rúbrica de {code}</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="734"/>
        <source>Attach an exemplar</source>
        <translation>Adjuntar un ejemplo</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="736"/>
        <source>Photos and documents (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)</source>
        <translation>Fotos y documentos (*.png *.jpg *.jpeg *.gif *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="756"/>
        <source>This level has no exemplar to remove.</source>
        <translation>Este nivel no tiene ejemplo para quitar.</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="770"/>
        <source>Import targets</source>
        <translation>Importar metas</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="772"/>
        <source>Standards (*.json *.csv *.txt);;All files (*)</source>
        <translation>Estándares (*.json *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="792"/>
        <source>There is no framework to export yet.</source>
        <translation>Todavía no hay ningún marco para exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="799"/>
        <source>Export targets</source>
        <translation>Exportar metas</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="801"/>
        <source>CASE 1.1 JSON (*.json);;CSV (*.csv)</source>
        <translation>CASE 1.1 JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="814"/>
        <source>{path} could not be written ({strerror}).</source>
        <translation>No se pudo escribir {path} ({strerror}).</translation>
    </message>
    <message>
        <location filename="../../ui/targets_page.py" line="820"/>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/task_dialog.py" line="46"/>
        <source>Edit task</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="48"/>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="66"/>
        <source>Targets this task gives evidence for</source>
        <translation>Metas para las que esta tarea da evidencia</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="76"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="77"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="78"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="79"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="80"/>
        <source>T&amp;argets:</source>
        <translation>&amp;Metas:</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="81"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="92"/>
        <source>Give the task a title.</source>
        <translation>Póngale un título a la tarea.</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="96"/>
        <source>Tick at least one target.</source>
        <translation>Marque al menos una meta.</translation>
    </message>
</context>
<context>
    <name>VersionBox</name>
    <message>
        <location filename="../../ui/sync_page.py" line="356"/>
        <source> — stamped far ahead of this laptop&apos;s clock</source>
        <translation> — con una fecha muy adelantada respecto del reloj de esta computadora</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <location filename="../../ui/insights_page.py" line="457"/>
        <source>A {what} for {student_name}</source>
        <translation>{what} para {student_name}</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="465"/>
        <source>The {what}, in the writer&apos;s own words</source>
        <translation>{what}, con las palabras de quien la escribe</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="476"/>
        <source>Written by the &amp;student ({student_name} is typing)</source>
        <translation>Escrita por el &amp;estudiante ({student_name} está escribiendo)</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="482"/>
        <source>Written by the &amp;teacher</source>
        <translation>Escrita por el &amp;docente</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="494"/>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="46"/>
        <source>Welcome to cbe-desktop</source>
        <translation>Bienvenida a cbe-desktop</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="55"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;cbe-desktop keeps your learning targets, the evidence of your students&apos; learning, their “not yet” work and its revisions, and prints student-led conference packets. Everything stays on this laptop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenida&lt;/h2&gt;&lt;p&gt;cbe-desktop guarda sus metas de aprendizaje, las evidencias del aprendizaje de sus estudiantes, sus trabajos en “todavía no” y sus revisiones, e imprime los informes para las conferencias dirigidas por estudiantes. Todo queda en esta computadora.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="65"/>
        <source>Try the demo class</source>
        <translation>Probar la clase de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="66"/>
        <source>A separate sandbox with a made-up 7th-grade class. Your own data stays empty; the sandbox is clearly labelled and can be removed at any time.</source>
        <translation>Un espacio de prueba aparte con una clase inventada de 7.º grado. Sus propios datos quedan vacíos; el espacio de prueba está claramente señalado y se puede quitar en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="75"/>
        <source>Set up my class</source>
        <translation>Preparar mi clase</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="76"/>
        <source>Your name and school, your first class, and (if you have them) your standards and your roster from the district.</source>
        <translation>Su nombre y su escuela, su primera clase y (si los tiene) sus estándares y su lista de estudiantes del distrito.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="96"/>
        <source>e.g. Math 7 — Period 2</source>
        <translation>p. ej. Matemáticas 7 — Hora 2</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="99"/>
        <source>e.g. Fall 2026</source>
        <translation>p. ej. Otoño 2026</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="105"/>
        <source>optional: CASE JSON, Canvas outcomes CSV, or a CSV</source>
        <translation>opcional: CASE JSON, CSV de resultados de Canvas o un CSV</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="112"/>
        <source>optional: OneRoster zip or folder, or a CSV</source>
        <translation>opcional: zip o carpeta OneRoster, o un CSV</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="117"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="118"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="119"/>
        <source>Class name</source>
        <translation>Nombre de la clase</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="120"/>
        <source>Term</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="121"/>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="122"/>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="123"/>
        <source>Standards file</source>
        <translation>Archivo de estándares</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="124"/>
        <source>Roster file</source>
        <translation>Archivo de la lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="127"/>
        <location filename="../../ui/welcome.py" line="133"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="130"/>
        <source>Your standards</source>
        <translation>Sus estándares</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="136"/>
        <source>Your roster</source>
        <translation>Su lista de estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="140"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="141"/>
        <source>&amp;School:</source>
        <translation>&amp;Escuela:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="142"/>
        <source>First &amp;class:</source>
        <translation>Primera &amp;clase:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="143"/>
        <source>&amp;Term:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="144"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="145"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="149"/>
        <source>S&amp;tandards:</source>
        <translation>Es&amp;tándares:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="153"/>
        <source>&amp;Roster:</source>
        <translation>&amp;Lista de estudiantes:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="156"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="159"/>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="169"/>
        <source>&lt;h2&gt;Set up my class&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Preparar mi clase&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="174"/>
        <source>The scale starts as Beginning / Developing / Proficient / Extending, proficient at 3; you can change its words and colours later on the Scales page. Before anything is imported you will see what the import will do.</source>
        <translation>La escala empieza como Inicial / En desarrollo / Competente / Avanzado, con Competente en 3; puede cambiar sus palabras y colores más tarde en la página Escalas. Antes de importar nada verá lo que hará la importación.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="204"/>
        <source>Give your first class a name.</source>
        <translation>Póngale un nombre a su primera clase.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/bulk_entry.py" line="28"/>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <location filename="../../ui/bulk_entry.py" line="28"/>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="97"/>
        <location filename="../../ui/roster_page.py" line="45"/>
        <location filename="../../ui/settings_dialog.py" line="29"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="97"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="100"/>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="101"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="104"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="104"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="108"/>
        <source>a goal</source>
        <translation>una meta</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="109"/>
        <source>a reflection</source>
        <translation>una reflexión</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="110"/>
        <source>work to show</source>
        <translation>trabajo para mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="143"/>
        <source>The preview needs Qt PDF (the PySide6-Pdf package), which is not installed on this laptop: save the PDF and open it in a PDF reader instead.</source>
        <extracomment>Pages are rendered for the printer at its resolution, up to this many dots per inch (300 dpi is crisp on paper; 1200 dpi would need half a gigabyte a page). Where Letter is the usual paper (the Americas that use it, and the Philippines).</extracomment>
        <translation>La vista previa necesita Qt PDF (el paquete PySide6-Pdf), que no está instalado en esta computadora: guarde el PDF y ábralo en un lector de PDF.</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="231"/>
        <source>{n} goal</source>
        <extracomment>The nouns counted by _count, for pyside6-lupdate (read translated through tr_word).</extracomment>
        <translation>{n} meta</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="232"/>
        <source>{n} goals</source>
        <translation>{n} metas</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="233"/>
        <source>{n} reflection</source>
        <translation>{n} reflexión</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="234"/>
        <source>{n} reflections</source>
        <translation>{n} reflexiones</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="235"/>
        <source>{n} student</source>
        <translation>{n} estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="236"/>
        <source>{n} students</source>
        <translation>{n} estudiantes</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="237"/>
        <source>{n} piece</source>
        <translation>{n} trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="238"/>
        <source>{n} pieces</source>
        <translation>{n} trabajos</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="239"/>
        <source>{n} packet</source>
        <translation>{n} informe</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="240"/>
        <source>{n} packets</source>
        <translation>{n} informes</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="241"/>
        <source>{n} page</source>
        <translation>{n} página</translation>
    </message>
    <message>
        <location filename="../../ui/conferences_page.py" line="242"/>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="39"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="40"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="41"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="42"/>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="43"/>
        <source>Performance task</source>
        <translation>Tarea de desempeño</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="44"/>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="45"/>
        <source>Learning outside school</source>
        <translation>Aprendizaje fuera de la escuela</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="50"/>
        <source>None planned yet</source>
        <translation>Todavía no hay apoyo previsto</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="51"/>
        <source>Flex time</source>
        <translation>Tiempo de apoyo en clase</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="52"/>
        <source>Small group</source>
        <translation>Grupo pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="53"/>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <location filename="../../ui/evidence_dialog.py" line="54"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="23"/>
        <location filename="../../ui/i18n.py" line="41"/>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="24"/>
        <source>In progress</source>
        <translation>En progreso</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="25"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../ui/gradebook_model.py" line="26"/>
        <source>Not assessed yet</source>
        <translation>Sin evaluar aún</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="37"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="65"/>
        <source>Repeated “not yet”</source>
        <translation>“Todavía no” repetido</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="66"/>
        <source>No recent evidence</source>
        <translation>Sin evidencias recientes</translation>
    </message>
    <message>
        <location filename="../../ui/insights_page.py" line="67"/>
        <source>Estimate fell</source>
        <translation>Bajó la estimación</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="61"/>
        <source>No open &apos;not yet&apos; revisions: every student is on track.</source>
        <translation>No hay revisiones de “todavía no” abiertas: todos los estudiantes van bien encaminados.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="62"/>
        <source>Choose a class to see its open revisions, or show all classes.</source>
        <translation>Elija una clase para ver sus revisiones abiertas, o muestre todas las clases.</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="66"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="67"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="68"/>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="69"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="70"/>
        <source>Days open</source>
        <translation>Días abierta</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="71"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="72"/>
        <source>Support planned</source>
        <translation>Apoyo previsto</translation>
    </message>
    <message>
        <location filename="../../ui/queue_page.py" line="73"/>
        <source>Level then</source>
        <translation>Nivel de entonces</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="46"/>
        <source>Spanish (español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="51"/>
        <source>Most recent</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="52"/>
        <source>Highest</source>
        <translation>Más alta</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="53"/>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="54"/>
        <source>Most frequent (mode)</source>
        <translation>Más frecuente (moda)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="55"/>
        <source>Decaying average</source>
        <translation>Promedio ponderado por recencia</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="56"/>
        <source>Weighted average</source>
        <translation>Promedio ponderado</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="57"/>
        <source>Proficient n times</source>
        <translation>Competente n veces</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="58"/>
        <source>Power-law trend</source>
        <translation>Tendencia de ley de potencia</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="28"/>
        <source>The computer&apos;s language</source>
        <translation>El idioma de la computadora</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="30"/>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="83"/>
        <source>Without a passphrase, the file holds your students&apos; names in the clear: anyone who finds the USB stick can read them.</source>
        <translation>Sin frase de contraseña, el archivo contiene los nombres de sus estudiantes sin proteger: cualquiera que encuentre la memoria USB puede leerlos.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="88"/>
        <source>The file was read back and checked: it is safe to remove the drive.</source>
        <translation>El archivo se volvió a leer y se comprobó: puede retirar la memoria USB con seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="91"/>
        <source>The file was read back and checked.</source>
        <translation>El archivo se volvió a leer y se comprobó.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="92"/>
        <source>No conflicts: everything received so far fitted in without a choice to make.</source>
        <translation>No hay conflictos: todo lo recibido hasta ahora encajó sin tener que elegir.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="95"/>
        <source>No sync files yet. Every file you send or receive is listed here.</source>
        <translation>Todavía no hay archivos de sincronización. Aquí aparece cada archivo que envíe o reciba.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="98"/>
        <source>A backup was made just before the import: File → Restore a backup… goes back to how this laptop was (work done since would be lost). Undo (Ctrl+Z) does not undo an import.</source>
        <translation>Se hizo una copia de seguridad justo antes de importar: Archivo → Restaurar una copia de seguridad… deja esta computadora como estaba (se perdería el trabajo hecho después). Deshacer (Ctrl+Z) no deshace una importación.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1349"/>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1350"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1351"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1352"/>
        <source>Conflicts: both versions kept for you to choose</source>
        <translation>Conflictos: se conservan ambas versiones para que usted elija</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="1355"/>
        <source>Stamped far in the future (a laptop whose clock is wrong)</source>
        <translation>Con fecha muy en el futuro (una computadora con el reloj mal puesto)</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="28"/>
        <source>Formative (practice, feedback)</source>
        <translation>Formativa (práctica, retroalimentación)</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="29"/>
        <source>Interim (check-in)</source>
        <translation>Intermedia (control de avance)</translation>
    </message>
    <message>
        <location filename="../../ui/task_dialog.py" line="30"/>
        <source>Summative (end of unit)</source>
        <translation>Sumativa (fin de unidad)</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39"/>
        <source>Beginning</source>
        <extracomment>The languages the interface is translated into, besides English (the source). The level words the program itself creates (the default scale and the demo&apos;s habits scale). They are stored as data, but while a teacher has not renamed them they are the program&apos;s words, so they are shown in the interface language (as the packets do).</extracomment>
        <translation>Inicial</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
        <source>Developing</source>
        <translation>En desarrollo</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42"/>
        <source>Extending</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="43"/>
        <source>Rarely</source>
        <translation>Casi nunca</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="44"/>
        <source>Sometimes</source>
        <translation>A veces</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="45"/>
        <source>Usually</source>
        <translation>Casi siempre</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="46"/>
        <source>Consistently</source>
        <translation>Siempre</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../ui/background.py" line="54"/>
        <source>An unexpected problem stopped the work; nothing was half-saved (the details are in the log file).</source>
        <translation>Un problema inesperado detuvo el trabajo; nada quedó guardado a medias (los detalles están en el archivo de registro).</translation>
    </message>
</context>
</TS>
