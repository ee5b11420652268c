# Alliance Player interface strings — Español
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Español
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Saltar al contenido
# In the header where the browser offers to install the player as an app.
install-app = Instalar aplicación
install-app-hint = Instala Alliance Player en este dispositivo: se abre desde tus aplicaciones, en su propia ventana, incluso sin conexión.
nav-catalog = Cursos
loading = Cargando…

## Languages
language-picker-label = Idioma de la interfaz
language-picker-search = Buscar idiomas
language-picker-none = Ningún idioma coincide con tu búsqueda.
content-language-label = Idioma del curso
content-language-auto = El mismo que la interfaz
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Idioma: { $language }

## Catalogue
catalog-heading = Catálogo de cursos
catalog-search-label = Buscar cursos
catalog-search-placeholder = Título, tema o institución
catalog-more = Mostrar más cursos
catalog-earlier = Mostrar cursos anteriores
catalog-loading-more = Buscando entre más cursos…
catalog-language-label = Idioma
catalog-language-any = Todos los idiomas
catalog-count = { $count ->
    [0] Ningún curso coincide.
    [one] Un curso
   *[other] { $count } cursos
}
catalog-empty = Ningún curso coincide con tu búsqueda. Prueba con otra palabra o elige todos los idiomas.
catalog-rejected = { $count ->
    [one] Un curso de este catálogo no se pudo mostrar:
   *[other] { $count } cursos de este catálogo no se pudieron mostrar:
}
catalog-source-notice = Faltan algunos cursos en esta lista:
catalog-source-unreachable = No se pudo contactar con { $source }: puede que el sitio no funcione o que no permita a este reproductor leer sus cursos.
catalog-source-status = { $source } respondió con un error (HTTP { $status }).
catalog-source-too-large = { $source } ocupa más de { $limit }, lo máximo que este reproductor lee de un catálogo.
catalog-source-invalid = { $source } no es un catálogo de cursos que este reproductor pueda leer: { $detail }
catalog-source-left-out = Se ha omitido «{ $course }» de { $source }: otro curso ya tiene su dirección, /course/{ $id }.
course-provider = Ofrecido por { $provider }
course-languages = Idiomas: { $languages }
course-size = Tamaño de la descarga: { $size }
course-open = Abrir el curso
course-continue = Continuar
course-progress = { $percent } completado

## Course
course-outline = Índice del curso
outline-show-earlier = Mostrar unidades anteriores ({ $count } ocultas)
outline-show-later = Mostrar unidades posteriores ({ $count } ocultas)
course-start = Empezar el curso
course-units = { $count ->
    [one] Una unidad
   *[other] { $count } unidades
}
unit-ordinal = Unidad { $index } de { $total }
unit-state-not-started = Sin empezar
unit-state-in-progress = En curso
unit-state-completed = Completada
unit-state-passed = Aprobada
unit-state-failed = Aún no aprobada
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Lectura
unit-kind-quiz = Cuestionario
unit-kind-document = Documento
unit-kind-interactive = Actividad
unit-kind-unknown = Nuevo tipo de unidad
unit-previous = Anterior
unit-next = Siguiente
unit-mark-done = Marcar como terminada
unit-done = Terminada
back-to-catalog = Todos los cursos
course-search-label = Buscar en este curso
course-search-count = { $count ->
    [0] Ningún resultado
    [one] Un resultado
   *[other] { $count } resultados
}
course-search-more = { $count ->
    [one] Solo se muestra el primer resultado; añade palabras para acotar la búsqueda.
   *[other] Solo se muestran los primeros { $count } resultados; añade palabras para acotar la búsqueda.
}
course-search-subtitles = Buscando también en los subtítulos…
course-search-incomplete = No se pudo buscar en algunos subtítulos.
course-search-in-title = Título
course-search-in-reading = Lectura
course-search-in-transcript = Transcripción
course-search-in-subtitle = Subtítulos en { $time }
course-search-in-quiz = Pregunta del cuestionario

## Media
media-speed = Velocidad
media-subtitles = Subtítulos
media-subtitles-off = Desactivados
media-subtitles-second = Subtítulos secundarios
media-fullscreen = Pantalla completa
media-fullscreen-exit = Salir de pantalla completa
media-shortcuts = Atajos de teclado
media-shortcuts-hint = Cuando el reproductor de video o audio tiene el foco:
# The name of the space bar key, as printed on keyboards.
media-key-space = Espacio
media-key-play = Reproducir o pausar
media-key-seek = Retroceder o avanzar 5 segundos
media-key-speed = Más lento o más rápido
media-key-captions = Activar o desactivar los subtítulos
media-key-fullscreen = Activar o desactivar la pantalla completa
media-transcript = Transcripción
media-watched = { $percent } visto
media-unsupported = Tu navegador no puede reproducir este contenido. Prueba con otro navegador o descárgalo:

## Reading and document
reading-end = Fin de la lectura
document-download = Descargar el PDF ({ $size })
document-download-nosize = Descargar el PDF
document-fallback = Tu navegador no puede mostrar archivos PDF aquí. Descárgalo para leerlo.
document-not-pdf = { $file } no es un archivo PDF. Una unidad de documento solo muestra archivos PDF, que empiezan por «%PDF-».

## Quiz
quiz-passing = Necesitas { $percent } para aprobar.
quiz-attempts-left = { $count ->
    [one] Te queda un intento
   *[other] Te quedan { $count } intentos
}
quiz-attempts-unlimited = Intentos ilimitados
quiz-attempts-used = { $count ->
    [one] Ya usaste tu único intento.
   *[other] Ya usaste los { $count } intentos.
}
quiz-question = Pregunta { $index }
quiz-true = Verdadero
quiz-false = Falso
quiz-answer-label = Tu respuesta
quiz-submit = Enviar respuestas
quiz-retry = Intentar de nuevo
quiz-score = Tu resultado: { $score }
quiz-passed = ¡Aprobado! Buen trabajo.
quiz-failed = Aún no aprobado.
quiz-best = Mejor resultado hasta ahora: { $score }
quiz-correct = Correcto
quiz-incorrect = Incorrecto
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Revisión: cada pregunta muestra la respuesta correcta.
quiz-right-answer = Respuesta correcta

## Interactive
interactive-title = Actividad interactiva: { $title }
interactive-hint = Completa la actividad para terminar esta unidad.

## Storage
storage-quota = El almacenamiento de este navegador para el reproductor está lleno, así que no se pudo guardar tu progreso más reciente. Libera espacio (elimina cursos descargados o datos de otros sitios en la configuración del navegador) y luego continúa: no se perdió nada de lo que ya estaba guardado.
storage-unavailable = Este navegador no permite que el reproductor guarde tu progreso, así que solo se conserva hasta que cierres la página. Las ventanas privadas suelen bloquear el almacenamiento.
storage-write-failed = Todavía no se pudo guardar tu progreso más reciente. Se conserva en esta página y se guardará en tu próximo paso.

## Transcript (the learner's record of progress)
nav-transcript = Mi progreso
transcript-heading = Mi progreso
transcript-empty = Aún no empezaste ningún curso.
transcript-unit-score = Resultado: { $score }
transcript-time-spent = Tiempo dedicado: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Descargar como declaraciones xAPI (JSON)
transcript-export-csv = Descargar como hoja de cálculo (CSV)
transcript-reset = Restablecer mi progreso en este curso
transcript-reset-confirm = ¿Quieres restablecer todo tu progreso en «{ $course }»? Esta acción no se puede deshacer.

## Envío al almacén de registros de aprendizaje (LRS), visible en el encabezado y en la página de configuración
nav-settings = Configuración
sync-off = Guardado en este dispositivo
sync-off-detail = Sin conexión con un almacén de registros de aprendizaje: tu progreso se queda en este navegador. Conecta uno en la configuración para enviar a tu institución lo que completes.
sync-done = Todo enviado
sync-pending = { $count ->
    [one] 1 registro pendiente
   *[other] { $count } registros pendientes
}
sync-last-delivery = Último envío: { $date }
sync-error-offline = No tienes conexión. Tus registros se conservan y se enviarán cuando vuelva la conexión.
sync-error-unreachable = No se pudo contactar con el almacén de registros de aprendizaje. Se volverá a intentar en un momento; no se pierde nada.
sync-error-server = El almacén de registros de aprendizaje tiene un problema (HTTP { $status }). Se volverá a intentar en un momento; no se pierde nada.
sync-error-unauthorized = El almacén de registros de aprendizaje rechazó tus credenciales. Vuelve a escribirlas en la configuración; mientras tanto, tus registros se conservan.
sync-error-not-found = No hay ningún almacén de registros de aprendizaje en esta dirección. Revisa la dirección en la configuración; mientras tanto, tus registros se conservan.
sync-error-version = El almacén de registros de aprendizaje usa otra versión de xAPI ({ $detail }). Pide a tu institución una dirección compatible con xAPI 1.0.3 o 2.0.0.
sync-error-storage = No se pudieron leer del almacenamiento de este navegador los registros pendientes de envío ({ $detail }).
sync-set-aside = { $count ->
    [one] El almacén de registros de aprendizaje rechazó 1 registro
   *[other] El almacén de registros de aprendizaje rechazó { $count } registros
}
sync-set-aside-detail = Estos registros se guardan aquí junto con la respuesta del almacén, para que tú o tu institución puedan ver qué hay que corregir.
settings-heading = Configuración
settings-lrs-heading = Almacén de registros de aprendizaje (LRS)
settings-lrs-intro = Tu institución te da estos datos para que lo que completes y tus resultados lleguen a sus registros.
settings-lrs-endpoint = Dirección (punto de conexión xAPI)
settings-lrs-key = Clave o nombre de usuario
settings-lrs-secret = Secreto o contraseña
settings-lrs-token = O un token de acceso
settings-lrs-name = Tu nombre
settings-lrs-email = Tu correo electrónico
settings-lrs-connect = Conectar
settings-lrs-disconnect = Desconectar
settings-lrs-connected = Conectado a { $endpoint } como { $who }.
settings-lrs-invalid-endpoint = Escribe la dirección del almacén de registros de aprendizaje; debe empezar por https:// o http://.
settings-lrs-invalid-email = Escribe tu correo electrónico para que tus registros se archiven a tu nombre.
cmi5-unit-needs-worker = Esta actividad necesita que el reproductor termine de instalarse: vuelve a cargar la página para abrirla.
cmi5-exit = Salir
cmi5-exiting = Guardando y volviendo…
cmi5-browse = Exploración: nada de lo que hagas aquí se registra.
cmi5-review = Repaso: nada de lo que hagas aquí se registra.
cmi5-ended = Esta sesión ha terminado. Vuelve a abrir el curso desde tu plataforma de aprendizaje para registrar más.
settings-lrs-launch-failed = El curso se abrió con un inicio de sesión que no funcionó ({ $detail }). Vuelve a abrirlo desde el sitio de tu institución.

sources-heading = Fuentes de cursos
sources-intro = La lista de cursos reúne los catálogos de abajo. Puedes añadir el catálogo de otra universidad o de otro proveedor de cursos con su dirección; se guarda para ti, en este dispositivo.
sources-site = Elegido por este sitio
sources-remove = Quitar
sources-add-label = Añadir una fuente: la dirección de su catálogo
sources-check = Comprobar
sources-preview = { $count ->
    [one] Un curso
   *[other] { $count } cursos
}
sources-add-confirm = Añadir esta fuente
sources-added = Añadida: sus cursos ya están en la lista de cursos.
sources-removed = Quitada: sus cursos ya no están en la lista de cursos.
sources-invalid-url = Escribe una dirección que empiece por https:// (o una ruta de este sitio, como /courses/catalog.json).
sources-duplicate = Este catálogo ya está en la lista.
sources-full = Tu lista de fuentes está llena. Quita una para añadir otra.

## Unsupported and errors
unit-needs-newer-player = Esta unidad necesita una versión más reciente del reproductor
unit-needs-newer-player-detail = Es una unidad de tipo «{ $kind }», que esta versión de Alliance Player todavía no reconoce. El resto del curso funciona; consulta al proveedor del curso o actualiza el reproductor.
error-heading = Algo salió mal
error-catalog = No se pudo cargar el catálogo de cursos.
error-document = No se puede mostrar este documento.
error-course = No se pudo abrir este curso.
error-course-not-found = No hay ningún curso «{ $course }» en este catálogo.
error-unit-not-found = No hay ninguna unidad «{ $unit }» en este curso.
error-page-not-found = Esta página no existe.
error-retry = Intentar de nuevo
error-part-unavailable = No se pudo descargar esta parte del reproductor. Comprueba tu conexión y luego inténtalo de nuevo.
error-what-to-do = Si el problema continúa, comunica al proveedor del curso lo que aparece arriba.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Sin conexión
offline-indicator-detail = No tienes conexión. Los cursos descargados se reproducen como siempre; tu progreso se guarda en este dispositivo y se enviará cuando vuelvas a estar en línea.
update-ready = Hay una nueva versión de Alliance Player disponible.
update-reload = Recargar para actualizar
download-heading = Uso sin conexión
download-course = Descargar para usar sin conexión ({ $size })
download-resume = Reanudar la descarga (faltan { $size })
download-progress = { $done } de { $total } · { $units } de { $unitsTotal } unidades
download-cancel = Cancelar
download-done = Descargado: este curso funciona sin conexión ({ $size }).
download-remove = Eliminar la descarga
download-stored-partly = Ya hay { $done } de { $total } en este dispositivo.
download-failed = La descarga se detuvo: { $detail } Lo que ya está guardado se conserva; presiona «Reanudar la descarga» para continuar.
download-file-mismatch = { $file } no llegó íntegro (se esperaba { $expected } y se recibió { $got }).
download-file-failed = No se pudo descargar { $file } ({ $detail }).
download-no-cors = { $host } no permite que este reproductor lea sus archivos (no envía cabeceras CORS), así que no se pueden comprobar ni guardar. Su administrador debe enviar Access-Control-Allow-Origin con cada archivo del curso.
download-quota = Este dispositivo ya no tiene espacio para el curso. Libera espacio o elimina otra descarga y luego reanúdala.
download-storage = Este navegador usa { $used } de los { $available } que puede usar en este dispositivo.
download-persistent = Las descargas se conservan hasta que las elimines.
download-not-persistent = El navegador puede eliminar las descargas si el dispositivo se queda sin espacio.
download-needs-network = No tienes conexión. Conéctate a internet para descargar este curso.
data-saver = Ahorro de datos
data-saver-help = Los contenidos multimedia solo se cargan cuando presionas reproducir, las transcripciones aparecen primero y el tamaño se muestra junto a cada contenido.
media-size = { $size } por cargar

## Notes and bookmarks
notes-heading = Mis notas
notes-bookmark = Añadir marcador a esta unidad
notes-bookmarked = Marcador añadido
notes-bookmark-moment = Añadir marcador en este momento
notes-note-label = Tu nota sobre esta unidad
notes-save = Guardar nota
notes-saved = Guardada.
notes-delete = Eliminar
# A moment of a video or audio, e.g. "At 1:05".
notes-at = En { $time }
notes-empty = Aún no hay notas ni marcadores en este curso. Añade un marcador a una unidad o a un momento de un video y escribe una nota sobre él.
notes-where = Tus notas se quedan en este dispositivo y llegan a tu almacén de registros de aprendizaje cuando hay uno conectado.
notes-too-long = Una nota puede tener como máximo { $max } caracteres.
notes-too-many = Este curso ya tiene el máximo de notas posible: elimina una para añadir otra.

## Accessibility
unit-nav-label = Unidad anterior y siguiente
captions-always = Mostrar siempre los subtítulos cuando un video o audio los tenga (en tu idioma si existen; si no, en el del curso)
caption-style = Estilo de los subtítulos
caption-size = Tamaño del texto
caption-colour = Color del texto
caption-background = Fondo
caption-colour-white = Blanco
caption-colour-yellow = Amarillo
caption-colour-cyan = Cian
caption-colour-green = Verde
caption-colour-magenta = Magenta
caption-colour-black = Negro
caption-background-black = Negro semitransparente
caption-background-solid-black = Negro
caption-background-white = Blanco
caption-background-transparent = Ninguno
caption-background-blue = Azul
caption-preview = Así se verán los subtítulos.
caption-unreadable = Este texto es difícil de leer sobre este fondo: elige otro color u otro fondo.
launch-other = Este enlace enviaría tus registros de aprendizaje a { $endpoint } como { $who }. Estás conectado a { $current } como { $current_who }.
launch-switch = Cambiar a esta conexión
launch-keep = Mantener mi conexión

launch-other-learner = Este enlace es para { $who }. { $current_who } está usando el reproductor ahora. ¿Cambiar a { $who }?
launch-switch-learner = Cambiar de estudiante

## Learners
learners-heading = Estudiantes en este dispositivo
learners-locked = { $name } está usando el reproductor
learner-unnamed = Yo
learner-now = Usando el reproductor ahora
learner-switch = Cambiar a este estudiante
learner-rename = Cambiar nombre
learner-name = Nombre
learner-save = Guardar
learner-cancel = Cancelar
learner-remove = Eliminar
learner-remove-ask = ¿Eliminar a { $name } de este dispositivo? Se borrarán su progreso, sus registros pendientes y su configuración en este dispositivo. Los cursos descargados se conservan.
learner-removed = Se eliminó a { $name }.
learner-pin = PIN (cuatro dígitos, opcional)
learner-pin-label = PIN
learner-pin-for = PIN de { $name }
learner-pin-new = PIN nuevo (cuatro dígitos)
learner-pin-set = Poner un PIN
learner-pin-remove = Quitar el PIN
learner-pin-open = Continuar
learner-pin-note = Un PIN evita que quienes comparten este dispositivo entren en el progreso de los demás. Sirve para la privacidad, no para la seguridad.
learner-add-heading = Añadir un estudiante
learner-add = Añadir
learner-added = Se añadió a { $name }.
learner-saved = Guardado.
learner-error-empty = Escribe un nombre.
learner-error-long = Este nombre es demasiado largo.
learner-error-taken = Alguien en este dispositivo ya se llama { $name }.
learner-error-pin = Un PIN tiene exactamente cuatro dígitos.
learner-error-full = Este dispositivo no admite más estudiantes. Elimina uno primero.
learner-error-unknown = No se pudo cambiar la lista de estudiantes. Recarga la página e inténtalo de nuevo.
learner-error-wrong-pin = Ese PIN no es correcto.
signout-ask = { $count ->
    [one] Aún no se ha enviado { $count } registro.
   *[other] Aún no se han enviado { $count } registros.
}
signout-keep = { $count ->
    [one] Conservar el registro pendiente para cuando vuelva a conectarme
   *[other] Conservar los { $count } registros pendientes para cuando vuelva a conectarme
}
signout-discard = { $count ->
    [one] Descartarlo
   *[other] Descartarlos
}
