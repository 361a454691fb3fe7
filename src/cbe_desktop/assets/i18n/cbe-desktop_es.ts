<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Agreement</name>
    <message>
        <source>high enough to rely on (0.80 or more)</source>
        <extracomment>Fewer scorers than this and a teacher&apos;s scores are not compared with the group&apos;s.</extracomment>
        <translation>suficiente para fiarse (0,80 o más)</translation>
    </message>
    <message>
        <source>enough for tentative conclusions only (0.67 to 0.80)</source>
        <translation>suficiente solo para conclusiones provisionales (de 0,67 a 0,80)</translation>
    </message>
    <message>
        <source>too low to rely on yet (below 0.67): talk through the pieces you split on</source>
        <translation>demasiado bajo para fiarse aún (menos de 0,67): comenten los trabajos en que discreparon</translation>
    </message>
    <message>
        <source>no better than chance</source>
        <translation>no mejor que el azar</translation>
    </message>
    <message>
        <source>slight agreement</source>
        <translation>acuerdo leve</translation>
    </message>
    <message>
        <source>fair agreement</source>
        <translation>acuerdo aceptable</translation>
    </message>
    <message>
        <source>moderate agreement</source>
        <translation>acuerdo moderado</translation>
    </message>
    <message>
        <source>substantial agreement</source>
        <translation>acuerdo considerable</translation>
    </message>
    <message>
        <source>almost perfect agreement</source>
        <translation>acuerdo casi perfecto</translation>
    </message>
    <message>
        <source>No piece has two scores yet; gather your colleagues&apos; return files first.</source>
        <translation>Ningún trabajo tiene aún dos calificaciones; reúna primero los archivos de respuesta de sus colegas.</translation>
    </message>
    <message>
        <source>You agreed exactly on {exact} of {count} pieces, and within one level on {adjacent} of {count}.</source>
        <translation>Coincidieron exactamente en {exact} de {count} trabajos, y con un nivel de diferencia como mucho en {adjacent} de {count}.</translation>
    </message>
    <message>
        <source>1 piece has fewer than two scores and is not counted.</source>
        <translation>1 trabajo tiene menos de dos calificaciones y no se cuenta.</translation>
    </message>
    <message>
        <source>{count} pieces have fewer than two scores and are not counted.</source>
        <translation>{count} trabajos tienen menos de dos calificaciones y no se cuentan.</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha for the {scorers} of you is {alpha}: {meaning}.</source>
        <translation>El alfa de Krippendorff de ustedes {scorers} es {alpha}: {meaning}.</translation>
    </message>
    <message>
        <source>Most of your disagreement was between {low} and {high} (1 piece): talk through what separates those two levels.</source>
        <translation>La mayor parte del desacuerdo estuvo entre {low} y {high} (1 trabajo): comenten qué separa esos dos niveles.</translation>
    </message>
    <message>
        <source>Most of your disagreement was between {low} and {high} ({count} pieces): talk through what separates those two levels.</source>
        <translation>La mayor parte del desacuerdo estuvo entre {low} y {high} ({count} trabajos): comenten qué separa esos dos niveles.</translation>
    </message>
    <message>
        <source>Scores of pieces {labels} lie two or more levels apart; start there.</source>
        <translation>Las calificaciones de los trabajos {labels} distan dos niveles o más; empiecen por ahí.</translation>
    </message>
    <message>
        <source>{first} and {second}: weighted kappa {kappa} on {count} pieces, {meaning}.</source>
        <translation>{first} y {second}: kappa ponderado {kappa} en {count} trabajos, {meaning}.</translation>
    </message>
    <message>
        <source>Piece {label}: fewer than two scores yet.</source>
        <translation>Trabajo {label}: aún tiene menos de dos calificaciones.</translation>
    </message>
    <message>
        <source>Piece {label}: everyone gave {level}.</source>
        <translation>Trabajo {label}: todos dieron {level}.</translation>
    </message>
    <message>
        <source>Piece {label}: scores from {low} to {high}, {steps} levels apart.</source>
        <translation>Trabajo {label}: calificaciones de {low} a {high}, a {steps} niveles de distancia.</translation>
    </message>
    <message>
        <source>One calibration session is not a trend yet; calibrate on this rubric again to see whether agreement improves.</source>
        <translation>Una sola sesión de calibración no es aún una tendencia; calibren de nuevo con esta rúbrica para ver si el acuerdo mejora.</translation>
    </message>
    <message>
        <source>Agreement on this rubric is improving: alpha went from {first} ({on_first}) to {last} ({on_last}) over {count} sessions.</source>
        <translation>El acuerdo en esta rúbrica mejora: alfa pasó de {first} ({on_first}) a {last} ({on_last}) en {count} sesiones.</translation>
    </message>
    <message>
        <source>Agreement on this rubric is falling: alpha went from {first} ({on_first}) to {last} ({on_last}) over {count} sessions; calibrate again with anchor papers.</source>
        <translation>El acuerdo en esta rúbrica baja: alfa pasó de {first} ({on_first}) a {last} ({on_last}) en {count} sesiones; calibren de nuevo con trabajos de referencia.</translation>
    </message>
    <message>
        <source>Agreement on this rubric is steady: alpha {first} ({on_first}), then {last} ({on_last}) over {count} sessions.</source>
        <translation>El acuerdo en esta rúbrica se mantiene: alfa {first} ({on_first}) y luego {last} ({on_last}) en {count} sesiones.</translation>
    </message>
    <message>
        <source>Fewer than {min} teachers scored these pieces, so no comparison is shown: with so few, anyone could read a colleague&apos;s scores from it.</source>
        <translation>Menos de {min} docentes calificaron estos trabajos, así que no se muestra ninguna comparación: con tan pocos, cualquiera podría deducir de ella las calificaciones de un colega.</translation>
    </message>
    <message>
        <source>a little higher than your colleagues</source>
        <translation>un poco más alto que sus colegas</translation>
    </message>
    <message>
        <source>a little lower than your colleagues</source>
        <translation>un poco más bajo que sus colegas</translation>
    </message>
    <message>
        <source>in line with your colleagues</source>
        <translation>en línea con sus colegas</translation>
    </message>
    <message>
        <source>On {count} pieces that {colleagues} colleagues also scored, you scored {leaning} ({difference} levels on average), and within one level of them on {within} of {count}.</source>
        <translation>En {count} trabajos que también calificaron {colleagues} colegas, usted calificó {leaning} ({difference} niveles de media), y a un nivel de ellos como mucho en {within} de {count}.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>cbe-desktop cannot open its window because no desktop is running here (DISPLAY is not set): start it from a desktop session, or use its commands (cbe-desktop --help).</source>
        <extracomment>The size of ``--screenshot`` pictures: the most common school laptop&apos;s screen.</extracomment>
        <translation>cbe-desktop no puede abrir su ventana porque aquí no hay ningún escritorio en marcha (DISPLAY no está definido): inícielo desde una sesión de escritorio, o use sus órdenes (cbe-desktop --help).</translation>
    </message>
    <message>
        <source>cbe-desktop cannot open its window because this computer lacks {libraries}: install them (on Debian or Ubuntu: sudo apt install {packages}) and start cbe-desktop again.</source>
        <translation>cbe-desktop no puede abrir su ventana porque a este equipo le faltan {libraries}: instálelas (en Debian o Ubuntu: sudo apt install {packages}) y vuelva a iniciar cbe-desktop.</translation>
    </message>
    <message>
        <source>cbe-desktop</source>
        <extracomment>How long after its first paint the window backs the store up (a typed key before that still waits for the backup: the store makes it before any write).</extracomment>
        <translation>cbe-desktop</translation>
    </message>
    <message>
        <source>Restored {name}. What was there before is kept in {safety}.</source>
        <translation>Se restauró {name}. Lo que había antes se guarda en {safety}.</translation>
    </message>
    <message>
        <source>The screenshot could not be written to {path}.</source>
        <translation>No se pudo escribir la captura de pantalla en {path}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is larger than {size} MB; attach a smaller photo or scan.</source>
        <translation>{name} pesa más de {size} MB; adjunte una foto o un escaneo más pequeño.</translation>
    </message>
    <message>
        <source>{path} cannot be read; choose another file.</source>
        <translation>No se puede leer {path}; elija otro archivo.</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>The work is still running, so this window stays open: wait until it is finished, then close the window.</source>
        <extracomment>free places for results handed over and not yet taken on the UI thread Jobs that have not ended yet (on_done not run, or the job it chained still running): held here so that neither the job nor its thread is collected while the worker runs. What a window with work running does not take: closing, clicks and keys.</extracomment>
        <translation>El trabajo sigue en curso, así que esta ventana sigue abierta: espere a que termine y luego cierre la ventana.</translation>
    </message>
    <message>
        <source>The work is still running, so this window stays open: wait until it is finished, or press Cancel, then close the window.</source>
        <translation>El trabajo sigue en curso, así que esta ventana sigue abierta: espere a que termine, o pulse Cancelar, y luego cierre la ventana.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is no backup file at {path}.</source>
        <extracomment>A school hub&apos;s store (PostgreSQL): its server keeps its backups. keep() or discard() was called.</extracomment>
        <translation>No hay ninguna copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>{path} is not a cbe-desktop backup.</source>
        <translation>{path} no es una copia de seguridad de cbe-desktop.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of cbe-desktop (schema {revision}); update the program on this laptop to restore it.</source>
        <translation>{path} se hizo con una versión más nueva de cbe-desktop (esquema {revision}); actualice el programa en esta computadora para restaurarla.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}) and cannot be restored.</source>
        <translation>{path} está dañada ({problem}) y no se puede restaurar.</translation>
    </message>
    <message>
        <source>database: {problem}</source>
        <translation>base de datos: {problem}</translation>
    </message>
    <message>
        <source>the newest sound backup is {path}</source>
        <translation>la copia de seguridad sana más reciente es {path}</translation>
    </message>
    <message>
        <source>schema is at {revision}, expected {expected}</source>
        <translation>el esquema está en {revision}, se esperaba {expected}</translation>
    </message>
    <message>
        <source>{count} attachment file(s) are missing from {folder}</source>
        <translation>faltan {count} archivo(s) adjunto(s) en {folder}</translation>
    </message>
    <message>
        <source>{count} attachment file(s) do not match their checksum</source>
        <translation>{count} archivo(s) adjunto(s) no coinciden con su suma de verificación</translation>
    </message>
    <message>
        <source>{count} attachment(s) checked</source>
        <translation>{count} archivo(s) adjunto(s) revisado(s)</translation>
    </message>
</context>
<context>
    <name>BulkEntryDialog</name>
    <message>
        <source>Whole class — {title}</source>
        <extracomment>A cell the sheet will not retype (a &quot;not yet&quot; or a revision): why, for the tooltip.</extracomment>
        <translation>Toda la clase — {title}</translation>
    </message>
    <message>
        <source>Evidence for the whole class</source>
        <translation>Evidencias para toda la clase</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Type a level ({levels}), M for missing or X for excused; the cursor moves down. Tab moves across (Ctrl+Tab goes on to Save); the last column is feedback for the student.</source>
        <translation>Escriba un nivel ({levels}), M para falta o X para justificada; el cursor baja. Tab avanza a la derecha (Ctrl+Tab pasa a Guardar); la última columna es la retroalimentación para el estudiante.</translation>
    </message>
    <message>
        <source>“Not yet” with a plan open: change it from the gradebook or the Not yet page.</source>
        <translation>“Todavía no” con un plan abierto: cámbielo desde el libro de calificaciones o la página Todavía no.</translation>
    </message>
    <message>
        <source>A revision: change it from the gradebook or the Not yet page.</source>
        <translation>Una revisión: cámbiela desde el libro de calificaciones o la página Todavía no.</translation>
    </message>
    <message>
        <source>{level} · not yet</source>
        <translation>{level} · todavía no</translation>
    </message>
    <message>
        <source>{count} scores are already recorded on this task and shown here. A score you change is saved as a correction (the first is kept in the history); one you clear is withdrawn.</source>
        <translation>Ya hay {count} calificaciones registradas en esta tarea y se muestran aquí. Una calificación que usted cambie se guarda como corrección (la primera queda en el historial); una que borre se retira.</translation>
    </message>
    <message>
        <source>1 score is already recorded on this task and shown here. A score you change is saved as a correction (the first is kept in the history); one you clear is withdrawn.</source>
        <translation>Ya hay 1 calificación registrada en esta tarea y se muestra aquí. Una calificación que usted cambie se guarda como corrección (la primera queda en el historial); una que borre se retira.</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>“{exc}” is not a level of the scale; type a level, M or X.</source>
        <translation>“{exc}” no es un nivel de la escala; escriba un nivel, M o X.</translation>
    </message>
    <message>
        <source>Nothing typed yet.</source>
        <translation>Todavía no se escribió nada.</translation>
    </message>
    <message>
        <source>Discard the score you typed? It is not saved yet.</source>
        <translation>¿Descartar la calificación que escribió? Todavía no está guardada.</translation>
    </message>
    <message>
        <source>Discard {count} scores you typed? They are not saved yet.</source>
        <translation>¿Descartar las {count} calificaciones que escribió? Todavía no están guardadas.</translation>
    </message>
    <message>
        <source>Discard the feedback you typed? It is not saved yet.</source>
        <translation>¿Descartar la retroalimentación que escribió? Todavía no está guardada.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
</context>
<context>
    <name>BusyWaiter</name>
    <message>
        <source>Give up this change</source>
        <extracomment>Waits shorter than this pass without a word (a checkpoint, another copy&apos;s keystroke).</extracomment>
        <translation>Renunciar a este cambio</translation>
    </message>
    <message>
        <source>Waiting to save</source>
        <translation>Esperando para guardar</translation>
    </message>
</context>
<context>
    <name>Calibration</name>
    <message>
        <source>There is no calibration set {name} on this laptop; open its file first.</source>
        <translation>No hay ningún conjunto de calibración {name} en este portátil; abra primero su archivo.</translation>
    </message>
    <message>
        <source>A calibration set needs at least 2 scored pieces of work; choose more pieces.</source>
        <translation>Un conjunto de calibración necesita al menos 2 trabajos calificados; elija más trabajos.</translation>
    </message>
    <message>
        <source>A calibration set holds at most {count} pieces of work; choose fewer.</source>
        <translation>Un conjunto de calibración admite como máximo {count} trabajos; elija menos.</translation>
    </message>
    <message>
        <source>The piece of work {id} has no level to compare; choose pieces that were scored.</source>
        <translation>El trabajo {id} no tiene un nivel que comparar; elija trabajos que estén calificados.</translation>
    </message>
    <message>
        <source>There is no piece {label} in this calibration set; choose one of its pieces.</source>
        <translation>No hay ningún trabajo {label} en este conjunto de calibración; elija uno de sus trabajos.</translation>
    </message>
    <message>
        <source>{level} is not a level of this rubric ({levels}); choose one of those.</source>
        <translation>{level} no es un nivel de esta rúbrica ({levels}); elija uno de ellos.</translation>
    </message>
    <message>
        <source>Write your name before you score, so the group can tell the scores apart.</source>
        <translation>Escriba su nombre antes de calificar, para que el grupo distinga las calificaciones.</translation>
    </message>
    <message>
        <source>Write the reason the group agreed on this level, so the next reader knows why.</source>
        <translation>Escriba por qué el grupo acordó este nivel, para que quien lo lea después sepa el motivo.</translation>
    </message>
    <message>
        <source>Piece {label} has no attached work to show as an exemplar; attach the work to the evidence first.</source>
        <translation>El trabajo {label} no tiene ningún archivo adjunto que mostrar como ejemplo; adjunte primero el trabajo a la evidencia.</translation>
    </message>
    <message>
        <source>There is no task called {title}{where}; check its title in the gradebook.</source>
        <translation>No hay ninguna tarea llamada {title}{where}; compruebe su título en el cuaderno de calificaciones.</translation>
    </message>
    <message>
        <source>This calibration file was refused, and nothing was stored, because {problem}; make the file again with cbe-desktop on the laptop that wrote it.</source>
        <extracomment>A calibration file is small: a few dozen pieces of work.</extracomment>
        <translation>Este archivo de calibración se rechazó, y no se guardó nada, porque {problem}; vuelva a crear el archivo con cbe-desktop en el portátil que lo escribió.</translation>
    </message>
    <message>
        <source>This is a calibration return file, not a set to score; gather it on the Calibration page of the laptop that made the set.</source>
        <translation>Este es un archivo de respuesta de calibración, no un conjunto para calificar; reúnalo en la página Calibración del portátil que creó el conjunto.</translation>
    </message>
    <message>
        <source>This is a calibration set to score, not a return file; open it to score its pieces.</source>
        <translation>Este es un conjunto de calibración para calificar, no un archivo de respuesta; ábralo para calificar sus trabajos.</translation>
    </message>
    <message>
        <source>This is not a cbe-desktop calibration file; choose a file that ends in .cbecal.</source>
        <translation>Este no es un archivo de calibración de cbe-desktop; elija un archivo que termine en .cbecal.</translation>
    </message>
    <message>
        <source>No calibration file was written, because in the record {id} of {table} on this laptop, {problem}; correct it, then write the file again.</source>
        <translation>No se escribió ningún archivo de calibración porque, en el registro {id} de {table} de este portátil, {problem}; corríjalo y vuelva a escribir el archivo.</translation>
    </message>
    <message>
        <source>This calibration set holds no pieces of work; make it again with some.</source>
        <translation>Este conjunto de calibración no tiene ningún trabajo; vuelva a crearlo con algunos.</translation>
    </message>
    <message>
        <source>There is no calibration set {name} on this laptop.</source>
        <translation>No hay ningún conjunto de calibración {name} en este portátil.</translation>
    </message>
    <message>
        <source>The attached file {name} is missing from this laptop&apos;s data folder; attach the work again, or leave that piece out.</source>
        <translation>Falta el archivo adjunto {name} en la carpeta de datos de este portátil; vuelva a adjuntar el trabajo o deje fuera ese trabajo.</translation>
    </message>
    <message>
        <source>{scorer} has scored no piece of this set yet; score the pieces, then write the return file.</source>
        <translation>{scorer} aún no ha calificado ningún trabajo de este conjunto; califique los trabajos y luego escriba el archivo de respuesta.</translation>
    </message>
    <message>
        <source>it holds {table} records, which no calibration file holds</source>
        <translation>contiene registros de {table}, que ningún archivo de calibración contiene</translation>
    </message>
    <message>
        <source>in the record {id} of {table}, {problem}</source>
        <translation>en el registro {id} de {table}, {problem}</translation>
    </message>
    <message>
        <source>it does not hold exactly one set</source>
        <translation>no contiene exactamente un conjunto</translation>
    </message>
    <message>
        <source>it holds {count} pieces of work</source>
        <translation>contiene {count} trabajos</translation>
    </message>
    <message>
        <source>the piece {id} belongs to another set</source>
        <translation>el trabajo {id} pertenece a otro conjunto</translation>
    </message>
    <message>
        <source>the piece {id} is scored on a target its rubric lacks</source>
        <translation>el trabajo {id} se califica en un objetivo que su rúbrica no tiene</translation>
    </message>
    <message>
        <source>the work of piece {label} is missing from it</source>
        <translation>le falta el trabajo {label}</translation>
    </message>
    <message>
        <source>it says where the piece {id} came from and its level in class, which a blind set never says</source>
        <translation>dice de dónde salió el trabajo {id} y su nivel en clase, algo que un conjunto a ciegas nunca dice</translation>
    </message>
    <message>
        <source>it holds attached files no piece shows</source>
        <translation>contiene archivos adjuntos que ningún trabajo muestra</translation>
    </message>
    <message>
        <source>the attached file {name} is missing</source>
        <translation>falta el archivo adjunto {name}</translation>
    </message>
    <message>
        <source>This return file answers the calibration set {title}, which this laptop does not hold; gather it on the laptop that made that set.</source>
        <translation>Este archivo de respuesta corresponde al conjunto de calibración {title}, que este portátil no tiene; reúnalo en el portátil que creó ese conjunto.</translation>
    </message>
    <message>
        <source>it holds no scores</source>
        <translation>no contiene ninguna calificación</translation>
    </message>
    <message>
        <source>it holds the scores of {count} different scorers</source>
        <translation>contiene las calificaciones de {count} personas distintas</translation>
    </message>
    <message>
        <source>the score {id} is for a piece this set does not hold</source>
        <translation>la calificación {id} es de un trabajo que este conjunto no tiene</translation>
    </message>
    <message>
        <source>it scores piece {label} twice</source>
        <translation>califica dos veces el trabajo {label}</translation>
    </message>
    <message>
        <source>piece {label} has the level {level}, which its rubric lacks</source>
        <translation>el trabajo {label} tiene el nivel {level}, que su rúbrica no tiene</translation>
    </message>
</context>
<context>
    <name>CalibrationPage</name>
    <message>
        <source>Calibration set</source>
        <extracomment>The languages of the meeting&apos;s PDF (as ``cbe-desktop calibration report --lang``). Columns of the pieces grid. Columns of the moderation-over-time table.</extracomment>
        <translation>Conjunto de calibración</translation>
    </message>
    <message>
        <source>&amp;Set:</source>
        <translation>&amp;Conjunto:</translation>
    </message>
    <message>
        <source>&amp;New set from a task…</source>
        <translation>&amp;Nuevo conjunto a partir de una tarea…</translation>
    </message>
    <message>
        <source>&amp;Open a set file…</source>
        <translation>&amp;Abrir un archivo de conjunto…</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the files:</source>
        <translation>&amp;Frase de contraseña de los archivos:</translation>
    </message>
    <message>
        <source>Pieces of work: type a level to score the piece</source>
        <translation>Trabajos: escriba un nivel para calificar el trabajo</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Su nivel</translation>
    </message>
    <message>
        <source>Your reason</source>
        <translation>Su motivo</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Group&apos;s level</source>
        <translation>Nivel del grupo</translation>
    </message>
    <message>
        <source>Open the &amp;work</source>
        <translation>Abrir el &amp;trabajo</translation>
    </message>
    <message>
        <source>The group&apos;s level</source>
        <translation>El nivel del grupo</translation>
    </message>
    <message>
        <source>Why the group agreed on this level</source>
        <translation>Por qué el grupo acordó este nivel</translation>
    </message>
    <message>
        <source>Make it the rubric&apos;s &amp;exemplar</source>
        <translation>Convertirlo en &amp;ejemplo de la rúbrica</translation>
    </message>
    <message>
        <source>&amp;Record the group&apos;s level</source>
        <translation>&amp;Registrar el nivel del grupo</translation>
    </message>
    <message>
        <source>Moderation over time: the calibration sessions on this rubric</source>
        <translation>La moderación a lo largo del tiempo: las sesiones de calibración en esta rúbrica</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Scorers</source>
        <translation>Personas que califican</translation>
    </message>
    <message>
        <source>Exact agreement</source>
        <translation>Acuerdo exacto</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <source>Write the &amp;set file…</source>
        <translation>Escribir el archivo del c&amp;onjunto…</translation>
    </message>
    <message>
        <source>Write my re&amp;turn file…</source>
        <translation>Escribir mi archivo de res&amp;puesta…</translation>
    </message>
    <message>
        <source>&amp;Gather return files…</source>
        <translation>&amp;Reunir archivos de respuesta…</translation>
    </message>
    <message>
        <source>Meeting re&amp;port (PDF)…</source>
        <translation>&amp;Informe para la reunión (PDF)…</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <source>Calibration with colleagues</source>
        <translation>Calibración con colegas</translation>
    </message>
    <message>
        <source>Score the same pieces of work as your colleagues, without seeing their scores: choose a piece and type its level (1 to 4), then say why.</source>
        <translation>Califique los mismos trabajos que sus colegas sin ver sus calificaciones: elija un trabajo, escriba su nivel (de 1 a 4) y diga por qué.</translation>
    </message>
    <message>
        <source>Moderation over time</source>
        <translation>La moderación a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No calibration set yet: make one from a task, or open a colleague&apos;s set file.</source>
        <translation>Aún no hay ningún conjunto de calibración: cree uno a partir de una tarea o abra el archivo de conjunto de un colega.</translation>
    </message>
    <message>
        <source>{exact} of {compared}</source>
        <translation>{exact} de {compared}</translation>
    </message>
    <message>
        <source>Type the piece&apos;s level first, then your reason.</source>
        <translation>Escriba primero el nivel del trabajo y luego su motivo.</translation>
    </message>
    <message>
        <source>There is no task yet; plan a task and score it first.</source>
        <translation>Aún no hay ninguna tarea; planifique una tarea y califíquela primero.</translation>
    </message>
    <message>
        <source>New calibration set</source>
        <translation>Nuevo conjunto de calibración</translation>
    </message>
    <message>
        <source>Take pieces of work from the task:</source>
        <translation>Tomar trabajos de la tarea:</translation>
    </message>
    <message>
        <source>Open a calibration set</source>
        <translation>Abrir un conjunto de calibración</translation>
    </message>
    <message>
        <source>Write the set file</source>
        <translation>Escribir el archivo del conjunto</translation>
    </message>
    <message>
        <source>Write my return file</source>
        <translation>Escribir mi archivo de respuesta</translation>
    </message>
    <message>
        <source>Gather return files</source>
        <translation>Reunir archivos de respuesta</translation>
    </message>
    <message>
        <source>Meeting report</source>
        <translation>Informe para la reunión</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Se escribió {path}.</translation>
    </message>
</context>
<context>
    <name>CalibrationReport</name>
    <message>
        <source>Calibration: {title}</source>
        <translation>Calibración: {title}</translation>
    </message>
    <message>
        <source>Made on {on} by {leader}; {pieces} pieces, {scorers} scorers.</source>
        <translation>Creado el {on} por {leader}; {pieces} trabajos, {scorers} personas que califican.</translation>
    </message>
    <message>
        <source>Scored blind: no student&apos;s name and no level given in class was shown.</source>
        <translation>Calificado a ciegas: no se mostró ningún nombre de estudiante ni el nivel dado en clase.</translation>
    </message>
    <message>
        <source>What the figures say</source>
        <translation>Qué dicen las cifras</translation>
    </message>
    <message>
        <source>Piece by piece</source>
        <translation>Trabajo por trabajo</translation>
    </message>
    <message>
        <source>Piece</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Consensus and reason</source>
        <translation>Acuerdo y motivo</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Aún sin acuerdo</translation>
    </message>
    <message>
        <source>The rubric and its exemplars</source>
        <translation>La rúbrica y sus ejemplos</translation>
    </message>
    <message>
        <source>Exemplar: {name}</source>
        <translation>Ejemplo: {name}</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <source>Selected student and target</source>
        <translation>Estudiante y meta seleccionados</translation>
    </message>
    <message>
        <source>Professional judgement</source>
        <translation>Juicio profesional</translation>
    </message>
    <message>
        <source>Override level</source>
        <translation>Fijar el nivel</translation>
    </message>
    <message>
        <source>Reason (required), e.g. &apos;Showed it in conference&apos;</source>
        <translation>Motivo (obligatorio), p. ej. “Lo demostró en la conferencia”</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motivo para fijar el nivel</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Fijar nivel</translation>
    </message>
    <message>
        <source>Use the &amp;calculated estimate</source>
        <translation>Usar la estimación &amp;calculada</translation>
    </message>
    <message>
        <source>Evidence timeline, oldest first</source>
        <translation>Línea de tiempo de evidencias, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rubric&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rúbrica&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a cell&lt;/b&gt;</source>
        <extracomment>The scale and rubric words the override&apos;s levels and the rubric were made from: the next student on the same target has the same (see :meth:`_show_scale`).</extracomment>
        <translation>&lt;b&gt;Elija una celda&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a student and a target to see the evidence behind it.</source>
        <translation>Seleccione un estudiante y una meta para ver las evidencias que la respaldan.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evidence, oldest first&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Evidencias, de la más antigua a la más reciente&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No evidence yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay evidencias.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚑ Not yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚑ Todavía no&lt;/b&gt;</translation>
    </message>
    <message>
        <source>↳ Revision of the {esc} attempt: {line}</source>
        <translation>↳ Revisión del intento del {esc}: {line}</translation>
    </message>
    <message>
        <source>Correction: {line}</source>
        <translation>Corrección: {line}</translation>
    </message>
    <message>
        <source>&lt;s&gt;{line}&lt;/s&gt; (withdrawn)</source>
        <translation>&lt;s&gt;{line}&lt;/s&gt; (retirada)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Feedback:&lt;/i&gt; {esc}</source>
        <translation>&lt;br&gt;&lt;i&gt;Retroalimentación:&lt;/i&gt; {esc}</translation>
    </message>
    <message>
        <source>, due {esc}</source>
        <translation>, para el {esc}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Next step&lt;/i&gt; ({state}{due}{support}): {esc}{note}</source>
        <translation>&lt;br&gt;&lt;i&gt;Próximo paso&lt;/i&gt; ({state}{due}{support}): {esc}{note}</translation>
    </message>
    <message>
        <source>Write the reason for your judgement first.</source>
        <translation>Primero escriba el motivo de su juicio.</translation>
    </message>
</context>
<context>
    <name>Conferences</name>
    <message>
        <source>Packets are written in {languages}, not {lang}.</source>
        <extracomment>Groups smaller than this are never shown in a breakdown (privacy). The language the target words are in (the family&apos;s where written, else &quot;en&quot;). The queue&apos;s open plans (core.queue), for the packet&apos;s students on the class&apos;s targets, while the student is in the class.</extracomment>
        <translation>Los paquetes se escriben en {languages}, no en {lang}.</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>That student is not in {name}.</source>
        <translation>Ese estudiante no está en {name}.</translation>
    </message>
    <message>
        <source>{count} students in {name} are called {wanted}; name one by its id instead.</source>
        <translation>{count} estudiantes de {name} se llaman {wanted}; indique uno por su id.</translation>
    </message>
    <message>
        <source>There is no student called {wanted} in {name}.</source>
        <translation>No hay ningún estudiante llamado {wanted} en {name}.</translation>
    </message>
    <message>
        <source>That piece of work no longer exists.</source>
        <translation>Ese trabajo ya no existe.</translation>
    </message>
    <message>
        <source>That piece of work belongs to another student.</source>
        <translation>Ese trabajo pertenece a otro estudiante.</translation>
    </message>
    <message>
        <source>That evidence was withdrawn or replaced; choose another piece of work.</source>
        <translation>Esa evidencia se retiró o se reemplazó; elija otro trabajo.</translation>
    </message>
    <message>
        <source>That chosen work no longer exists.</source>
        <translation>Ese trabajo elegido ya no existe.</translation>
    </message>
    <message>
        <source>That work is no longer chosen; choose it again first.</source>
        <translation>Ese trabajo ya no está elegido; vuelva a elegirlo primero.</translation>
    </message>
    <message>
        <source>Some of that work is not chosen by this student.</source>
        <translation>Parte de ese trabajo no lo eligió este estudiante.</translation>
    </message>
    <message>
        <source>That goal was deleted; write it again instead.</source>
        <translation>Esa meta personal se eliminó; escríbala de nuevo.</translation>
    </message>
    <message>
        <source>That reflection was deleted; write it again instead.</source>
        <translation>Esa reflexión se eliminó; escríbala de nuevo.</translation>
    </message>
</context>
<context>
    <name>ConferencesPage</name>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>to do: </source>
        <translation>falta: </translation>
    </message>
    <message>
        <source>piece of work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>pieces of work</source>
        <translation>trabajos</translation>
    </message>
    <message>
        <source> chosen</source>
        <translation> elegidos</translation>
    </message>
    <message>
        <source>ready for the conference</source>
        <translation>listo para la conferencia</translation>
    </message>
    <message>
        <source>still to do: </source>
        <translation>todavía falta: </translation>
    </message>
    <message>
        <source>{name}: family reads {language}; {value}; {state}.</source>
        <translation>{name}: la familia lee en {language}; {value}; {state}.</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>Gathering the students&apos; work…</source>
        <extracomment>``progress(done, total, words)`` and ``cancelled()``, as ``ui.background`` passes them.</extracomment>
        <translation>Reuniendo el trabajo de los estudiantes…</translation>
    </message>
    <message>
        <source>Printing from here needs Qt PDF (the PySide6-Pdf package), which is not installed: save the PDF and print it from a PDF reader instead.</source>
        <translation>Para imprimir desde aquí hace falta Qt PDF (el paquete PySide6-Pdf), que no está instalado: guarde el PDF e imprímalo desde un lector de PDF.</translation>
    </message>
    <message>
        <source>The PDF to print could not be read; make it again and print.</source>
        <translation>No se pudo leer el PDF para imprimir; vuelva a prepararlo e imprímalo.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is on, then print again.</source>
        <translation>No se pudo iniciar la impresora; revise que esté encendida y vuelva a imprimir.</translation>
    </message>
    <message>
        <source>Printing was stopped; pages already sent may still print.</source>
        <translation>Se detuvo la impresión; las páginas ya enviadas todavía pueden imprimirse.</translation>
    </message>
    <message>
        <source>Printing page {value} of {len}</source>
        <translation>Imprimiendo la página {value} de {len}</translation>
    </message>
    <message>
        <source>&amp;Work to show</source>
        <translation>&amp;Trabajo para mostrar</translation>
    </message>
    <message>
        <source>Goals and &amp;reflection</source>
        <translation>Metas y &amp;reflexión</translation>
    </message>
    <message>
        <source>Pr&amp;int and preview</source>
        <translation>&amp;Imprimir y vista previa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>The selected student is the one being prepared; ticked students are printed when “Ticked students only” is chosen. Space ticks or unticks.</source>
        <translation>El estudiante seleccionado es el que se está preparando; los estudiantes marcados se imprimen cuando se elige “Solo estudiantes marcados”. La barra espaciadora marca o desmarca.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Students&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Estudiantes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tick a group of students</source>
        <translation>Marcar un grupo de estudiantes</translation>
    </message>
    <message>
        <source>Tick a group…</source>
        <translation>Marcar un grupo…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>No one</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Families who read Spanish</source>
        <translation>Familias que leen en español</translation>
    </message>
    <message>
        <source>Families who read English</source>
        <translation>Familias que leen en inglés</translation>
    </message>
    <message>
        <source>Students still preparing</source>
        <translation>Estudiantes que todavía se preparan</translation>
    </message>
    <message>
        <source>Tic&amp;k:</source>
        <translation>&amp;Marcar:</translation>
    </message>
    <message>
        <source>Chosen for the packet, in the order it shows them</source>
        <translation>Elegido para el informe, en el orden en que aparece</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Why I chose it</source>
        <translation>Por qué lo elegí</translation>
    </message>
    <message>
        <source>Work chosen for the packet</source>
        <translation>Trabajo elegido para el informe</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover arriba</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover abajo</translation>
    </message>
    <message>
        <source>Take &amp;out</source>
        <translation>&amp;Sacar</translation>
    </message>
    <message>
        <source>Take out of the packet</source>
        <translation>Sacar del informe</translation>
    </message>
    <message>
        <source>Why I chose it, in the student&apos;s words</source>
        <translation>Por qué lo elegí, con las palabras del estudiante</translation>
    </message>
    <message>
        <source>Why I chose it: “I am proud of this because…”</source>
        <translation>Por qué lo elegí: “Estoy orgulloso/a de esto porque…”</translation>
    </message>
    <message>
        <source>W&amp;hy I chose it:</source>
        <translation>&amp;Por qué lo elegí:</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Guardar &amp;nota</translation>
    </message>
    <message>
        <source>Save the note</source>
        <translation>Guardar la nota</translation>
    </message>
    <message>
        <source>All scored work, newest first: tick what to show</source>
        <translation>Todos los trabajos con nivel, del más reciente al más antiguo: marque lo que se va a mostrar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Scored work to choose from</source>
        <translation>Trabajos con nivel para elegir</translation>
    </message>
    <message>
        <source>&amp;Choose for the packet</source>
        <translation>&amp;Elegir para el informe</translation>
    </message>
    <message>
        <source>Choose for the packet</source>
        <translation>Elegir para el informe</translation>
    </message>
    <message>
        <source>Tick a piece of work (or select it and press Enter) to put it in the packet; Ctrl+Up and Ctrl+Down move the chosen work. Ctrl+Z undoes each change.</source>
        <translation>Marque un trabajo (o selecciónelo y presione Enter) para ponerlo en el informe; Ctrl+Arriba y Ctrl+Abajo mueven el trabajo elegido. Ctrl+Z deshace cada cambio.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Con sus palabras</translation>
    </message>
    <message>
        <source>Goals and reflections</source>
        <translation>Metas y reflexiones</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Write something new</source>
        <translation>Escribir algo nuevo</translation>
    </message>
    <message>
        <source>&amp;Change selected</source>
        <translation>&amp;Cambiar lo seleccionado</translation>
    </message>
    <message>
        <source>Edit the selected goal or reflection</source>
        <translation>Editar la meta o reflexión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Eliminar lo seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected goal or reflection</source>
        <translation>Eliminar la meta o reflexión seleccionada</translation>
    </message>
    <message>
        <source>Writing something new</source>
        <translation>Escribiendo algo nuevo</translation>
    </message>
    <message>
        <source>Typed by the st&amp;udent</source>
        <translation>Escrito por el est&amp;udiante</translation>
    </message>
    <message>
        <source>Written by the student</source>
        <translation>Escrita por el estudiante</translation>
    </message>
    <message>
        <source>Typed by the &amp;teacher</source>
        <translation>Escrito por el &amp;docente</translation>
    </message>
    <message>
        <source>Written by the teacher</source>
        <translation>Escrita por el docente</translation>
    </message>
    <message>
        <source>A goal or reflection, in the writer&apos;s own words</source>
        <translation>Una meta o reflexión, con las palabras de quien la escribe</translation>
    </message>
    <message>
        <source>“I learned…”, “I am proud of…”, “I will…”</source>
        <translation>“Aprendí…”, “Estoy orgulloso/a de…”, “Voy a…”</translation>
    </message>
    <message>
        <source>A goal: {value}
A reflection: {value2}</source>
        <translation>Una meta: {value}
Una reflexión: {value2}</translation>
    </message>
    <message>
        <source>Keep as a &amp;goal</source>
        <translation>Guardar como &amp;meta</translation>
    </message>
    <message>
        <source>Keep as a goal</source>
        <translation>Guardar como meta</translation>
    </message>
    <message>
        <source>Kee&amp;p as a reflection</source>
        <translation>Guardar como &amp;reflexión</translation>
    </message>
    <message>
        <source>Keep as a reflection</source>
        <translation>Guardar como reflexión</translation>
    </message>
    <message>
        <source>S&amp;ave changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Cance&amp;l editing</source>
        <translation>Cance&amp;lar la edición</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>The student can type here at the laptop: choose “Typed by the student” and the letters get bigger. The packet prints every goal and reflection, newest first, as written. Double-click one to edit it; Ctrl+Z undoes each change.</source>
        <translation>El estudiante puede escribir aquí en la computadora: elija “Escrito por el estudiante” y las letras se agrandan. El informe imprime cada meta y reflexión, de la más reciente a la más antigua, tal como se escribió. Haga doble clic en una para editarla; Ctrl+Z deshace cada cambio.</translation>
    </message>
    <message>
        <source>Packets for</source>
        <translation>Informes para</translation>
    </message>
    <message>
        <source>Every st&amp;udent</source>
        <translation>Todos los est&amp;udiantes</translation>
    </message>
    <message>
        <source>&amp;Ticked students only</source>
        <translation>Solo estudiantes &amp;marcados</translation>
    </message>
    <message>
        <source>Language of the packets</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <source>Each family&apos;s language</source>
        <translation>El idioma de cada familia</translation>
    </message>
    <message>
        <source>English for all</source>
        <translation>Inglés para todos</translation>
    </message>
    <message>
        <source>Spanish for all</source>
        <translation>Español para todos</translation>
    </message>
    <message>
        <source>{language} for all</source>
        <translation>{language} para todos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Preview the packets</source>
        <translation>Vista previa de los informes</translation>
    </message>
    <message>
        <source>Save as &amp;one PDF…</source>
        <translation>Guardar como &amp;un solo PDF…</translation>
    </message>
    <message>
        <source>Save the packets as one PDF</source>
        <translation>Guardar los informes como un solo PDF</translation>
    </message>
    <message>
        <source>Save one file per stu&amp;dent…</source>
        <translation>Guardar un archivo por estu&amp;diante…</translation>
    </message>
    <message>
        <source>Save one PDF file per student</source>
        <translation>Guardar un archivo PDF por estudiante</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the packets</source>
        <translation>Imprimir los informes</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Además</translation>
    </message>
    <message>
        <source>“Where am I” s&amp;heet</source>
        <translation>Hoja “¿&amp;Dónde estoy?”</translation>
    </message>
    <message>
        <source>Where am I sheet of the selected student</source>
        <translation>Hoja “¿Dónde estoy?” del estudiante seleccionado</translation>
    </message>
    <message>
        <source>&amp;Class summary</source>
        <translation>&amp;Resumen de la clase</translation>
    </message>
    <message>
        <source>Class summary for the teacher</source>
        <translation>Resumen de la clase para el docente</translation>
    </message>
    <message>
        <source>For the teacher: each target&apos;s status counts; groups under {MIN_GROUP_SIZE} students are never shown.</source>
        <translation>Para el docente: cuántos hay en cada estado en cada meta; nunca se muestran grupos de menos de {MIN_GROUP_SIZE} estudiantes.</translation>
    </message>
    <message>
        <source>Press Preview to see the packets here before printing them.</source>
        <translation>Presione Vista previa para ver aquí los informes antes de imprimirlos.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Previous page (the view also scrolls)</source>
        <translation>Página anterior (la vista también se desplaza)</translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Página mostrada</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Mostrar páginas completas</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Alejar (Ctrl+menos)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Acercar (Ctrl+más)</translation>
    </message>
    <message>
        <source>Save this PDF…</source>
        <translation>Guardar este PDF…</translation>
    </message>
    <message>
        <source>Save the PDF shown</source>
        <translation>Guardar el PDF mostrado</translation>
    </message>
    <message>
        <source>Print this…</source>
        <translation>Imprimir esto…</translation>
    </message>
    <message>
        <source>Print the PDF shown</source>
        <translation>Imprimir el PDF mostrado</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conferences&lt;/b&gt; — choose a class</source>
        <translation>&lt;b&gt;Conferencias&lt;/b&gt; — elija una clase</translation>
    </message>
    <message>
        <source>&lt;b&gt;Conferences&lt;/b&gt; — {value}: {count}, {ready} ready for their conference (a goal, a reflection and work to show).</source>
        <translation>&lt;b&gt;Conferencias&lt;/b&gt; — {value}: {count}, {ready} listos para su conferencia (una meta, una reflexión y un trabajo para mostrar).</translation>
    </message>
    <message>
        <source>That student is not in this class.</source>
        <translation>Ese estudiante no está en esta clase.</translation>
    </message>
    <message>
        <source>One page for {name}, the selected student.</source>
        <translation>Una página para {name}, el estudiante seleccionado.</translation>
    </message>
    <message>
        <source>Choose a student on the left.</source>
        <translation>Elija un estudiante a la izquierda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {count} of work chosen to show at the conference.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — para mostrar en la conferencia: {count}.</translation>
    </message>
    <message>
        <source>Number {value}</source>
        <translation>Número {value}</translation>
    </message>
    <message>
        <source>(no note yet)</source>
        <translation>(todavía sin nota)</translation>
    </message>
    <message>
        <source>Nothing chosen yet: tick a piece of work below.</source>
        <translation>Todavía no se eligió nada: marque un trabajo abajo.</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegido</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>No elegido</translation>
    </message>
    <message>
        <source> (photo)</source>
        <translation> (foto)</translation>
    </message>
    <message>
        <source>(no feedback)</source>
        <translation>(sin retroalimentación)</translation>
    </message>
    <message>
        <source>No scored work yet: once this student has evidence with a level, it can be chosen here. The packet says kindly that there is nothing to show yet.</source>
        <translation>Todavía no hay trabajos con nivel: cuando este estudiante tenga evidencias con un nivel, se podrán elegir aquí. El informe dice con amabilidad que todavía no hay nada para mostrar.</translation>
    </message>
    <message>
        <source>{count} of scored work to choose from; {len} chosen.</source>
        <translation>{count} con nivel para elegir; elegidos: {len}.</translation>
    </message>
    <message>
        <source>Take out of the pa&amp;cket</source>
        <translation>Sacar del &amp;informe</translation>
    </message>
    <message>
        <source>Choose {what} for {name}&apos;s packet</source>
        <translation>Elegir {what} para el informe de {name}</translation>
    </message>
    <message>
        <source>{value}{value2} is chosen for {name}&apos;s packet.</source>
        <translation>{value}{value2}: elegido para el informe de {name}.</translation>
    </message>
    <message>
        <source>Take {what} out of {name}&apos;s packet</source>
        <translation>Sacar {what} del informe de {name}</translation>
    </message>
    <message>
        <source>{value}{value2} is taken out of {name}&apos;s packet.</source>
        <translation>{value}{value2}: se sacó del informe de {name}.</translation>
    </message>
    <message>
        <source>the work</source>
        <translation>el trabajo</translation>
    </message>
    <message>
        <source>Move chosen work {value} in {name}&apos;s packet</source>
        <translation>Mover el trabajo elegido {value} en el informe de {name}</translation>
    </message>
    <message>
        <source>up</source>
        <translation>hacia arriba</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hacia abajo</translation>
    </message>
    <message>
        <source>Moved to number {value} of {len} in the packet.</source>
        <translation>Movido al número {value} de {len} en el informe.</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>el estudiante</translation>
    </message>
    <message>
        <source>Write why {name} chose a piece of work</source>
        <translation>Escribir por qué {name} eligió un trabajo</translation>
    </message>
    <message>
        <source>Kept why {name} chose it.</source>
        <translation>Se guardó por qué {name} lo eligió.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value}&lt;/b&gt; — {count} and {count2} for this class&apos;s packet.</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt; — {count} y {count2} para el informe de esta clase.</translation>
    </message>
    <message>
        <source>the teacher</source>
        <translation>el docente</translation>
    </message>
    <message>
        <source>Every st&amp;udent ({total})</source>
        <translation>Todos los est&amp;udiantes ({total})</translation>
    </message>
    <message>
        <source>&amp;Ticked students only ({ticked})</source>
        <translation>Solo estudiantes &amp;marcados ({ticked})</translation>
    </message>
    <message>
        <source>{ticked} of {total} ticked</source>
        <translation>{ticked} de {total} marcados</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Primero elija una clase.</translation>
    </message>
    <message>
        <source>This class has no students yet, so there are no packets.</source>
        <translation>Esta clase todavía no tiene estudiantes, así que no hay informes.</translation>
    </message>
    <message>
        <source>No student is ticked: tick students on the left.</source>
        <translation>No hay estudiantes marcados: marque estudiantes a la izquierda.</translation>
    </message>
    <message>
        <source>: one per student, each starting on a new page</source>
        <translation>: uno por estudiante, cada uno en una página nueva</translation>
    </message>
    <message>
        <source>Stopped before it was finished: no file was written.</source>
        <translation>Se detuvo antes de terminar: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>each in the family&apos;s language: {language}</source>
        <translation>cada uno en el idioma de la familia: {language}</translation>
    </message>
    <message>
        <source>all in {value}</source>
        <translation>todos en {value}</translation>
    </message>
    <message>
        <source>{words}, on {value}</source>
        <translation>{words}, en papel {value}</translation>
    </message>
    <message>
        <source>Tick at least one student first, or choose “Every student”.</source>
        <translation>Primero marque al menos un estudiante, o elija “Todos los estudiantes”.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the packets</source>
        <translation>Preparando los informes</translation>
    </message>
    <message>
        <source>Saved {value}, in {out}.</source>
        <translation>Se guardaron {value} en {out}.</translation>
    </message>
    <message>
        <source>Choose a folder for the packets (one file per student)</source>
        <translation>Elija una carpeta para los informes (un archivo por estudiante)</translation>
    </message>
    <message>
        <source>Saved {value}, one file per student, in {folder}.</source>
        <translation>Se guardaron {value}, un archivo por estudiante, en {folder}.</translation>
    </message>
    <message>
        <source>Making the preview</source>
        <translation>Preparando la vista previa</translation>
    </message>
    <message>
        <source>Preview: {value}</source>
        <translation>Vista previa: {value}</translation>
    </message>
    <message>
        <source>Choose a student on the left first.</source>
        <translation>Primero elija un estudiante a la izquierda.</translation>
    </message>
    <message>
        <source>“Where am I” sheet of {name}</source>
        <translation>Hoja “¿Dónde estoy?” de {name}</translation>
    </message>
    <message>
        <source>Class summary of {name}</source>
        <translation>Resumen de la clase {name}</translation>
    </message>
    <message>
        <source>Save the {words}</source>
        <translation>Guardar {words}</translation>
    </message>
    <message>
        <source>Making the PDF</source>
        <translation>Preparando el PDF</translation>
    </message>
    <message>
        <source>Saved the {words} in {path}.</source>
        <translation>Se guardó {words} en {path}.</translation>
    </message>
    <message>
        <source>The PDF could not be shown; save it and open it in a PDF reader.</source>
        <translation>No se pudo mostrar el PDF; guárdelo y ábralo en un lector de PDF.</translation>
    </message>
    <message>
        <source> of {pages}</source>
        <translation> de {pages}</translation>
    </message>
    <message>
        <source>{words}: {count}. Save or print it from the preview.</source>
        <translation>{words}: {count}. Guárdelo o imprímalo desde la vista previa.</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Zoom: {value}</source>
        <translation>Zoom: {value}</translation>
    </message>
    <message>
        <source>Save this PDF</source>
        <translation>Guardar este PDF</translation>
    </message>
    <message>
        <source>{out} cannot be written ({value}); choose another folder.</source>
        <translation>No se puede escribir {out} ({value}); elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved the PDF shown ({preview_words}) in {out}.</source>
        <translation>Se guardó el PDF mostrado ({preview_words}) en {out}.</translation>
    </message>
    <message>
        <source>Conference packets — {class_name}</source>
        <translation>Informes para la conferencia — {class_name}</translation>
    </message>
    <message>
        <source>Print {count}: {words}</source>
        <translation>Imprimir {count}: {words}</translation>
    </message>
    <message>
        <source>Printing was cancelled; nothing was sent to the printer.</source>
        <translation>Se canceló la impresión; no se envió nada a la impresora.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>Sent {count} of {words} to {where}.</source>
        <translation>Se enviaron {count} de {words} a {where}.</translation>
    </message>
    <message>
        <source>{class_name} has no students yet, so there are no packets to print.</source>
        <translation>{class_name} aún no tiene estudiantes, así que no hay informes que imprimir.</translation>
    </message>
    <message>
        <source>Packet {index} of {count}: {name}</source>
        <translation>Informe {index} de {count}: {name}</translation>
    </message>
    <message>
        <source>{folder} cannot be written ({value}); choose another folder.</source>
        <translation>No se puede escribir en {folder} ({value}); elija otra carpeta.</translation>
    </message>
    <message>
        <source>Packet {index} of {total}: {student_name}</source>
        <translation>Informe {index} de {total}: {student_name}</translation>
    </message>
    <message>
        <source>{value} cannot be replaced ({value2}); close it where it is open and save again ({len} of {total} were saved).</source>
        <translation>No se puede reemplazar {value} ({value2}); ciérrelo donde esté abierto y vuelva a guardar (se guardaron {len} de {total}).</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>a student</source>
        <extracomment>How a resolved conflict was resolved (``Conflict.resolution``). Each table in words: (one row, several rows). The same words, to be said in the teacher&apos;s language: (one, One, Many), where the capitalised forms begin a heading or a sentence.</extracomment>
        <translation>un estudiante</translation>
    </message>
    <message>
        <source>A student</source>
        <translation>Un estudiante</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>a target</source>
        <translation>una meta</translation>
    </message>
    <message>
        <source>A target</source>
        <translation>Una meta</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>a score</source>
        <translation>una calificación</translation>
    </message>
    <message>
        <source>A score</source>
        <translation>Una calificación</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Calificaciones</translation>
    </message>
    <message>
        <source>a class</source>
        <translation>una clase</translation>
    </message>
    <message>
        <source>A class</source>
        <translation>Una clase</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>una tarea</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Una tarea</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>a target&apos;s words in another language</source>
        <translation>las palabras de una meta en otro idioma</translation>
    </message>
    <message>
        <source>A target&apos;s words in another language</source>
        <translation>Las palabras de una meta en otro idioma</translation>
    </message>
    <message>
        <source>Targets&apos; words in other languages</source>
        <translation>Palabras de metas en otros idiomas</translation>
    </message>
    <message>
        <source>a task&apos;s rubric description</source>
        <translation>una descripción de la rúbrica de una tarea</translation>
    </message>
    <message>
        <source>A task&apos;s rubric description</source>
        <translation>Una descripción de la rúbrica de una tarea</translation>
    </message>
    <message>
        <source>Task rubric descriptions</source>
        <translation>Descripciones de rúbricas de tareas</translation>
    </message>
    <message>
        <source>a framework</source>
        <translation>un marco</translation>
    </message>
    <message>
        <source>A framework</source>
        <translation>Un marco</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Marcos</translation>
    </message>
    <message>
        <source>a scale</source>
        <translation>una escala</translation>
    </message>
    <message>
        <source>A scale</source>
        <translation>Una escala</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <source>a level of a scale</source>
        <translation>un nivel de una escala</translation>
    </message>
    <message>
        <source>A level of a scale</source>
        <translation>Un nivel de una escala</translation>
    </message>
    <message>
        <source>Levels of scales</source>
        <translation>Niveles de escalas</translation>
    </message>
    <message>
        <source>a rubric description</source>
        <translation>una descripción de rúbrica</translation>
    </message>
    <message>
        <source>A rubric description</source>
        <translation>Una descripción de rúbrica</translation>
    </message>
    <message>
        <source>Rubric descriptions</source>
        <translation>Descripciones de rúbrica</translation>
    </message>
    <message>
        <source>an example of work</source>
        <translation>un ejemplo de trabajo</translation>
    </message>
    <message>
        <source>An example of work</source>
        <translation>Un ejemplo de trabajo</translation>
    </message>
    <message>
        <source>Examples of work</source>
        <translation>Ejemplos de trabajo</translation>
    </message>
    <message>
        <source>a student&apos;s place in a class</source>
        <translation>el lugar de un estudiante en una clase</translation>
    </message>
    <message>
        <source>A student&apos;s place in a class</source>
        <translation>El lugar de un estudiante en una clase</translation>
    </message>
    <message>
        <source>Places in classes</source>
        <translation>Lugares en clases</translation>
    </message>
    <message>
        <source>a target taught in a class</source>
        <translation>una meta enseñada en una clase</translation>
    </message>
    <message>
        <source>A target taught in a class</source>
        <translation>Una meta enseñada en una clase</translation>
    </message>
    <message>
        <source>Targets taught in classes</source>
        <translation>Metas enseñadas en clases</translation>
    </message>
    <message>
        <source>a &apos;not yet&apos; plan</source>
        <translation>un plan de «todavía no»</translation>
    </message>
    <message>
        <source>A &apos;not yet&apos; plan</source>
        <translation>Un plan de «todavía no»</translation>
    </message>
    <message>
        <source>&apos;not yet&apos; plans</source>
        <translation>Planes de «todavía no»</translation>
    </message>
    <message>
        <source>an estimate set by the teacher</source>
        <translation>un ajuste del docente</translation>
    </message>
    <message>
        <source>An estimate set by the teacher</source>
        <translation>Un ajuste del docente</translation>
    </message>
    <message>
        <source>Estimates set by the teacher</source>
        <translation>Ajustes del docente</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>una meta personal</translation>
    </message>
    <message>
        <source>A goal</source>
        <translation>Una meta personal</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas personales</translation>
    </message>
    <message>
        <source>a reflection</source>
        <translation>una reflexión</translation>
    </message>
    <message>
        <source>A reflection</source>
        <translation>Una reflexión</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>work chosen for a conference</source>
        <translation>un trabajo elegido para una conferencia</translation>
    </message>
    <message>
        <source>Work chosen for a conference</source>
        <translation>Un trabajo elegido para una conferencia</translation>
    </message>
    <message>
        <source>Pieces of work chosen for conferences</source>
        <translation>Trabajos elegidos para conferencias</translation>
    </message>
    <message>
        <source>an attached file</source>
        <translation>un archivo adjunto</translation>
    </message>
    <message>
        <source>An attached file</source>
        <translation>Un archivo adjunto</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>a calibration set</source>
        <translation>un conjunto de calibración</translation>
    </message>
    <message>
        <source>A calibration set</source>
        <translation>Un conjunto de calibración</translation>
    </message>
    <message>
        <source>Calibration sets</source>
        <translation>Conjuntos de calibración</translation>
    </message>
    <message>
        <source>a piece of a calibration set</source>
        <translation>un trabajo de un conjunto de calibración</translation>
    </message>
    <message>
        <source>A piece of a calibration set</source>
        <translation>Un trabajo de un conjunto de calibración</translation>
    </message>
    <message>
        <source>Pieces of calibration sets</source>
        <translation>Trabajos de conjuntos de calibración</translation>
    </message>
    <message>
        <source>where a piece of a calibration set came from</source>
        <translation>de dónde salió un trabajo de un conjunto de calibración</translation>
    </message>
    <message>
        <source>Where a piece of a calibration set came from</source>
        <translation>De dónde salió un trabajo de un conjunto de calibración</translation>
    </message>
    <message>
        <source>Where pieces of calibration sets came from</source>
        <translation>De dónde salieron los trabajos de conjuntos de calibración</translation>
    </message>
    <message>
        <source>a calibration score</source>
        <translation>una calificación de calibración</translation>
    </message>
    <message>
        <source>A calibration score</source>
        <translation>Una calificación de calibración</translation>
    </message>
    <message>
        <source>Calibration scores</source>
        <translation>Calificaciones de calibración</translation>
    </message>
    <message>
        <source>a level agreed in calibration</source>
        <translation>un nivel acordado en calibración</translation>
    </message>
    <message>
        <source>A level agreed in calibration</source>
        <translation>Un nivel acordado en calibración</translation>
    </message>
    <message>
        <source>Levels agreed in calibration</source>
        <translation>Niveles acordados en calibración</translation>
    </message>
    <message>
        <source>a term mark</source>
        <translation>una nota del periodo</translation>
    </message>
    <message>
        <source>A term mark</source>
        <translation>Una nota del periodo</translation>
    </message>
    <message>
        <source>Term marks</source>
        <translation>Notas del periodo</translation>
    </message>
    <message>
        <source>a closed term</source>
        <translation>un periodo cerrado</translation>
    </message>
    <message>
        <source>A closed term</source>
        <translation>Un periodo cerrado</translation>
    </message>
    <message>
        <source>Closed terms</source>
        <translation>Periodos cerrados</translation>
    </message>
    <message>
        <source>a target modified for a student&apos;s plan</source>
        <translation>una meta modificada para el plan de un estudiante</translation>
    </message>
    <message>
        <source>A target modified for a student&apos;s plan</source>
        <translation>Una meta modificada para el plan de un estudiante</translation>
    </message>
    <message>
        <source>Targets modified for plans</source>
        <translation>Metas modificadas para planes</translation>
    </message>
    <message>
        <source>a student&apos;s group</source>
        <translation>un grupo de un estudiante</translation>
    </message>
    <message>
        <source>A student&apos;s group</source>
        <translation>Un grupo de un estudiante</translation>
    </message>
    <message>
        <source>Students&apos; groups</source>
        <translation>Grupos de los estudiantes</translation>
    </message>
    <message>
        <source>a conflict</source>
        <translation>un conflicto</translation>
    </message>
    <message>
        <source>A conflict</source>
        <translation>Un conflicto</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Changed on two laptops before they exchanged their work.</source>
        <translation>Se cambió en dos computadoras antes de que intercambiaran su trabajo.</translation>
    </message>
    <message>
        <source>One version is stamped far in the future (a laptop whose clock is wrong), so it did not replace the other on its own.</source>
        <translation>Una versión tiene una marca de tiempo muy en el futuro (una computadora con el reloj mal puesto), así que no reemplazó a la otra por sí sola.</translation>
    </message>
    <message>
        <source>Deleted on one laptop while evidence for it was recorded on another. The evidence is kept either way.</source>
        <translation>Se eliminó en una computadora mientras en otra se registraban evidencias. Las evidencias se conservan en cualquier caso.</translation>
    </message>
    <message>
        <source>The same score was corrected on two laptops; both corrections count until you choose.</source>
        <translation>La misma calificación se corrigió en dos computadoras; ambas correcciones cuentan hasta que usted elija.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <source>Family language</source>
        <translation>Idioma de la familia</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Orden del nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>“I can” statement</source>
        <translation>Enunciado “Yo puedo”</translation>
    </message>
    <message>
        <source>Depth of knowledge</source>
        <translation>Profundidad de conocimiento</translation>
    </message>
    <message>
        <source>Date produced</source>
        <translation>Fecha de realización</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Parte de</translation>
    </message>
    <message>
        <source>Method setting</source>
        <translation>Ajuste del método</translation>
    </message>
    <message>
        <source>Planned targets per week</source>
        <translation>Metas planificadas por semana</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kind of task</source>
        <translation>Tipo de tarea</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Escrito el</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Counts as proficient</source>
        <translation>Cuenta como competente</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Place in the list</source>
        <translation>Lugar en la lista</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Periodo de calificación</translation>
    </message>
    <message>
        <source>Mark for</source>
        <translation>Nota de</translation>
    </message>
    <message>
        <source>Kept when the term closed</source>
        <translation>Guardada al cerrar el periodo</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>How it was reached</source>
        <translation>Cómo se obtuvo</translation>
    </message>
    <message>
        <source>Mark set by the teacher</source>
        <translation>Nota puesta por el docente</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Puesta por</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Puesta el</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Cerrado por</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <extracomment>Columns never shown or edited: identity and version, and what only machines read.</extracomment>
        <translation>en un momento desconocido</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>{teacher}&apos;s laptop ({laptop})</source>
        <translation>Computadora de {teacher} ({laptop})</translation>
    </message>
    <message>
        <source>A laptop ({laptop})</source>
        <translation>Una computadora ({laptop})</translation>
    </message>
    <message>
        <source>Another laptop</source>
        <translation>Otra computadora</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} conflictos</translation>
    </message>
    <message>
        <source>This laptop ({teacher})</source>
        <translation>Esta computadora ({teacher})</translation>
    </message>
    <message>
        <source>this laptop&apos;s</source>
        <translation>de esta computadora</translation>
    </message>
    <message>
        <source>{teacher}&apos;s</source>
        <translation>de {teacher}</translation>
    </message>
    <message>
        <source>laptop {laptop}&apos;s</source>
        <translation>de la computadora {laptop}</translation>
    </message>
    <message>
        <source>{owner}, {when} (stamped far ahead of this laptop&apos;s clock)</source>
        <translation>{owner}, {when} (con una marca de tiempo muy por delante del reloj de esta computadora)</translation>
    </message>
    <message>
        <source>{owner}, {when}</source>
        <translation>{owner}, {when}</translation>
    </message>
    <message>
        <source>{what}: {which}</source>
        <translation>{what}: {which}</translation>
    </message>
    <message>
        <source>Leave it deleted</source>
        <translation>Dejarlo eliminado</translation>
    </message>
    <message>
        <source>Keep {owner} correction</source>
        <translation>Conservar la corrección {owner}</translation>
    </message>
    <message>
        <source>Keep {owner} version</source>
        <translation>Conservar la versión {owner}</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Recuperarlo</translation>
    </message>
    <message>
        <source>Take the other version</source>
        <translation>Tomar la otra versión</translation>
    </message>
    <message>
        <source>Take {owner} version</source>
        <translation>Tomar la versión {owner}</translation>
    </message>
    <message>
        <source>{title}. {why}</source>
        <translation>{title}. {why}</translation>
    </message>
    <message>
        <source>In use: {heading}.</source>
        <translation>En uso: {heading}.</translation>
    </message>
    <message>
        <source>Set aside: {heading}.</source>
        <translation>Descartada: {heading}.</translation>
    </message>
    <message>
        <source>{label}: “{mine}” or “{theirs}”.</source>
        <translation>{label}: “{mine}” o “{theirs}”.</translation>
    </message>
    <message>
        <source>deleted ({when})</source>
        <translation>eliminado ({when})</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>no eliminado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{number} {level}</source>
        <translation>{number} {level}</translation>
    </message>
    <message>
        <source>{student} on {target}, {date}</source>
        <translation>{student} en {target}, {date}</translation>
    </message>
    <message>
        <source>{student} in {school_class}, {period}</source>
        <translation>{student} en {school_class}, {period}</translation>
    </message>
    <message>
        <source>{school_class}, {period}</source>
        <translation>{school_class}, {period}</translation>
    </message>
    <message>
        <source>{student} on {target}</source>
        <translation>{student} en {target}</translation>
    </message>
    <message>
        <source>{student}, {kind}</source>
        <translation>{student}, {kind}</translation>
    </message>
    <message>
        <source>{student} in {school_class}</source>
        <translation>{student} en {school_class}</translation>
    </message>
    <message>
        <source>{target} in {school_class}</source>
        <translation>{target} en {school_class}</translation>
    </message>
    <message>
        <source>{target}, level {level}</source>
        <translation>{target}, nivel {level}</translation>
    </message>
    <message>
        <source>{target}, in {language}</source>
        <translation>{target}, en {language}</translation>
    </message>
    <message>
        <source>{task}: {target}, level {level}</source>
        <translation>{task}: {target}, nivel {level}</translation>
    </message>
    <message>
        <source>1 score recorded after the deletion (all kept).</source>
        <translation>1 calificación registrada después de la eliminación (se conservan todas).</translation>
    </message>
    <message>
        <source>{count} scores recorded after the deletion (all kept).</source>
        <translation>{count} calificaciones registradas después de la eliminación (se conservan todas).</translation>
    </message>
    <message>
        <source>Two versions of one record.</source>
        <translation>Dos versiones de un mismo registro.</translation>
    </message>
    <message>
        <source>Changed again after the conflict.</source>
        <translation>Se volvió a cambiar después del conflicto.</translation>
    </message>
    <message>
        <source>Withdrawn since.</source>
        <translation>Retirada desde entonces.</translation>
    </message>
    <message>
        <source>That conflict is no longer on this laptop.</source>
        <translation>Ese conflicto ya no está en esta computadora.</translation>
    </message>
    <message>
        <source>That conflict was already resolved (perhaps on another laptop).</source>
        <translation>Ese conflicto ya se resolvió (quizás en otra computadora).</translation>
    </message>
    <message>
        <source>{what} this conflict is about is not on this laptop; receive a complete file from the other laptop first.</source>
        <translation>{what}: el registro de este conflicto no está en esta computadora; reciba primero un archivo completo de la otra computadora.</translation>
    </message>
    <message>
        <source>Only two corrections of one score can both be kept.</source>
        <translation>Solo se pueden conservar ambas cuando son dos correcciones de una misma calificación.</translation>
    </message>
    <message>
        <source>{field} cannot be typed in.</source>
        <translation>No se puede escribir en {field}.</translation>
    </message>
    <message>
        <source>{field} needs a value.</source>
        <translation>{field} necesita un valor.</translation>
    </message>
    <message>
        <source>{field} is yes or no.</source>
        <translation>{field} es sí o no.</translation>
    </message>
    <message>
        <source>{field} is a number, not {value}.</source>
        <translation>{field} es un número, no {value}.</translation>
    </message>
    <message>
        <source>This conflict is resolved by choosing one side, not edited.</source>
        <translation>Este conflicto se resuelve eligiendo una de las versiones, no editándolo.</translation>
    </message>
    <message>
        <source>{field} cannot be empty: write a value, or keep one of the two versions.</source>
        <translation>{field} no puede quedar vacío: escriba un valor o conserve una de las dos versiones.</translation>
    </message>
    <message>
        <source>Any laptop (everything)</source>
        <translation>Cualquier computadora (todo)</translation>
    </message>
    <message>
        <source>{when}: Sent {file} to {who}: {brought}.</source>
        <translation>{when}: se envió {file} a {who}: {brought}.</translation>
    </message>
    <message>
        <source>{when}: Received {file} from {who}: {brought}.</source>
        <translation>{when}: se recibió {file} de {who}: {brought}.</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>sin cambios: {count}</translation>
    </message>
    <message>
        <source>1 conflict recorded on the other laptop</source>
        <translation>1 conflicto registrado en la otra computadora</translation>
    </message>
    <message>
        <source>{count} conflicts recorded on the other laptop</source>
        <translation>{count} conflictos registrados en la otra computadora</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>{tables}: {counts}</source>
        <translation>{tables}: {counts}</translation>
    </message>
    <message>
        <source>Attached files stored: {count}</source>
        <translation>Archivos adjuntos guardados: {count}</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>nuevos: {count}</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>actualizados: {count}</translation>
    </message>
    <message>
        <source>{count} stamped far in the future</source>
        <translation>{count} con marca de tiempo muy en el futuro</translation>
    </message>
    <message>
        <source>what changed since {who} last received</source>
        <translation>lo que cambió desde la última vez que {who} recibió</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>{records} and {files} ({what})</source>
        <translation>{records} y {files} ({what})</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} registros</translation>
    </message>
    <message>
        <source>1 attached file</source>
        <translation>1 archivo adjunto</translation>
    </message>
    <message>
        <source>{count} attached files</source>
        <translation>{count} archivos adjuntos</translation>
    </message>
    <message>
        <source>Locked with a passphrase</source>
        <translation>Protegido con frase de contraseña</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Sin protección</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source> The details are in {log_file}.</source>
        <translation> Los detalles están en {log_file}.</translation>
    </message>
    <message>
        <source>cbe-desktop: something went wrong</source>
        <translation>cbe-desktop: algo salió mal</translation>
    </message>
    <message>
        <source>Something unexpected happened. Your data is safe: every change is saved whole or not at all, so nothing was half-written.</source>
        <translation>Ocurrió algo inesperado. Sus datos están a salvo: cada cambio se guarda completo o no se guarda, así que nada quedó escrito a medias.</translation>
    </message>
    <message>
        <source>You can go on working. If it happens again, copy the details and send them to whoever looks after the program.</source>
        <translation>Puede seguir trabajando. Si vuelve a ocurrir, copie los detalles y envíelos a quien se ocupa del programa.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>EditConflictDialog</name>
    <message>
        <source>Edit: {which}</source>
        <translation>Editar: {which}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{value}&lt;/b&gt;&lt;br&gt;Write the version to keep. It replaces both versions, here and on the other laptops once they receive your work.</source>
        <translation>&lt;b&gt;{value}&lt;/b&gt;&lt;br&gt;Escriba la versión que se va a conservar. Reemplaza ambas versiones, aquí y en las otras computadoras cuando reciban su trabajo.</translation>
    </message>
    <message>
        <source>Use “{short}”</source>
        <translation>Usar “{short}”</translation>
    </message>
    <message>
        <source>Use the other version of {label}</source>
        <translation>Usar la otra versión de {label}</translation>
    </message>
    <message>
        <source>Also different, kept as in use (choose a side to change them): {value}.</source>
        <translation>También distinto, se conserva lo que está en uso (elija una versión para cambiarlo): {value}.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>{kind} is not a task type.</source>
        <translation>{kind} no es un tipo de tarea.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Una tarea necesita un título.</translation>
    </message>
    <message>
        <source>A task&apos;s purpose is one of {purposes}, not {purpose}.</source>
        <translation>El propósito de una tarea es uno de estos: {purposes}; no {purpose}.</translation>
    </message>
    <message>
        <source>{status} is not a kind of evidence.</source>
        <translation>{status} no es un tipo de evidencia.</translation>
    </message>
    <message>
        <source>Scored evidence needs a level.</source>
        <translation>Una evidencia calificada necesita un nivel.</translation>
    </message>
    <message>
        <source>Marking work &apos;not yet&apos; needs a next step for the student.</source>
        <translation>Para marcar un trabajo como «todavía no» hace falta un próximo paso para el estudiante.</translation>
    </message>
    <message>
        <source>Overriding an estimate needs a reason.</source>
        <translation>Para ajustar una estimación hace falta un motivo.</translation>
    </message>
    <message>
        <source>Closed because the &apos;not yet&apos; evidence was retracted.</source>
        <translation>Cerrada porque se retiró la evidencia «todavía no».</translation>
    </message>
    <message>
        <source>{level} is not a level of the scale ({levels}); choose one of those.</source>
        <translation>{level} no es un nivel de la escala ({levels}); elija uno de esos.</translation>
    </message>
    <message>
        <source>That revision no longer exists.</source>
        <translation>Esa revisión ya no existe.</translation>
    </message>
    <message>
        <source>That revision is already done or closed.</source>
        <translation>Esa revisión ya está hecha o cerrada.</translation>
    </message>
    <message>
        <source>A revision cannot be dated before the work it revises ({date}).</source>
        <translation>Una revisión no puede tener fecha anterior al trabajo que revisa ({date}).</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as YYYY-MM-DD.</source>
        <extracomment>The levels of the scale a target is scored with in a class (see :func:`check_level`).</extracomment>
        <translation>{date} no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The task {task} is dated {date}, after today; change the task&apos;s date to the day the work was done, then record it.</source>
        <translation>La tarea {task} tiene fecha {date}, posterior a hoy; cambie la fecha de la tarea al día en que se hizo el trabajo y luego regístrelo.</translation>
    </message>
    <message>
        <source>{date} is after today; evidence is dated the day the work was done, so choose that day.</source>
        <translation>{date} es posterior a hoy; la evidencia lleva la fecha del día en que se hizo el trabajo, así que elija ese día.</translation>
    </message>
    <message>
        <source>{task} does not cover {code}, so this was recorded outside the task, dated today; add {code} to the task (Edit…) to record it there.</source>
        <translation>{task} no incluye {code}, así que esto se registró fuera de la tarea, con fecha de hoy; agregue {code} a la tarea (Editar…) para registrarlo allí.</translation>
    </message>
    <message>
        <source>Say in a few words why the revision is closed.</source>
        <translation>Diga en pocas palabras por qué se cierra la revisión.</translation>
    </message>
    <message>
        <source>Only a closed revision can be reopened.</source>
        <translation>Solo se puede reabrir una revisión cerrada.</translation>
    </message>
    <message>
        <source>That evidence no longer exists.</source>
        <translation>Esa evidencia ya no existe.</translation>
    </message>
    <message>
        <source>That evidence was already withdrawn.</source>
        <translation>Esa evidencia ya se había retirado.</translation>
    </message>
    <message>
        <source>A &apos;not yet&apos; or a revision cannot be changed in the whole-class sheet; change it from the gradebook or the Not yet page.</source>
        <extracomment>``withdraw`` under another name, for the sheet whose ``withdraw`` argument hides it.</extracomment>
        <translation>Un “todavía no” o una revisión no se puede cambiar en la hoja de toda la clase; cámbielo desde el libro de calificaciones o la página Todavía no.</translation>
    </message>
    <message>
        <source>Choose at least one target the task gives evidence for.</source>
        <translation>Elija al menos una meta de la que la tarea dé evidencia.</translation>
    </message>
    <message>
        <source>A task has no field {field}.</source>
        <translation>Una tarea no tiene el campo {field}.</translation>
    </message>
    <message>
        <source>A task&apos;s purpose is one of {purposes}.</source>
        <translation>El propósito de una tarea es uno de estos: {purposes}.</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <extracomment>{target_id: {level_value: text}}</extracomment>
        <translation>Esa tarea ya no existe.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Record evidence</source>
        <translation>Registrar evidencia</translation>
    </message>
    <message>
        <source>&amp;Missing (not handed in)</source>
        <translation>&amp;Falta (no entregado)</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>&amp;Justificada</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Tipo de evidencia</translation>
    </message>
    <message>
        <source>Date the work was produced</source>
        <translation>Fecha en que se hizo el trabajo</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>Feedback for the student (Enter: a new line; Ctrl+Enter: save)</source>
        <translation>Retroalimentación para el estudiante (Enter: nueva línea; Ctrl+Enter: guardar)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Add a &amp;photo or file…</source>
        <translation>Agregar una &amp;foto o un archivo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Not yet: plan a revision</source>
        <translation>&amp;Todavía no: planificar una revisión</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Choose the level the work showed (type its number or click its words), or Missing / Excused.</source>
        <translation>Elija el nivel que mostró el trabajo (escriba su número o haga clic en sus palabras), o Falta / Justificada.</translation>
    </message>
    <message>
        <source>&amp;Date produced:</source>
        <translation>&amp;Fecha de realización:</translation>
    </message>
    <message>
        <source>&amp;Level: click the words that match the work, or type its number</source>
        <translation>&amp;Nivel: haga clic en las palabras que corresponden al trabajo, o escriba su número</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Retroalimentación:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Chosen: Missing</source>
        <translation>Elegido: Falta</translation>
    </message>
    <message>
        <source>Chosen: Excused</source>
        <translation>Elegido: Justificada</translation>
    </message>
    <message>
        <source>Attach a photo or file</source>
        <translation>Adjuntar una foto o un archivo</translation>
    </message>
    <message>
        <source>Photos and documents (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)</source>
        <translation>Fotos y documentos (*.png *.jpg *.jpeg *.gif *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Write the next step: what will the student do to revise?</source>
        <translation>Escriba el próximo paso: ¿qué hará el estudiante para revisar?</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>There is no space left on the disk that holds {folder}, so nothing was changed (your data is not damaged); free some space, for example by emptying the trash or moving large files, and try again.</source>
        <extracomment>Below this much free space, an input/output error is taken for a full disk.</extracomment>
        <translation>No queda espacio en el disco que contiene {folder}, así que no se cambió nada (sus datos no están dañados); libere espacio, por ejemplo vaciando la papelera o moviendo archivos grandes, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, so nothing was changed; you can still look at your data and print, but to change it, make the folder writable (or unlock the USB stick) or choose another folder with --data-dir.</source>
        <translation>La carpeta {folder} es de solo lectura, así que no se cambió nada; puede seguir consultando sus datos e imprimir, pero para cambiarlos, permita escribir en la carpeta (o desbloquee la memoria USB) o elija otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <source>This computer account is not allowed to change {path}, so nothing was changed; ask whoever looks after the computer to give you access, or choose another folder.</source>
        <translation>Esta cuenta del equipo no tiene permiso para cambiar {path}, así que no se cambió nada; pida acceso a quien administra el equipo, o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Another copy of cbe-desktop kept the data in {folder} busy for too long, so nothing was changed; wait for it to finish (or close it) and try again.</source>
        <translation>Otra copia de cbe-desktop mantuvo ocupados los datos de {folder} demasiado tiempo, así que no se cambió nada; espere a que termine (o ciérrela) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk that holds {folder} could not be read or written ({problem}), so nothing was changed; if it is a USB stick, check that it is still plugged in, then try again.</source>
        <translation>No se pudo leer ni escribir el disco que contiene {folder} ({problem}), así que no se cambió nada; si es una memoria USB, compruebe que sigue conectada y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {folder} does not exist (or is not a folder), so nothing was written; choose another place.</source>
        <translation>No se puede escribir {path}: la carpeta {folder} no existe (o no es una carpeta), así que no se escribió nada; elija otro lugar.</translation>
    </message>
    <message>
        <source>{path} is a folder, so nothing was written there; give a file name instead.</source>
        <translation>{path} es una carpeta, así que no se escribió nada allí; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged ({problem}), so cbe-desktop will not change it or copy it into a backup; restore the newest sound backup with: cbe-desktop restore &quot;{backup}&quot;</source>
        <translation>La base de datos de {folder} está dañada ({problem}), así que cbe-desktop no la cambiará ni la copiará en una copia de seguridad; restaure la copia de seguridad sana más reciente con: cbe-desktop restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <source>The database in {folder} is damaged ({problem}) and there is no sound backup of it, so cbe-desktop will not change it; keep the folder as it is and ask for help, or restore a backup from another place with &apos;cbe-desktop restore FILE&apos;.</source>
        <translation>La base de datos de {folder} está dañada ({problem}) y no hay ninguna copia de seguridad sana, así que cbe-desktop no la cambiará; deje la carpeta como está y pida ayuda, o restaure una copia de seguridad de otro lugar con &apos;cbe-desktop restore ARCHIVO&apos;.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{name} looks like a Canvas outcomes file but has no {column} column; export the outcomes from Canvas again.</source>
        <translation>{name} parece un archivo de resultados de Canvas, pero no tiene la columna {column}; vuelva a exportar los resultados desde Canvas.</translation>
    </message>
    <message>
        <source>has no vendor_guid</source>
        <translation>no tiene vendor_guid</translation>
    </message>
    <message>
        <source>has object_type &apos;empty&apos;; Canvas uses &apos;group&apos; or &apos;outcome&apos;</source>
        <translation>tiene object_type vacío; Canvas usa &apos;group&apos; u &apos;outcome&apos;</translation>
    </message>
    <message>
        <source>has object_type {kind}; Canvas uses &apos;group&apos; or &apos;outcome&apos;</source>
        <translation>tiene object_type {kind}; Canvas usa &apos;group&apos; u &apos;outcome&apos;</translation>
    </message>
    <message>
        <source>Row {row}: the calculation method {method} is not known; the class&apos;s method will be used.</source>
        <translation>Fila {row}: el método de cálculo {method} no es conocido; se usará el método de la clase.</translation>
    </message>
    <message>
        <source>{name} has no outcomes or groups to import.</source>
        <translation>{name} no tiene resultados ni grupos para importar.</translation>
    </message>
    <message>
        <source>{count} outcome(s) belong to more than one group; each is kept in its first group only.</source>
        <translation>{count} resultado(s) pertenecen a más de un grupo; cada uno se conserva solo en su primer grupo.</translation>
    </message>
    <message>
        <source>its group {group} is deleted in the file</source>
        <translation>su grupo {group} está eliminado en el archivo</translation>
    </message>
    <message>
        <source>row {row}</source>
        <extracomment>The role column of a list of people, found by name also when the teacher chose the other columns in the window. Roles that mean &quot;a student&quot; (casefolded), in the languages the program speaks.</extracomment>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>{count} group(s) sit inside another group in Canvas ({groups}); a group is a competency, so each is imported as a competency of its own.</source>
        <translation>Grupos dentro de otro grupo en Canvas ({groups}), en total: {count}; un grupo es una competencia, así que cada uno se importa como competencia propia.</translation>
    </message>
    <message>
        <source>{count} row(s) marked deleted in Canvas were not imported.</source>
        <translation>{count} fila(s) marcadas como eliminadas en Canvas no se importaron.</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>{count} outcome(s) rate on points that are not levels of the scale ({levels}), so their own ratings were left out and the scale is used for them: {outcomes}.</source>
        <translation>Resultados que califican con puntos que no son niveles de la escala ({levels}), en total: {count}; sus propias calificaciones se dejaron fuera y se usa la escala para ellos: {outcomes}.</translation>
    </message>
    <message>
        <source>{count} outcome(s) set mastery points of their own ({outcomes}); the scale&apos;s proficient level ({level}) is used for them.</source>
        <translation>Resultados con puntos de dominio propios ({outcomes}), en total: {count}; se usa para ellos el nivel competente de la escala ({level}).</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text, so it cannot be CASE JSON.</source>
        <extracomment>A scale has a handful of levels; a rubric criterion with more is the wrong file. A level&apos;s descriptor is a paragraph or two; far longer is not a descriptor (the store&apos;s rule for a text, see core/rules.py). A scale&apos;s name or a level&apos;s label is a few words. A lone surrogate escape (&quot;&quot;) decodes to text that cannot be stored or printed.</extracomment>
        <translation>{name} no es texto UTF-8, así que no puede ser un JSON de CASE.</translation>
    </message>
    <message>
        <source>{name} nests its data more than {limit} levels deep, far deeper than a CASE framework; check that it is the right file.</source>
        <translation>{name} anida sus datos a más de {limit} niveles de profundidad, mucho más que un marco CASE; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>{name} holds a number {count} digits long, more than the {limit} digits a CASE framework uses; check that it is the right file.</source>
        <translation>{name} contiene un número de {count} dígitos, más de los {limit} dígitos que usa un marco CASE; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>{name} is not valid JSON (line {line}: {reason}); download the framework again.</source>
        <translation>{name} no es un JSON válido (línea {line}: {reason}); vuelva a descargar el marco.</translation>
    </message>
    <message>
        <source>{name} holds text that is not valid Unicode (a lone surrogate); download the framework again.</source>
        <translation>{name} contiene texto que no es Unicode válido (un sustituto suelto); vuelva a descargar el marco.</translation>
    </message>
    <message>
        <source>{name} is JSON but not a CASE framework (it has no CFDocument or CFItems).</source>
        <translation>{name} es JSON, pero no es un marco CASE (no tiene CFDocument ni CFItems).</translation>
    </message>
    <message>
        <source>{name} is not a CASE framework: CFItems must be a list.</source>
        <translation>{name} no es un marco CASE: CFItems debe ser una lista.</translation>
    </message>
    <message>
        <source>{name} has {count} items, more than the {limit} a framework may have; check that it is the right file.</source>
        <translation>{name} tiene {count} elementos, más de los {limit} que puede tener un marco; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>{count} item(s) sit under more than one parent; each is kept under its first parent only.</source>
        <translation>{count} elemento(s) están bajo más de un elemento superior; cada uno se conserva solo bajo el primero.</translation>
    </message>
    <message>
        <source>{count} association(s) of other kinds were left out ({kinds}): the program keeps the tree (isChildOf) and prerequisites (precedes) only.</source>
        <translation>Se dejaron fuera asociaciones de otros tipos ({kinds}), en total: {count}; el programa solo conserva el árbol (isChildOf) y los prerrequisitos (precedes).</translation>
    </message>
    <message>
        <source>{count} &apos;precedes&apos; link(s) point outside this framework and were left out.</source>
        <translation>{count} vínculo(s) &apos;precedes&apos; apuntan fuera de este marco y se dejaron fuera.</translation>
    </message>
    <message>
        <source>item {item}</source>
        <translation>elemento {item}</translation>
    </message>
    <message>
        <source>is not an item</source>
        <translation>no es un elemento</translation>
    </message>
    <message>
        <source>has no identifier</source>
        <translation>no tiene identificador</translation>
    </message>
    <message>
        <source>its parent ({parent}) is not in the file</source>
        <translation>su elemento superior ({parent}) no está en el archivo</translation>
    </message>
    <message>
        <source>{name} is a CASE framework with no items; nothing to import.</source>
        <translation>{name} es un marco CASE sin elementos; no hay nada que importar.</translation>
    </message>
    <message>
        <source>The file&apos;s CFRubrics are not a list, so its rubrics were left out.</source>
        <translation>Los CFRubrics del archivo no son una lista, así que sus rúbricas se dejaron fuera.</translation>
    </message>
    <message>
        <source>The file has more than {limit} rubric criteria, far more than a framework needs, so its rubrics were left out.</source>
        <translation>El archivo tiene más de {limit} criterios de rúbrica, muchos más de los que necesita un marco, así que sus rúbricas se dejaron fuera.</translation>
    </message>
    <message>
        <source>rubric criterion {criterion}</source>
        <translation>criterio de rúbrica {criterion}</translation>
    </message>
    <message>
        <source>its levels are not a list</source>
        <translation>sus niveles no son una lista</translation>
    </message>
    <message>
        <source>it has {count} levels, more than the {limit} a rubric may have</source>
        <translation>tiene {count} niveles, más de los {limit} que puede tener una rúbrica</translation>
    </message>
    <message>
        <source>one of its levels is not a level</source>
        <translation>uno de sus niveles no es un nivel</translation>
    </message>
    <message>
        <source>a level&apos;s description is longer than {limit} characters</source>
        <translation>la descripción de un nivel tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>1 rubric in the file cannot be read and was left out.</source>
        <translation>1 rúbrica del archivo no se puede leer y se dejó fuera.</translation>
    </message>
    <message>
        <source>{count} rubrics in the file cannot be read and were left out.</source>
        <translation>{count} rúbricas del archivo no se pueden leer y se dejaron fuera.</translation>
    </message>
    <message>
        <source>1 rubric criterion names no item of this framework and was left out.</source>
        <translation>1 criterio de rúbrica no corresponde a ningún elemento de este marco y se dejó fuera.</translation>
    </message>
    <message>
        <source>{count} rubric criteria name no item of this framework and were left out.</source>
        <translation>{count} criterios de rúbrica no corresponden a ningún elemento de este marco y se dejaron fuera.</translation>
    </message>
    <message>
        <source>1 rubric criterion is for an item that already has one and was left out; the first criterion of each item is used.</source>
        <translation>1 criterio de rúbrica es para un elemento que ya tiene uno y se dejó fuera; se usa el primer criterio de cada elemento.</translation>
    </message>
    <message>
        <source>{count} rubric criteria are for an item that already has one and were left out; the first criterion of each item is used.</source>
        <translation>{count} criterios de rúbrica son para un elemento que ya tiene uno y se dejaron fuera; se usa el primer criterio de cada elemento.</translation>
    </message>
    <message>
        <source>The file&apos;s rating scale cannot be read, so it was left out; the framework keeps the scale it has (or the program&apos;s default).</source>
        <translation>La escala de calificación del archivo no se puede leer, así que se dejó fuera; el marco conserva la escala que tiene (o la predeterminada del programa).</translation>
    </message>
    <message>
        <source>Given (first) name</source>
        <extracomment>How the preview dialog names each field (phrases: the window says them translated).</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family (last) name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Family language</source>
        <translation>Idioma de la familia</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>has no role; only rows whose role is student are imported</source>
        <translation>no tiene rol; solo se importan las filas cuyo rol es estudiante</translation>
    </message>
    <message>
        <source>has language {language}; use en or es</source>
        <translation>tiene el idioma {language}; use en o es</translation>
    </message>
    <message>
        <source>Skipped {count} row(s) whose role is not student ({roles}): only students are imported.</source>
        <translation>Se omitieron filas cuyo rol no es estudiante ({roles}), en total: {count}; solo se importan estudiantes.</translation>
    </message>
    <message>
        <source>{name} has no row whose role is student ({roles}); only students are imported.</source>
        <translation>{name} no tiene ninguna fila cuyo rol sea estudiante ({roles}); solo se importan estudiantes.</translation>
    </message>
    <message>
        <source>{name} has a header row but no students under it.</source>
        <translation>{name} tiene una fila de encabezados, pero ningún estudiante debajo.</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>The fields of a target row, each with the column names that mean it (first = ours). Names are compared as ``csvtext.header_key`` writes them, so CASE&apos;s own spellings (``humanCodingScheme``, ``fullStatement``, ``abbreviatedStatement``, ``educationLevel``, ``isChildOf``) match as well as &apos;Human coding scheme&apos;. Columns always found by name, also when the teacher chose the others in the window: a CASE item&apos;s identifier (kept, so a later import of the same framework as CASE JSON or as the same sheet updates instead of duplicating), and OpenSALT&apos;s ``smartLevel`` outline number (&quot;1.3.1&quot;: the first item of the third item of the first). How the preview dialog names each field (phrases: the window says them translated).</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Parent code</source>
        <translation>Código superior</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>“I can” statement</source>
        <translation>Enunciado “Yo puedo”</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Depth of knowledge</source>
        <translation>Profundidad de conocimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Prerequisites (codes)</source>
        <translation>Requisitos previos (códigos)</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>A required field inside a sentence (&quot;... has no column for code or statement&quot;).</extracomment>
        <translation>código</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>enunciado</translation>
    </message>
    <message>
        <source>given (first) name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>{name} has no column called {column}.</source>
        <translation>{name} no tiene ninguna columna llamada {column}.</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>{name} has no column for {fields} (its columns are {columns}); name the columns in the first row, or choose them in the import window.</source>
        <translation>{name} no tiene una columna para {fields} (sus columnas son {columns}); ponga el nombre de las columnas en la primera fila o elíjalas en la ventana de importación.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>{name} looks like a roster (it has first and last name columns); use &apos;import roster&apos; for it.</source>
        <translation>{name} parece una lista de la clase (tiene columnas de nombre y apellido); use &apos;import roster&apos; para importarla.</translation>
    </message>
    <message>
        <source>{name} looks like a list of targets, not a roster; use &apos;import targets&apos; for it.</source>
        <translation>{name} parece una lista de metas, no una lista de la clase; use &apos;import targets&apos; para importarla.</translation>
    </message>
    <message>
        <source>has no code</source>
        <translation>no tiene código</translation>
    </message>
    <message>
        <source>has depth of knowledge {value}; it must be 1 to 4</source>
        <translation>tiene profundidad de conocimiento {value}; debe ser de 1 a 4</translation>
    </message>
    <message>
        <source>{name} has a header row but no targets under it.</source>
        <translation>{name} tiene una fila de encabezados, pero ninguna meta debajo.</translation>
    </message>
    <message>
        <source>repeats the identifier {identifier} of row {row}</source>
        <translation>repite el identificador {identifier} de la fila {row}</translation>
    </message>
    <message>
        <source>{name} has no parent column, so the tree comes from its smartLevel numbers (1.2 goes under 1): {count} row(s) go under another row.</source>
        <translation>{name} no tiene columna de padre, así que el árbol sale de sus números smartLevel (1.2 va bajo 1); filas que van bajo otra fila: {count}.</translation>
    </message>
    <message>
        <source>{code} under {parent}</source>
        <translation>{code} bajo {parent}</translation>
    </message>
    <message>
        <source>{name} has no parent column and none of its codes begins with another code of the file, so every row is a competency; add a parent code column to put targets under competencies.</source>
        <translation>{name} no tiene columna de padre y ninguno de sus códigos empieza con otro código del archivo, así que cada fila es una competencia; agregue una columna de código padre para poner metas bajo las competencias.</translation>
    </message>
    <message>
        <source>{name} has no parent column, so each code goes under the longest code of the file it begins with ({example}): {count} row(s) go under another row.</source>
        <translation>{name} no tiene columna de padre, así que cada código va bajo el código más largo del archivo con el que empieza ({example}); filas que van bajo otra fila: {count}.</translation>
    </message>
    <message>
        <source>{count} target(s) have no code</source>
        <translation>{count} meta(s) no tienen código</translation>
    </message>
    <message>
        <source>the code {code} repeats</source>
        <translation>el código {code} se repite</translation>
    </message>
    <message>
        <source>A CSV file names each parent by its code, but {why}; export CASE JSON instead (--format case), which keeps the tree without codes.</source>
        <translation>Un archivo CSV nombra cada elemento superior por su código, pero {why}; exporte mejor en CASE JSON (--format case), que conserva la estructura sin códigos.</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <extracomment>Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one. How much of the start of a file is looked at to tell text from binary data. Control characters no text file holds (tab, line feed, form feed and return aside).</extracomment>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a PNG picture</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG picture</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF picture</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>an Excel workbook or Word document (old format)</source>
        <translation>un libro de Excel o un documento de Word (formato antiguo)</translation>
    </message>
    <message>
        <source>a spreadsheet workbook (.xlsx or .ods)</source>
        <translation>un libro de hoja de cálculo (.xlsx u .ods)</translation>
    </message>
    <message>
        <source>a word-processor document (.docx or .odt)</source>
        <translation>un documento de procesador de textos (.docx u .odt)</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a text file; choose the CSV or JSON file, or save the list from your spreadsheet as &apos;CSV UTF-8&apos; and import that file.</source>
        <translation>{name} es {kind}, no un archivo de texto; elija el archivo CSV o JSON, o guarde la lista desde su hoja de cálculo como &apos;CSV UTF-8&apos; e importe ese archivo.</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data); check that it is the right file, or save the list from your spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>{name} no es un archivo de texto (contiene datos binarios); revise que sea el archivo correcto, o guarde la lista desde su hoja de cálculo como &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; open it in your spreadsheet and save it as &apos;CSV UTF-8 (Comma delimited)&apos;, then import that file.</source>
        <translation>{name} no es texto UTF-8; ábralo en su hoja de cálculo, guárdelo como &apos;CSV UTF-8 (delimitado por comas)&apos; y luego importe ese archivo.</translation>
    </message>
    <message>
        <source>Line {line} of {name} holds a NUL character, which no spreadsheet writes; open the file in your spreadsheet and save it again as &apos;CSV UTF-8&apos;.</source>
        <translation>La línea {line} de {name} contiene un carácter NUL, que ninguna hoja de cálculo escribe; abra el archivo en su hoja de cálculo y vuelva a guardarlo como &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has {count} cells, more than the {limit} the program reads; check that it is the right file.</source>
        <extracomment>A cell beginning with one of these is a formula to a spreadsheet (OWASP, CSV Injection). How much of the header line is looked at to choose the separator.</extracomment>
        <translation>La fila {row} de {name} tiene {count} celdas, más de las {limit} que lee el programa; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has a cell longer than {limit} characters; check that it is the right file.</source>
        <translation>La fila {row} de {name} tiene una celda de más de {limit} caracteres; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>{name} is empty; it needs a header row and one row a line.</source>
        <translation>{name} está vacío; necesita una fila de encabezados y un registro por línea.</translation>
    </message>
    <message>
        <source>{name} has more than {count} rows, more than a roster file may have; check that it is the right file.</source>
        <translation>{name} tiene más de {count} filas, más de las que puede tener una lista de la clase; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>{name} has more than {count} rows, more than a targets file may have; check that it is the right file.</source>
        <translation>{name} tiene más de {count} filas, más de las que puede tener un archivo de metas; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>{name} is not a CSV file the program can read ({reason}); save it again from your spreadsheet as &apos;CSV UTF-8&apos;.</source>
        <translation>{name} no es un archivo CSV que el programa pueda leer ({reason}); vuelva a guardarlo desde su hoja de cálculo como &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <source>{name} is a zip file, not a list of targets; for a OneRoster export, use &apos;import roster&apos;.</source>
        <extracomment>Columns that only OneRoster&apos;s users.csv has beside sourcedId and the names (1.1 has role and orgSourcedIds; 1.2 moved roles to roles.csv but kept the others).</extracomment>
        <translation>{name} es un archivo zip, no una lista de metas; para una exportación de OneRoster, use &apos;import roster&apos;.</translation>
    </message>
    <message>
        <source>{name} is a JSON file, not a roster; a CASE framework goes to &apos;import targets&apos;.</source>
        <translation>{name} es un archivo JSON, no una lista de la clase; un marco CASE se importa con &apos;import targets&apos;.</translation>
    </message>
    <message>
        <source>{name} is a Canvas outcomes file (targets), not a roster; use &apos;import targets&apos; for it.</source>
        <translation>{name} es un archivo de resultados de Canvas (metas), no una lista de la clase; use &apos;import targets&apos; para importarlo.</translation>
    </message>
    <message>
        <source>{name} is one file of a OneRoster export; give the folder or the zip that holds users.csv, classes.csv and enrollments.csv.</source>
        <translation>{name} es uno de los archivos de una exportación de OneRoster; indique la carpeta o el zip que contiene users.csv, classes.csv y enrollments.csv.</translation>
    </message>
    <message>
        <source>{name} is larger than the {limit} MB a targets file may be.</source>
        <translation>{name} supera los {limit} MB que puede ocupar un archivo de metas.</translation>
    </message>
    <message>
        <source>There is no file or folder {path}; check the name.</source>
        <translation>No existe el archivo o la carpeta {path}; revise el nombre.</translation>
    </message>
    <message>
        <source>{name} is a plain CSV roster, which does not say its class; name the class to put the students in with --class.</source>
        <translation>{name} es una lista de la clase en CSV simple, que no indica su clase; indique con --class la clase en la que se pondrán los estudiantes.</translation>
    </message>
    <message>
        <source>{name} is {size} MB, more than the {limit} MB a roster file may be; check that it is the right file.</source>
        <extracomment>Cells in one row of a CSV file: a OneRoster users.csv has about 25, a teacher&apos;s sheet a dozen; thousands is a file that is not a list (or is built to exhaust memory). Characters in one CSV cell: the csv module&apos;s own limit (``csv.field_size_limit()``), some 30 pages of text; a statement or a name is a line or a paragraph. Nesting of arrays and objects in a CASE JSON file: a real package nests about 6 deep. Digits in a JSON integer: sequence numbers, scores and positions have a few. Python refuses to read more than 4,300 (a guard against slow conversions), so this is lower.</extracomment>
        <translation>{name} ocupa {size} MB, más de los {limit} MB que puede ocupar una lista de la clase; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>{name} is {size} MB, more than the {limit} MB a targets file may be; check that it is the right file.</source>
        <translation>{name} ocupa {size} MB, más de los {limit} MB que puede ocupar un archivo de metas; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the roster file itself.</source>
        <translation>{path} es una carpeta; indique el archivo de la lista de la clase.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the targets file itself.</source>
        <translation>{path} es una carpeta; indique el archivo de metas.</translation>
    </message>
    <message>
        <source>There is no file {path}; check the name and folder.</source>
        <translation>No existe el archivo {path}; revise el nombre y la carpeta.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}); check that it is not open in another program.</source>
        <translation>No se puede leer {path} ({reason}); revise que no esté abierto en otro programa.</translation>
    </message>
    <message>
        <source>{name} is not a zip file the program can open.</source>
        <extracomment>Every role of OneRoster 1.1 and 1.2 but student, by the group a note counts it in (keys are casefolded).</extracomment>
        <translation>{name} no es un archivo zip que el programa pueda abrir.</translation>
    </message>
    <message>
        <source>{name} holds {count} files, far more than a OneRoster export; check that it is the right file.</source>
        <translation>{name} contiene {count} archivos, muchos más que una exportación de OneRoster; revise que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>{name} holds a file named {file} that points outside the zip; the zip was not read.</source>
        <translation>{name} contiene un archivo llamado {file} que apunta fuera del zip; el zip no se leyó.</translation>
    </message>
    <message>
        <source>{name} holds two files called {file}; give a zip of one export.</source>
        <translation>{name} contiene dos archivos llamados {file}; indique un zip de una sola exportación.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; export the roster without one.</source>
        <translation>{name} está protegido con contraseña; exporte la lista de la clase sin contraseña.</translation>
    </message>
    <message>
        <source>{name} is damaged ({file}: {reason}); export the roster again.</source>
        <translation>{name} está dañado ({file}: {reason}); vuelva a exportar la lista de la clase.</translation>
    </message>
    <message>
        <source>{file} in {where}</source>
        <translation>{file} en {where}</translation>
    </message>
    <message>
        <source>{file} row {row}</source>
        <translation>{file}, fila {row}</translation>
    </message>
    <message>
        <source>1 teacher</source>
        <translation>1 docente</translation>
    </message>
    <message>
        <source>{count} teachers</source>
        <translation>{count} docentes</translation>
    </message>
    <message>
        <source>1 administrator</source>
        <translation>1 administrador</translation>
    </message>
    <message>
        <source>{count} administrators</source>
        <translation>{count} administradores</translation>
    </message>
    <message>
        <source>1 aide</source>
        <translation>1 asistente</translation>
    </message>
    <message>
        <source>{count} aides</source>
        <translation>{count} asistentes</translation>
    </message>
    <message>
        <source>1 proctor</source>
        <translation>1 supervisor</translation>
    </message>
    <message>
        <source>{count} proctors</source>
        <translation>{count} supervisores</translation>
    </message>
    <message>
        <source>1 counselor</source>
        <translation>1 orientador</translation>
    </message>
    <message>
        <source>{count} counselors</source>
        <translation>orientadores: {count}</translation>
    </message>
    <message>
        <source>1 parent or guardian</source>
        <translation>1 madre, padre o tutor</translation>
    </message>
    <message>
        <source>{count} parents or guardians</source>
        <translation>{count} madres, padres o tutores</translation>
    </message>
    <message>
        <source>Skipped {groups}: only students are imported.</source>
        <translation>Se omitieron: {groups}; solo se importan estudiantes.</translation>
    </message>
    <message>
        <source>Skipped 1 other user.</source>
        <translation>Se omitió 1 usuario más.</translation>
    </message>
    <message>
        <source>Skipped {count} other users.</source>
        <translation>Se omitieron {count} usuarios más.</translation>
    </message>
    <message>
        <source>Skipped {count} user(s) the export gives no role: only students are imported.</source>
        <translation>Se omitieron usuarios a los que la exportación no da ningún rol, en total: {count}; solo se importan estudiantes.</translation>
    </message>
    <message>
        <source>1 student marked tobedeleted was not imported (archived if already here).</source>
        <translation>1 estudiante marcado como tobedeleted no se importó (se archiva si ya estaba aquí).</translation>
    </message>
    <message>
        <source>{count} students marked tobedeleted were not imported (archived if already here).</source>
        <translation>{count} estudiantes marcados como tobedeleted no se importaron (se archivan si ya estaban aquí).</translation>
    </message>
    <message>
        <source>1 class marked tobedeleted was not imported (archived if already here).</source>
        <translation>1 clase marcada como tobedeleted no se importó (se archiva si ya estaba aquí).</translation>
    </message>
    <message>
        <source>{count} classes marked tobedeleted were not imported (archived if already here).</source>
        <translation>{count} clases marcadas como tobedeleted no se importaron (se archivan si ya estaban aquí).</translation>
    </message>
    <message>
        <source>{name} has no users.csv, so it is not a OneRoster export; it should hold users.csv, classes.csv and enrollments.csv.</source>
        <translation>{name} no tiene users.csv, así que no es una exportación de OneRoster; debería contener users.csv, classes.csv y enrollments.csv.</translation>
    </message>
    <message>
        <source>has no sourcedId</source>
        <translation>no tiene sourcedId</translation>
    </message>
    <message>
        <source>{file} has no {column} column, so it is not a OneRoster CSV export (1.1 or 1.2); export the roster again.</source>
        <translation>{file} no tiene la columna {column}, así que no es una exportación OneRoster CSV (1.1 o 1.2); vuelva a exportar la lista.</translation>
    </message>
    <message>
        <source>{file} has no role column and the export has no roles.csv (OneRoster 1.2 keeps roles there), so students cannot be told from teachers and parents; export the roster again with roles.csv.</source>
        <translation>{file} no tiene columna de rol y la exportación no tiene roles.csv (OneRoster 1.2 guarda allí los roles), así que no se puede distinguir a los estudiantes de los docentes y los padres; vuelva a exportar la lista con roles.csv.</translation>
    </message>
    <message>
        <source>{count} student(s) of the export are not in {class_} and were left out.</source>
        <translation>Estudiantes de la exportación que no están en {class_} y se dejaron fuera: {count}.</translation>
    </message>
    <message>
        <source>enrollments.csv puts them in no class</source>
        <extracomment>Why a student of the export is in none of the classes imported.</extracomment>
        <translation>enrollments.csv no los pone en ninguna clase</translation>
    </message>
    <message>
        <source>their only classes are marked tobedeleted</source>
        <translation>sus únicas clases están marcadas tobedeleted</translation>
    </message>
    <message>
        <source>repeats the sourcedId {key} of an earlier row</source>
        <translation>repite el sourcedId {key} de una fila anterior</translation>
    </message>
    <message>
        <source>has no title</source>
        <translation>no tiene título</translation>
    </message>
    <message>
        <source>{name} has no class called {class_} (its classes: {names}).</source>
        <translation>{name} no tiene ninguna clase llamada {class_} (sus clases: {names}).</translation>
    </message>
    <message>
        <source>names user {user}, who is not in users.csv</source>
        <translation>nombra al usuario {user}, que no está en users.csv</translation>
    </message>
    <message>
        <source>names class {class_}, which is not in classes.csv</source>
        <translation>nombra la clase {class_}, que no está en classes.csv</translation>
    </message>
    <message>
        <source>{name} is an Excel workbook the program cannot read (it may be damaged); open it in your spreadsheet and save it as &apos;CSV UTF-8&apos;, then import that file.</source>
        <extracomment>Members of a workbook&apos;s zip: a plain workbook has a dozen or two. Bytes of a workbook once unpacked: a 50,000-row class list is a few tens of MB. How many times smaller than its content a member may be packed; XML packs some 10-30 times, a zip bomb thousands. Blank rows a sheet may have above its header row.</extracomment>
        <translation>{name} es un libro de Excel que el programa no puede leer (puede estar dañado); ábralo en su hoja de cálculo y guárdelo como &apos;CSV UTF-8&apos;, y luego importe ese archivo.</translation>
    </message>
    <message>
        <source>{name} is protected by a password; save it without one (or as &apos;CSV UTF-8&apos;) and import that file.</source>
        <translation>{name} está protegido con contraseña; guárdelo sin ella (o como &apos;CSV UTF-8&apos;) e importe ese archivo.</translation>
    </message>
    <message>
        <source>{name} unpacks to far more data than a spreadsheet holds; check that it is the right file.</source>
        <translation>{name} se descomprime en muchos más datos de los que cabe en una hoja de cálculo; revise que sea el archivo correcto.</translation>
    </message>
</context>
<context>
    <name>FolderLock</name>
    <message>
        <source>the window</source>
        <extracomment>How long a copy opening the folder waits for a restore that is under way.</extracomment>
        <translation>la ventana</translation>
    </message>
    <message>
        <source>the command &apos;{command}&apos;</source>
        <translation>la orden &apos;{command}&apos;</translation>
    </message>
    <message>
        <source>{what}, open since {when}</source>
        <translation>{what}, abierta desde {when}</translation>
    </message>
    <message>
        <source>cbe-desktop is open on the data folder {folder} ({others}), so the backup was not restored and nothing was changed; close it (or wait for it to finish), then restore again, or restore from the window with File → Restore a backup.</source>
        <translation>cbe-desktop está abierto en la carpeta de datos {folder} ({others}), así que no se restauró la copia de seguridad y no se cambió nada; ciérrelo (o espere a que termine) y vuelva a restaurar, o restaure desde la ventana con Archivo → Restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>another copy</source>
        <translation>otra copia</translation>
    </message>
    <message>
        <source>A backup is being restored into {folder} and it is taking long; wait for it to finish, then try again.</source>
        <translation>Se está restaurando una copia de seguridad en {folder} y está tardando; espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>cbe-desktop ({what}) did not close properly, and the file that held its latest saved changes ({wal}) is gone, so changes made shortly before it stopped may be missing; check your most recent work.</source>
        <translation>cbe-desktop ({what}) no se cerró correctamente y el archivo con sus últimos cambios guardados ({wal}) ha desaparecido, así que pueden faltar cambios hechos poco antes de que se detuviera; revise su trabajo más reciente.</translation>
    </message>
</context>
<context>
    <name>Gradebook</name>
    <message>
        <source>Not yet</source>
        <extracomment>What :attr:`explanation` is said from (scores, setting, threshold, the reason the method was settled, scores left out): a grid of a thousand cells says only the few a teacher reads (the selected cell, a tooltip, a report). An explanation said whole by whoever made the cell from another (the learner&apos;s record says what earlier classes count); empty: said from :attr:`basis`.</extracomment>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>{number} {level}</source>
        <translation>{number} {level}</translation>
    </message>
    <message>
        <source>{explanation} ({why})</source>
        <translation>{explanation} ({why})</translation>
    </message>
    <message>
        <source>{explanation} ({count} score(s) no scale can hold left out)</source>
        <translation>{explanation} (se omitieron {count} calificación(es) que ninguna escala admite)</translation>
    </message>
    <message>
        <source>Set by the teacher to {level}: {reason}</source>
        <extracomment>Each column&apos;s method, settled and checked once for the grid, with the scale&apos;s threshold and range: what :func:`cell_for` reuses when one cell changes. {students} in the queries below: the class&apos;s students, or the few a grid is made for. Where each column of an evidence row is, as the gradebook reads it: id, student_id, target_id, produced_on, level, status, supersedes (the rows :func:`effective_evidence` and :func:`tally` are given begin with these too). A grid reads tens of thousands of them straight from the driver as plain tuples (named rows would cost about a tenth of the grid&apos;s time again), so they are read by these named positions. Each cell&apos;s rows come one after another: SQLite reads them in the order of the index it searches (student, then target), so that order costs no sort. Within a cell they are not sorted by SQLite (sorting a grid&apos;s tens of thousands of rows costs the query half as much again): each cell&apos;s dozen rows are put in order (produced_on, then hlc: both text, compared as SQLite compares them) once grouped; see :data:`E_HLC`. Where the grid&apos;s evidence rows (and only theirs) carry their stamp, after the columns above: what orders two pieces of evidence produced on the same day. A row of evidence read by raw SQL: a tuple, or a named row (``sqlalchemy.Row``). The columns made lately, by method, setting and scale (the scale by identity: hashing a scale and its levels costs more than making the column). Each holds its scale, so no other scale can take that identity while it is here.</extracomment>
        <translation>Fijado por el docente en {level}: {reason}</translation>
    </message>
    <message>
        <source>{explanation} — {level}</source>
        <translation>{explanation} — {level}</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>Outside a task</source>
        <extracomment>The note the program itself writes on a plan it closes (stored as data, in English).</extracomment>
        <translation>Fuera de una tarea</translation>
    </message>
</context>
<context>
    <name>Gradebook export</name>
    <message>
        <source>{count} student(s) have no identifier from the school&apos;s information system and were left out ({names}); import the school&apos;s roster, then export again.</source>
        <extracomment>The columns of each file, as the OneRoster 1.2 CSV binding lists them. Every file the manifest names: ours &quot;bulk&quot;, the rest of the binding &quot;absent&quot;.</extracomment>
        <translation>{count} estudiante(s) no tienen identificador del sistema de información de la escuela y quedaron fuera ({names}); importe la lista de la escuela y exporte de nuevo.</translation>
    </message>
    <message>
        <source>The class {name} has no identifier from the school&apos;s information system, so the file names it by this program&apos;s id; import its roster from OneRoster to use the school&apos;s.</source>
        <translation>La clase {name} no tiene identificador del sistema de información de la escuela, así que el archivo la nombra con el identificador de este programa; importe su lista desde OneRoster para usar el de la escuela.</translation>
    </message>
</context>
<context>
    <name>GradebookModel</name>
    <message>
        <source>{name} — family language: {family_language}</source>
        <translation>{name} — idioma de la familia: {family_language}</translation>
    </message>
    <message>
        <source>Proficient on {count} of {total} targets</source>
        <translation>Competente en {count} de {total} metas</translation>
    </message>
    <message>
        <source>1 open “not yet” revision</source>
        <extracomment>Beside a level modified for the student&apos;s individual plan (IEP), with words in the tip. The roles a cell answers; Qt asks for several more at every paint (font, decoration, check state, size...), and those are answered at once, before any lookup.</extracomment>
        <translation>1 revisión «todavía no» abierta</translation>
    </message>
    <message>
        <source>{count} open “not yet” revisions</source>
        <translation>{count} revisiones «todavía no» abiertas</translation>
    </message>
    <message>
        <source>1 piece of evidence</source>
        <translation>1 evidencia</translation>
    </message>
    <message>
        <source>{count} pieces of evidence</source>
        <translation>{count} evidencias</translation>
    </message>
    <message>
        <source>{name} (individual plan)</source>
        <extracomment>(student id, target id) -&gt; the note, for targets modified for an individual plan</extracomment>
        <translation>{name} (plan individual)</translation>
    </message>
    <message>
        <source>Modified for the student&apos;s individual plan (IEP)</source>
        <translation>Modificada para el plan individual del estudiante (IEP)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>How this target is estimated: right-click here, or press the menu key (Shift+F10) on one of its cells.</source>
        <translation>Cómo se estima esta meta: haga clic derecho aquí o pulse la tecla de menú (Mayús+F10) en una de sus celdas.</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Targets proficient, of all targets</source>
        <translation>Metas en nivel competente, del total de metas</translation>
    </message>
    <message>
        <source>Open &apos;not yet&apos; revisions</source>
        <translation>Revisiones de “todavía no” abiertas</translation>
    </message>
    <message>
        <source>{NOT_YET_MARK} Not yet</source>
        <translation>{NOT_YET_MARK} Todavía no</translation>
    </message>
    <message>
        <source>set by the teacher</source>
        <translation>fijado por el docente</translation>
    </message>
    <message>
        <source>, {missing} missing</source>
        <translation>, faltan: {missing}</translation>
    </message>
    <message>
        <source>, {excused} excused</source>
        <translation>, justificadas: {excused}</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation>Estado: {value}</translation>
    </message>
    <message>
        <source>{OVERRIDE_MARK} Set by the teacher</source>
        <translation>{OVERRIDE_MARK} Fijado por el docente</translation>
    </message>
</context>
<context>
    <name>GradebookPage</name>
    <message>
        <source>Task the typed levels are recorded on</source>
        <extracomment>The rubric the panel shows (target id, descriptors, exemplars), kept for the next cell of the same column after a typed entry: the entry wrote evidence, which changes no rubric. Any other change of the store forgets it. The read session a typed entry shares, once it has written: the cell it wrote and the panel of the next cell are read in one (see :meth:`_reading`).</extracomment>
        <translation>Tarea en la que se registran los niveles escritos</translation>
    </message>
    <message>
        <source>New &amp;task…</source>
        <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>&amp;Whole class…</source>
        <translation>&amp;Toda la clase…</translation>
    </message>
    <message>
        <source>Enter this task for every student in one sheet</source>
        <translation>Registrar esta tarea para todos los estudiantes en una sola hoja</translation>
    </message>
    <message>
        <source>Show one competency</source>
        <translation>Mostrar una competencia</translation>
    </message>
    <message>
        <source>Open “not yet”</source>
        <translation>“Todavía no” abierto</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Todavía no hay evidencias</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Tar&amp;ea:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Learning targets</source>
        <translation>&amp;Metas de aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Habits of work</source>
        <translation>&amp;Hábitos de trabajo</translation>
    </message>
    <message>
        <source>Type a level to record it on the task and move down · N not yet · M missing · X excused · Enter: full evidence · Delete: withdraw the newest · Ctrl+Z undo</source>
        <translation>Escriba un nivel para registrarlo en la tarea y bajar · N todavía no · M falta · X justificada · Enter: evidencia completa · Supr: retirar la más reciente · Ctrl+Z deshacer</translation>
    </message>
    <message>
        <source>There are no classes yet: add one on Classes and students, or receive your work from another laptop on Sync.</source>
        <translation>Todavía no hay clases: agregue una en Clases y estudiantes, o reciba su trabajo desde otra computadora en Sincronizar.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No classes yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay clases&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;{value}&lt;/h2&gt;&lt;span&gt;{len} students · {len2} learning targets · estimate: {value2}&lt;/span&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;{value}&lt;/h2&gt;&lt;span&gt;{len} estudiantes · {len2} metas de aprendizaje · estimación: {value2}&lt;/span&gt;</translation>
    </message>
    <message>
        <source>This class has no students or no learning targets yet.</source>
        <translation>Esta clase todavía no tiene estudiantes o metas de aprendizaje.</translation>
    </message>
    <message>
        <source>No habits of work are tracked in this class yet.</source>
        <translation>En esta clase todavía no se registran hábitos de trabajo.</translation>
    </message>
    <message>
        <source>No task: evidence from outside a task (today)</source>
        <translation>Sin tarea: evidencia fuera de una tarea (hoy)</translation>
    </message>
    <message>
        <source>All competencies</source>
        <translation>Todas las competencias</translation>
    </message>
    <message>
        <source>Record {label} for {value}</source>
        <translation>Registrar {label} para {value}</translation>
    </message>
    <message>
        <source>Not yet for {who}</source>
        <translation>Todavía no para {who}</translation>
    </message>
    <message>
        <source>Missing for {who}</source>
        <translation>Falta para {who}</translation>
    </message>
    <message>
        <source>Excused for {who}</source>
        <translation>Justificada para {who}</translation>
    </message>
    <message>
        <source>Outside a task (“{task}” does not cover {code})</source>
        <translation>Fuera de una tarea (“{task}” no incluye {code})</translation>
    </message>
    <message>
        <source>Outside a task</source>
        <translation>Fuera de una tarea</translation>
    </message>
    <message>
        <source>Evidence for {value}</source>
        <translation>Evidencia para {value}</translation>
    </message>
    <message>
        <source>There is no evidence to withdraw in this cell.</source>
        <translation>En esta celda no hay evidencias para retirar.</translation>
    </message>
    <message>
        <source>Withdraw evidence for {value}</source>
        <translation>Retirar la evidencia para {value}</translation>
    </message>
    <message>
        <source>Override for {value}</source>
        <translation>Nivel fijado para {value}</translation>
    </message>
    <message>
        <source>Use the calculated estimate</source>
        <translation>Usar la estimación calculada</translation>
    </message>
    <message>
        <source>New task {value}</source>
        <translation>Nueva tarea {value}</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>This task gives evidence for no learning target of this class.</source>
        <translation>Esta tarea no da evidencia para ninguna meta de aprendizaje de esta clase.</translation>
    </message>
    <message>
        <source>Whole class: {title}</source>
        <translation>Toda la clase: {title}</translation>
    </message>
    <message>
        <source>Whole class, {title}: {recorded} new, {corrected} corrected, {withdrawn} withdrawn. Ctrl+Z undoes the whole sheet.</source>
        <translation>Toda la clase, {title}: {recorded} nuevas, {corrected} corregidas, {withdrawn} retiradas. Ctrl+Z deshace toda la hoja.</translation>
    </message>
    <message>
        <source>Estimate {code} by</source>
        <translation>Estimar {code} por</translation>
    </message>
    <message>
        <source>The class&apos;s method ({value})</source>
        <translation>El método de la clase ({value})</translation>
    </message>
    <message>
        <source>Change method</source>
        <translation>Cambiar el método</translation>
    </message>
</context>
<context>
    <name>GradebookView</name>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Gradebook: estimates of each student on each target</source>
        <translation>Libro de calificaciones: estimación de cada estudiante en cada meta</translation>
    </message>
    <message>
        <source>Arrows move between cells. Type a level to record it; N not yet, M missing, X excused, Enter the full evidence, Delete withdraws the newest. The menu key or Shift+F10 chooses how the target is estimated. Tab leaves the grid.</source>
        <translation>Las flechas se mueven entre las celdas. Escriba un nivel para registrarlo; N todavía no, M falta, X justificada, Enter la evidencia completa, Supr retira la más reciente. La tecla de menú o Mayús+F10 elige cómo se estima la meta. Tab sale de la cuadrícula.</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Todavía no hay nada para mostrar.</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;{NOT_YET_MARK} open “not yet”&amp;nbsp;&amp;nbsp; {OVERRIDE_MARK} set by the teacher&amp;nbsp;&amp;nbsp; — not assessed yet</source>
        <translation>&amp;nbsp;&amp;nbsp;{NOT_YET_MARK} “todavía no” abierto&amp;nbsp;&amp;nbsp; {OVERRIDE_MARK} fijado por el docente&amp;nbsp;&amp;nbsp; — sin evaluar aún</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>The login {login} cannot be used; use 2 to 41 lowercase letters, digits or _, starting with a letter (for example: mrivera).</source>
        <extracomment>Tables every teacher shares: frameworks, targets and their words, scales, attachments (rows naming files by hash), the sync history (no student&apos;s data in it). Tables of a class, by the column naming it. Tables of a student&apos;s work in a class (class_id may be empty: then by the student). Tables of a student&apos;s work with no class column: by the student.</extracomment>
        <translation>No se puede usar el usuario {login}; use de 2 a 41 letras minúsculas, dígitos o _, empezando por una letra (por ejemplo: mrivera).</translation>
    </message>
    <message>
        <source>The school hub refused part of your work ({problem}); nothing was changed on the hub, and your laptop keeps everything: ask the school&apos;s IT person to check which classes your login teaches.</source>
        <translation>El servidor escolar rechazó parte de su trabajo ({problem}); no se cambió nada en el servidor y su computadora lo conserva todo: pida al encargado de informática que revise qué clases enseña su usuario.</translation>
    </message>
    <message>
        <source>Sent to the school hub: {counts}.</source>
        <translation>Enviado al servidor escolar: {counts}.</translation>
    </message>
    <message>
        <source>Received from the school hub: {counts}.</source>
        <translation>Recibido del servidor escolar: {counts}.</translation>
    </message>
    <message>
        <source>{count} records of classes your login does not teach were not sent (they stay on this laptop); their teacher sends them, or ask the school&apos;s IT person to add you to the class.</source>
        <translation>{count} registros de clases que su usuario no enseña no se enviaron (se quedan en esta computadora); los envía su docente, o pida al encargado de informática de la escuela que lo agregue a la clase.</translation>
    </message>
    <message>
        <source>The attachment {name}… does not match its name; run &apos;cbe-desktop check&apos; and sync again.</source>
        <translation>El adjunto {name}… no coincide con su nombre; ejecute &apos;cbe-desktop check&apos; y sincronice de nuevo.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {value}: {name}</source>
        <translation>Importar {value}: {name}</translation>
    </message>
    <message>
        <source>a roster</source>
        <translation>una lista de estudiantes</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <source>Columns: which column holds what</source>
        <translation>Columnas: qué contiene cada columna</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>Framework or class to import into</source>
        <translation>Marco o clase donde importar</translation>
    </message>
    <message>
        <source>&amp;Check the file again</source>
        <translation>&amp;Revisar el archivo otra vez</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>Importar las filas &amp;válidas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing is changed until you press Import. A backup is made first.</source>
        <translation>No cambia nada hasta que presione Importar. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Framework &amp;name:</source>
        <translation>&amp;Nombre del marco:</translation>
    </message>
    <message>
        <source>Into the &amp;class:</source>
        <translation>En la &amp;clase:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported yet.&lt;/b&gt; {exc}</source>
        <translation>&lt;b&gt;Este archivo todavía no se puede importar.&lt;/b&gt; {exc}</translation>
    </message>
    <message>
        <source>Also bring in the students who are in no class of this file ({count}), without a class</source>
        <translation>Traer también, sin clase, a los estudiantes que no están en ninguna clase de este archivo ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt; {message}</source>
        <translation>&lt;b&gt;Este archivo no se puede importar.&lt;/b&gt; {message}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Making a backup first…</source>
        <translation>Primero se hace una copia de seguridad…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>{source}: nothing to change, everything in it is already here ({unchanged} unchanged).</source>
        <extracomment>How many rows of each action the printed plan lists one by one (rejected: all).</extracomment>
        <translation>{source}: no hay nada que cambiar, todo su contenido ya está aquí (sin cambios: {unchanged}).</translation>
    </message>
    <message>
        <source>Imported {source}: {new} new, {updated} updated, {unchanged} unchanged, {removed} removed or archived; {rejected} rejected row(s) left out.</source>
        <translation>Se importó {source}. Nuevos: {new}, actualizados: {updated}, sin cambios: {unchanged}, quitados o archivados: {removed}; filas rechazadas que quedaron fuera: {rejected}.</translation>
    </message>
    <message>
        <source>Imported {source}: {new} new, {updated} updated, {unchanged} unchanged, {removed} removed or archived.</source>
        <translation>Se importó {source}. Nuevos: {new}, actualizados: {updated}, sin cambios: {unchanged}, quitados o archivados: {removed}.</translation>
    </message>
    <message>
        <source>Imported {source}: {new} new, {updated} updated, {unchanged} unchanged; {rejected} rejected row(s) left out.</source>
        <translation>Se importó {source}. Nuevos: {new}, actualizados: {updated}, sin cambios: {unchanged}; filas rechazadas que quedaron fuera: {rejected}.</translation>
    </message>
    <message>
        <source>Imported {source}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Se importó {source}. Nuevos: {new}, actualizados: {updated}, sin cambios: {unchanged}.</translation>
    </message>
    <message>
        <source>Canvas outcomes CSV</source>
        <translation>CSV de resultados de Canvas</translation>
    </message>
    <message>
        <source>framework</source>
        <extracomment>A plan row&apos;s kind, as its line names it.</extracomment>
        <translation>marco</translation>
    </message>
    <message>
        <source>competency</source>
        <translation>competencia</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>rúbrica</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>escala</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>inscripción</translation>
    </message>
    <message>
        <source>1 framework</source>
        <extracomment>How many of a kind: (one, many).</extracomment>
        <translation>1 marco</translation>
    </message>
    <message>
        <source>{count} frameworks</source>
        <translation>{count} marcos</translation>
    </message>
    <message>
        <source>1 competency</source>
        <translation>1 competencia</translation>
    </message>
    <message>
        <source>{count} competencies</source>
        <translation>{count} competencias</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 meta</translation>
    </message>
    <message>
        <source>{count} targets</source>
        <translation>{count} metas</translation>
    </message>
    <message>
        <source>1 rubric</source>
        <translation>1 rúbrica</translation>
    </message>
    <message>
        <source>{count} rubrics</source>
        <translation>{count} rúbricas</translation>
    </message>
    <message>
        <source>1 scale</source>
        <translation>1 escala</translation>
    </message>
    <message>
        <source>{count} scales</source>
        <translation>{count} escalas</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 clase</translation>
    </message>
    <message>
        <source>{count} classes</source>
        <translation>{count} clases</translation>
    </message>
    <message>
        <source>1 student</source>
        <translation>1 estudiante</translation>
    </message>
    <message>
        <source>{count} students</source>
        <translation>{count} estudiantes</translation>
    </message>
    <message>
        <source>1 enrolment</source>
        <translation>1 inscripción</translation>
    </message>
    <message>
        <source>{count} enrolments</source>
        <translation>{count} inscripciones</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Each action as the head of its line in a plan&apos;s summary, and before a listed row.</extracomment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>code</source>
        <extracomment>The fields an import may change, as a plan names them.</extracomment>
        <translation>código</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>enunciado</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>elemento superior</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>i can</source>
        <translation>yo puedo</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>dok</source>
        <translation>profundidad de conocimiento</translation>
    </message>
    <message>
        <source>method</source>
        <translation>método</translation>
    </message>
    <message>
        <source>method param</source>
        <translation>parámetro del método</translation>
    </message>
    <message>
        <source>prerequisites</source>
        <translation>requisitos previos</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identificador</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>term</source>
        <translation>período</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>materia</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grado</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>nombre preferido</translation>
    </message>
    <message>
        <source>student number</source>
        <translation>número de estudiante</translation>
    </message>
    <message>
        <source>family language</source>
        <translation>idioma de la familia</translation>
    </message>
    <message>
        <source>back from the archive</source>
        <translation>vuelve del archivo</translation>
    </message>
    <message>
        <source>{changed} changed</source>
        <translation>cambia: {changed}</translation>
    </message>
    <message>
        <source>{changed} changed; its new title: {title}</source>
        <translation>cambió: {changed}; su nuevo título: {title}</translation>
    </message>
    <message>
        <source>{source} ({format}):</source>
        <translation>{source} ({format}):</translation>
    </message>
    <message>
        <source>  {action:&lt;10} {total}</source>
        <translation>  {action:&lt;10} {total}</translation>
    </message>
    <message>
        <source>  {action:&lt;10} {total} ({detail})</source>
        <translation>  {action:&lt;10} {total} ({detail})</translation>
    </message>
    <message>
        <source>  {action}: {row}</source>
        <translation>  {action}: {row}</translation>
    </message>
    <message>
        <source>  ... and {count} more {action}</source>
        <translation>  ... y {count} más ({action})</translation>
    </message>
    <message>
        <source>  Note: {note}</source>
        <translation>  Nota: {note}</translation>
    </message>
    <message>
        <source>{kind} {label}</source>
        <translation>{kind} {label}</translation>
    </message>
    <message>
        <source>{kind} {label} ({where})</source>
        <translation>{kind} {label} ({where})</translation>
    </message>
    <message>
        <source>{kind} {label}: {reason}</source>
        <translation>{kind} {label}: {reason}</translation>
    </message>
    <message>
        <source>{kind} {label} ({where}): {reason}</source>
        <translation>{kind} {label} ({where}): {reason}</translation>
    </message>
    <message>
        <source>its parent {parent} cannot be imported</source>
        <translation>su elemento superior {parent} no se puede importar</translation>
    </message>
    <message>
        <source>archived: marked tobedeleted</source>
        <translation>archivado: marcado como tobedeleted</translation>
    </message>
    <message>
        <source>{student} in {class_name}</source>
        <translation>{student} en {class_name}</translation>
    </message>
    <message>
        <source>{format}: {counts}</source>
        <translation>{format}: {counts}</translation>
    </message>
    <message>
        <source>{format}: nothing to import</source>
        <translation>{format}: nada que importar</translation>
    </message>
    <message>
        <source>{count} {action}</source>
        <translation>{count} {action}</translation>
    </message>
    <message>
        <source>{count} {action} ({detail})</source>
        <translation>{count} {action} ({detail})</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 row has a problem in {source} (listed above); fix the file, or import only the valid rows (--valid-rows).</source>
        <translation>No se importó nada: 1 fila de {source} tiene un problema (se indica arriba); corrija el archivo o importe solo las filas válidas (--valid-rows).</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have problems in {source} (listed above); fix the file, or import only the valid rows (--valid-rows).</source>
        <translation>No se importó nada: {count} filas de {source} tienen problemas (se enumeran arriba); corrija el archivo o importe solo las filas válidas (--valid-rows).</translation>
    </message>
    <message>
        <source>Nothing was imported: none of the rows of {source} can be imported.</source>
        <translation>No se importó nada: ninguna fila de {source} se puede importar.</translation>
    </message>
    <message>
        <source>{source} has the CASE identifier of the framework {title} already here but none of its items, so its items are added to that framework.</source>
        <translation>{source} tiene el identificador CASE del marco {title} que ya está aquí, pero ninguno de sus elementos, así que sus elementos se agregan a ese marco.</translation>
    </message>
    <message>
        <source>{source} has the CASE identifier of the framework {title} already here, but another title and none of its items, so it is imported as a new framework ({new}).</source>
        <translation>{source} tiene el identificador CASE del marco {title} que ya está aquí, pero otro título y ninguno de sus elementos, así que se importa como un marco nuevo ({new}).</translation>
    </message>
    <message>
        <source>its framework</source>
        <translation>su marco</translation>
    </message>
    <message>
        <source>its scale</source>
        <translation>su escala</translation>
    </message>
    <message>
        <source>Nothing was imported from {source}: in {what}, {problem}; correct the file and import it again.</source>
        <translation>No se importó nada de {source}: en {what}, {problem}; corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>has no statement</source>
        <translation>no tiene enunciado</translation>
    </message>
    <message>
        <source>its identifier appears more than once ({places})</source>
        <translation>su identificador aparece más de una vez ({places})</translation>
    </message>
    <message>
        <source>the code {code} is used by more than one row ({places})</source>
        <translation>el código {code} se usa en más de una fila ({places})</translation>
    </message>
    <message>
        <source>its parent chain loops back to itself ({chain})</source>
        <translation>su cadena de elementos superiores vuelve sobre sí misma ({chain})</translation>
    </message>
    <message>
        <source>its parent {parent} is not in the file or the framework</source>
        <translation>su elemento superior {parent} no está en el archivo ni en el marco</translation>
    </message>
    <message>
        <source>its parent {parent} is not in the file</source>
        <translation>su elemento superior {parent} no está en el archivo</translation>
    </message>
    <message>
        <source>{count} prerequisite link(s) name rows that are not imported; they were left out.</source>
        <translation>{count} vínculo(s) de requisitos previos apuntan a filas que no se importan; se dejaron fuera.</translation>
    </message>
    <message>
        <source>1 target of the framework is not in this file and stay as they are.</source>
        <translation>1 meta del marco no está en este archivo y se queda como está.</translation>
    </message>
    <message>
        <source>{count} targets of the framework are not in this file and stay as they are.</source>
        <translation>{count} metas del marco no están en este archivo y se quedan como están.</translation>
    </message>
    <message>
        <source>{number} {level}</source>
        <translation>{number} {level}</translation>
    </message>
    <message>
        <source>deleted in the file; its evidence is kept</source>
        <translation>eliminado en el archivo; su evidencia se conserva</translation>
    </message>
    <message>
        <source>its target {target} cannot be imported</source>
        <translation>su meta {target} no se puede importar</translation>
    </message>
    <message>
        <source>The rubric of {target} has no levels, so it was left out.</source>
        <translation>La rúbrica de {target} no tiene niveles, así que se dejó fuera.</translation>
    </message>
    <message>
        <source>The rubric of {target} was left out: some of its levels have neither a score nor a position, so they cannot be matched to the levels of the scale {scale}.</source>
        <translation>La rúbrica de {target} se dejó fuera: algunos de sus niveles no tienen puntaje ni posición, así que no se pueden hacer corresponder con los niveles de la escala {scale}.</translation>
    </message>
    <message>
        <source>The rubric of {target} was left out: the score of its only level is not one of the levels of the scale {scale} ({levels}).</source>
        <translation>La rúbrica de {target} se dejó fuera: el puntaje de su único nivel no es uno de los niveles de la escala {scale} ({levels}).</translation>
    </message>
    <message>
        <source>The rubric of {target} was left out: its {count} levels match neither the scores nor the number of levels of the scale {scale} ({levels}).</source>
        <translation>La rúbrica de {target} se dejó fuera: sus {count} niveles no coinciden ni con los puntajes ni con el número de niveles de la escala {scale} ({levels}).</translation>
    </message>
    <message>
        <source>1 more rubric was left out for the same kind of reason.</source>
        <translation>1 rúbrica más se dejó fuera por un motivo parecido.</translation>
    </message>
    <message>
        <source>{count} more rubrics were left out for the same kind of reasons.</source>
        <translation>{count} rúbricas más se dejaron fuera por motivos parecidos.</translation>
    </message>
    <message>
        <source>{count} student(s) left out, in no class of this file: {reason} ({names}). They can be brought in without a class.</source>
        <translation>Estudiantes dejados fuera, en ninguna clase de este archivo, en total: {count}; motivo: {reason} ({names}). Se pueden traer sin clase.</translation>
    </message>
    <message>
        <source>{count} student(s) brought in without a class, in no class of this file: {reason} ({names}).</source>
        <translation>Estudiantes traídos sin clase, en ninguna clase de este archivo, en total: {count}; motivo: {reason} ({names}).</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} y {count} más</translation>
    </message>
    <message>
        <source>{count} classes are called {name}; rename one, then import again.</source>
        <translation>Hay {count} clases llamadas {name}; cambie el nombre de una y vuelva a importar.</translation>
    </message>
    <message>
        <source>its student number is on more than one row</source>
        <translation>su número de estudiante aparece en más de una fila</translation>
    </message>
    <message>
        <source>its sourcedId is on more than one row</source>
        <translation>su sourcedId aparece en más de una fila</translation>
    </message>
    <message>
        <source>its student or class is not in the file</source>
        <translation>su estudiante o su clase no está en el archivo</translation>
    </message>
    <message>
        <source>marked tobedeleted</source>
        <translation>marcado como tobedeleted</translation>
    </message>
    <message>
        <source>That framework is not in the store (it may have been deleted).</source>
        <translation>Ese marco no está guardado en el programa (es posible que se haya eliminado).</translation>
    </message>
    <message>
        <source>The export format {format} is not known; choose case or csv.</source>
        <translation>El formato de exportación {format} no se conoce; elija case o csv.</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>Jan</source>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic</translation>
    </message>
    <message>
        <source>{count} &apos;not yet&apos; on {target}</source>
        <extracomment>(student id, target id) -&gt; standing evidence, oldest first (student id, target id) -&gt; (date, level, reason) of the override in force</extracomment>
        <translation>{count} «todavía no» en {target}</translation>
    </message>
    <message>
        <source>Estimate on {target} fell from {before} to {now}</source>
        <translation>La estimación en {target} bajó de {before} a {now}</translation>
    </message>
    <message>
        <source>No evidence on {target} for 1 week</source>
        <translation>Sin evidencias en {target} desde hace 1 semana</translation>
    </message>
    <message>
        <source>No evidence on {target} for {weeks} weeks</source>
        <translation>Sin evidencias en {target} desde hace {weeks} semanas</translation>
    </message>
    <message>
        <source>No evidence yet on {target}, which the class began 1 week ago</source>
        <translation>Todavía sin evidencias en {target}, que la clase comenzó hace 1 semana</translation>
    </message>
    <message>
        <source>No evidence yet on {target}, which the class began {weeks} weeks ago</source>
        <translation>Todavía sin evidencias en {target}, que la clase comenzó hace {weeks} semanas</translation>
    </message>
    <message>
        <source>{number} {level}</source>
        <translation>{number} {level}</translation>
    </message>
    <message>
        <source>Not yet, revision open ({level})</source>
        <translation>Todavía no, revisión abierta ({level})</translation>
    </message>
    <message>
        <source>Not yet, revision open</source>
        <translation>Todavía no, revisión abierta</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Todavía sin evidencias</translation>
    </message>
    <message>
        <source>Evidence, no estimate yet</source>
        <translation>Con evidencias, todavía sin estimación</translation>
    </message>
    <message>
        <source>That target is not one of this class&apos;s learning targets.</source>
        <translation>Esa meta no es una de las metas de aprendizaje de esta clase.</translation>
    </message>
    <message>
        <source>{target} — not yet proficient ({count}):</source>
        <translation>{target} — todavía no competentes ({count}):</translation>
    </message>
    <message>
        <source>{name} — {status}</source>
        <translation>{name} — {status}</translation>
    </message>
    <message>
        <source>No evidence yet in this class, so there is no pace to show.</source>
        <translation>Todavía no hay evidencias en esta clase, así que no hay ritmo que mostrar.</translation>
    </message>
    <message>
        <source>Week {week} (from {day} {month}): median {median} of {total} targets proficient</source>
        <translation>Semana {week} (desde el {day} de {month}): mediana de {median} de {total} metas con nivel competente</translation>
    </message>
    <message>
        <source>plan {planned}</source>
        <translation>plan {planned}</translation>
    </message>
    <message>
        <source>no plan set for the class</source>
        <translation>la clase no tiene un plan fijado</translation>
    </message>
    <message>
        <source>{median}, {plan}.</source>
        <translation>{median}, {plan}.</translation>
    </message>
    <message>
        <source>{median}, {plan}, {student} {count}.</source>
        <translation>{median}, {plan}, {student}: {count}.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Needs &amp;attention</source>
        <extracomment>the teacher asked to see a student x target in the gradebook (Enter / double-click)</extracomment>
        <translation>Necesitan &amp;atención</translation>
    </message>
    <message>
        <source>Flexible &amp;groups</source>
        <translation>&amp;Grupos flexibles</translation>
    </message>
    <message>
        <source>&amp;Pace</source>
        <translation>&amp;Ritmo</translation>
    </message>
    <message>
        <source>Goals and &amp;reflections</source>
        <translation>Metas y &amp;reflexiones</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>Weeks without evidence before a student is listed</source>
        <translation>Semanas sin evidencias antes de que aparezca un estudiante</translation>
    </message>
    <message>
        <source>No evidence for &amp;more than:</source>
        <translation>Sin evidencias por &amp;más de:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>What to look at</source>
        <translation>Qué mirar</translation>
    </message>
    <message>
        <source>Students who need attention</source>
        <translation>Estudiantes que necesitan atención</translation>
    </message>
    <message>
        <source>Two or more “not yet” on one target, no evidence for a while on a target not yet reached, or an estimate that went down. Habits of work are not included. Press Enter on a line to open it in the gradebook.</source>
        <translation>Dos o más “todavía no” en una meta, ninguna evidencia por un tiempo en una meta todavía no alcanzada, o una estimación que bajó. No se incluyen los hábitos de trabajo. Presione Enter en una línea para abrirla en el libro de calificaciones.</translation>
    </message>
    <message>
        <source>Target for the group</source>
        <translation>Meta para el grupo</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copiar lista</translation>
    </message>
    <message>
        <source>Put the group on the clipboard, one student a line</source>
        <translation>Copiar el grupo al portapapeles, un estudiante por línea</translation>
    </message>
    <message>
        <source>Where they are now</source>
        <translation>Dónde están ahora</translation>
    </message>
    <message>
        <source>Flexible group</source>
        <translation>Grupo flexible</translation>
    </message>
    <message>
        <source>Student shown on the pace chart</source>
        <translation>Estudiante que se muestra en el gráfico de ritmo</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Estudiante:</translation>
    </message>
    <message>
        <source>Targets proficient at the end of each week, from the evidence produced by then. Click the chart, then use the Left and Right arrows to read each week.</source>
        <translation>Metas en nivel competente al final de cada semana, según las evidencias producidas hasta entonces. Haga clic en el gráfico y use las flechas izquierda y derecha para leer cada semana.</translation>
    </message>
    <message>
        <source>Student whose goals and reflections are shown</source>
        <translation>Estudiante cuyas metas y reflexiones se muestran</translation>
    </message>
    <message>
        <source>S&amp;tudent:</source>
        <translation>Es&amp;tudiante:</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Agregar &amp;meta…</translation>
    </message>
    <message>
        <source>Add re&amp;flection…</source>
        <translation>Agregar re&amp;flexión…</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Eliminar lo seleccionado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>In their words</source>
        <translation>Con sus palabras</translation>
    </message>
    <message>
        <source>Goals and reflections</source>
        <translation>Metas y reflexiones</translation>
    </message>
    <message>
        <source>A student can type a goal or reflection here at the laptop; choose “Written by the student” in the dialog. Ctrl+Z undoes an addition.</source>
        <translation>Un estudiante puede escribir aquí una meta o reflexión en la computadora; elija “Escrita por el estudiante” en el cuadro de diálogo. Ctrl+Z deshace lo agregado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insights&lt;/b&gt; — choose a class</source>
        <translation>&lt;b&gt;Análisis&lt;/b&gt; — elija una clase</translation>
    </message>
    <message>
        <source>&lt;b&gt;{class_name}&lt;/b&gt; — {len} students, {len2} learning targets</source>
        <translation>&lt;b&gt;{class_name}&lt;/b&gt; — {len} estudiantes, {len2} metas de aprendizaje</translation>
    </message>
    <message>
        <source>No student: the class only</source>
        <translation>Ningún estudiante: solo la clase</translation>
    </message>
    <message>
        <source>Nothing needs attention with these settings.</source>
        <translation>Con estos ajustes no hay nada que requiera atención.</translation>
    </message>
    <message>
        <source>{len} things to look at, for {students} {value}: {value2} repeated “not yet”, {value3} without recent evidence, {value4} estimates that fell.</source>
        <translation>{len} cosas para revisar, de {students} {value}: {value2} “todavía no” repetidos, {value3} sin evidencias recientes, {value4} estimaciones que bajaron.</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message>
        <source>Choose a target to see who has not reached it yet.</source>
        <translation>Elija una meta para ver quién todavía no la alcanzó.</translation>
    </message>
    <message>
        <source>{len} of {total} students are not yet proficient on {code}.</source>
        <translation>{len} de {total} estudiantes todavía no son competentes en {code}.</translation>
    </message>
    <message>
        <source>Every student is proficient on {code}.</source>
        <translation>Todos los estudiantes son competentes en {code}.</translation>
    </message>
    <message>
        <source>Copied {len} names to the clipboard: paste them into a plan or a message.</source>
        <translation>Se copiaron {len} nombres al portapapeles: péguelos en un plan o en un mensaje.</translation>
    </message>
    <message>
        <source>
{name}, targets proficient week by week: {by_week}.</source>
        <translation>
{name}, metas en nivel competente semana a semana: {by_week}.</translation>
    </message>
    <message>
        <source>
Class median week by week: {median}.</source>
        <translation>
Mediana de la clase, semana a semana: {median}.</translation>
    </message>
</context>
<context>
    <name>Learner</name>
    <message>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En progreso</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Sin evidencia todavía</translation>
    </message>
    <message>
        <source>Learner&apos;s record</source>
        <translation>Expediente del estudiante</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Targets across classes and years</source>
        <translation>Metas a través de clases y años</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Where the student is</source>
        <translation>Dónde está el estudiante</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Same learner as…</source>
        <translation>Mismo estudiante que…</translation>
    </message>
    <message>
        <source>Join another student record to this one: the same person typed in twice</source>
        <translation>Unir otro registro de estudiante a este: la misma persona escrita dos veces</translation>
    </message>
    <message>
        <source>Undo a merge…</source>
        <translation>Deshacer una unión…</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Estudiante:</translation>
    </message>
    <message>
        <source>No students yet.</source>
        <translation>Todavía no hay estudiantes.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <source>Classes and years: {classes}</source>
        <translation>Clases y años: {classes}</translation>
    </message>
    <message>
        <source>Evidence from earlier classes and years: {rule}.</source>
        <translation>Evidencia de clases y años anteriores: {rule}.</translation>
    </message>
    <message>
        <source>Also recorded as: {names}</source>
        <translation>También registrado como: {names}</translation>
    </message>
    <message>
        <source>Other targets</source>
        <translation>Otras metas</translation>
    </message>
    <message>
        <source>{reached} of {count} reached</source>
        <translation>{reached} de {count} logradas</translation>
    </message>
    <message>
        <source>modified (individual plan)</source>
        <translation>modificada (plan individual)</translation>
    </message>
    <message>
        <source>Not yet — next step: {step}</source>
        <translation>Todavía no — siguiente paso: {step}</translation>
    </message>
    <message>
        <source>Same learner</source>
        <translation>Mismo estudiante</translation>
    </message>
    <message>
        <source>Which student record is also {name}?</source>
        <translation>¿Qué registro de estudiante es también {name}?</translation>
    </message>
    <message>
        <source>{other} and {name} will be one learner: the evidence, classes and years of both count as {name}&apos;s. Nothing is deleted, and Undo a merge parts them again.</source>
        <translation>{other} y {name} serán un solo estudiante: la evidencia, las clases y los años de ambos cuentan como de {name}. No se borra nada, y Deshacer una unión los separa de nuevo.</translation>
    </message>
    <message>
        <source>Undo a merge</source>
        <translation>Deshacer una unión</translation>
    </message>
    <message>
        <source>Which record is a learner of their own?</source>
        <translation>¿Qué registro vuelve a ser un estudiante aparte?</translation>
    </message>
    <message>
        <source>Print the learner&apos;s record</source>
        <translation>Imprimir el expediente del estudiante</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The record could not be written to {name}; choose another folder.</source>
        <translation>No se pudo escribir el expediente en {name}; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Printed to {name}.</source>
        <translation>Impreso en {name}.</translation>
    </message>
    <message>
        <source>Start a new term</source>
        <translation>Empezar un nuevo periodo</translation>
    </message>
    <message>
        <source>for example Spring 2027</source>
        <translation>por ejemplo Primavera 2027</translation>
    </message>
    <message>
        <source>Students who move on</source>
        <translation>Estudiantes que pasan</translation>
    </message>
    <message>
        <source>New class &amp;name:</source>
        <translation>&amp;Nombre de la nueva clase:</translation>
    </message>
    <message>
        <source>New &amp;term:</source>
        <translation>Nuevo &amp;periodo:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>{name} ({term}) goes on with its targets, tasks and scale. It is then archived: kept whole, read-only. Untick the students who do not move on.</source>
        <translation>{name} ({term}) continúa con sus metas, tareas y escala. Después se archiva: se guarda entera, de solo lectura. Desmarque a los estudiantes que no pasan.</translation>
    </message>
    <message>
        <source>Students who move on:</source>
        <translation>Estudiantes que pasan:</translation>
    </message>
    <message>
        <source>The new class needs the new term, different from the old class&apos;s.</source>
        <translation>La nueva clase necesita el nuevo periodo, distinto del de la clase anterior.</translation>
    </message>
    <message>
        <source>Term marks</source>
        <translation>Notas del periodo</translation>
    </message>
    <message>
        <source>Term mark</source>
        <translation>Nota del periodo</translation>
    </message>
    <message>
        <source>The school&apos;s rules</source>
        <translation>Las reglas de la escuela</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>No low levels, a share of high ones (logic rule)</source>
        <translation>Sin niveles bajos, una parte de niveles altos (regla lógica)</translation>
    </message>
    <message>
        <source>Mean of the levels with cut scores</source>
        <translation>Promedio de los niveles con puntos de corte</translation>
    </message>
    <message>
        <source>Percent of targets proficient</source>
        <translation>Porcentaje de metas logradas</translation>
    </message>
    <message>
        <source>Back to a level of the scale</source>
        <translation>De vuelta a un nivel de la escala</translation>
    </message>
    <message>
        <source>Use preset</source>
        <translation>Usar el modelo</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Guardar las reglas</translation>
    </message>
    <message>
        <source>Evidence from earlier classes and years</source>
        <translation>Evidencia de clases y años anteriores</translation>
    </message>
    <message>
        <source>Export for the SIS…</source>
        <translation>Exportar para el SIS…</translation>
    </message>
    <message>
        <source>Set mark…</source>
        <translation>Poner nota…</translation>
    </message>
    <message>
        <source>Use the rules&apos; mark</source>
        <translation>Usar la nota de las reglas</translation>
    </message>
    <message>
        <source>Modified targets (IEP)…</source>
        <translation>Metas modificadas (IEP)…</translation>
    </message>
    <message>
        <source>Report cards…</source>
        <translation>Boletas…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>The school&apos;s rules (one line per mark, highest first):</source>
        <translation>Las reglas de la escuela (una línea por nota, la más alta primero):</translation>
    </message>
    <message>
        <source>Evidence from earlier classes and years:</source>
        <translation>Evidencia de clases y años anteriores:</translation>
    </message>
    <message>
        <source>{name} (individual plan)</source>
        <translation>{name} (plan individual)</translation>
    </message>
    <message>
        <source>{period}: closed on {date}{by}; these marks stay as they are when later evidence comes.</source>
        <translation>{period}: cerrado el {date}{by}; estas notas se quedan como están aunque llegue evidencia después.</translation>
    </message>
    <message>
        <source>Reopen the term…</source>
        <translation>Reabrir el periodo…</translation>
    </message>
    <message>
        <source>{period}: open; the marks follow the evidence until you close it.</source>
        <translation>{period}: abierto; las notas siguen la evidencia hasta que lo cierre.</translation>
    </message>
    <message>
        <source>Close the term…</source>
        <translation>Cerrar el periodo…</translation>
    </message>
    <message>
        <source>term mark</source>
        <translation>nota del periodo</translation>
    </message>
    <message>
        <source>Set {name}&apos;s mark</source>
        <translation>Poner la nota de {name}</translation>
    </message>
    <message>
        <source>Use the rules&apos; mark for {name}</source>
        <translation>Usar la nota de las reglas para {name}</translation>
    </message>
    <message>
        <source>Close the term</source>
        <translation>Cerrar el periodo</translation>
    </message>
    <message>
        <source>Storing every mark of the term…</source>
        <translation>Guardando cada nota del periodo…</translation>
    </message>
    <message>
        <source>The school&apos;s rules are saved; every mark follows them.</source>
        <translation>Las reglas de la escuela están guardadas; todas las notas las siguen.</translation>
    </message>
    <message>
        <source>OneRoster 1.2 Gradebook (*.zip)</source>
        <translation>Libro de calificaciones OneRoster 1.2 (*.zip)</translation>
    </message>
    <message>
        <source>Plain CSV of marks (*.csv)</source>
        <translation>CSV sencillo de notas (*.csv)</translation>
    </message>
    <message>
        <source>Export term marks for the SIS</source>
        <translation>Exportar las notas del periodo para el SIS</translation>
    </message>
    <message>
        <source>The marks could not be written to {name}; choose another folder.</source>
        <translation>No se pudieron escribir las notas en {name}; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Exported {results} marks of {students} students to {name}.</source>
        <translation>Se exportaron {results} notas de {students} estudiantes a {name}.</translation>
    </message>
    <message>
        <source>only the class&apos;s own evidence counts</source>
        <extracomment>The school&apos;s choices for evidence from another class or an earlier year.</extracomment>
        <translation>solo cuenta la evidencia de la clase</translation>
    </message>
    <message>
        <source>evidence from earlier classes and years counts too</source>
        <translation>también cuenta la evidencia de clases y años anteriores</translation>
    </message>
    <message>
        <source>a target reached in an earlier class stays proficient</source>
        <translation>una meta lograda en una clase anterior sigue lograda</translation>
    </message>
    <message>
        <source>{count} students are called {name}; name one by its id instead ({ids}).</source>
        <translation>{count} estudiantes se llaman {name}; nombre a uno por su identificador ({ids}).</translation>
    </message>
    <message>
        <source>There is no student called {name}; give a name, a student number or an id.</source>
        <translation>No hay ningún estudiante llamado {name}; indique un nombre, un número de estudiante o un identificador.</translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation>Ese estudiante ya no existe.</translation>
    </message>
    <message>
        <source>{name} is already one learner; choose two different students.</source>
        <translation>{name} ya es un solo estudiante; elija dos estudiantes distintos.</translation>
    </message>
    <message>
        <source>{first} and {second} have different identifiers from the school&apos;s information system, so they are two people; nothing was merged.</source>
        <translation>{first} y {second} tienen identificadores distintos del sistema de información de la escuela, así que son dos personas; no se unió nada.</translation>
    </message>
    <message>
        <source>{name} was not merged into another student; nothing to undo.</source>
        <translation>{name} no se unió a otro estudiante; no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>{explanation} ({count} from earlier classes or years count too)</source>
        <translation>{explanation} ({count} de clases o años anteriores también cuentan)</translation>
    </message>
    <message>
        <source>Proficient since {date} in {klass}; proficient stays proficient (the school&apos;s setting) — {level}</source>
        <translation>Competente desde el {date} en {klass}; lo logrado sigue logrado (la opción de la escuela) — {level}</translation>
    </message>
    <message>
        <source>{explanation} ({count} from earlier classes or years shown, not counted: the school&apos;s setting)</source>
        <translation>{explanation} ({count} de clases o años anteriores se muestran, no cuentan: la opción de la escuela)</translation>
    </message>
</context>
<context>
    <name>LevelChoice</name>
    <message>
        <source>Level {number} {label}</source>
        <extracomment>Widgets that take a typed digit themselves: there, 1-4 type, they do not choose a level. How far an example of work sits in from its level&apos;s button (past the button&apos;s arrow). What a window&apos;s title bar and frame take, above the height a dialog is given.</extracomment>
        <translation>Nivel {number} {label}</translation>
    </message>
    <message>
        <source>Chosen: none yet</source>
        <translation>Elegido: ninguno todavía</translation>
    </message>
    <message>
        <source>Level chosen</source>
        <translation>Nivel elegido</translation>
    </message>
    <message>
        <source>Chosen: {value}</source>
        <translation>Elegido: {value}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clases&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Gradebook</source>
        <translation>Libro de calificaciones</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Conferences</source>
        <translation>Conferencias</translation>
    </message>
    <message>
        <source>Targets and rubrics</source>
        <translation>Metas y rúbricas</translation>
    </message>
    <message>
        <source>Classes and students</source>
        <translation>Clases y estudiantes</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Print conference packets…</source>
        <translation>&amp;Imprimir los informes para la conferencia…</translation>
    </message>
    <message>
        <source>Print the conference packets of the class shown (Ctrl+P)</source>
        <translation>Imprimir los informes para la conferencia de la clase mostrada (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Hacer &amp;copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Close and &amp;remove the demo sandbox</source>
        <translation>Cerrar y &amp;quitar el espacio de prueba</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation>Es&amp;tudiantes</translation>
    </message>
    <message>
        <source>Learner&apos;s &amp;record…</source>
        <translation>&amp;Expediente del estudiante…</translation>
    </message>
    <message>
        <source>&amp;Term marks…</source>
        <translation>&amp;Notas del periodo…</translation>
    </message>
    <message>
        <source>Start a &amp;new term…</source>
        <translation>Empezar un &amp;nuevo periodo…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>DEMO CLASS (a sandbox: nothing here is saved to your own data)</source>
        <translation>CLASE DE DEMOSTRACIÓN (espacio de prueba: nada de esto se guarda en sus propios datos)</translation>
    </message>
    <message>
        <source>school hub {hub}</source>
        <translation>servidor escolar {hub}</translation>
    </message>
    <message>
        <source>{name}
{term} · {students} students · {targets} targets</source>
        <translation>{name}
{term}
{students} estudiantes · {targets} metas</translation>
    </message>
    <message>
        <source>{name}
{students} students · {targets} targets</source>
        <translation>{name}
{students} estudiantes · {targets} metas</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>grado {grade}</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Elija primero una clase.</translation>
    </message>
    <message>
        <source>Choose a class first: its packets are the ones printed.</source>
        <translation>Primero elija una clase: se imprimen los informes de esa clase.</translation>
    </message>
    <message>
        <source>The school hub is backed up on its server (pg_dump), not from this window; ask the school&apos;s IT person for a copy.</source>
        <translation>El servidor escolar se respalda en el propio servidor (pg_dump), no desde esta ventana; pida una copia al encargado de informática de la escuela.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>cbe-desktop backups (*.sqlite)</source>
        <translation>Copias de seguridad de cbe-desktop (*.sqlite)</translation>
    </message>
    <message>
        <source>The backup could not be written to {path} ({exc}).</source>
        <translation>No se pudo escribir la copia de seguridad en {path} ({exc}).</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Go back to the backup {name}? What is there now is kept as a backup first, so you can come back to it.</source>
        <translation>¿Volver a la copia de seguridad {name}? Antes se guarda lo que hay ahora como copia de seguridad, para que pueda volver a ello.</translation>
    </message>
    <message>
        <source>Remove the demo</source>
        <translation>Quitar la demostración</translation>
    </message>
    <message>
        <source>Close the demo class and delete its sandbox? Your own data is not touched.</source>
        <translation>¿Cerrar la clase de demostración y eliminar su espacio de prueba? Sus propios datos no se tocan.</translation>
    </message>
    <message>
        <source>Sync ({open_conflicts} to review)</source>
        <translation>Sincronizar ({open_conflicts} por revisar)</translation>
    </message>
    <message>
        <source>most recent evidence</source>
        <translation>evidencia más reciente</translation>
    </message>
    <message>
        <source>highest evidence</source>
        <translation>evidencia más alta</translation>
    </message>
    <message>
        <source>average of the evidence</source>
        <translation>promedio de las evidencias</translation>
    </message>
    <message>
        <source>most frequent level</source>
        <translation>nivel más frecuente</translation>
    </message>
    <message>
        <source>decaying average</source>
        <translation>promedio ponderado por recencia</translation>
    </message>
    <message>
        <source>weighted average</source>
        <translation>promedio ponderado</translation>
    </message>
    <message>
        <source>shown proficient n times</source>
        <translation>competente demostrado n veces</translation>
    </message>
    <message>
        <source>power-law trend</source>
        <translation>tendencia de ley de potencia</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The school hub is backed up and restored on its server (pg_dump and pg_restore), not by cbe-desktop: ask the school&apos;s IT person.</source>
        <translation>El servidor escolar se respalda y se restaura en el propio servidor (pg_dump y pg_restore), no con cbe-desktop: pídaselo al encargado de informática de la escuela.</translation>
    </message>
</context>
<context>
    <name>Mastery</name>
    <message>
        <source>The newest piece of evidence counts, so growth replaces earlier attempts.</source>
        <extracomment>Every method, in the order the window lists them. The methods whose setting is the newest evidence&apos;s weight, in percent. The range of that weight. How many times ``n_mastery`` may ask for mastery to be shown.</extracomment>
        <translation>Cuenta la evidencia más reciente, así el progreso reemplaza los intentos anteriores.</translation>
    </message>
    <message>
        <source>The best piece of evidence counts, so one strong demonstration is enough.</source>
        <translation>Cuenta la mejor evidencia, así basta con una demostración sólida.</translation>
    </message>
    <message>
        <source>Every piece of evidence counts equally, so early attempts keep weighing on the estimate.</source>
        <translation>Todas las evidencias cuentan por igual, así los primeros intentos siguen pesando en la estimación.</translation>
    </message>
    <message>
        <source>The level shown most often counts, and a tie goes to the higher level.</source>
        <translation>Cuenta el nivel mostrado con más frecuencia; en caso de empate, el más alto.</translation>
    </message>
    <message>
        <source>Each new piece of evidence weighs a set share (65% unless you change it) and older evidence fades a little with every new attempt.</source>
        <translation>Cada nueva evidencia pesa una parte fija (65 % si no la cambia) y las evidencias anteriores pierden un poco de peso con cada nuevo intento.</translation>
    </message>
    <message>
        <source>The newest piece of evidence weighs a set share (65% unless you change it) and the average of all earlier evidence weighs the rest.</source>
        <translation>La evidencia más reciente pesa una parte fija (65 % si no la cambia) y el promedio de todas las anteriores pesa el resto.</translation>
    </message>
    <message>
        <source>The student must reach the mastery level a set number of times (2 unless you change it), and the estimate is the average of those scores.</source>
        <translation>El estudiante debe alcanzar el nivel de dominio un número fijo de veces (2 si no lo cambia), y la estimación es el promedio de esos puntajes.</translation>
    </message>
    <message>
        <source>A trend line through all attempts predicts the current level, rewarding steady growth; scores of 0 are left out because the trend cannot fit them.</source>
        <translation>Una línea de tendencia a través de todos los intentos predice el nivel actual y premia el progreso constante; los puntajes de 0 quedan fuera porque la tendencia no puede ajustarlos.</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a known calculation method; choose one of: {methods}.</source>
        <translation>«{method}» no es un método de cálculo conocido; elija uno de: {methods}.</translation>
    </message>
    <message>
        <source>The lowest level of the scale ({low}) is above the highest ({high}); check the scale&apos;s range.</source>
        <translation>El nivel más bajo de la escala ({low}) está por encima del más alto ({high}); revise el rango de la escala.</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Todavía sin evidencias</translation>
    </message>
    <message>
        <source>Decaying average (newest weighs {weight}%) of {count}: {value}</source>
        <translation>Promedio decreciente (la más reciente pesa {weight} %) de {count}: {value}</translation>
    </message>
    <message>
        <source>Weighted average (newest weighs {weight}%, earlier evidence {rest}%) of {count}: {value}</source>
        <translation>Promedio ponderado (la más reciente pesa {weight} %, las anteriores {rest} %) de {count}: {value}</translation>
    </message>
    <message>
        <source>Not yet shown at or above {threshold} (needs {needed} times)</source>
        <translation>Todavía no mostrado en {threshold} o más (se necesita {needed} veces)</translation>
    </message>
    <message>
        <source>Shown at or above {threshold} only {shown} of the {needed} times needed</source>
        <translation>Mostrado en {threshold} o más solo {shown} de las {needed} veces necesarias</translation>
    </message>
    <message>
        <source>Mean of the 1 score at or above {threshold} (needs {needed}): {value}</source>
        <translation>Promedio del único puntaje en {threshold} o más (se necesitan {needed}): {value}</translation>
    </message>
    <message>
        <source>Mean of the {shown} scores at or above {threshold} (needs {needed}): {value}</source>
        <translation>Promedio de los {shown} puntajes en {threshold} o más (se necesitan {needed}): {value}</translation>
    </message>
    <message>
        <source>Most recent of {count}: {value}</source>
        <translation>La más reciente de {count}: {value}</translation>
    </message>
    <message>
        <source>Highest of {count}: {value}</source>
        <translation>La más alta de {count}: {value}</translation>
    </message>
    <message>
        <source>Average of {count}: {value}</source>
        <translation>Promedio de {count}: {value}</translation>
    </message>
    <message>
        <source>Most frequent level (mode) of {count}: {value}</source>
        <translation>Nivel más frecuente (moda) de {count}: {value}</translation>
    </message>
    <message>
        <source>{method} is not a calculation method, so the newest evidence counts</source>
        <translation>{method} no es un método de cálculo, así que cuenta la evidencia más reciente</translation>
    </message>
    <message>
        <source>the weight {given} is not from {low}% to {high}%, so {default}% is used</source>
        <translation>el peso {given} no está entre {low} % y {high} %, así que se usa {default} %</translation>
    </message>
    <message>
        <source>{given} is not a number of times from {low} to {high}, so {default} is used</source>
        <translation>{given} no es una cantidad de veces del {low} al {high}, así que se usa {default}</translation>
    </message>
    <message>
        <source>0 or below</source>
        <translation>0 o menos</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Power-law trend needs scores above 0, and all {count} are {what}: {value}</source>
        <translation>La tendencia de ley de potencia necesita puntajes mayores que 0, y las {count} son {what}: {value}</translation>
    </message>
    <message>
        <source>Power-law trend needs {needed} attempts, so this is the average of 1 attempt: {value}</source>
        <translation>La tendencia de ley de potencia necesita {needed} intentos, así que esto es el promedio de 1 intento: {value}</translation>
    </message>
    <message>
        <source>Power-law trend needs {needed} attempts, so this is the average of {kept} attempts: {value}</source>
        <translation>La tendencia de ley de potencia necesita {needed} intentos, así que esto es el promedio de {kept} intentos: {value}</translation>
    </message>
    <message>
        <source>Power-law trend over {kept} attempts: {value}</source>
        <translation>Tendencia de ley de potencia sobre {kept} intentos: {value}</translation>
    </message>
    <message>
        <source>{sentence} (1 score of {what} left out: a power law cannot fit {what})</source>
        <translation>{sentence} (1 puntaje de {what} quedó fuera: una ley de potencia no puede ajustar {what})</translation>
    </message>
    <message>
        <source>{sentence} ({count} scores of {what} left out: a power law cannot fit {what})</source>
        <translation>{sentence} ({count} puntajes de {what} quedaron fuera: una ley de potencia no puede ajustar {what})</translation>
    </message>
    <message>
        <source>A score of {score} is not a number the estimate can use.</source>
        <translation>Un puntaje de {score} no es un número que la estimación pueda usar.</translation>
    </message>
    <message>
        <source>The weight of the newest evidence must be between {low}% and {high}%, not {given}.</source>
        <translation>El peso de la evidencia más reciente debe estar entre {low} % y {high} %, no {given}.</translation>
    </message>
    <message>
        <source>The number of times mastery must be shown must be a whole number from {low} to {high}, not {given}.</source>
        <translation>El número de veces que debe mostrarse el dominio debe ser un número entero del {low} al {high}, no {given}.</translation>
    </message>
    <message>
        <source>The n_mastery method needs a mastery threshold; set the level that counts as mastery on the scale.</source>
        <translation>El método de n veces necesita un umbral de dominio; indique en la escala qué nivel cuenta como dominio.</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>sin estimación</translation>
    </message>
    <message>
        <source>1 piece of evidence</source>
        <translation>1 evidencia</translation>
    </message>
    <message>
        <source>{count} pieces of evidence</source>
        <translation>{count} evidencias</translation>
    </message>
</context>
<context>
    <name>NewTerm</name>
    <message>
        <source>The new class needs a name.</source>
        <translation>La nueva clase necesita un nombre.</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>The class {name} is already archived; start the new term from the class that continues it.</source>
        <translation>La clase {name} ya está archivada; empiece el nuevo periodo desde la clase que la continúa.</translation>
    </message>
    <message>
        <source>The new class has the old one&apos;s name and term; give it the new term (for example Spring 2027).</source>
        <translation>La nueva clase tiene el nombre y el periodo de la anterior; dele el nuevo periodo (por ejemplo Primavera 2027).</translation>
    </message>
    <message>
        <source>A student chosen for the new class no longer exists.</source>
        <translation>Un estudiante elegido para la nueva clase ya no existe.</translation>
    </message>
</context>
<context>
    <name>NotYetDialog</name>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Level of this attempt</source>
        <translation>Nivel de este intento</translation>
    </message>
    <message>
        <source>Choose the level the work showed</source>
        <translation>Elija el nivel que mostró el trabajo</translation>
    </message>
    <message>
        <source>No level (not yet assessed)</source>
        <translation>Sin nivel (sin evaluar aún)</translation>
    </message>
    <message>
        <source>&amp;Level of this attempt:</source>
        <translation>&amp;Nivel de este intento:</translation>
    </message>
    <message>
        <source>Choose the level the work showed (or “No level” if it was not assessed).</source>
        <translation>Elija el nivel que mostró el trabajo (o “Sin nivel” si no se evaluó).</translation>
    </message>
    <message>
        <source>Write the next step: what will the student do to revise?</source>
        <translation>Escriba el próximo paso: ¿qué hará el estudiante para revisar?</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>cbe-desktop</source>
        <extracomment>The database file was replaced under the window (another program): reopen it.</extracomment>
        <translation>cbe-desktop</translation>
    </message>
</context>
<context>
    <name>PaceChart</name>
    <message>
        <source>Pace chart: targets proficient by week</source>
        <translation>Gráfico de ritmo: metas en nivel competente por semana</translation>
    </message>
    <message>
        <source>Choose a class to see its pace.</source>
        <translation>Elija una clase para ver su ritmo.</translation>
    </message>
    <message>
        <source>No evidence yet, so there is no pace to show.</source>
        <translation>Todavía no hay evidencias, así que no hay ritmo para mostrar.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Targets proficient</source>
        <translation>Metas en nivel competente</translation>
    </message>
    <message>
        <source>class median (solid)</source>
        <translation>mediana de la clase (continua)</translation>
    </message>
    <message>
        <source>plan, {per_week} a week (dashed)</source>
        <translation>plan, {per_week} por semana (discontinua)</translation>
    </message>
    <message>
        <source>no plan set</source>
        <translation>sin plan</translation>
    </message>
    <message>
        <source>{name} (dotted)</source>
        <translation>{name} (punteada)</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>Next step for the student</source>
        <translation>Próximo paso para el estudiante</translation>
    </message>
    <message>
        <source>What the student will do next, e.g. &apos;Redo problems 3-5 with a ratio table&apos;</source>
        <translation>Lo que hará el estudiante a continuación, p. ej. “Rehacer los problemas 3 a 5 con una tabla de razones”</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Support planned</source>
        <translation>Apoyo previsto</translation>
    </message>
    <message>
        <source>Next &amp;step:</source>
        <translation>Próximo &amp;paso:</translation>
    </message>
    <message>
        <source>Su&amp;pport:</source>
        <translation>&amp;Apoyo:</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Overdue (due {due_on})</source>
        <translation>Vencida (fecha límite {due_on})</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>{student}, {target_code}: not yet since {opened_on} ({value} days), {value2}; level then {level}; next step: {next_step}; support: {value3}.</source>
        <translation>{student}, {target_code}: todavía no desde el {opened_on} ({value} días), {value2}; nivel de entonces {level}; próximo paso: {next_step}; apoyo: {value3}.</translation>
    </message>
    <message>
        <source>Feedback then: {feedback}</source>
        <translation>Retroalimentación de entonces: {feedback}</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>No level</source>
        <translation>Sin nivel</translation>
    </message>
    <message>
        <source>Show the revisions of</source>
        <translation>Mostrar las revisiones de</translation>
    </message>
    <message>
        <source>This class</source>
        <translation>Esta clase</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Target filter</source>
        <translation>Filtro de metas</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Todas las metas</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Open &apos;not yet&apos; revisions, oldest first</source>
        <translation>Revisiones de “todavía no” abiertas, de la más antigua a la más reciente</translation>
    </message>
    <message>
        <source>Not yet queue</source>
        <translation>Cola de “todavía no”</translation>
    </message>
    <message>
        <source>&amp;Record revision…</source>
        <translation>&amp;Registrar revisión…</translation>
    </message>
    <message>
        <source>Record revision</source>
        <translation>Registrar revisión</translation>
    </message>
    <message>
        <source>&amp;Close with a note…</source>
        <translation>&amp;Cerrar con una nota…</translation>
    </message>
    <message>
        <source>Close with a note</source>
        <translation>Cerrar con una nota</translation>
    </message>
    <message>
        <source>Not yet: open revisions</source>
        <translation>Todavía no: revisiones abiertas</translation>
    </message>
    <message>
        <source>Oldest first. Overdue revisions say “Overdue” and are shown in bold on a shaded row. Double-click a row or press Enter to record the revision; Ctrl+Z undoes it.</source>
        <translation>De la más antigua a la más reciente. Las revisiones vencidas dicen “Vencida” y aparecen en negrita en una fila sombreada. Haga doble clic en una fila o presione Enter para registrar la revisión; Ctrl+Z la deshace.</translation>
    </message>
    <message>
        <source>No open &apos;not yet&apos; revisions on {code}.</source>
        <translation>No hay revisiones de “todavía no” abiertas en {code}.</translation>
    </message>
    <message>
        <source>1 open revision</source>
        <translation>1 revisión abierta</translation>
    </message>
    <message>
        <source>{len} open revisions</source>
        <translation>{len} revisiones abiertas</translation>
    </message>
    <message>
        <source>{open_words}, {overdue} overdue</source>
        <translation>{open_words}, vencidas: {overdue}</translation>
    </message>
    <message>
        <source>Record revision of {student} on {target_code}</source>
        <translation>Registrar la revisión de {student} en {target_code}</translation>
    </message>
    <message>
        <source> — still not yet, a new plan is open</source>
        <translation> — todavía no; hay un nuevo plan abierto</translation>
    </message>
    <message>
        <source>Revision recorded for {student} on {target_code}: {level}{again}.</source>
        <translation>Revisión registrada para {student} en {target_code}: {level}{again}.</translation>
    </message>
    <message>
        <source>Why is the revision of {student} on {target_code} closed without new evidence?</source>
        <translation>¿Por qué se cierra la revisión de {student} en {target_code} sin evidencia nueva?</translation>
    </message>
    <message>
        <source>Close revision of {student} on {target_code}</source>
        <translation>Cerrar la revisión de {student} en {target_code}</translation>
    </message>
    <message>
        <source>Revision of {student} on {target_code} closed.</source>
        <translation>Se cerró la revisión de {student} en {target_code}.</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Record a revision</source>
        <translation>Registrar una revisión</translation>
    </message>
    <message>
        <source>Not yet since {opened_on}, at {level_words}.</source>
        <translation>Todavía no desde el {opened_on}, en {level_words}.</translation>
    </message>
    <message>
        <source>Next step: {next_step}</source>
        <translation>Próximo paso: {next_step}</translation>
    </message>
    <message>
        <source>Feedback then: {feedback}</source>
        <translation>Retroalimentación de entonces: {feedback}</translation>
    </message>
    <message>
        <source>&amp;Level of the revision: click the words that match, or type its number</source>
        <translation>&amp;Nivel de la revisión: haga clic en las palabras que corresponden, o escriba su número</translation>
    </message>
    <message>
        <source>Date the revision was produced</source>
        <translation>Fecha en que se hizo la revisión</translation>
    </message>
    <message>
        <source>Feedback on the revision</source>
        <translation>Retroalimentación sobre la revisión</translation>
    </message>
    <message>
        <source>Feedback for the student (Enter: a new line; Ctrl+Enter: save)</source>
        <translation>Retroalimentación para el estudiante (Enter: nueva línea; Ctrl+Enter: guardar)</translation>
    </message>
    <message>
        <source>&amp;Date produced:</source>
        <translation>&amp;Fecha de realización:</translation>
    </message>
    <message>
        <source>&amp;Feedback:</source>
        <translation>&amp;Retroalimentación:</translation>
    </message>
    <message>
        <source>Still &amp;not yet: plan another revision</source>
        <translation>Todavía &amp;no: planificar otra revisión</translation>
    </message>
    <message>
        <source>Still not yet</source>
        <translation>Todavía no, otra vez</translation>
    </message>
    <message>
        <source>Choose the level of the revision: type its number or click its words.</source>
        <translation>Elija el nivel de la revisión: escriba su número o haga clic en sus palabras.</translation>
    </message>
    <message>
        <source>Write the next step: what will the student do to revise again?</source>
        <translation>Escriba el próximo paso: ¿qué hará el estudiante para volver a revisar?</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>There is no class called {name} (classes: {names}).</source>
        <translation>No hay ninguna clase llamada {name} (clases: {names}).</translation>
    </message>
    <message>
        <source>{method} is not a calculation method.</source>
        <translation>{method} no es un método de cálculo.</translation>
    </message>
    <message>
        <source>The weight of the newest evidence is a percentage from 1 to 99.</source>
        <translation>El peso de la evidencia más reciente es un porcentaje del 1 al 99.</translation>
    </message>
    <message>
        <source>The number of times proficient must be shown is a whole number.</source>
        <translation>La cantidad de veces que debe mostrarse el nivel de dominio es un número entero.</translation>
    </message>
    <message>
        <source>{count} classes are called {name}; name one by its sourcedId or id instead ({choices}; &apos;cbe-desktop classes&apos; lists them).</source>
        <translation>Hay {count} clases llamadas {name}; nombre una por su sourcedId o su id ({choices}; &apos;cbe-desktop classes&apos; las muestra).</translation>
    </message>
    <message>
        <source>A name is written given name first or family name first.</source>
        <translation>Un nombre se escribe con el nombre primero o con el apellido primero.</translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation>La clase necesita un nombre.</translation>
    </message>
    <message>
        <source>A class has no field {field}.</source>
        <translation>Una clase no tiene el campo {field}.</translation>
    </message>
    <message>
        <source>That target is not taught in this class.</source>
        <translation>Esa meta no se enseña en esta clase.</translation>
    </message>
    <message>
        <source>A student needs a given name.</source>
        <translation>El estudiante necesita un nombre.</translation>
    </message>
    <message>
        <source>A student has no field {field}.</source>
        <translation>Un estudiante no tiene el campo {field}.</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation>Ese estudiante ya no existe.</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Show &amp;archived classes</source>
        <translation>Mostrar clases &amp;archivadas</translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation>&amp;Nueva clase…</translation>
    </message>
    <message>
        <source>A&amp;rchive class</source>
        <translation>A&amp;rchivar clase</translation>
    </message>
    <message>
        <source> targets a week</source>
        <translation> metas por semana</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nombre de la clase</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Calculation method</source>
        <translation>Método de cálculo</translation>
    </message>
    <message>
        <source>Method parameter</source>
        <translation>Parámetro del método</translation>
    </message>
    <message>
        <source>Planned pace</source>
        <translation>Ritmo previsto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>E&amp;scala:</translation>
    </message>
    <message>
        <source>&amp;Estimate by:</source>
        <translation>&amp;Estimar por:</translation>
    </message>
    <message>
        <source>&amp;Weight or n:</source>
        <translation>&amp;Peso o n:</translation>
    </message>
    <message>
        <source>Planned &amp;pace:</source>
        <translation>Ritmo &amp;previsto:</translation>
    </message>
    <message>
        <source>Targets taught in this class</source>
        <translation>Metas que se enseñan en esta clase</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Tick the targets this class teaches, from any framework; habits of work are tracked on their own tab of the gradebook.</source>
        <translation>Marque las metas que enseña esta clase, de cualquier marco; los hábitos de trabajo se registran en su propia pestaña del libro de calificaciones.</translation>
    </message>
    <message>
        <source>Students of this class</source>
        <translation>Estudiantes de esta clase</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Preferido</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <source>Family language</source>
        <translation>Idioma de la familia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add student…</source>
        <translation>&amp;Agregar estudiante…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Enrol &amp;existing student…</source>
        <translation>Inscribir estudiante &amp;existente…</translation>
    </message>
    <message>
        <source>Archive / &amp;return</source>
        <translation>Archivar / &amp;volver</translation>
    </message>
    <message>
        <source>Remove from &amp;class</source>
        <translation>Quitar de la &amp;clase</translation>
    </message>
    <message>
        <source>&lt;b&gt;No class yet&lt;/b&gt; — create one with “New class…”, or bring your classes in with “Import roster…”</source>
        <translation>&lt;b&gt;Todavía no hay clases&lt;/b&gt; — cree una con “Nueva clase…”, o traiga sus clases con “Importar lista de estudiantes…”</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista de estudiantes…</translation>
    </message>
    <message>
        <source>OneRoster (folder or zip), or a CSV with a header row</source>
        <translation>OneRoster (carpeta o zip) o un CSV con fila de encabezados</translation>
    </message>
    <message>
        <source>Archiving hides a student who left; their evidence is kept and they can return. A student can be enrolled in several classes.</source>
        <translation>Archivar oculta a un estudiante que se fue; sus evidencias se conservan y puede volver. Un estudiante puede estar inscrito en varias clases.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <source>Un&amp;archive class</source>
        <translation>Des&amp;archivar clase</translation>
    </message>
    <message>
        <source>habits of work</source>
        <translation>hábitos de trabajo</translation>
    </message>
    <message>
        <source>New class</source>
        <translation>Nueva clase</translation>
    </message>
    <message>
        <source>Name of the class:</source>
        <translation>Nombre de la clase:</translation>
    </message>
    <message>
        <source>Edit class</source>
        <translation>Editar clase</translation>
    </message>
    <message>
        <source>Archive class</source>
        <translation>Archivar clase</translation>
    </message>
    <message>
        <source>Choose targets</source>
        <translation>Elegir metas</translation>
    </message>
    <message>
        <source>Edit student</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <source>Archive student</source>
        <translation>Archivar estudiante</translation>
    </message>
    <message>
        <source>Every student in your data is already in this class.</source>
        <translation>Todos los estudiantes de sus datos ya están en esta clase.</translation>
    </message>
    <message>
        <source>Enrol a student</source>
        <translation>Inscribir a un estudiante</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Enrol student</source>
        <translation>Inscribir estudiante</translation>
    </message>
    <message>
        <source>Remove {name} from {class_name}</source>
        <translation>Quitar a {name} de {class_name}</translation>
    </message>
    <message>
        <source>{name} was removed from {class_name}; their evidence is kept. Ctrl+Z puts them back.</source>
        <translation>Se quitó a {name} de {class_name}; su evidencia se conserva. Ctrl+Z lo devuelve.</translation>
    </message>
    <message>
        <source>{name} was removed from {class_name}. Ctrl+Z puts them back.</source>
        <translation>Se quitó a {name} de {class_name}. Ctrl+Z lo devuelve.</translation>
    </message>
    <message>
        <source>Remove {name} from {class_name}? Their 1 piece of evidence is kept and comes back if they are enrolled again; Edit → Undo (Ctrl+Z) puts them back at once.</source>
        <translation>¿Quitar a {name} de {class_name}? Su única evidencia se conserva y vuelve si se inscribe de nuevo; Editar → Deshacer (Ctrl+Z) lo devuelve de inmediato.</translation>
    </message>
    <message>
        <source>Remove {name} from {class_name}? Their {count} pieces of evidence are kept and come back if they are enrolled again; Edit → Undo (Ctrl+Z) puts them back at once.</source>
        <translation>¿Quitar a {name} de {class_name}? Sus {count} evidencias se conservan y vuelven si se inscribe de nuevo; Editar → Deshacer (Ctrl+Z) lo devuelve de inmediato.</translation>
    </message>
    <message>
        <source>Remove from class</source>
        <translation>Quitar de la clase</translation>
    </message>
    <message>
        <source>&amp;Remove from class</source>
        <translation>&amp;Quitar de la clase</translation>
    </message>
    <message>
        <source>&amp;Keep in class</source>
        <translation>&amp;Mantener en la clase</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de estudiantes</translation>
    </message>
    <message>
        <source>Rosters (*.zip *.csv);;All files (*)</source>
        <translation>Listas de estudiantes (*.zip *.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>RubricExemplars</name>
    <message>
        <source>Anchor paper: {set}, piece {piece}</source>
        <extracomment>The folder where a copy of an attachment is opened under its own name (the blobs have no extension for the system to go by).</extracomment>
        <translation>Ejemplo de referencia: {set}, trabajo {piece}</translation>
    </message>
    <message>
        <source>, page {page}</source>
        <translation>, página {page}</translation>
    </message>
    <message>
        <source>Example of work: {name}</source>
        <translation>Ejemplo de trabajo: {name}</translation>
    </message>
    <message>
        <source>The group agreed: {reason}</source>
        <translation>El grupo acordó: {reason}</translation>
    </message>
    <message>
        <source>{words} (the work is not on this laptop yet)</source>
        <translation>{words} (el trabajo aún no está en este portátil)</translation>
    </message>
    <message>
        <source>Example of work</source>
        <translation>Ejemplo de trabajo</translation>
    </message>
    <message>
        <source>The work could not be copied to open it; free some space on this laptop and try again.</source>
        <translation>No se pudo copiar el trabajo para abrirlo; libere espacio en este portátil y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>This cannot be saved: {problem}; correct it and try again.</source>
        <extracomment>A name, title, code or label: one line. A statement, description, feedback, note, goal or reflection: up to ten pages or so. Every row at every limit still fits in a sync file&apos;s 1 MB line, twice over (a conflict holds two versions of a row). Ids in one list (a task&apos;s targets, a target&apos;s prerequisites, a score&apos;s attachments). The lowest and highest value a level of a scale may have: 0-4, 1-5 and 0-100 fit, and so does any scale an older version let a teacher make; 1e308 does not. How deep a framework&apos;s tree may go: a competency is level 1, its targets level 2, ... Dates the program keeps: school work, written YYYY-MM-DD. A class&apos;s planned pace, in targets a week. Depth of knowledge levels. One attachment file. How a level&apos;s colour is written. What the program&apos;s ids look like in a list (UUIDs, 36 characters at most).</extracomment>
        <translation>No se puede guardar: {problem}; corríjalo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {length} characters long, more than the {limit} it may hold</source>
        <translation>&apos;{field}&apos; tiene {length} caracteres, más de los {limit} que puede tener</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is left empty</source>
        <extracomment>How long a term mark may be (&quot;A&quot;, &quot;B+&quot;, &quot;4&quot;, &quot;Meets&quot;): as ``core.term_marks.MARK_MAX``.</extracomment>
        <translation>&apos;{field}&apos; está vacío</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, which is not one of: {choices}</source>
        <translation>&apos;{field}&apos; es {value}, que no es ninguno de estos: {choices}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, not a date from {low} to {high} written as YYYY-MM-DD</source>
        <translation>&apos;{field}&apos; es {value}, no una fecha del {low} al {high} escrita como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, not a level from {low} to {high}</source>
        <translation>&apos;{field}&apos; es {value}, no un nivel de {low} a {high}</translation>
    </message>
    <message>
        <source>the level {level} is not a level of its scale ({levels})</source>
        <translation>el nivel {level} no es un nivel de su escala ({levels})</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, which is not a calculation method ({methods})</source>
        <translation>&apos;{field}&apos; es {value}, que no es un método de cálculo ({methods})</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, which is not a number</source>
        <translation>&apos;{field}&apos; es {value}, que no es un número</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, but the weight of the newest evidence is a percentage from {low} to {high}</source>
        <translation>&apos;{field}&apos; es {value}, pero el peso de la evidencia más reciente es un porcentaje del {low} al {high}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, but the number of times proficient must be shown is a whole number from {low} to {high}</source>
        <translation>&apos;{field}&apos; es {value}, pero la cantidad de veces que debe mostrarse el nivel de dominio es un número entero del {low} al {high}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, but depth of knowledge is a level from 1 to 4</source>
        <translation>&apos;{field}&apos; es {value}, pero la profundidad de conocimiento es un nivel del 1 al 4</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, but a level&apos;s colour is written like #A6D4EE</source>
        <translation>&apos;{field}&apos; es {value}, pero el color de un nivel se escribe como #A6D4EE</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is {value}, not a number from {low} to {high}</source>
        <translation>&apos;{field}&apos; es {value}, no un número de {low} a {high}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; names {count} records, more than the {limit} it may name</source>
        <translation>&apos;{field}&apos; nombra {count} registros, más de los {limit} que puede nombrar</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; holds {value}, which is not an id</source>
        <translation>&apos;{field}&apos; contiene {value}, que no es un identificador</translation>
    </message>
    <message>
        <source>the target lies {depth} levels deep in its framework, more than the {limit} levels a framework may have</source>
        <translation>la meta está a {depth} niveles de profundidad en su marco, más de los {limit} niveles que puede tener un marco</translation>
    </message>
    <message>
        <source>the target is its own prerequisite</source>
        <extracomment>The field each check made below reads, and nothing else (``row.get(field)``): a sync file&apos;s many rows are checked by it once per distinct value (``sync/validate.py``).</extracomment>
        <translation>la meta es requisito previo de sí misma</translation>
    </message>
    <message>
        <source>it is scored evidence without a level</source>
        <translation>es una evidencia calificada sin nivel</translation>
    </message>
    <message>
        <source>its version &apos;{side}&apos; breaks a rule: {problem}</source>
        <translation>su versión &apos;{side}&apos; no cumple una regla: {problem}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a rubric of targets and their levels</source>
        <extracomment>A calibration score&apos;s rationale: a few sentences. Targets one calibration set may ask about, and levels one rubric may have. Pieces of work in one calibration set.</extracomment>
        <translation>&apos;{field}&apos; no es una rúbrica de metas con sus niveles</translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <source>A scale needs at least two levels.</source>
        <translation>La escala necesita al menos dos niveles.</translation>
    </message>
    <message>
        <source>Two levels of the scale have the same value; give each its own.</source>
        <translation>Dos niveles de la escala tienen el mismo valor; dele a cada uno el suyo.</translation>
    </message>
    <message>
        <source>Every level of the scale needs a label.</source>
        <translation>Cada nivel de la escala necesita un nombre.</translation>
    </message>
    <message>
        <source>Mark the level that counts as proficient.</source>
        <translation>Marque el nivel que cuenta como dominio alcanzado.</translation>
    </message>
    <message>
        <source>A level&apos;s colour is written like #A6D4EE.</source>
        <translation>El color de un nivel se escribe así: #A6D4EE.</translation>
    </message>
    <message>
        <source>A scale needs a name.</source>
        <translation>La escala necesita un nombre.</translation>
    </message>
    <message>
        <source>That scale no longer exists.</source>
        <translation>Esa escala ya no existe.</translation>
    </message>
</context>
<context>
    <name>ScalesPage</name>
    <message>
        <source>Scales</source>
        <extracomment>The stored text behind a cell that shows one of the program&apos;s own words translated.</extracomment>
        <translation>Escalas</translation>
    </message>
    <message>
        <source>&amp;New scale…</source>
        <translation>&amp;Nueva escala…</translation>
    </message>
    <message>
        <source>Scale name</source>
        <translation>Nombre de la escala</translation>
    </message>
    <message>
        <source>Levels of the scale</source>
        <translation>Niveles de la escala</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>&amp;Add level</source>
        <translation>&amp;Agregar nivel</translation>
    </message>
    <message>
        <source>&amp;Remove level</source>
        <translation>&amp;Quitar nivel</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Color…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tick the lowest level that counts as proficient: it and every level above it count. The words are printed beside every colour, in the grid and on paper, so choose colours that help but are never needed.</source>
        <translation>Marque el nivel más bajo que cuenta como competente: cuentan ese nivel y todos los de arriba. Las palabras se imprimen junto a cada color, en la tabla y en papel, así que elija colores que ayuden pero que nunca sean necesarios.</translation>
    </message>
    <message>
        <source>The value of level {value} is not a number; write it like 3 or 2.5.</source>
        <translation>El valor del nivel {value} no es un número; escríbalo como 3 o 2.5.</translation>
    </message>
    <message>
        <source>Edit scale</source>
        <translation>Editar escala</translation>
    </message>
    <message>
        <source>New scale</source>
        <translation>Nueva escala</translation>
    </message>
    <message>
        <source>Name of the scale:</source>
        <translation>Nombre de la escala:</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Nuevo nivel</translation>
    </message>
    <message>
        <source>Colour of the level</source>
        <translation>Color del nivel</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>fewer than {n}</source>
        <extracomment>Groups with fewer students than this are suppressed in equity views.</extracomment>
        <translation>menos de {n}</translation>
    </message>
    <message>
        <source>Gender</source>
        <extracomment>Kinds stored in ``student_group`` (the grade is the student&apos;s own field). How a view names a kind and a value (the window translates them).</extracomment>
        <translation>Género</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>IEP (plan de educación individualizado)</translation>
    </message>
    <message>
        <source>English learner</source>
        <translation>Aprendiz de inglés</translation>
    </message>
    <message>
        <source>Race/ethnicity</source>
        <translation>Raza/etnia</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispano o latino</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Indígena americano o nativo de Alaska</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <source>Native Hawaiian or other Pacific Islander</source>
        <translation>Nativo de Hawái u otras islas del Pacífico</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Two or more races</source>
        <translation>Dos o más razas</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>Show every class&apos;s &amp;progress</source>
        <translation>Mostrar el &amp;progreso de cada clase</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Docentes</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Not yet open</source>
        <translation>«Todavía no» abiertos</translation>
    </message>
    <message>
        <source>Every class&apos;s progress</source>
        <translation>El progreso de cada clase</translation>
    </message>
    <message>
        <source>Proficient: the share of student × target estimates that reached proficient, as each class&apos;s gradebook computes them.</source>
        <translation>Competente: la proporción de estimaciones estudiante × meta que llegaron a competente, tal como las calcula el libro de calificaciones de cada clase.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Name, student number or id</source>
        <translation>Nombre, número de estudiante o identificador</translation>
    </message>
    <message>
        <source>&amp;Find the student</source>
        <translation>&amp;Buscar al estudiante</translation>
    </message>
    <message>
        <source>&amp;Student:</source>
        <translation>&amp;Estudiante:</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Where the student is</source>
        <translation>Dónde está el estudiante</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>One student</source>
        <translation>Un estudiante</translation>
    </message>
    <message>
        <source>Show who needs &amp;attention</source>
        <translation>Mostrar quién necesita &amp;atención</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>What each class&apos;s Insights page flags; students flagged in several classes come first.</source>
        <translation>Lo que señala la página Perspectivas de cada clase; primero los estudiantes señalados en varias clases.</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <source>Show &amp;equity by student group</source>
        <translation>Mostrar la &amp;equidad por grupo de estudiantes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>A group of fewer than 11 students shows no figure, and neither does the next smallest group when only one is hidden, so that no one can be identified.</source>
        <translation>Un grupo de menos de 11 estudiantes no muestra ninguna cifra, ni tampoco el siguiente grupo más pequeño cuando solo uno está oculto, para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Equidad</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Todos los periodos</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Todos los grados</translation>
    </message>
    <message>
        <source>{classes} current classes, {teachers} with their teachers</source>
        <translation>{classes} clases actuales, {teachers} con sus docentes</translation>
    </message>
    <message>
        <source>{classes} current classes</source>
        <translation>{classes} clases actuales</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Reading every class…</source>
        <translation>Leyendo cada clase…</translation>
    </message>
    <message>
        <source>{count} classes shown.</source>
        <translation>{count} clases mostradas.</translation>
    </message>
    <message>
        <source>Type a student&apos;s name, student number or id, then press Find.</source>
        <translation>Escriba el nombre, el número de estudiante o el identificador de un estudiante y pulse Buscar.</translation>
    </message>
    <message>
        <source>Reading the student&apos;s record…</source>
        <translation>Leyendo el expediente del estudiante…</translation>
    </message>
    <message>
        <source>{name}: {classes}</source>
        <translation>{name}: {classes}</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En progreso</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Sin evidencia todavía</translation>
    </message>
    <message>
        <source>The record of {name}.</source>
        <translation>El expediente de {name}.</translation>
    </message>
    <message>
        <source>{count} things flagged for {students} students.</source>
        <translation>{count} señalamientos para {students} estudiantes.</translation>
    </message>
    <message>
        <source>not shown (protects a smaller group)</source>
        <translation>no se muestra (protege a un grupo más pequeño)</translation>
    </message>
    <message>
        <source>No student groups are recorded for these {count} students; import the roster with its demographics (OneRoster demographics.csv) or with IEP and English learner columns.</source>
        <translation>No hay grupos de estudiantes registrados para estos {count} estudiantes; importe la lista con sus datos demográficos (demographics.csv de OneRoster) o con columnas de IEP y de aprendiz de inglés.</translation>
    </message>
    <message>
        <source>{count} students, by group.</source>
        <translation>{count} estudiantes, por grupo.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>There is no setting called {name}.</source>
        <translation>No hay ninguna configuración llamada {name}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>optional: a second place for backups</source>
        <translation>opcional: un segundo lugar para las copias de seguridad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Default method</source>
        <translation>Método predeterminado</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>&amp;Docente:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Escuela:</translation>
    </message>
    <message>
        <source>Estimate new classes &amp;by:</source>
        <translation>Estimar las clases nuevas &amp;por:</translation>
    </message>
    <message>
        <source>Second &amp;backup folder:</source>
        <translation>Segunda carpeta de &amp;copias de seguridad:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>C&amp;ontrast:</source>
        <translation>C&amp;ontraste:</translation>
    </message>
    <message>
        <source>The language is used from the next start. Backups are always made in the data folder; a second folder (a USB stick) gets a copy too.</source>
        <translation>El idioma se usa a partir del próximo inicio. Las copias de seguridad se hacen siempre en la carpeta de datos; una segunda carpeta (una memoria USB) también recibe una copia.</translation>
    </message>
    <message>
        <source>A second place for backups</source>
        <translation>Un segundo lugar para las copias de seguridad</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Waiting for another copy of cbe-desktop to finish writing ({others}); your change will be saved as soon as it is done.</source>
        <extracomment>``Store.open(backup_on_start=...)``: back up after the window shows, before any write. How long a command waits for another copy&apos;s write before it gives up, by default.</extracomment>
        <translation>Esperando a que otra copia de cbe-desktop termine de escribir ({others}); su cambio se guardará en cuanto termine.</translation>
    </message>
    <message>
        <source>another copy</source>
        <translation>otra copia</translation>
    </message>
    <message>
        <source>The database in {folder} was replaced or removed by another program while cbe-desktop had it open, so this change was not saved; cbe-desktop opens the folder again.</source>
        <translation>Otro programa reemplazó o quitó la base de datos de {folder} mientras cbe-desktop la tenía abierta, así que este cambio no se guardó; cbe-desktop vuelve a abrir la carpeta.</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be written ({problem}); choose another folder with --data-dir or fix its permissions.</source>
        <extracomment>Called while a write waits for another copy: (seconds waited, the other copies). Return False to give up (the write then fails with StoreBusyError, nothing written).</extracomment>
        <translation>No se puede escribir en la carpeta de datos {folder} ({problem}); elija otra carpeta con --data-dir o corrija sus permisos.</translation>
    </message>
    <message>
        <source>The class {name} is archived and read-only; restore it on the Classes page, or work in the class that continues it.</source>
        <translation>La clase {name} está archivada y es de solo lectura; restáurela en la página Clases, o trabaje en la clase que la continúa.</translation>
    </message>
    <message>
        <source>Your login on the school hub {hub} may read but not change the records; changes are made on the teachers&apos; laptops, or ask the school&apos;s IT person.</source>
        <translation>Su usuario en el servidor escolar {hub} puede leer pero no cambiar los registros; los cambios se hacen en las computadoras de los docentes, o consulte al encargado de informática de la escuela.</translation>
    </message>
    <message>
        <source>The school hub {hub} cannot be reached or refused the connection ({problem}); check the network, the address and your password, or ask the school&apos;s IT person.</source>
        <translation>No se puede llegar al servidor escolar {hub} o este rechazó la conexión ({problem}); revise la red, la dirección y su contraseña, o consulte al encargado de informática de la escuela.</translation>
    </message>
    <message>
        <source>{path} is not a cbe-desktop database; move it away or choose another data folder.</source>
        <extracomment>The smallest whole SQLite file: one page of the smallest size.</extracomment>
        <translation>{path} no es una base de datos de cbe-desktop; muévala a otro lugar o elija otra carpeta de datos.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not of cbe-desktop.</source>
        <translation>{path} es una base de datos SQLite de otro programa, no de cbe-desktop.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of cbe-desktop (schema {revision}); update the program on this laptop to open it.</source>
        <extracomment>Each thread&apos;s driver connection for :meth:`reads`, and all of them (to close). Sentences for the teacher found at opening (a lost ``-wal`` file). Runs while a write waits for another copy (the window shows it, a command says it). The start-up backup not made yet (``backup_on_start=&quot;before first write&quot;``). The file&apos;s quick check, begun while the window loaded, whose verdict is asked for before the first write or backup (``backup_on_start=&quot;before first write&quot;``); and the damage it found, which every later write is refused with.</extracomment>
        <translation>Estos datos se guardaron con una versión más nueva de cbe-desktop (esquema {revision}); actualice el programa en esta computadora para abrirlos.</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <source>Add a student</source>
        <translation>Agregar un estudiante</translation>
    </message>
    <message>
        <source>&amp;Given name(s):</source>
        <translation>&amp;Nombre(s):</translation>
    </message>
    <message>
        <source>&amp;Family name(s):</source>
        <translation>&amp;Apellido(s):</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>&amp;Nombre preferido:</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>&amp;Número de estudiante:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>Family &amp;language:</source>
        <translation>&amp;Idioma de la familia:</translation>
    </message>
    <message>
        <source>Name &amp;written:</source>
        <translation>Nombre &amp;escrito:</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The passphrase is wrong, or the file was changed after it was made.</source>
        <translation>La frase de contraseña es incorrecta, o el archivo se modificó después de crearse.</translation>
    </message>
    <message>
        <source>This sync file is locked with a passphrase; give the passphrase it was made with.</source>
        <translation>Este archivo de sincronización está protegido con una frase de contraseña; escriba la frase con la que se creó.</translation>
    </message>
    <message>
        <source>This locked sync file is incomplete (it was cut short); make the file again on the other laptop.</source>
        <translation>Este archivo de sincronización protegido está incompleto (quedó cortado); vuelva a crear el archivo en la otra computadora.</translation>
    </message>
    <message>
        <source>This locked sync file is damaged (part of it was changed or lost on the way); make the file again on the other laptop.</source>
        <translation>Este archivo de sincronización protegido está dañado (una parte se modificó o se perdió por el camino); vuelva a crear el archivo en la otra computadora.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters that you can remember, such as a few words; not one letter repeated, a run like 12345678 or qwerty, or the word password.</source>
        <extracomment>The rule for the passphrase of a new file, said whenever one does not fit it.</extracomment>
        <translation>Elija una frase de contraseña de al menos 8 caracteres que pueda recordar, por ejemplo unas palabras; no una sola letra repetida, una serie como 12345678 o qwerty, ni la palabra contraseña.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of cbe-desktop (lock format {version}); update the program on this laptop to read it.</source>
        <translation>Este archivo se creó con una versión más reciente de cbe-desktop (formato de protección {version}); actualice el programa en esta computadora para leerlo.</translation>
    </message>
    <message>
        <source>This is not a cbe-desktop sync file.</source>
        <extracomment>Every synchronised table by name, parents before children.</extracomment>
        <translation>Este no es un archivo de sincronización de cbe-desktop.</translation>
    </message>
    <message>
        <source>This sync file holds a kind of record this version of cbe-desktop does not know ({table}); update the program on this laptop to read it.</source>
        <translation>Este archivo de sincronización contiene un tipo de registro que esta versión de cbe-desktop no conoce ({table}); actualice el programa en esta computadora para leerlo.</translation>
    </message>
    <message>
        <source>This sync file is damaged or incomplete ({detail}); make the file again on the other laptop.</source>
        <translation>Este archivo de sincronización está dañado o incompleto ({detail}); vuelva a crear el archivo en la otra computadora.</translation>
    </message>
    <message>
        <source>This sync file was refused, and nothing was imported, because {detail}; make the file again with cbe-desktop on the other laptop.</source>
        <translation>Este archivo de sincronización fue rechazado y no se importó nada, porque {detail}; vuelva a crear el archivo con cbe-desktop en la otra computadora.</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is missing</source>
        <extracomment>The usual values check_row accepts as they are without calling :meth:`check` (which says the same of them): _REF, _ID, _STAMP_OK, _FLOAT, _BOOL, or 0.</extracomment>
        <translation>falta &apos;{column}&apos;</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is empty</source>
        <translation>&apos;{column}&apos; está vacío</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not text</source>
        <translation>&apos;{column}&apos; no es texto</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not an id</source>
        <translation>&apos;{column}&apos; no es un identificador</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a clock stamp</source>
        <translation>&apos;{column}&apos; no es una marca de tiempo</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a laptop id</source>
        <translation>&apos;{column}&apos; no es un identificador de computadora</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a file hash</source>
        <translation>&apos;{column}&apos; no es un hash de archivo</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; names no table</source>
        <translation>&apos;{column}&apos; no nombra ninguna tabla</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a finite number</source>
        <translation>&apos;{column}&apos; no es un número finito</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a number</source>
        <translation>&apos;{column}&apos; no es un número</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a whole number</source>
        <translation>&apos;{column}&apos; no es un número entero</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not true or false</source>
        <translation>&apos;{column}&apos; no es verdadero ni falso</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a list</source>
        <translation>&apos;{column}&apos; no es una lista</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; holds something that is not an id</source>
        <translation>&apos;{column}&apos; contiene algo que no es un identificador</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not an object</source>
        <translation>&apos;{column}&apos; no es un objeto</translation>
    </message>
    <message>
        <source>a line is not a record</source>
        <translation>una línea no es un registro</translation>
    </message>
    <message>
        <source>unknown field {field}</source>
        <translation>campo desconocido {field}</translation>
    </message>
    <message>
        <source>it nests too deeply</source>
        <translation>tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>it is not valid JSON: {error}</source>
        <translation>no es JSON válido: {error}</translation>
    </message>
    <message>
        <source>it holds text that is not valid Unicode</source>
        <translation>contiene texto que no es Unicode válido</translation>
    </message>
    <message>
        <source>its manifest has no proper {what}</source>
        <extracomment>What the file is for: a sync file, or a calibration set or return (same container).</extracomment>
        <translation>su manifiesto no tiene un valor válido para {what}</translation>
    </message>
    <message>
        <source>its manifest has no proper &apos;{key}&apos;</source>
        <translation>su manifiesto no tiene un valor válido para &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>its manifest cannot be read: {problem}</source>
        <translation>no se puede leer su manifiesto: {problem}</translation>
    </message>
    <message>
        <source>its manifest has no proper format version</source>
        <translation>su manifiesto no tiene una versión de formato válida</translation>
    </message>
    <message>
        <source>This file was made by a newer version of cbe-desktop (format {major}); update the program on this laptop to read it.</source>
        <translation>Este archivo se creó con una versión más reciente de cbe-desktop (formato {major}); actualice el programa en esta computadora para leerlo.</translation>
    </message>
    <message>
        <source>its manifest has no proper &apos;since&apos;</source>
        <translation>su manifiesto no tiene un valor válido para &apos;since&apos;</translation>
    </message>
    <message>
        <source>&apos;since&apos; laptop</source>
        <translation>la computadora de &apos;since&apos;</translation>
    </message>
    <message>
        <source>&apos;since&apos; stamp</source>
        <translation>la marca de tiempo de &apos;since&apos;</translation>
    </message>
    <message>
        <source>its manifest has no proper &apos;received&apos;</source>
        <translation>su manifiesto no tiene un valor válido para &apos;received&apos;</translation>
    </message>
    <message>
        <source>&apos;received&apos; laptop</source>
        <translation>la computadora de &apos;received&apos;</translation>
    </message>
    <message>
        <source>&apos;received&apos; stamp</source>
        <translation>la marca de tiempo de &apos;received&apos;</translation>
    </message>
    <message>
        <source>its manifest has no row counts</source>
        <translation>su manifiesto no indica cuántos registros contiene</translation>
    </message>
    <message>
        <source>its manifest has no proper row count for {table}</source>
        <translation>su manifiesto no indica bien cuántos registros hay de {table}</translation>
    </message>
    <message>
        <source>its manifest does not list its contents</source>
        <translation>su manifiesto no enumera su contenido</translation>
    </message>
    <message>
        <source>its manifest names a part this program never writes ({name})</source>
        <translation>su manifiesto nombra una parte que este programa nunca escribe ({name})</translation>
    </message>
    <message>
        <source>its manifest has no proper hash or size for {name}</source>
        <translation>su manifiesto no tiene un hash o un tamaño válido para {name}</translation>
    </message>
    <message>
        <source>its manifest has no bundle id</source>
        <translation>su manifiesto no tiene identificador de archivo</translation>
    </message>
    <message>
        <source>source laptop</source>
        <translation>la computadora de origen</translation>
    </message>
    <message>
        <source>creation stamp</source>
        <translation>la marca de tiempo de creación</translation>
    </message>
    <message>
        <source>its part {name} is larger than its manifest says</source>
        <extracomment>How much of a file&apos;s records, checked at opening, is kept in memory to be read from (a school year&apos;s is about 60 MB); beyond it, a part is read from the file again. Of a run of a table&apos;s lines, those the store holds byte for byte, each with its id. Parts checked against the manifest at opening, as read (see verify_hashes).</extracomment>
        <translation>su parte {name} ocupa más de lo que indica su manifiesto</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>no se puede leer {name}: {error}</translation>
    </message>
    <message>
        <source>its part {name} does not match the hash its manifest gives</source>
        <translation>su parte {name} no coincide con el hash que indica su manifiesto</translation>
    </message>
    <message>
        <source>the attachment {name}… does not match its name</source>
        <translation>el archivo adjunto {name}… no coincide con su nombre</translation>
    </message>
    <message>
        <source>a record in {name} is longer than {size} MB</source>
        <translation>un registro de {name} ocupa más de {size} MB</translation>
    </message>
    <message>
        <source>{name} holds {count} records where its manifest says otherwise</source>
        <translation>{name} contiene {count} registros, pero su manifiesto indica otra cantidad</translation>
    </message>
    <message>
        <source>record {number} of {table} is too long</source>
        <translation>el registro {number} de {table} es demasiado largo</translation>
    </message>
    <message>
        <source>This sync file has a damaged record ({table}, line {number}: {problem}); make the file again on the other laptop.</source>
        <translation>Este archivo de sincronización tiene un registro dañado ({table}, línea {number}: {problem}); vuelva a crear el archivo en la otra computadora.</translation>
    </message>
    <message>
        <source>the record {id} appears twice in {table}</source>
        <translation>el registro {id} aparece dos veces en {table}</translation>
    </message>
    <message>
        <source>it holds two parts with the same name</source>
        <translation>contiene dos partes con el mismo nombre</translation>
    </message>
    <message>
        <source>it holds a part with a name this program never writes ({name})</source>
        <translation>contiene una parte con un nombre que este programa nunca escribe ({name})</translation>
    </message>
    <message>
        <source>one of its parts is encrypted inside the zip</source>
        <translation>una de sus partes está cifrada dentro del zip</translation>
    </message>
    <message>
        <source>one of its parts is compressed in a way this program never uses</source>
        <translation>una de sus partes está comprimida de una forma que este programa nunca usa</translation>
    </message>
    <message>
        <source>its part {name} is larger than {size} MB</source>
        <translation>su parte {name} ocupa más de {size} MB</translation>
    </message>
    <message>
        <source>its part {name} inflates more than {ratio} times</source>
        <translation>su parte {name} se expande más de {ratio} veces</translation>
    </message>
    <message>
        <source>it holds more than {count} tables</source>
        <translation>contiene más de {count} tablas</translation>
    </message>
    <message>
        <source>it holds more than {count} attachments</source>
        <translation>contiene más de {count} archivos adjuntos</translation>
    </message>
    <message>
        <source>it would take more than {size} GB</source>
        <translation>ocuparía más de {size} GB</translation>
    </message>
    <message>
        <source>it has no manifest</source>
        <translation>no tiene manifiesto</translation>
    </message>
    <message>
        <source>its manifest is too large</source>
        <translation>su manifiesto es demasiado grande</translation>
    </message>
    <message>
        <source>it holds a part its manifest does not list ({name})</source>
        <translation>contiene una parte que su manifiesto no enumera ({name})</translation>
    </message>
    <message>
        <source>the part {name} is missing</source>
        <translation>falta la parte {name}</translation>
    </message>
    <message>
        <source>its part {name} is not the size its manifest gives</source>
        <translation>su parte {name} no tiene el tamaño que indica su manifiesto</translation>
    </message>
    <message>
        <source>the attachment {name} is not named by its hash</source>
        <translation>el archivo adjunto {name} no lleva el nombre de su hash</translation>
    </message>
    <message>
        <source>the records of {table} are missing</source>
        <translation>faltan los registros de {table}</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>No se puede leer {path} ({reason}).</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a sync file.</source>
        <translation>{path} es una carpeta, no un archivo de sincronización.</translation>
    </message>
    <message>
        <source>{name} is empty; make the file again on the other laptop.</source>
        <translation>{name} está vacío; vuelva a crear el archivo en la otra computadora.</translation>
    </message>
    <message>
        <source>it is larger than {size} GB</source>
        <translation>ocupa más de {size} GB</translation>
    </message>
    <message>
        <source>{name} is not a cbe-desktop sync file.</source>
        <translation>{name} no es un archivo de sincronización de cbe-desktop.</translation>
    </message>
    <message>
        <source>it is not a complete zip file: {error}</source>
        <translation>no es un archivo zip completo: {error}</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}); choose another folder.</source>
        <translation>No se puede escribir {path} ({reason}); elija otra carpeta.</translation>
    </message>
    <message>
        <source>This laptop holds more than one sync file can carry ({size} GB); send what changed since the last exchange instead.</source>
        <translation>Esta computadora tiene más de lo que cabe en un archivo de sincronización ({size} GB); envíe en su lugar lo que cambió desde el último intercambio.</translation>
    </message>
    <message>
        <source>A record of {table} holds a number that cannot be written ({id}); run &apos;cbe-desktop check&apos;.</source>
        <translation>Un registro de {table} contiene un número que no se puede escribir ({id}); ejecute &apos;cbe-desktop check&apos;.</translation>
    </message>
    <message>
        <source>A record of {table} ({id}) is too large to send (over {size} MB); shorten its text.</source>
        <translation>Un registro de {table} ({id}) es demasiado grande para enviarlo (más de {size} MB); acorte su texto.</translation>
    </message>
    <message>
        <source>The records of {table} are more than one sync file can carry; send what changed since the last exchange instead.</source>
        <translation>Los registros de {table} superan lo que cabe en un archivo de sincronización; envíe en su lugar lo que cambió desde el último intercambio.</translation>
    </message>
    <message>
        <source>This laptop holds more than {count} attachments, more than one sync file can carry; send what changed since the last exchange instead.</source>
        <translation>Esta computadora tiene más de {count} archivos adjuntos, más de los que caben en un archivo de sincronización; envíe en su lugar lo que cambió desde el último intercambio.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}); check the drive has room, or choose another folder.</source>
        <translation>No se puede escribir {path} ({reason}); compruebe que la unidad tenga espacio o elija otra carpeta.</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts}, {flagged} stamped far in the future</source>
        <translation>nuevos: {new}, actualizados: {updated}, sin cambios: {unchanged}, {conflicts}, con fecha muy en el futuro: {flagged}</translation>
    </message>
    <message>
        <source>{new} new, {updated} updated, {unchanged} unchanged, {conflicts}</source>
        <translation>nuevos: {new}, actualizados: {updated}, sin cambios: {unchanged}, {conflicts}</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>{count} conflictos</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{count} records</source>
        <translation>{count} registros</translation>
    </message>
    <message>
        <source>1 attachment</source>
        <translation>1 archivo adjunto</translation>
    </message>
    <message>
        <source>{count} attachments</source>
        <translation>{count} archivos adjuntos</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>en un momento desconocido</translation>
    </message>
    <message>
        <source>{teacher}&apos;s laptop at {school} ({replica})</source>
        <extracomment>The backup made just before the import (None: nothing of the teacher&apos;s work changed, a preview, or a school hub, whose server keeps the backups).</extracomment>
        <translation>la computadora de {teacher} en {school} ({replica})</translation>
    </message>
    <message>
        <source>{teacher}&apos;s laptop ({replica})</source>
        <translation>la computadora de {teacher} ({replica})</translation>
    </message>
    <message>
        <source>a laptop with no teacher&apos;s name at {school} ({replica})</source>
        <translation>una computadora sin nombre de docente en {school} ({replica})</translation>
    </message>
    <message>
        <source>a laptop with no teacher&apos;s name ({replica})</source>
        <translation>una computadora sin nombre de docente ({replica})</translation>
    </message>
    <message>
        <source>what changed since an earlier exchange</source>
        <translation>lo que cambió desde un intercambio anterior</translation>
    </message>
    <message>
        <source>all its work</source>
        <translation>todo su trabajo</translation>
    </message>
    <message>
        <source>From {source}, made {when} ({kind}).</source>
        <translation>De {source}, creado {when} ({kind}).</translation>
    </message>
    <message>
        <source>Would bring: {counts}.</source>
        <translation>Traería: {counts}.</translation>
    </message>
    <message>
        <source>Brought: {counts}.</source>
        <translation>Trajo: {counts}.</translation>
    </message>
    <message>
        <source>1 attachment file would be stored.</source>
        <translation>Se guardaría 1 archivo adjunto.</translation>
    </message>
    <message>
        <source>{count} attachment files would be stored.</source>
        <translation>Se guardarían {count} archivos adjuntos.</translation>
    </message>
    <message>
        <source>1 attachment file stored.</source>
        <translation>Se guardó 1 archivo adjunto.</translation>
    </message>
    <message>
        <source>{count} attachment files stored.</source>
        <translation>Se guardaron {count} archivos adjuntos.</translation>
    </message>
    <message>
        <source>1 attachment came without its file; ask for a new sync file that includes them.</source>
        <translation>1 archivo adjunto llegó sin su archivo; pida un nuevo archivo de sincronización que lo incluya.</translation>
    </message>
    <message>
        <source>{count} attachments came without its file; ask for a new sync file that includes them.</source>
        <translation>{count} archivos adjuntos llegaron sin su archivo; pida un nuevo archivo de sincronización que los incluya.</translation>
    </message>
    <message>
        <source>Review the conflicts: both versions are kept until you choose.</source>
        <translation>Revise los conflictos: se conservan ambas versiones hasta que usted elija.</translation>
    </message>
    <message>
        <source>everything on this laptop</source>
        <translation>todo lo que hay en esta computadora</translation>
    </message>
    <message>
        <source>what changed since {peer} last received from this laptop</source>
        <translation>lo que cambió desde la última vez que {peer} recibió algo de esta computadora</translation>
    </message>
    <message>
        <source>Wrote {path} ({what}): {records} and {attachments}, {size} MB, locked with a passphrase.</source>
        <translation>Se escribió {path} ({what}): {records} y {attachments}, {size} MB, protegido con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Wrote {path} ({what}): {records} and {attachments}, {size} MB, not locked.</source>
        <translation>Se escribió {path} ({what}): {records} y {attachments}, {size} MB, sin protección.</translation>
    </message>
    <message>
        <source>1 attachment file could not be included (missing or damaged on this laptop); run &apos;cbe-desktop check&apos;.</source>
        <translation>No se pudo incluir 1 archivo adjunto (falta o está dañado en esta computadora); ejecute &apos;cbe-desktop check&apos;.</translation>
    </message>
    <message>
        <source>{count} attachment files could not be included (missing or damaged on this laptop); run &apos;cbe-desktop check&apos;.</source>
        <translation>No se pudieron incluir {count} archivos adjuntos (faltan o están dañados en esta computadora); ejecute &apos;cbe-desktop check&apos;.</translation>
    </message>
    <message>
        <source>Without a passphrase, anyone with the file can read the students&apos; names.</source>
        <translation>Sin una frase de contraseña, cualquier persona que tenga el archivo puede leer los nombres de los estudiantes.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>{count} laptops of {name} have sent files here; name one by its id ({ids}).</source>
        <translation>{count} computadoras de {name} han enviado archivos aquí; indique una por su identificador ({ids}).</translation>
    </message>
    <message>
        <source>No file from {name} has been received on this laptop; check the name, or send everything instead (leave out --since-last).</source>
        <translation>En esta computadora no se ha recibido ningún archivo de {name}; revise el nombre, o envíe todo en su lugar (sin --since-last).</translation>
    </message>
    <message>
        <source>The file holds everything: {peer} has not yet confirmed receiving a file from this laptop.</source>
        <translation>El archivo contiene todo: {peer} todavía no ha confirmado que recibió un archivo de esta computadora.</translation>
    </message>
    <message>
        <source>This sync file was refused, and nothing was imported: in the record {id} of {table}, {problem}; correct it on the laptop that made the file, then make the file again.</source>
        <translation>Este archivo de sincronización fue rechazado y no se importó nada: en el registro {id} de {table}, {problem}; corríjalo en la computadora que creó el archivo y vuelva a crear el archivo.</translation>
    </message>
    <message>
        <source>No sync file was written, because in the record {id} of {table} on this laptop, {problem}; correct it, then make the file again.</source>
        <translation>No se creó el archivo de sincronización porque en el registro {id} de {table} de esta computadora, {problem}; corríjalo y vuelva a crear el archivo.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>&amp;Send my work</source>
        <translation>&amp;Enviar mi trabajo</translation>
    </message>
    <message>
        <source>&amp;Receive work</source>
        <translation>&amp;Recibir trabajo</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>School h&amp;ub</source>
        <translation>Ser&amp;vidor escolar</translation>
    </message>
    <message>
        <source>Sync: exchange work with other laptops by file</source>
        <translation>Sincronizar: intercambiar trabajo con otras computadoras por archivo</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Qué enviar</translation>
    </message>
    <message>
        <source>What to se&amp;nd:</source>
        <translation>Qué en&amp;viar:</translation>
    </message>
    <message>
        <source>&amp;Lock the file with a passphrase</source>
        <translation>&amp;Proteger el archivo con una frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase, again</source>
        <translation>Frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>About the passphrase</source>
        <translation>Sobre la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>T&amp;ype it again:</source>
        <translation>Escríbala &amp;otra vez:</translation>
    </message>
    <message>
        <source>Tell the other teacher the passphrase in person or by phone, never in the same e-mail as the file.</source>
        <translation>Dígale la frase de contraseña al otro docente en persona o por teléfono, nunca en el mismo correo que el archivo.</translation>
    </message>
    <message>
        <source>&amp;Write the file…</source>
        <translation>&amp;Escribir el archivo…</translation>
    </message>
    <message>
        <source>Write your work to one file, on a USB stick or to send by e-mail, and receive it on the other laptop. Nothing is lost when both laptops changed things: where they disagree, both versions are kept for you to choose.</source>
        <translation>Escriba su trabajo en un archivo, en una memoria USB o para enviarlo por correo, y recíbalo en la otra computadora. No se pierde nada cuando las dos computadoras cambiaron cosas: donde no coinciden, se conservan ambas versiones para que usted elija.</translation>
    </message>
    <message>
        <source>The school hub&apos;s address</source>
        <translation>La dirección del servidor escolar</translation>
    </message>
    <message>
        <source>Password for the school hub</source>
        <translation>Contraseña del servidor escolar</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Sync with the school hu&amp;b</source>
        <translation>Sincroni&amp;zar con el servidor escolar</translation>
    </message>
    <message>
        <source>If your school has a hub, your work is exchanged with it over the school network, exactly as a sync file would be. The password is kept in this computer&apos;s keyring, never in a file; leave it empty once it is kept.</source>
        <translation>Si su escuela tiene un servidor, su trabajo se intercambia con él por la red de la escuela, exactamente como con un archivo de sincronización. La contraseña se guarda en el llavero de esta computadora, nunca en un archivo; déjela vacía una vez guardada.</translation>
    </message>
    <message>
        <source>Sync with the school hub</source>
        <translation>Sincronizar con el servidor escolar</translation>
    </message>
    <message>
        <source>Exchanging work with the school hub…</source>
        <translation>Intercambiando el trabajo con el servidor escolar…</translation>
    </message>
    <message>
        <source>Ch&amp;oose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Todavía no se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>What the file would bring</source>
        <translation>Lo que traería el archivo</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Type the passphrase &amp;again…</source>
        <translation>Escribir la frase de contraseña &amp;otra vez…</translation>
    </message>
    <message>
        <source>Review the conflic&amp;ts</source>
        <translation>Revisar los conflic&amp;tos</translation>
    </message>
    <message>
        <source>Choose a sync file from another laptop (or double-click it). You see what it would bring before anything changes; a backup is made before the import.</source>
        <translation>Elija un archivo de sincronización de otra computadora (o haga doble clic en él). Verá lo que traería antes de que cambie nada; antes de importar se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>En uso ahora</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Edit: write a version of your own</source>
        <translation>Editar: escribir una versión propia</translation>
    </message>
    <message>
        <source>Keep &amp;both corrections</source>
        <translation>Conservar &amp;ambas correcciones</translation>
    </message>
    <message>
        <source>Your choice is saved at once and travels to the other laptops with your next file. Ctrl+Z undoes it.</source>
        <translation>Su elección se guarda enseguida y llega a las otras computadoras con su próximo archivo. Ctrl+Z la deshace.</translation>
    </message>
    <message>
        <source>Sync history, newest first</source>
        <translation>Historial de sincronización, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Enviado o recibido</translation>
    </message>
    <message>
        <source>Laptop and teacher</source>
        <translation>Computadora y docente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Lo que trajo</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Conflictos ({count})</translation>
    </message>
    <message>
        <source>Everything on this laptop</source>
        <translation>Todo lo que hay en esta computadora</translation>
    </message>
    <message>
        <source>What changed since {words} last received from this laptop</source>
        <translation>Lo que cambió desde la última vez que {words} recibió algo de esta computadora</translation>
    </message>
    <message>
        <source>Last file from it received {last_received}. If that laptop has not yet confirmed receiving your work, the file holds everything.</source>
        <translation>Último archivo recibido de ella: {last_received}. Si esa computadora todavía no confirmó que recibió su trabajo, el archivo contiene todo.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>The file was made {made}.</source>
        <translation>El archivo se hizo {made}.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>In use, with its evidence</source>
        <translation>En uso, con sus evidencias</translation>
    </message>
    <message>
        <source>Correction in use</source>
        <translation>Corrección en uso</translation>
    </message>
    <message>
        <source>The other correction</source>
        <translation>La otra corrección</translation>
    </message>
    <message>
        <source>Keep both corrections</source>
        <translation>Conservar ambas correcciones</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>{title}: “{words}” is saved; it travels with your next file.</source>
        <translation>{title}: “{words}” quedó guardado; viaja con su próximo archivo.</translation>
    </message>
    <message>
        <source>Type a passphrase twice, or untick “Lock the file with a passphrase”.</source>
        <translation>Escriba una frase de contraseña dos veces, o desmarque “Proteger el archivo con una frase de contraseña”.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña son distintas; escriba la misma frase dos veces.</translation>
    </message>
    <message>
        <source>Write the sync file</source>
        <translation>Escribir el archivo de sincronización</translation>
    </message>
    <message>
        <source>Nothing was written: writing the file was cancelled.</source>
        <translation>No se escribió nada: se canceló la escritura del archivo.</translation>
    </message>
    <message>
        <source>Reading the file back to check it…</source>
        <translation>Leyendo el archivo de nuevo para comprobarlo…</translation>
    </message>
    <message>
        <source>Send my work</source>
        <translation>Enviar mi trabajo</translation>
    </message>
    <message>
        <source>Writing the sync file…</source>
        <translation>Escribiendo el archivo de sincronización…</translation>
    </message>
    <message>
        <source>But reading the file back failed: {problem} Do not use this file: write it again, to another USB stick if it fails twice.</source>
        <translation>Pero al volver a leer el archivo hubo un error: {problem} No use este archivo: escríbalo otra vez, en otra memoria USB si falla dos veces.</translation>
    </message>
    <message>
        <source>Receive work: choose a sync file</source>
        <translation>Recibir trabajo: elija un archivo de sincronización</translation>
    </message>
    <message>
        <source>This file is locked</source>
        <translation>Este archivo está protegido</translation>
    </message>
    <message>
        <source>{name} is locked with a passphrase.
Type the passphrase it was made with:</source>
        <translation>{name} está protegido con una frase de contraseña.
Escriba la frase con la que se hizo:</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
    <message>
        <source>{path} cannot be read ({value}).</source>
        <translation>No se puede leer {path} ({value}).</translation>
    </message>
    <message>
        <source>Nothing was received: the file is locked, and no passphrase was given.</source>
        <translation>No se recibió nada: el archivo está protegido y no se dio la frase de contraseña.</translation>
    </message>
    <message>
        <source>Receive work</source>
        <translation>Recibir trabajo</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Revisando el archivo…</translation>
    </message>
    <message>
        <source>what changed since an earlier exchange</source>
        <translation>lo que cambió desde un intercambio anterior</translation>
    </message>
    <message>
        <source>all its work</source>
        <translation>todo su trabajo</translation>
    </message>
    <message>
        <source>locked with a passphrase</source>
        <translation>protegido con frase de contraseña</translation>
    </message>
    <message>
        <source>not locked</source>
        <translation>sin proteger</translation>
    </message>
    <message>
        <source>&lt;b&gt;From {value}&lt;/b&gt;&lt;br&gt;Made {value2} ({kind}; {lock}). Nothing has changed on this laptop yet.</source>
        <translation>&lt;b&gt;De {value}&lt;/b&gt;&lt;br&gt;Hecho {value2} ({kind}; {lock}). Todavía no cambió nada en esta computadora.</translation>
    </message>
    <message>
        <source>Importing would bring {value}.</source>
        <translation>La importación traería {value}.</translation>
    </message>
    <message>
        <source>{attachments_added:,} attached files would be stored.</source>
        <translation>Se guardarían {attachments_added:,} archivos adjuntos.</translation>
    </message>
    <message>
        <source>Where both laptops changed the same thing, both versions are kept for you to choose in Conflicts.</source>
        <translation>Donde las dos computadoras cambiaron lo mismo, se conservan ambas versiones para que usted elija en Conflictos.</translation>
    </message>
    <message>
        <source>A backup is made first.</source>
        <translation>Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Importing the work…</source>
        <translation>Importando el trabajo…</translation>
    </message>
    <message>
        <source>What the file brought</source>
        <translation>Lo que trajo el archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received from {value}&lt;/b&gt;&lt;br&gt;Made {value2}.</source>
        <translation>&lt;b&gt;Recibido de {value}&lt;/b&gt;&lt;br&gt;Hecho {value2}.</translation>
    </message>
    <message>
        <source>Imported: {value}.</source>
        <translation>Importado: {value}.</translation>
    </message>
    <message>
        <source>{value} for your choice: both versions are kept until you choose.</source>
        <translation>{value} su elección: se conservan ambas versiones hasta que elija.</translation>
    </message>
    <message>
        <source>1 conflict waits</source>
        <translation>1 conflicto espera</translation>
    </message>
    <message>
        <source>{waiting:,} conflicts wait</source>
        <translation>{waiting:,} conflictos esperan</translation>
    </message>
    <message>
        <source>Deleted on one laptop, scored on another</source>
        <translation>Eliminado en una computadora, calificado en otra</translation>
    </message>
    <message>
        <source> (+{value} more)</source>
        <translation> (+{value} más)</translation>
    </message>
    <message>
        <source>{label}: “{short}” or “{short2}”{more}</source>
        <translation>{label}: “{short}” o “{short2}”{more}</translation>
    </message>
    <message>
        <source>Conflicts recorded on the other laptop (open there, or already settled)</source>
        <translation>Conflictos registrados en la otra computadora (abiertos allí o ya resueltos)</translation>
    </message>
    <message>
        <source>Attached files stored</source>
        <translation>Archivos adjuntos guardados</translation>
    </message>
    <message>
        <source>Attached files missing from the file (ask for a new file)</source>
        <translation>Archivos adjuntos que faltan en el archivo (pida un archivo nuevo)</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>That framework no longer exists; it may have been deleted.</source>
        <translation>Ese marco ya no existe; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>That target no longer exists; it may have been deleted.</source>
        <translation>Esa meta ya no existe; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>That exemplar no longer exists; it may have been deleted.</source>
        <translation>Ese ejemplo de trabajo ya no existe; es posible que se haya eliminado.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>There is no framework called {name} (frameworks: {titles}).</source>
        <translation>No hay ningún marco llamado {name} (marcos: {titles}).</translation>
    </message>
    <message>
        <source>A framework needs a name.</source>
        <translation>El marco necesita un nombre.</translation>
    </message>
    <message>
        <source>A framework is academic or habits, not {kind}.</source>
        <translation>Un marco es académico o de hábitos, no {kind}.</translation>
    </message>
    <message>
        <source>A target needs a code or a statement.</source>
        <translation>La meta necesita un código o un enunciado.</translation>
    </message>
    <message>
        <source>A target has no field {field}.</source>
        <translation>Una meta no tiene el campo {field}.</translation>
    </message>
    <message>
        <source>A target&apos;s words can be written in a packet language, not in {lang}.</source>
        <translation>Las palabras de una meta se pueden escribir en un idioma de los informes, no en {lang}.</translation>
    </message>
    <message>
        <source>A target cannot be its own prerequisite.</source>
        <translation>Una meta no puede ser requisito previo de sí misma.</translation>
    </message>
    <message>
        <source>Depth of knowledge is a level from 1 to 4.</source>
        <translation>La profundidad de conocimiento es un nivel del 1 al 4.</translation>
    </message>
    <message>
        <source>A target cannot be moved inside itself.</source>
        <translation>Una meta no se puede mover dentro de sí misma.</translation>
    </message>
    <message>
        <source>Deleted 1 target.</source>
        <translation>Se eliminó 1 meta.</translation>
    </message>
    <message>
        <source>Deleted {count} targets.</source>
        <translation>Se eliminaron {count} metas.</translation>
    </message>
    <message>
        <source>Deleted 1 target; the {evidence} piece(s) of evidence recorded on them are kept and come back if you undo.</source>
        <translation>Se eliminó 1 meta; las {evidence} evidencia(s) registradas en ella se conservan y vuelven si deshace la acción.</translation>
    </message>
    <message>
        <source>Deleted {count} targets; the {evidence} piece(s) of evidence recorded on them are kept and come back if you undo.</source>
        <translation>Se eliminaron {count} metas; las {evidence} evidencia(s) registradas en ellas se conservan y vuelven si deshace la acción.</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>New &amp;framework…</source>
        <translation>Nuevo &amp;marco…</translation>
    </message>
    <message>
        <source>&amp;Import targets…</source>
        <translation>&amp;Importar metas…</translation>
    </message>
    <message>
        <source>CASE JSON, Canvas outcomes CSV, or a CSV with a header row</source>
        <translation>CASE JSON, CSV de resultados de Canvas o un CSV con fila de encabezados</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save this framework as CASE 1.1 JSON or CSV</source>
        <translation>Guardar este marco como CASE 1.1 JSON o CSV</translation>
    </message>
    <message>
        <source>Search codes and statements</source>
        <translation>Buscar códigos y enunciados</translation>
    </message>
    <message>
        <source>Search targets</source>
        <translation>Buscar metas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Competencies and learning targets</source>
        <translation>Competencias y metas de aprendizaje</translation>
    </message>
    <message>
        <source>Add &amp;competency</source>
        <translation>Agregar &amp;competencia</translation>
    </message>
    <message>
        <source>Add &amp;target</source>
        <translation>Agregar m&amp;eta</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover a&amp;rriba</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover a&amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Marco:</translation>
    </message>
    <message>
        <source>Drag a target to reorder it or move it under another competency (or use Alt+Up / Alt+Down).</source>
        <translation>Arrastre una meta para reordenarla o moverla a otra competencia (o use Alt+Arriba / Alt+Abajo).</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>I can statement</source>
        <translation>Enunciado “Yo puedo”</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Depth of knowledge</source>
        <translation>Profundidad del conocimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Enunciado:</translation>
    </message>
    <message>
        <source>&quot;&amp;I can&quot;:</source>
        <translation>&quot;&amp;Yo puedo&quot;:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Depth of &amp;knowledge:</source>
        <translation>&amp;Profundidad del conocimiento:</translation>
    </message>
    <message>
        <source>&amp;Prerequisites:</source>
        <translation>&amp;Requisitos previos:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Changes are saved when you leave a field; Ctrl+Z undoes them.</source>
        <translation>Los cambios se guardan al salir de un campo; Ctrl+Z los deshace.</translation>
    </message>
    <message>
        <source>Rubric: a descriptor for each level</source>
        <translation>Rúbrica: un descriptor para cada nivel</translation>
    </message>
    <message>
        <source>What the work looks like</source>
        <translation>Cómo es el trabajo</translation>
    </message>
    <message>
        <source>Exemplars</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>&amp;Attach exemplar to this level…</source>
        <translation>Adjuntar &amp;ejemplo a este nivel…</translation>
    </message>
    <message>
        <source>&amp;Remove exemplar</source>
        <translation>&amp;Quitar ejemplo</translation>
    </message>
    <message>
        <source>Type in a cell to write what work at that level looks like. Exemplars are photos or PDFs of real work at that level: double-click one to open it.</source>
        <translation>Escriba en una celda cómo es un trabajo de ese nivel. Los ejemplos son fotos o PDF de trabajos reales de ese nivel: haga doble clic en uno para abrirlo.</translation>
    </message>
    <message>
        <source>The target&apos;s words in other languages</source>
        <translation>Las palabras de la meta en otros idiomas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&quot;I can&quot;</source>
        <translation>«Yo puedo»</translation>
    </message>
    <message>
        <source>A family&apos;s packet prints the target in the family&apos;s language when it is written here, and as on the Details tab otherwise.</source>
        <translation>El informe de cada familia imprime la meta en el idioma de la familia si está escrita aquí; si no, como en la pestaña Detalles.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Choose a target</source>
        <translation>Elija una meta</translation>
    </message>
    <message>
        <source> (habits of work)</source>
        <translation> (hábitos de trabajo)</translation>
    </message>
    <message>
        <source>No framework yet: create one, or import your standards.</source>
        <translation>Todavía no hay marcos: cree uno o importe sus estándares.</translation>
    </message>
    <message>
        <source>Habits of work: tracked and reported, never mixed into academic levels.</source>
        <translation>Hábitos de trabajo: se registran y se informan, nunca se mezclan con los niveles académicos.</translation>
    </message>
    <message>
        <source>Academic competencies and learning targets.</source>
        <translation>Competencias académicas y metas de aprendizaje.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Choose a target&lt;/b&gt; — or add one</source>
        <translation>&lt;b&gt;Elija una meta&lt;/b&gt; — o agregue una</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Learning target</source>
        <translation>Meta de aprendizaje</translation>
    </message>
    <message>
        <source>Edit {code} in {language}</source>
        <translation>Editar {code} en {language}</translation>
    </message>
    <message>
        <source>New framework</source>
        <translation>Nuevo marco</translation>
    </message>
    <message>
        <source>Name of the framework:</source>
        <translation>Nombre del marco:</translation>
    </message>
    <message>
        <source>Academic (competencies and learning targets)</source>
        <translation>Académico (competencias y metas de aprendizaje)</translation>
    </message>
    <message>
        <source>Habits of work</source>
        <translation>Hábitos de trabajo</translation>
    </message>
    <message>
        <source>What it holds:</source>
        <translation>Lo que contiene:</translation>
    </message>
    <message>
        <source>Create or import a framework first.</source>
        <translation>Primero cree o importe un marco.</translation>
    </message>
    <message>
        <source>competency</source>
        <translation>competencia</translation>
    </message>
    <message>
        <source>learning target</source>
        <translation>meta de aprendizaje</translation>
    </message>
    <message>
        <source>Add a {what}</source>
        <translation>Agregar {what}</translation>
    </message>
    <message>
        <source>Code of the new {what}:</source>
        <translation>Código de la nueva {what}:</translation>
    </message>
    <message>
        <source>Its statement:</source>
        <translation>Su enunciado:</translation>
    </message>
    <message>
        <source>Add {value}</source>
        <translation>Agregar {value}</translation>
    </message>
    <message>
        <source>Edit {code}</source>
        <translation>Editar {code}</translation>
    </message>
    <message>
        <source>Move {code}</source>
        <translation>Mover {code}</translation>
    </message>
    <message>
        <source> and the {value} targets under it</source>
        <translation> y las {value} metas que contiene</translation>
    </message>
    <message>
        <source>

The {evidence} piece(s) of evidence recorded on them are kept, and come back if you undo (Ctrl+Z).</source>
        <translation>

Las {evidence} evidencia(s) registradas en ellas se conservan y vuelven si deshace (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {value}{under}?{kept}</source>
        <translation>¿Eliminar {value}{under}?{kept}</translation>
    </message>
    <message>
        <source>Delete {code}</source>
        <translation>Eliminar {code}</translation>
    </message>
    <message>
        <source>Edit rubric of {code}</source>
        <translation>Editar la rúbrica de {code}</translation>
    </message>
    <message>
        <source>Attach an exemplar</source>
        <translation>Adjuntar un ejemplo</translation>
    </message>
    <message>
        <source>Photos and documents (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)</source>
        <translation>Fotos y documentos (*.png *.jpg *.jpeg *.gif *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This level has no exemplar to remove.</source>
        <translation>Este nivel no tiene ejemplo para quitar.</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>Importar metas</translation>
    </message>
    <message>
        <source>Standards (*.json *.csv *.txt);;All files (*)</source>
        <translation>Estándares (*.json *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no framework to export yet.</source>
        <translation>Todavía no hay ningún marco para exportar.</translation>
    </message>
    <message>
        <source>Export targets</source>
        <translation>Exportar metas</translation>
    </message>
    <message>
        <source>CASE 1.1 JSON (*.json);;CSV (*.csv)</source>
        <translation>CASE 1.1 JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>{path} could not be written ({strerror}).</source>
        <translation>No se pudo escribir {path} ({strerror}).</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Edit task</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Targets this task gives evidence for</source>
        <translation>Metas para las que esta tarea da evidencia</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>T&amp;argets:</source>
        <translation>&amp;Metas:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Rubric for this task (optional)</source>
        <translation>&amp;Rúbrica de esta tarea (opcional)</translation>
    </message>
    <message>
        <source>Rubric for this task</source>
        <translation>Rúbrica de esta tarea</translation>
    </message>
    <message>
        <source>What work at each level looks like on this task. A level left empty shows the target&apos;s own rubric.</source>
        <translation>Cómo se ve el trabajo de cada nivel en esta tarea. Un nivel que deje vacío muestra la rúbrica propia de la meta.</translation>
    </message>
    <message>
        <source>A row per target, a column per level; type what work at that level looks like on this task.</source>
        <translation>Una fila por meta, una columna por nivel; escriba cómo se ve el trabajo de ese nivel en esta tarea.</translation>
    </message>
    <message>
        <source>{target}, level {level}</source>
        <translation>{target}, nivel {level}</translation>
    </message>
    <message>
        <source>Left empty, the target&apos;s rubric shows: {text}</source>
        <translation>Si lo deja vacío, se muestra la rúbrica de la meta: {text}</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Póngale un título a la tarea.</translation>
    </message>
    <message>
        <source>Tick at least one target.</source>
        <translation>Marque al menos una meta.</translation>
    </message>
</context>
<context>
    <name>TermMarkDialogs</name>
    <message>
        <source>Set the mark</source>
        <translation>Poner la nota</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{who}, {what}: the school&apos;s rules give {calculated}. The mark you set is the one the report card and the SIS get; it shows that you set it, when and why.</source>
        <translation>{who}, {what}: las reglas de la escuela dan {calculated}. La nota que usted ponga es la que reciben la boleta y el SIS; muestra que usted la puso, cuándo y por qué.</translation>
    </message>
    <message>
        <source>&amp;Mark:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Targets modified for {name}</source>
        <translation>Metas modificadas para {name}</translation>
    </message>
    <message>
        <source>Target (checked: modified)</source>
        <translation>Meta (marcada: modificada)</translation>
    </message>
    <message>
        <source>Note (what is modified)</source>
        <translation>Nota (qué se modifica)</translation>
    </message>
    <message>
        <source>A modified target is flagged in the gradebook, the learner&apos;s record and the term marks, and printed &quot;Modified&quot; on the report card.</source>
        <translation>Una meta modificada se señala en el cuaderno de calificaciones, el expediente del estudiante y las notas del periodo, y se imprime «Modificada» en la boleta.</translation>
    </message>
    <message>
        <source>Modified targets of {name}</source>
        <translation>Metas modificadas de {name}</translation>
    </message>
    <message>
        <source>Close the term</source>
        <translation>Cerrar el periodo</translation>
    </message>
    <message>
        <source>Close {period} of {name}? Every mark is stored as it is now, with how it was reached; evidence recorded later does not change them. You can still set a student&apos;s mark with a reason.</source>
        <translation>¿Cerrar {period} de {name}? Cada nota se guarda como está ahora, con cómo se obtuvo; la evidencia registrada después no las cambia. Todavía puede poner la nota de un estudiante con un motivo.</translation>
    </message>
    <message>
        <source>Reopen the term</source>
        <translation>Reabrir el periodo</translation>
    </message>
    <message>
        <source>Reopen {period} of {name}? Its marks will follow the evidence again, and may change from the ones families and the school already have.</source>
        <translation>¿Reabrir {period} de {name}? Sus notas volverán a seguir la evidencia y pueden cambiar respecto a las que ya tienen las familias y la escuela.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Print report cards</source>
        <translation>Imprimir boletas</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report cards…</source>
        <translation>Escribiendo las boletas…</translation>
    </message>
    <message>
        <source>Stopped before it was finished: no file was written.</source>
        <translation>Se detuvo antes de terminar: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The report cards could not be written to {name}; choose another folder.</source>
        <translation>No se pudieron escribir las boletas en {name}; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Printed {count} report cards to {name}, each in the family&apos;s language.</source>
        <translation>Se imprimieron {count} boletas en {name}, cada una en el idioma de la familia.</translation>
    </message>
</context>
<context>
    <name>TermMarks</name>
    <message>
        <source>Line {line} of the rules has no mark before a colon; write it like &apos;A: no level below 2; at least half at 4&apos;.</source>
        <extracomment>The presets a school starts from (then edits). Sources of the worked examples: - ``logic``: the &quot;logic rule&quot; conversion (no low levels, a share of high ones), one of the three ways secondary schools turn standards into letters that Matt Townsley describes in &quot;How do teachers determine letter grades and GPAs from standards?&quot; (mctownsley.net); its A line is the rule teachers quote most, &quot;no 1s and at least half 4s&quot;. - ``mean_cuts``: Farmington Municipal Schools (New Mexico), Procedure 2420P &quot;Grading and Progress Reports&quot;: the mean of the standards-based gradebook to a letter, 4.0-3.8 A, 3.7-3.6 A-, 3.5-3.3 B+, 3.2-3.0 B, 2.9-2.8 B-, 2.7-2.5 C+, 2.4-2.2 C, 2.1-2.0 C-, 1.9 and below F. - ``percent_proficient``: the share of targets proficient to a letter (90/80/70/60). - ``levels``: the mean of the levels back to a level of the 1-4 scale (a conversion table for a competency mark).</extracomment>
        <translation>La línea {line} de las reglas no tiene una nota antes de los dos puntos; escríbala como &apos;A: no level below 2; at least half at 4&apos;.</translation>
    </message>
    <message>
        <source>The mark on line {line} of the rules is longer than {limit} characters; write a shorter mark, such as A or 4.</source>
        <translation>La nota de la línea {line} de las reglas tiene más de {limit} caracteres; escriba una nota más corta, como A o 4.</translation>
    </message>
    <message>
        <source>Line {line} of the rules gives the mark {mark} but no condition; add one, or write &apos;otherwise&apos;.</source>
        <translation>La línea {line} de las reglas da la nota {mark} pero ninguna condición; añada una, o escriba &apos;otherwise&apos;.</translation>
    </message>
    <message>
        <source>Line {line} of the rules asks for more than all the targets ({words}); write a share from 0% to 100%.</source>
        <translation>La línea {line} de las reglas pide más que todas las metas ({words}); escriba una parte de 0% a 100%.</translation>
    </message>
    <message>
        <source>Line {line} of the rules says &apos;{words}&apos;, which is not a condition the rules know; write &apos;no level below 2&apos;, &apos;at least half at 4&apos;, &apos;at least 80% proficient&apos;, &apos;mean at least 3&apos; or &apos;otherwise&apos;.</source>
        <translation>La línea {line} de las reglas dice &apos;{words}&apos;, que no es una condición que las reglas conozcan; escriba &apos;no level below 2&apos;, &apos;at least half at 4&apos;, &apos;at least 80% proficient&apos;, &apos;mean at least 3&apos; u &apos;otherwise&apos;.</translation>
    </message>
    <message>
        <source>The rules have more than {limit} marks; keep the marks the report card uses.</source>
        <translation>Las reglas tienen más de {limit} notas; deje las notas que usa la boleta.</translation>
    </message>
    <message>
        <source>The rules are empty; write one line per mark, the last one &apos;F: otherwise&apos;, or choose a preset.</source>
        <translation>Las reglas están vacías; escriba una línea por nota, la última &apos;F: otherwise&apos;, o elija un modelo.</translation>
    </message>
    <message>
        <source>The last line of the rules must say &apos;otherwise&apos; (for example &apos;F: otherwise&apos;), so that every student gets a mark.</source>
        <translation>La última línea de las reglas debe decir &apos;otherwise&apos; (por ejemplo &apos;F: otherwise&apos;), para que cada estudiante reciba una nota.</translation>
    </message>
    <message>
        <source>There is no preset called {name}; the presets are {names}.</source>
        <translation>No hay ningún modelo llamado {name}; los modelos son {names}.</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>en otro caso</translation>
    </message>
    <message>
        <source>{words} (the lowest is {lowest})</source>
        <translation>{words} (el más bajo es {lowest})</translation>
    </message>
    <message>
        <source>{words} (the mean is {mean})</source>
        <translation>{words} (el promedio es {mean})</translation>
    </message>
    <message>
        <source>{words} ({count} of {total})</source>
        <translation>{words} ({count} de {total})</translation>
    </message>
    <message>
        <source>No mark yet: none of the {count} targets has evidence.</source>
        <translation>Todavía no hay nota: ninguna de las {count} metas tiene evidencia.</translation>
    </message>
    <message>
        <source>not {mark}: {why}</source>
        <translation>no {mark}: {why}</translation>
    </message>
    <message>
        <source>{mark} by the school&apos;s rule: {because}</source>
        <translation>{mark} por la regla de la escuela: {because}</translation>
    </message>
    <message>
        <source>{explanation} ({missed})</source>
        <translation>{explanation} ({missed})</translation>
    </message>
    <message>
        <source>{explanation}; {count} target(s) without evidence left out</source>
        <translation>{explanation}; {count} meta(s) sin evidencia quedaron fuera</translation>
    </message>
    <message>
        <source>{mark}, set by {who} on {date}: {reason} (the school&apos;s rules give {calculated})</source>
        <extracomment>Targets modified for the student&apos;s individual plan (IEP): target id -&gt; the note.</extracomment>
        <translation>{mark}, puesta por {who} el {date}: {reason} (las reglas de la escuela dan {calculated})</translation>
    </message>
    <message>
        <source>{mark}, set by the teacher on {date}: {reason} (the school&apos;s rules give {calculated})</source>
        <translation>{mark}, puesta por el docente el {date}: {reason} (las reglas de la escuela dan {calculated})</translation>
    </message>
    <message>
        <source>Kept when the term was closed on {date}: {words}</source>
        <translation>Guardada al cerrar el periodo el {date}: {words}</translation>
    </message>
    <message>
        <source>A mark set by the teacher needs a reason; write why.</source>
        <translation>Una nota puesta por el docente necesita un motivo; escriba por qué.</translation>
    </message>
    <message>
        <source>There is no class with the id {id}; choose a class from the list.</source>
        <translation>No hay ninguna clase con el id {id}; elija una clase de la lista.</translation>
    </message>
    <message>
        <source>{name} has no reporting period called {period}; its period is {term}.</source>
        <translation>{name} no tiene ningún periodo de calificación llamado {period}; su periodo es {term}.</translation>
    </message>
    <message>
        <source>That student is not in {name}; choose a student of the class.</source>
        <translation>Ese estudiante no está en {name}; elija un estudiante de la clase.</translation>
    </message>
    <message>
        <source>The mark is empty; write the mark, such as B or 3.</source>
        <translation>La nota está vacía; escriba la nota, por ejemplo B o 3.</translation>
    </message>
    <message>
        <source>The mark is longer than {limit} characters; write a shorter mark, such as A or 4.</source>
        <translation>La nota tiene más de {limit} caracteres; escriba una nota más corta, por ejemplo A o 4.</translation>
    </message>
    <message>
        <source>A mark set by the teacher needs a reason; write why, as the family and the school will read it.</source>
        <translation>Una nota puesta por el docente necesita un motivo; escriba por qué, pues la familia y la escuela lo leerán.</translation>
    </message>
    <message>
        <source>The reason is longer than {limit} characters; say it more briefly.</source>
        <translation>El motivo tiene más de {limit} caracteres; dígalo más brevemente.</translation>
    </message>
    <message>
        <source>{name} has no mark for {subject}; set the course mark or a competency&apos;s.</source>
        <translation>{name} no tiene nota para {subject}; ponga la nota del curso o la de una competencia.</translation>
    </message>
    <message>
        <source>{name} has no competency called {words}; the competencies are {known}.</source>
        <translation>{name} no tiene ninguna competencia llamada {words}; las competencias son {known}.</translation>
    </message>
    <message>
        <source>{period} of {name} is closed already; reopen it first to store its marks again.</source>
        <translation>{period} de {name} ya está cerrado; reábralo primero para guardar sus notas de nuevo.</translation>
    </message>
    <message>
        <source>{period} of {name} is not closed; there is nothing to reopen.</source>
        <translation>{period} de {name} no está cerrado; no hay nada que reabrir.</translation>
    </message>
    <message>
        <source>There is no target with the id {id}; choose a target of the class.</source>
        <translation>No hay ninguna meta con el id {id}; elija una meta de la clase.</translation>
    </message>
    <message>
        <source>The note is longer than {limit} characters; keep it short (the plan itself says the rest).</source>
        <translation>La nota tiene más de {limit} caracteres; manténgala breve (el plan mismo dice el resto).</translation>
    </message>
    <message>
        <source>There is no student with the id {id}.</source>
        <translation>No hay ningún estudiante con el id {id}.</translation>
    </message>
    <message>
        <source>The class teaches no target with the code {code}; give a code it teaches.</source>
        <translation>La clase no enseña ninguna meta con el código {code}; indique un código que enseñe.</translation>
    </message>
</context>
<context>
    <name>VersionBox</name>
    <message>
        <source> — stamped far ahead of this laptop&apos;s clock</source>
        <translation> — con una fecha muy adelantada respecto del reloj de esta computadora</translation>
    </message>
</context>
<context>
    <name>Voice</name>
    <message>
        <source>Write something first: the text is empty.</source>
        <translation>Escriba algo primero: el texto está vacío.</translation>
    </message>
    <message>
        <source>The author is the student or the teacher, not {author}.</source>
        <translation>El autor es el estudiante o el docente, no {author}.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta personal</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>written by the student</source>
        <translation>escrita por el estudiante</translation>
    </message>
    <message>
        <source>written by the teacher</source>
        <translation>escrita por el docente</translation>
    </message>
    <message>
        <source>the student</source>
        <translation>el estudiante</translation>
    </message>
    <message>
        <source>the teacher</source>
        <translation>el docente</translation>
    </message>
    <message>
        <source>A student&apos;s voice is a goal or a reflection, not {kind}.</source>
        <translation>La voz del estudiante es una meta personal o una reflexión, no {kind}.</translation>
    </message>
    <message>
        <source>That goal no longer exists.</source>
        <translation>Esa meta personal ya no existe.</translation>
    </message>
    <message>
        <source>That reflection no longer exists.</source>
        <translation>Esa reflexión ya no existe.</translation>
    </message>
</context>
<context>
    <name>VoiceActions</name>
    <message>
        <source>Write a goal for {name}</source>
        <extracomment>Each sentence twice, for a goal and for a reflection (the kind is a word of its own in every language: &quot;una meta&quot;, &quot;una reflexión&quot;), never the stored code put into a sentence.</extracomment>
        <translation>Escribir una meta para {name}</translation>
    </message>
    <message>
        <source>Write a reflection for {name}</source>
        <translation>Escribir una reflexión para {name}</translation>
    </message>
    <message>
        <source>Kept the goal of {name}, written by {by}.</source>
        <translation>Se guardó la meta de {name}, escrita por {by}.</translation>
    </message>
    <message>
        <source>Kept the reflection of {name}, written by {by}.</source>
        <translation>Se guardó la reflexión de {name}, escrita por {by}.</translation>
    </message>
    <message>
        <source>Edit a goal of {name}</source>
        <translation>Editar una meta de {name}</translation>
    </message>
    <message>
        <source>Edit a reflection of {name}</source>
        <translation>Editar una reflexión de {name}</translation>
    </message>
    <message>
        <source>Saved the changes to the goal of {name}.</source>
        <translation>Se guardaron los cambios de la meta de {name}.</translation>
    </message>
    <message>
        <source>Saved the changes to the reflection of {name}.</source>
        <translation>Se guardaron los cambios de la reflexión de {name}.</translation>
    </message>
    <message>
        <source>Delete a goal of {name}</source>
        <translation>Eliminar una meta de {name}</translation>
    </message>
    <message>
        <source>Delete a reflection of {name}</source>
        <translation>Eliminar una reflexión de {name}</translation>
    </message>
    <message>
        <source>Deleted the goal of {name}; Ctrl+Z brings it back.</source>
        <translation>Se eliminó la meta de {name}; Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Deleted the reflection of {name}; Ctrl+Z brings it back.</source>
        <translation>Se eliminó la reflexión de {name}; Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <source>Editing the goal of {written_on}</source>
        <translation>Editando la meta del {written_on}</translation>
    </message>
    <message>
        <source>Editing the reflection of {written_on}</source>
        <translation>Editando la reflexión del {written_on}</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <source>A goal for {student_name}</source>
        <translation>Una meta personal para {student_name}</translation>
    </message>
    <message>
        <source>A reflection for {student_name}</source>
        <translation>Una reflexión para {student_name}</translation>
    </message>
    <message>
        <source>The goal, in the writer&apos;s own words</source>
        <translation>La meta personal, con las palabras de quien la escribe</translation>
    </message>
    <message>
        <source>The reflection, in the writer&apos;s own words</source>
        <translation>La reflexión, con las palabras de quien la escribe</translation>
    </message>
    <message>
        <source>Written by the &amp;student ({student_name} is typing)</source>
        <translation>Escrita por el &amp;estudiante ({student_name} está escribiendo)</translation>
    </message>
    <message>
        <source>Written by the &amp;teacher</source>
        <translation>Escrita por el &amp;docente</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to cbe-desktop</source>
        <translation>Bienvenida a cbe-desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;cbe-desktop keeps your learning targets, the evidence of your students&apos; learning, their “not yet” work and its revisions, and prints student-led conference packets. Everything stays on this laptop.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenida&lt;/h2&gt;&lt;p&gt;cbe-desktop guarda sus metas de aprendizaje, las evidencias del aprendizaje de sus estudiantes, sus trabajos en “todavía no” y sus revisiones, e imprime los informes para las conferencias dirigidas por estudiantes. Todo queda en esta computadora.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try the demo class</source>
        <translation>Probar la clase de demostración</translation>
    </message>
    <message>
        <source>A separate sandbox with a made-up 7th-grade class. Your own data stays empty; the sandbox is clearly labelled and can be removed at any time.</source>
        <translation>Un espacio de prueba aparte con una clase inventada de 7.º grado. Sus propios datos quedan vacíos; el espacio de prueba está claramente señalado y se puede quitar en cualquier momento.</translation>
    </message>
    <message>
        <source>Set up my class</source>
        <translation>Preparar mi clase</translation>
    </message>
    <message>
        <source>Your name and school, your first class, and (if you have them) your standards and your roster from the district.</source>
        <translation>Su nombre y su escuela, su primera clase y (si los tiene) sus estándares y su lista de estudiantes del distrito.</translation>
    </message>
    <message>
        <source>Receive work from another laptop</source>
        <translation>Recibir trabajo de otra computadora</translation>
    </message>
    <message>
        <source>Your classes are already on another laptop (yours or a colleague&apos;s): open the sync file it wrote (Sync → Send my work there) and carry on here.</source>
        <translation>Sus clases ya están en otra computadora (suya o de un colega): abra el archivo de sincronización que escribió (allí, Sincronizar → Enviar mi trabajo) y continúe aquí.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No classes yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todavía no hay clases&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Begin with one of these. You can also add a class on Classes and students and import your standards on Targets and rubrics.</source>
        <translation>Empiece con una de estas opciones. También puede agregar una clase en Clases y estudiantes e importar sus estándares en Metas y rúbricas.</translation>
    </message>
    <message>
        <source>e.g. Math 7 — Period 2</source>
        <translation>p. ej. Matemáticas 7 — Hora 2</translation>
    </message>
    <message>
        <source>e.g. Fall 2026</source>
        <translation>p. ej. Otoño 2026</translation>
    </message>
    <message>
        <source>optional: CASE JSON, Canvas outcomes CSV, or a CSV</source>
        <translation>opcional: CASE JSON, CSV de resultados de Canvas o un CSV</translation>
    </message>
    <message>
        <source>optional: OneRoster zip or folder, or a CSV</source>
        <translation>opcional: zip o carpeta OneRoster, o un CSV</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>Nombre de la clase</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Materia</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Standards file</source>
        <translation>Archivo de estándares</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Archivo de la lista de estudiantes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Your standards</source>
        <translation>Sus estándares</translation>
    </message>
    <message>
        <source>Your roster</source>
        <translation>Su lista de estudiantes</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Escuela:</translation>
    </message>
    <message>
        <source>First &amp;class:</source>
        <translation>Primera &amp;clase:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>S&amp;tandards:</source>
        <translation>Es&amp;tándares:</translation>
    </message>
    <message>
        <source>&amp;Roster:</source>
        <translation>&amp;Lista de estudiantes:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Comenzar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Set up my class&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Preparar mi clase&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The scale starts as Beginning / Developing / Proficient / Extending, proficient at 3; you can change its words and colours later on the Scales page. Before anything is imported you will see what the import will do.</source>
        <translation>La escala empieza como Inicial / En desarrollo / Competente / Avanzado, con Competente en 3; puede cambiar sus palabras y colores más tarde en la página Escalas. Antes de importar nada verá lo que hará la importación.</translation>
    </message>
    <message>
        <source>e.g. Ms. Rivera</source>
        <translation>p. ej. Sra. Rivera</translation>
    </message>
    <message>
        <source>Sync file</source>
        <translation>Archivo de sincronización</translation>
    </message>
    <message>
        <source>a .cbesync file, often on a USB stick</source>
        <translation>un archivo .cbesync, a menudo en una memoria USB</translation>
    </message>
    <message>
        <source>Choose the sync file</source>
        <translation>Elegir el archivo de sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;file:</source>
        <translation>&amp;Archivo de sincronización:</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Receive work from another laptop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Recibir trabajo de otra computadora&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>On the other laptop, choose Sync → Send my work and write the file to a USB stick. Choose that file here: you will see what it brings before anything is changed on this laptop.</source>
        <translation>En la otra computadora, elija Sincronizar → Enviar mi trabajo y escriba el archivo en una memoria USB. Elija ese archivo aquí: verá lo que trae antes de que se cambie nada en esta computadora.</translation>
    </message>
    <message>
        <source>Your name goes with the work you send back, so the other laptop knows whose it is.</source>
        <translation>Su nombre acompaña el trabajo que envíe de vuelta, para que la otra computadora sepa de quién es.</translation>
    </message>
    <message>
        <source>The sync file from the other laptop</source>
        <translation>El archivo de sincronización de la otra computadora</translation>
    </message>
    <message>
        <source>Type your name: the other laptop shows it beside the work this one sends.</source>
        <translation>Escriba su nombre: la otra computadora lo muestra junto al trabajo que envía esta.</translation>
    </message>
    <message>
        <source>Choose the sync file the other laptop wrote.</source>
        <translation>Elija el archivo de sincronización que escribió la otra computadora.</translation>
    </message>
    <message>
        <source>Give your first class a name.</source>
        <translation>Póngale un nombre a su primera clase.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>a goal</source>
        <translation>una meta</translation>
    </message>
    <message>
        <source>a reflection</source>
        <translation>una reflexión</translation>
    </message>
    <message>
        <source>work to show</source>
        <translation>trabajo para mostrar</translation>
    </message>
    <message>
        <source>The preview needs Qt PDF (the PySide6-Pdf package), which is not installed on this laptop: save the PDF and open it in a PDF reader instead.</source>
        <extracomment>Pages are rendered for the printer at its resolution, up to this many dots per inch (300 dpi is crisp on paper; 1200 dpi would need half a gigabyte a page). Where Letter is the usual paper (the Americas that use it, and the Philippines).</extracomment>
        <translation>La vista previa necesita Qt PDF (el paquete PySide6-Pdf), que no está instalado en esta computadora: guarde el PDF y ábralo en un lector de PDF.</translation>
    </message>
    <message>
        <source>{n} goal</source>
        <extracomment>The nouns counted by count_words, for pyside6-lupdate (read translated through tr_word).</extracomment>
        <translation>{n} meta</translation>
    </message>
    <message>
        <source>{n} goals</source>
        <translation>{n} metas</translation>
    </message>
    <message>
        <source>{n} reflection</source>
        <translation>{n} reflexión</translation>
    </message>
    <message>
        <source>{n} reflections</source>
        <translation>{n} reflexiones</translation>
    </message>
    <message>
        <source>{n} student</source>
        <translation>{n} estudiante</translation>
    </message>
    <message>
        <source>{n} students</source>
        <translation>{n} estudiantes</translation>
    </message>
    <message>
        <source>{n} piece</source>
        <translation>{n} trabajo</translation>
    </message>
    <message>
        <source>{n} pieces</source>
        <translation>{n} trabajos</translation>
    </message>
    <message>
        <source>{n} packet</source>
        <translation>{n} informe</translation>
    </message>
    <message>
        <source>{n} packets</source>
        <translation>{n} informes</translation>
    </message>
    <message>
        <source>{n} page</source>
        <translation>{n} página</translation>
    </message>
    <message>
        <source>{n} pages</source>
        <translation>{n} páginas</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Performance task</source>
        <translation>Tarea de desempeño</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Learning outside school</source>
        <translation>Aprendizaje fuera de la escuela</translation>
    </message>
    <message>
        <source>None planned yet</source>
        <translation>Todavía no hay apoyo previsto</translation>
    </message>
    <message>
        <source>Flex time</source>
        <translation>Tiempo de apoyo en clase</translation>
    </message>
    <message>
        <source>Small group</source>
        <translation>Grupo pequeño</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En progreso</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Sin evaluar aún</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Repeated “not yet”</source>
        <translation>“Todavía no” repetido</translation>
    </message>
    <message>
        <source>No recent evidence</source>
        <translation>Sin evidencias recientes</translation>
    </message>
    <message>
        <source>Estimate fell</source>
        <translation>Bajó la estimación</translation>
    </message>
    <message>
        <source>What will you work on next, and how will you know you got there? You could start with “I will…” or “I want to…”.</source>
        <translation>¿En qué vas a trabajar ahora, y cómo sabrás que lo lograste? Puedes empezar con “Voy a…” o “Quiero…”.</translation>
    </message>
    <message>
        <source>What did you learn, what helped you, and what will you do next? You could start with “I learned…” or “I am proud of…”.</source>
        <translation>¿Qué aprendiste, qué te ayudó y qué harás ahora? Puedes empezar con “Aprendí…” o “Estoy orgulloso/a de…”.</translation>
    </message>
    <message>
        <source>No open &apos;not yet&apos; revisions: every student is on track.</source>
        <translation>No hay revisiones de “todavía no” abiertas: todos los estudiantes van bien encaminados.</translation>
    </message>
    <message>
        <source>Choose a class to see its open revisions, or show all classes.</source>
        <translation>Elija una clase para ver sus revisiones abiertas, o muestre todas las clases.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>Días abierta</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Support planned</source>
        <translation>Apoyo previsto</translation>
    </message>
    <message>
        <source>Level then</source>
        <translation>Nivel de entonces</translation>
    </message>
    <message>
        <source>Spanish (español)</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Arabic (العربية)</source>
        <translation>Árabe (العربية)</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>Chino (中文)</translation>
    </message>
    <message>
        <source>Vietnamese (Tiếng Việt)</source>
        <translation>Vietnamita (Tiếng Việt)</translation>
    </message>
    <message>
        <source>Portuguese (português)</source>
        <translation>Portugués (português)</translation>
    </message>
    <message>
        <source>Given name first (Ana García)</source>
        <translation>Primero el nombre (Ana García)</translation>
    </message>
    <message>
        <source>Family name first (王小明, Nguyễn An)</source>
        <translation>Primero el apellido (王小明, Nguyễn An)</translation>
    </message>
    <message>
        <source>Most recent</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alta</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Promedio</translation>
    </message>
    <message>
        <source>Most frequent (mode)</source>
        <translation>Más frecuente (moda)</translation>
    </message>
    <message>
        <source>Decaying average</source>
        <translation>Promedio ponderado por recencia</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Promedio ponderado</translation>
    </message>
    <message>
        <source>Proficient n times</source>
        <translation>Competente n veces</translation>
    </message>
    <message>
        <source>Power-law trend</source>
        <translation>Tendencia de ley de potencia</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma de la computadora</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>As the computer is set</source>
        <translation>Como esté configurada la computadora</translation>
    </message>
    <message>
        <source>High contrast: white on black</source>
        <translation>Alto contraste: blanco sobre negro</translation>
    </message>
    <message>
        <source>Standard colours</source>
        <translation>Colores estándar</translation>
    </message>
    <message>
        <source>cbe-desktop sync files (*.cbesync)</source>
        <translation>Archivos de sincronización de cbe-desktop (*.cbesync)</translation>
    </message>
    <message>
        <source>Without a passphrase, the file holds your students&apos; names in the clear: anyone who finds the USB stick can read them.</source>
        <translation>Sin frase de contraseña, el archivo contiene los nombres de sus estudiantes sin proteger: cualquiera que encuentre la memoria USB puede leerlos.</translation>
    </message>
    <message>
        <source>The file was read back and checked: it is safe to remove the drive.</source>
        <translation>El archivo se volvió a leer y se comprobó: puede retirar la memoria USB con seguridad.</translation>
    </message>
    <message>
        <source>The file was read back and checked.</source>
        <translation>El archivo se volvió a leer y se comprobó.</translation>
    </message>
    <message>
        <source>No conflicts: everything received so far fitted in without a choice to make.</source>
        <translation>No hay conflictos: todo lo recibido hasta ahora encajó sin tener que elegir.</translation>
    </message>
    <message>
        <source>No sync files yet. Every file you send or receive is listed here.</source>
        <translation>Todavía no hay archivos de sincronización. Aquí aparece cada archivo que envíe o reciba.</translation>
    </message>
    <message>
        <source>A backup was made just before the import: File → Restore a backup… goes back to how this laptop was (work done since would be lost). Undo (Ctrl+Z) does not undo an import.</source>
        <translation>Se hizo una copia de seguridad justo antes de importar: Archivo → Restaurar una copia de seguridad… deja esta computadora como estaba (se perdería el trabajo hecho después). Deshacer (Ctrl+Z) no deshace una importación.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicts: both versions kept for you to choose</source>
        <translation>Conflictos: se conservan ambas versiones para que usted elija</translation>
    </message>
    <message>
        <source>Stamped far in the future (a laptop whose clock is wrong)</source>
        <translation>Con fecha muy en el futuro (una computadora con el reloj mal puesto)</translation>
    </message>
    <message>
        <source>Formative (practice, feedback)</source>
        <translation>Formativa (práctica, retroalimentación)</translation>
    </message>
    <message>
        <source>Interim (check-in)</source>
        <translation>Intermedia (control de avance)</translation>
    </message>
    <message>
        <source>Summative (end of unit)</source>
        <translation>Sumativa (fin de unidad)</translation>
    </message>
    <message>
        <source>Beginning</source>
        <extracomment>Two level values closer than this are the same level (levels are typed, stored and averaged as floats: 2.9999999999 is level 3). The words the program itself writes into a new scale: the default scale above and the demo&apos;s habits scale (``demo.HABIT_LEVELS``). They are stored as data, but while the teacher has not changed them they are the program&apos;s words, so the window and the packets say them in their language (see :func:`program_word`).</extracomment>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>En desarrollo</translation>
    </message>
    <message>
        <source>Extending</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation>Casi nunca</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>A veces</translation>
    </message>
    <message>
        <source>Usually</source>
        <translation>Casi siempre</translation>
    </message>
    <message>
        <source>Consistently</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Shows a beginning understanding, with help.</source>
        <translation>Muestra una comprensión inicial, con ayuda.</translation>
    </message>
    <message>
        <source>Shows part of the target; some errors or gaps remain.</source>
        <translation>Muestra parte de la meta; quedan algunos errores o vacíos.</translation>
    </message>
    <message>
        <source>Shows the whole target independently: this is the goal.</source>
        <translation>Logra toda la meta por su cuenta: este es el objetivo.</translation>
    </message>
    <message>
        <source>Goes beyond the target: transfers it to new, complex tasks.</source>
        <translation>Va más allá de la meta: la aplica a tareas nuevas y complejas.</translation>
    </message>
    <message>
        <source>I show this habit rarely, even with reminders.</source>
        <translation>Casi nunca muestro este hábito, aun con recordatorios.</translation>
    </message>
    <message>
        <source>I show this habit sometimes, often with reminders.</source>
        <translation>A veces muestro este hábito, por lo general con recordatorios.</translation>
    </message>
    <message>
        <source>I show this habit most of the time, on my own.</source>
        <translation>Muestro este hábito casi siempre, por mi cuenta.</translation>
    </message>
    <message>
        <source>I show this habit all the time and help others show it.</source>
        <translation>Muestro este hábito siempre y ayudo a otros a mostrarlo.</translation>
    </message>
    <message>
        <source>Four levels (Beginning to Extending)</source>
        <translation>Cuatro niveles (de Inicial a Avanzado)</translation>
    </message>
    <message>
        <source>Habits of work (Rarely to Consistently)</source>
        <translation>Hábitos de trabajo (de Casi nunca a Siempre)</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>A next step&apos;s state, as the timeline says it (a revision plan is open until it is revised or closed).</extracomment>
        <translation>abierto</translation>
    </message>
    <message>
        <source>revised</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <source>An unexpected problem stopped the work; nothing was half-saved (the details are in the log file).</source>
        <translation>Un problema inesperado detuvo el trabajo; nada quedó guardado a medias (los detalles están en el archivo de registro).</translation>
    </message>
</context>
</TS>
