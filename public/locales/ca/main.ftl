# Alliance Player interface strings — Català
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Català
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Salta al contingut
# In the header where the browser offers to install the player as an app.
install-app = Instal·la l’aplicació
install-app-hint = Instal·leu Alliance Player en aquest dispositiu: s’obre des de les vostres aplicacions, en una finestra pròpia, fins i tot sense connexió.
nav-catalog = Cursos
loading = S’està carregant…

## Languages
language-picker-label = Llengua de la interfície
language-picker-search = Cerca llengües
language-picker-none = Cap llengua no coincideix amb la cerca.
content-language-label = Llengua del curs
content-language-auto = La mateixa que la interfície
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Llengua: { $language }

## Catalogue
catalog-heading = Catàleg de cursos
catalog-search-label = Cerca cursos
catalog-search-placeholder = Títol, tema o proveïdor
catalog-more = Mostra més cursos
catalog-earlier = Mostra els cursos anteriors
catalog-loading-more = S’estan cercant més cursos…
catalog-language-label = Llengua
catalog-language-any = Totes les llengües
catalog-count = { $count ->
    [0] Cap curs no coincideix.
    [one] Un curs
   *[other] { $count } cursos
}
catalog-empty = Cap curs no coincideix amb la cerca. Proveu una altra paraula o trieu totes les llengües.
catalog-rejected = { $count ->
    [one] No s’ha pogut mostrar un curs d’aquest catàleg:
   *[other] No s’han pogut mostrar { $count } cursos d’aquest catàleg:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = En aquesta llista falten alguns cursos:
catalog-source-unreachable = No s’ha pogut accedir a { $source }: pot ser que el lloc no funcioni o que no permeti que aquest reproductor en llegeixi els cursos.
catalog-source-status = { $source } ha respost amb un error (HTTP { $status }).
catalog-source-too-large = { $source } ocupa més de { $limit }, el màxim que aquest reproductor llegeix d’un catàleg.
catalog-source-invalid = { $source } no és un catàleg de cursos que aquest reproductor pugui llegir: { $detail }
catalog-source-left-out = S’ha omès «{ $course }» de { $source }: un altre curs ja té la mateixa adreça, /course/{ $id }.
course-provider = Ofert per { $provider }
course-languages = Llengües: { $languages }
course-size = Mida de la baixada: { $size }
course-open = Obre el curs
course-continue = Continua
course-progress = { $percent } completat

## Course
course-outline = Índex del curs
outline-show-earlier = Mostra les unitats anteriors (amagades: { $count })
outline-show-later = Mostra les unitats següents (amagades: { $count })
course-start = Comença el curs
course-units = { $count ->
    [one] Una unitat
   *[other] { $count } unitats
}
unit-ordinal = Unitat { $index } de { $total }
unit-state-not-started = No començada
unit-state-in-progress = En curs
unit-state-completed = Completada
unit-state-passed = Superada
unit-state-failed = Encara no superada
unit-kind-video = Vídeo
unit-kind-audio = Àudio
unit-kind-reading = Lectura
unit-kind-quiz = Qüestionari
unit-kind-document = Document
unit-kind-interactive = Activitat
unit-kind-unknown = Tipus d’unitat nou
unit-previous = Anterior
unit-next = Següent
unit-mark-done = Marca com a feta
unit-done = Feta
back-to-catalog = Tots els cursos
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Cerca en aquest curs
course-search-count = { $count ->
    [0] Cap resultat
    [one] Un resultat
   *[other] { $count } resultats
}
course-search-more = { $count ->
    [one] Només es mostra el primer resultat; afegiu paraules per afinar la cerca.
   *[other] Només es mostren els primers { $count } resultats; afegiu paraules per afinar la cerca.
}
course-search-subtitles = També s’estan cercant els subtítols…
course-search-incomplete = No s’han pogut cercar alguns subtítols.
course-search-in-title = Títol
course-search-in-reading = Lectura
course-search-in-transcript = Transcripció
course-search-in-subtitle = Subtítols a { $time }
course-search-in-quiz = Pregunta del qüestionari

## Media
media-speed = Velocitat
media-subtitles = Subtítols
media-subtitles-off = Desactivats
media-subtitles-second = Subtítols secundaris
media-fullscreen = Pantalla completa
media-fullscreen-exit = Surt de la pantalla completa
media-shortcuts = Dreceres de teclat
media-shortcuts-hint = Quan el reproductor de vídeo o àudio té el focus:
# The name of the space bar key, as printed on keyboards.
media-key-space = Espai
media-key-play = Reprodueix o posa en pausa
media-key-seek = Retrocedeix o avança 5 segons
media-key-speed = Més lent o més ràpid
media-key-captions = Activa o desactiva els subtítols
media-key-fullscreen = Activa o desactiva la pantalla completa
media-transcript = Transcripció
media-watched = { $percent } vist
media-unsupported = El vostre navegador no pot reproduir aquest contingut. Proveu un altre navegador o baixeu-lo:

## Reading and document
reading-end = Final de la lectura
document-download = Baixa el PDF ({ $size })
document-download-nosize = Baixa el PDF
document-fallback = El vostre navegador no pot mostrar PDF aquí. Baixeu-lo per llegir-lo.
document-not-pdf = { $file } no és un fitxer PDF. Una unitat de document només mostra fitxers PDF, que comencen per «%PDF-».

## Quiz
quiz-passing = Necessiteu { $percent } per aprovar.
quiz-attempts-left = { $count ->
    [one] Queda un intent
   *[other] Queden { $count } intents
}
quiz-attempts-unlimited = Intents il·limitats
quiz-attempts-used = { $count ->
    [one] Ja heu fet servir l’únic intent.
   *[other] Ja heu fet servir els { $count } intents.
}
quiz-question = Pregunta { $index }
quiz-true = Cert
quiz-false = Fals
quiz-answer-label = La vostra resposta
quiz-submit = Envia les respostes
quiz-retry = Torna-ho a provar
quiz-score = La vostra puntuació: { $score }
quiz-passed = Superat. Molt bé!
quiz-failed = Encara no superat.
quiz-best = Millor puntuació fins ara: { $score }
quiz-correct = Correcte
quiz-incorrect = Incorrecte
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Revisió: cada pregunta mostra la resposta correcta.
quiz-right-answer = Resposta correcta

## Interactive
interactive-title = Activitat interactiva: { $title }
interactive-hint = Completeu l’activitat per acabar aquesta unitat.

## Storage
storage-quota = L’emmagatzematge d’aquest navegador per al reproductor és ple, per això no s’ha pogut desar el vostre progrés més recent. Allibereu espai (suprimiu cursos baixats o dades d’altres llocs a la configuració del navegador) i després continueu: no s’ha perdut res del que ja s’havia desat.
storage-unavailable = Aquest navegador no permet que el reproductor desi el vostre progrés, així que només es conserva fins que tanqueu la pàgina. Les finestres privades sovint bloquegen l’emmagatzematge.
storage-write-failed = Encara no s’ha pogut desar el vostre progrés més recent. Es conserva en aquesta pàgina i es desarà en el pas següent.

## Transcript (the learner's record of progress)
nav-transcript = El meu progrés
transcript-heading = El meu progrés
transcript-empty = Encara no heu començat cap curs.
transcript-unit-score = Puntuació: { $score }
transcript-time-spent = Temps dedicat: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Baixa com a declaracions xAPI (JSON)
transcript-export-csv = Baixa com a full de càlcul (CSV)
transcript-reset = Restableix el meu progrés en aquest curs
transcript-reset-confirm = Voleu restablir tot el vostre progrés a «{ $course }»? Aquesta acció no es pot desfer.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Configuració
sync-off = Desat en aquest dispositiu
sync-off-detail = No hi ha connexió amb cap magatzem de registres d’aprenentatge: el vostre progrés es queda en aquest navegador. Connecteu-ne un a la configuració per enviar a la vostra institució el que completeu.
sync-done = Tot enviat
sync-pending = { $count ->
    [one] 1 registre pendent
   *[other] { $count } registres pendents
}
sync-last-delivery = Últim enviament: { $date }
sync-error-offline = No teniu connexió. Els vostres registres es conserven i s’enviaran quan torni la connexió.
sync-error-unreachable = No s’ha pogut accedir al magatzem de registres d’aprenentatge. Es tornarà a provar d’aquí a un moment; no es perd res.
sync-error-server = El magatzem de registres d’aprenentatge té un problema (HTTP { $status }). Es tornarà a provar d’aquí a un moment; no es perd res.
sync-error-unauthorized = El magatzem de registres d’aprenentatge ha rebutjat les vostres credencials. Torneu-les a introduir a la configuració; mentrestant, els vostres registres es conserven.
sync-error-not-found = No hi ha cap magatzem de registres d’aprenentatge en aquesta adreça. Comproveu l’adreça a la configuració; mentrestant, els vostres registres es conserven.
sync-error-version = El magatzem de registres d’aprenentatge fa servir una altra versió d’xAPI ({ $detail }). Demaneu a la vostra institució una adreça compatible amb xAPI 1.0.3 o 2.0.0.
sync-error-storage = No s’han pogut llegir de l’emmagatzematge d’aquest navegador els registres pendents d’enviar ({ $detail }).
sync-set-aside = { $count ->
    [one] El magatzem de registres d’aprenentatge ha rebutjat 1 registre
   *[other] El magatzem de registres d’aprenentatge ha rebutjat { $count } registres
}
sync-set-aside-detail = Aquests registres es conserven aquí amb la resposta del magatzem, perquè vós o la vostra institució pugueu veure què cal corregir.
settings-heading = Configuració
settings-lrs-heading = Magatzem de registres d’aprenentatge (LRS)
settings-lrs-intro = La vostra institució us proporciona aquestes dades perquè les activitats completades i les puntuacions arribin als seus registres.
settings-lrs-endpoint = Adreça (punt final xAPI)
settings-lrs-key = Clau o nom d’usuari
settings-lrs-secret = Secret o contrasenya
settings-lrs-token = O bé un testimoni d’accés (token)
settings-lrs-name = El vostre nom
settings-lrs-email = La vostra adreça electrònica
settings-lrs-connect = Connecta
settings-lrs-disconnect = Desconnecta
settings-lrs-connected = Connectat a { $endpoint } com a { $who }.
settings-lrs-invalid-endpoint = Introduïu l’adreça del magatzem de registres d’aprenentatge, que ha de començar per https:// o http://.
settings-lrs-invalid-email = Introduïu la vostra adreça electrònica perquè els registres s’arxivin al vostre nom.
cmi5-unit-needs-worker = Aquesta activitat necessita que el reproductor s’acabi d’instal·lar: torneu a carregar la pàgina per obrir-la.
cmi5-exit = Surt
cmi5-exiting = S’està desant i tornant…
cmi5-browse = Exploració: no es registra res del que feu aquí.
cmi5-review = Revisió: no es registra res del que feu aquí.
cmi5-ended = Aquesta sessió ha acabat. Torneu a obrir el curs des de la vostra plataforma d’aprenentatge per registrar-ne més.
settings-lrs-launch-failed = El curs s’ha obert amb un inici de sessió que no ha funcionat ({ $detail }). Torneu-lo a obrir des del lloc web de la vostra institució.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Fonts de cursos
sources-intro = La llista de cursos aplega els catàlegs següents. Podeu afegir el catàleg d’una altra universitat o d’un altre proveïdor de cursos amb la seva adreça; es desa per a vós, en aquest dispositiu.
sources-site = Triat per aquest lloc
sources-remove = Elimina
sources-add-label = Afegiu una font: l’adreça del seu catàleg
sources-check = Comprova
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Un curs
   *[other] { $count } cursos
}
sources-add-confirm = Afegeix aquesta font
sources-added = Afegida: els seus cursos ja són a la llista de cursos.
sources-removed = Eliminada: els seus cursos ja no són a la llista de cursos.
sources-invalid-url = Introduïu una adreça que comenci per https:// (o un camí d’aquest lloc, com ara /courses/catalog.json).
sources-duplicate = Aquest catàleg ja és a la llista.
sources-full = La vostra llista de fonts és plena. Elimineu-ne una per afegir-ne una altra.

## Unsupported and errors
unit-needs-newer-player = Aquesta unitat necessita una versió més nova del reproductor
unit-needs-newer-player-detail = És una unitat de tipus «{ $kind }», que aquesta versió d’Alliance Player encara no coneix. La resta del curs funciona; consulteu el proveïdor del curs o actualitzeu el reproductor.
error-heading = Alguna cosa no ha anat bé
error-catalog = No s’ha pogut carregar el catàleg de cursos.
error-document = No es pot mostrar aquest document.
error-course = No s’ha pogut obrir aquest curs.
error-course-not-found = No hi ha cap curs «{ $course }» en aquest catàleg.
error-unit-not-found = No hi ha cap unitat «{ $unit }» en aquest curs.
error-page-not-found = Aquesta pàgina no existeix.
error-retry = Torna-ho a provar
error-part-unavailable = No s’ha pogut baixar aquesta part del reproductor. Comproveu la connexió i torneu-ho a provar.
error-what-to-do = Si el problema continua, comuniqueu al proveïdor del curs el que es mostra a dalt.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Sense connexió
offline-indicator-detail = No teniu connexió. Els cursos baixats es reprodueixen com sempre; el vostre progrés es desa en aquest dispositiu i s’enviarà quan torneu a estar en línia.
update-ready = Hi ha una versió nova d’Alliance Player a punt.
update-reload = Torna a carregar per actualitzar
download-heading = Ús sense connexió
download-course = Baixa per fer-lo servir sense connexió ({ $size })
download-resume = Reprèn la baixada (en queden { $size })
download-progress = { $done } de { $total } · { $units } de { $unitsTotal } unitats
download-cancel = Cancel·la
download-done = Baixat: aquest curs funciona sense connexió ({ $size }).
download-remove = Elimina la baixada
download-stored-partly = Ja hi ha { $done } de { $total } en aquest dispositiu.
download-failed = La baixada s’ha aturat: { $detail } El que ja s’ha desat es conserva; premeu «Reprèn la baixada» per continuar.
download-file-mismatch = { $file } no ha arribat íntegre (s’esperava { $expected } i s’ha rebut { $got }).
download-file-failed = No s’ha pogut baixar { $file } ({ $detail }).
download-no-cors = { $host } no permet que aquest reproductor en llegeixi els fitxers (no envia capçaleres CORS), per això no es poden comprovar ni desar. L’administrador del servidor ha d’enviar Access-Control-Allow-Origin amb cada fitxer del curs.
download-quota = Aquest dispositiu ja no té espai per al curs. Allibereu espai o elimineu una altra baixada i, després, reprengueu-la.
download-storage = Aquest navegador fa servir { $used } dels { $available } que pot fer servir en aquest dispositiu.
download-persistent = Les baixades es conserven fins que les elimineu.
download-not-persistent = El navegador pot eliminar les baixades si el dispositiu es queda sense espai.
download-needs-network = No teniu connexió. Connecteu-vos a internet per baixar aquest curs.
data-saver = Estalvi de dades
data-saver-help = El contingut multimèdia només es carrega quan premeu reproduir, les transcripcions apareixen primer i la mida es mostra al costat de cada contingut.
media-size = { $size } per carregar

## Notes and bookmarks
notes-heading = Les meves notes
notes-bookmark = Afegeix un marcador a aquesta unitat
notes-bookmarked = Marcador afegit
notes-bookmark-moment = Afegeix un marcador en aquest moment
notes-note-label = La vostra nota sobre aquesta unitat
notes-save = Desa la nota
notes-saved = Desada.
notes-delete = Suprimeix
# A moment of a video or audio, e.g. "At 1:05".
notes-at = A { $time }
notes-empty = Encara no hi ha notes ni marcadors en aquest curs. Afegiu un marcador a una unitat o a un moment d’un vídeo i escriviu-hi una nota.
notes-where = Les vostres notes es queden en aquest dispositiu i arriben al vostre magatzem de registres d’aprenentatge quan n’hi ha un de connectat.
notes-too-long = Una nota pot tenir com a màxim { $max } caràcters.
notes-too-many = Aquest curs ja té el màxim de notes possible: suprimiu-ne una per afegir-ne una altra.

## Accessibility
unit-nav-label = Unitat anterior i següent
captions-always = Mostra sempre els subtítols quan un vídeo o un àudio en tingui (en la vostra llengua si n’hi ha; si no, en la del curs)
caption-style = Estil dels subtítols
caption-size = Mida del text
caption-colour = Color del text
caption-background = Fons
caption-colour-white = Blanc
caption-colour-yellow = Groc
caption-colour-cyan = Cian
caption-colour-green = Verd
caption-colour-magenta = Magenta
caption-colour-black = Negre
caption-background-black = Negre semitransparent
caption-background-solid-black = Negre
caption-background-white = Blanc
caption-background-transparent = Cap
caption-background-blue = Blau
caption-preview = Així es veuran els subtítols.
caption-unreadable = Aquest text és difícil de llegir sobre aquest fons: trieu un altre color o un altre fons.
launch-other = Aquest enllaç enviaria els vostres registres d’aprenentatge a { $endpoint } com a { $who }. Esteu connectat a { $current } com a { $current_who }.
launch-switch = Canvia a aquesta connexió
launch-keep = Mantén la meva connexió
launch-other-learner = Aquest enllaç és per a { $who }. Ara mateix { $current_who } fa servir el reproductor. Voleu canviar a { $who }?
launch-switch-learner = Canvia d’alumne

## Learners
learners-heading = Alumnes en aquest dispositiu
learners-locked = { $name } fa servir el reproductor
learner-unnamed = Jo
learner-now = Fa servir el reproductor ara
learner-switch = Canvia a aquest alumne
learner-rename = Canvia el nom
learner-name = Nom
learner-save = Desa
learner-cancel = Cancel·la
learner-remove = Elimina
learner-remove-ask = Voleu eliminar { $name } d’aquest dispositiu? S’esborraran el seu progrés, els registres pendents i la configuració en aquest dispositiu. Els cursos baixats es mantenen.
learner-removed = S’ha eliminat { $name }.
learner-pin = PIN (quatre xifres, opcional)
learner-pin-label = PIN
learner-pin-for = PIN de { $name }
learner-pin-new = PIN nou (quatre xifres)
learner-pin-set = Defineix un PIN
learner-pin-remove = Elimina el PIN
learner-pin-open = Continua
learner-pin-note = Un PIN impedeix que les persones que comparteixen aquest dispositiu accedeixin al progrés de les altres. Serveix per a la privadesa, no per a la seguretat.
learner-add-heading = Afegeix un alumne
learner-add = Afegeix
learner-added = S’ha afegit { $name }.
learner-saved = Desat.
learner-error-empty = Introduïu un nom.
learner-error-long = Aquest nom és massa llarg.
learner-error-taken = Ja hi ha algú en aquest dispositiu que es diu { $name }.
learner-error-pin = Un PIN té exactament quatre xifres.
learner-error-full = Aquest dispositiu ja té el màxim d’alumnes possible. Primer elimineu-ne un.
learner-error-unknown = No s’ha pogut canviar la llista d’alumnes. Torneu a carregar la pàgina i torneu-ho a provar.
learner-error-wrong-pin = Aquest PIN no és correcte.
signout-ask = { $count ->
    [one] Encara no s’ha enviat un registre.
   *[other] Encara no s’han enviat { $count } registres.
}
signout-keep = { $count ->
    [one] Conserva el registre pendent per a quan em torni a connectar
   *[other] Conserva els { $count } registres pendents per a quan em torni a connectar
}
signout-discard = { $count ->
    [one] Descarta’l
   *[other] Descarta’ls
}
