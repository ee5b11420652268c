# Alliance Player interface strings — Italiano
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Italiano
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Vai al contenuto
# In the header where the browser offers to install the player as an app.
install-app = Installa l’app
install-app-hint = Installa Alliance Player su questo dispositivo: si apre dalle tue app, in una finestra propria, anche offline.
nav-catalog = Corsi
loading = Caricamento…

## Languages
language-picker-label = Lingua dell’interfaccia
language-picker-search = Cerca una lingua
language-picker-none = Nessuna lingua corrisponde alla tua ricerca.
content-language-label = Lingua del corso
content-language-auto = Uguale all’interfaccia
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Lingua: { $language }

## Catalogue
catalog-heading = Catalogo dei corsi
catalog-search-label = Cerca corsi
catalog-search-placeholder = Titolo, argomento o ente
catalog-more = Mostra altri corsi
catalog-earlier = Mostra i corsi precedenti
catalog-loading-more = Ricerca tra altri corsi…
catalog-language-label = Lingua
catalog-language-any = Tutte le lingue
catalog-count = { $count ->
    [0] Nessun corso corrispondente.
    [one] Un corso
   *[other] { $count } corsi
}
catalog-empty = Nessun corso corrisponde alla tua ricerca. Prova con un’altra parola o scegli tutte le lingue.
catalog-rejected = { $count ->
    [one] Non è stato possibile mostrare un corso di questo catalogo:
   *[other] Non è stato possibile mostrare { $count } corsi di questo catalogo:
}
catalog-source-notice = Alcuni corsi mancano da questo elenco:
catalog-source-unreachable = Impossibile raggiungere { $source }: il sito potrebbe non essere attivo, oppure non consente a questo lettore di leggere i suoi corsi.
catalog-source-status = { $source } ha risposto con un errore (HTTP { $status }).
catalog-source-too-large = { $source } supera { $limit }, il massimo che questo lettore legge per un catalogo.
catalog-source-invalid = { $source } non è un catalogo di corsi che questo lettore può leggere: { $detail }
catalog-source-left-out = «{ $course }» di { $source } è stato escluso: un altro corso ha già il suo indirizzo, /course/{ $id }.
course-provider = Offerto da { $provider }
course-languages = Lingue: { $languages }
course-size = Dimensione del download: { $size }
course-open = Apri il corso
course-continue = Continua
course-progress = { $percent } completato

## Course
course-outline = Indice del corso
outline-show-earlier = Mostra le unità precedenti ({ $count } nascoste)
outline-show-later = Mostra le unità successive ({ $count } nascoste)
course-start = Inizia il corso
course-units = { $count ->
    [one] Un’unità
   *[other] { $count } unità
}
unit-ordinal = Unità { $index } di { $total }
unit-state-not-started = Non iniziata
unit-state-in-progress = In corso
unit-state-completed = Completata
unit-state-passed = Superata
unit-state-failed = Non ancora superata
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Lettura
unit-kind-quiz = Quiz
unit-kind-document = Documento
unit-kind-interactive = Attività
unit-kind-unknown = Nuovo tipo di unità
unit-previous = Precedente
unit-next = Successiva
unit-mark-done = Segna come completata
unit-done = Completata
back-to-catalog = Tutti i corsi
course-search-label = Cerca in questo corso
course-search-count = { $count ->
    [0] Nessun risultato
    [one] Un risultato
   *[other] { $count } risultati
}
course-search-more = { $count ->
    [one] Viene mostrato solo il primo risultato; aggiungi parole per restringere la ricerca.
   *[other] Vengono mostrati solo i primi { $count } risultati; aggiungi parole per restringere la ricerca.
}
course-search-subtitles = Ricerca anche nei sottotitoli…
course-search-incomplete = Non è stato possibile cercare in alcuni sottotitoli.
course-search-in-title = Titolo
course-search-in-reading = Lettura
course-search-in-transcript = Trascrizione
course-search-in-subtitle = Sottotitoli a { $time }
course-search-in-quiz = Domanda del quiz

## Media
media-speed = Velocità
media-subtitles = Sottotitoli
media-subtitles-off = Disattivati
media-subtitles-second = Sottotitoli secondari
media-fullscreen = Schermo intero
media-fullscreen-exit = Esci da schermo intero
media-shortcuts = Scorciatoie da tastiera
media-shortcuts-hint = Quando il lettore video o audio è attivo:
# The name of the space bar key, as printed on keyboards.
media-key-space = Spazio
media-key-play = Riproduci o metti in pausa
media-key-seek = Indietro o avanti di 5 secondi
media-key-speed = Più lento o più veloce
media-key-captions = Attiva o disattiva i sottotitoli
media-key-fullscreen = Attiva o disattiva lo schermo intero
media-transcript = Trascrizione
media-watched = { $percent } visto
media-unsupported = Il tuo browser non può riprodurre questo contenuto multimediale. Prova con un altro browser o scaricalo:

## Reading and document
reading-end = Fine della lettura
document-download = Scarica il PDF ({ $size })
document-download-nosize = Scarica il PDF
document-fallback = Il tuo browser non può mostrare i PDF qui. Scaricalo per leggerlo.
document-not-pdf = { $file } non è un file PDF. Un’unità documento mostra solo file PDF, che iniziano con «%PDF-».

## Quiz
quiz-passing = Per superare il quiz ti serve { $percent }.
quiz-attempts-left = { $count ->
    [one] Ti resta un tentativo
   *[other] Ti restano { $count } tentativi
}
quiz-attempts-unlimited = Tentativi illimitati
quiz-attempts-used = { $count ->
    [one] Hai usato il tuo unico tentativo.
   *[other] Hai usato tutti i tuoi { $count } tentativi.
}
quiz-question = Domanda { $index }
quiz-true = Vero
quiz-false = Falso
quiz-answer-label = La tua risposta
quiz-submit = Invia le risposte
quiz-retry = Riprova
quiz-score = Il tuo punteggio: { $score }
quiz-passed = Superato, ottimo lavoro!
quiz-failed = Non ancora superato.
quiz-best = Il tuo miglior punteggio finora: { $score }
quiz-correct = Risposta corretta
quiz-incorrect = Risposta errata
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Revisione: ogni domanda mostra la risposta giusta.
quiz-right-answer = Risposta giusta

## Interactive
interactive-title = Attività interattiva: { $title }
interactive-hint = Completa l’attività per terminare questa unità.

## Storage
storage-quota = Lo spazio di archiviazione di questo browser riservato al lettore è pieno, quindi non è stato possibile salvare i tuoi progressi più recenti. Libera un po’ di spazio (rimuovi i corsi scaricati o i dati di altri siti nelle impostazioni del browser), poi continua: nulla di quanto salvato in precedenza è andato perso.
storage-unavailable = Questo browser non consente al lettore di memorizzare i tuoi progressi, quindi vengono conservati solo finché non chiudi la pagina. Le finestre private spesso bloccano l’archiviazione.
storage-write-failed = Non è stato ancora possibile salvare i tuoi progressi più recenti. Sono conservati in questa pagina e verranno salvati al tuo prossimo passo.

## Transcript (the learner's record of progress)
nav-transcript = I miei progressi
transcript-heading = I miei progressi
transcript-empty = Non hai ancora iniziato nessun corso.
transcript-unit-score = Punteggio: { $score }
transcript-time-spent = Tempo dedicato: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Scarica come statement xAPI (JSON)
transcript-export-csv = Scarica come foglio di calcolo (CSV)
transcript-reset = Azzera i miei progressi in questo corso
transcript-reset-confirm = Azzerare tutti i tuoi progressi nel corso «{ $course }»? L’operazione non può essere annullata.

## Invio all’archivio dei record di apprendimento (LRS), mostrato nell’intestazione e nella pagina delle impostazioni
nav-settings = Impostazioni
sync-off = Salvato su questo dispositivo
sync-off-detail = Nessun collegamento a un archivio dei record di apprendimento: i tuoi progressi restano in questo browser. Collegane uno nelle impostazioni per inviare le attività completate alla tua istituzione.
sync-done = Tutto inviato
sync-pending = { $count ->
    [one] 1 record in attesa
   *[other] { $count } record in attesa
}
sync-last-delivery = Ultimo invio: { $date }
sync-error-offline = Sei offline. I tuoi record vengono conservati e saranno inviati quando tornerà la connessione.
sync-error-unreachable = Impossibile raggiungere l’archivio dei record di apprendimento. Nuovo tentativo tra poco; non si perde nulla.
sync-error-server = L’archivio dei record di apprendimento ha un problema (HTTP { $status }). Nuovo tentativo tra poco; non si perde nulla.
sync-error-unauthorized = L’archivio dei record di apprendimento ha rifiutato le tue credenziali. Inseriscile di nuovo nelle impostazioni; fino ad allora i tuoi record vengono conservati.
sync-error-not-found = A questo indirizzo non c’è nessun archivio dei record di apprendimento. Controlla l’indirizzo nelle impostazioni; fino ad allora i tuoi record vengono conservati.
sync-error-version = L’archivio dei record di apprendimento usa un’altra versione di xAPI ({ $detail }). Chiedi alla tua istituzione un indirizzo compatibile con xAPI 1.0.3 o 2.0.0.
sync-error-storage = Impossibile leggere dallo spazio di archiviazione di questo browser i record in attesa di invio ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 record è stato rifiutato dall’archivio dei record di apprendimento
   *[other] { $count } record sono stati rifiutati dall’archivio dei record di apprendimento
}
sync-set-aside-detail = Questi record sono conservati qui insieme alla risposta dell’archivio, così tu o la tua istituzione potete vedere cosa correggere.
settings-heading = Impostazioni
settings-lrs-heading = Archivio dei record di apprendimento (LRS)
settings-lrs-intro = La tua istituzione ti fornisce questi dati perché le attività completate e i tuoi punteggi arrivino nei suoi registri.
settings-lrs-endpoint = Indirizzo (endpoint xAPI)
settings-lrs-key = Chiave o nome utente
settings-lrs-secret = Chiave segreta o password
settings-lrs-token = Oppure un token di accesso
settings-lrs-name = Il tuo nome
settings-lrs-email = Il tuo indirizzo e-mail
settings-lrs-connect = Connetti
settings-lrs-disconnect = Disconnetti
settings-lrs-connected = Connesso a { $endpoint } come { $who }.
settings-lrs-invalid-endpoint = Inserisci l’indirizzo dell’archivio dei record di apprendimento, che deve iniziare con https:// o http://.
settings-lrs-invalid-email = Inserisci il tuo indirizzo e-mail, così i tuoi record vengono archiviati a tuo nome.
cmi5-unit-needs-worker = Questa attività richiede che il lettore finisca l’installazione: ricarica la pagina per aprirla.
cmi5-exit = Esci
cmi5-exiting = Salvataggio e ritorno…
cmi5-browse = Consultazione: nulla di ciò che fai qui viene registrato.
cmi5-review = Ripasso: nulla di ciò che fai qui viene registrato.
cmi5-ended = Questa sessione è terminata. Riapri il corso dalla tua piattaforma di apprendimento per registrare altro.
settings-lrs-launch-failed = Il corso è stato aperto con un accesso che non ha funzionato ({ $detail }). Aprilo di nuovo dal sito della tua istituzione.

sources-heading = Fonti dei corsi
sources-intro = L’elenco dei corsi riunisce i cataloghi qui sotto. Puoi aggiungere il catalogo di un’altra università o di un altro fornitore di corsi tramite il suo indirizzo; viene conservato per te, su questo dispositivo.
sources-site = Scelto da questo sito
sources-remove = Rimuovi
sources-add-label = Aggiungi una fonte: l’indirizzo del suo catalogo
sources-check = Verifica
sources-preview = { $count ->
    [one] Un corso
   *[other] { $count } corsi
}
sources-add-confirm = Aggiungi questa fonte
sources-added = Aggiunta: i suoi corsi ora sono nell’elenco dei corsi.
sources-removed = Rimossa: i suoi corsi non sono più nell’elenco dei corsi.
sources-invalid-url = Inserisci un indirizzo che inizi con https:// (o un percorso di questo sito, come /courses/catalog.json).
sources-duplicate = Questo catalogo è già nell’elenco.
sources-full = Il tuo elenco di fonti è pieno. Rimuovine una per aggiungerne un’altra.

## Unsupported and errors
unit-needs-newer-player = Questa unità richiede una versione più recente del lettore
unit-needs-newer-player-detail = È un’unità di tipo «{ $kind }», che questa versione di Alliance Player non conosce ancora. Il resto del corso funziona; rivolgiti all’ente che offre il corso o aggiorna il lettore.
error-heading = Si è verificato un errore
error-catalog = Impossibile caricare il catalogo dei corsi.
error-document = Impossibile mostrare questo documento.
error-course = Impossibile aprire questo corso.
error-course-not-found = In questo catalogo non c’è nessun corso «{ $course }».
error-unit-not-found = In questo corso non c’è nessuna unità «{ $unit }».
error-page-not-found = Questa pagina non esiste.
error-retry = Riprova
error-part-unavailable = Impossibile scaricare questa parte del lettore. Controlla la connessione, poi riprova.
error-what-to-do = Se il problema persiste, comunica all’ente che offre il corso quanto indicato sopra.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Sei offline. I corsi scaricati funzionano come sempre; i tuoi progressi vengono salvati su questo dispositivo e inviati quando torni online.
update-ready = È pronta una nuova versione di Alliance Player.
update-reload = Ricarica per aggiornare
download-heading = Uso offline
download-course = Scarica per l’uso offline ({ $size })
download-resume = Riprendi il download (mancano { $size })
download-progress = { $done } di { $total } · { $units } di { $unitsTotal } unità
download-cancel = Annulla
download-done = Scaricato: questo corso funziona offline ({ $size }).
download-remove = Rimuovi il download
download-stored-partly = Già presenti su questo dispositivo: { $done } di { $total }.
download-failed = Il download si è interrotto: { $detail } Ciò che è già stato salvato viene conservato; premi «Riprendi il download» per continuare.
download-file-mismatch = { $file } non è arrivato integro (atteso: { $expected }, ricevuto: { $got }).
download-file-failed = Impossibile scaricare { $file } ({ $detail }).
download-no-cors = { $host } non consente a questo player di leggere i suoi file (non invia intestazioni CORS), quindi non possono essere verificati né salvati. Il suo amministratore deve inviare Access-Control-Allow-Origin con ogni file del corso.
download-quota = Su questo dispositivo non c’è più spazio per il corso. Libera un po’ di spazio o rimuovi un altro download, poi riprendi.
download-storage = Questo browser usa { $used } dei { $available } a sua disposizione su questo dispositivo.
download-persistent = I download restano finché non li rimuovi.
download-not-persistent = Il browser potrebbe rimuovere i download se sul dispositivo lo spazio scarseggia.
download-needs-network = Sei offline. Connettiti a internet per scaricare questo corso.
data-saver = Risparmio dati
data-saver-help = I contenuti multimediali vengono caricati solo quando premi play, le trascrizioni arrivano per prime e accanto a ogni contenuto ne è indicata la dimensione.
media-size = { $size } da caricare

## Notes and bookmarks
notes-heading = Le mie note
notes-bookmark = Aggiungi un segnalibro a questa unità
notes-bookmarked = Segnalibro aggiunto
notes-bookmark-moment = Aggiungi un segnalibro in questo punto
notes-note-label = La tua nota su questa unità
notes-save = Salva nota
notes-saved = Salvata.
notes-delete = Elimina
# A moment of a video or audio, e.g. "At 1:05".
notes-at = A { $time }
notes-empty = Ancora nessuna nota né segnalibro in questo corso. Aggiungi un segnalibro a un’unità o a un momento di un video e scrivici una nota.
notes-where = Le tue note restano su questo dispositivo e arrivano al tuo archivio dei record di apprendimento quando ne è collegato uno.
notes-too-long = Una nota può contenere al massimo { $max } caratteri.
notes-too-many = Questo corso ha già il numero massimo di note: eliminane una per aggiungerne un’altra.

## Accessibility
unit-nav-label = Unità precedente e successiva
captions-always = Mostra sempre i sottotitoli di video e audio, se presenti (nella tua lingua se disponibili, altrimenti nella lingua del corso)
caption-style = Stile dei sottotitoli
caption-size = Dimensione del testo
caption-colour = Colore del testo
caption-background = Sfondo
caption-colour-white = Bianco
caption-colour-yellow = Giallo
caption-colour-cyan = Ciano
caption-colour-green = Verde
caption-colour-magenta = Magenta
caption-colour-black = Nero
caption-background-black = Nero semitrasparente
caption-background-solid-black = Nero
caption-background-white = Bianco
caption-background-transparent = Nessuno
caption-background-blue = Blu
caption-preview = Ecco come appariranno i sottotitoli.
caption-unreadable = Questo testo è difficile da leggere su questo sfondo: scegli un altro colore o un altro sfondo.
launch-other = Questo link invierebbe i tuoi dati di apprendimento a { $endpoint } come { $who }. Sei connesso a { $current } come { $current_who }.
launch-switch = Passa a questa connessione
launch-keep = Mantieni la mia connessione

launch-other-learner = Questo link è per { $who }. Ora sta usando il player { $current_who }. Passare a { $who }?
launch-switch-learner = Cambia studente

## Learners
learners-heading = Studenti su questo dispositivo
learners-locked = { $name } sta usando il player
learner-unnamed = Io
learner-now = Sta usando il player ora
learner-switch = Passa a questo studente
learner-rename = Rinomina
learner-name = Nome
learner-save = Salva
learner-cancel = Annulla
learner-remove = Rimuovi
learner-remove-ask = Rimuovere { $name } da questo dispositivo? I suoi progressi, i record in attesa e le impostazioni su questo dispositivo verranno eliminati. I corsi scaricati restano.
learner-removed = { $name } è stato rimosso.
learner-pin = PIN (quattro cifre, facoltativo)
learner-pin-label = PIN
learner-pin-for = PIN di { $name }
learner-pin-new = Nuovo PIN (quattro cifre)
learner-pin-set = Imposta un PIN
learner-pin-remove = Rimuovi il PIN
learner-pin-open = Continua
learner-pin-note = Un PIN tiene chi condivide questo dispositivo fuori dai progressi degli altri. Serve alla privacy, non alla sicurezza.
learner-add-heading = Aggiungi uno studente
learner-add = Aggiungi
learner-added = { $name } è stato aggiunto.
learner-saved = Salvato.
learner-error-empty = Inserisci un nome.
learner-error-long = Questo nome è troppo lungo.
learner-error-taken = Qualcuno su questo dispositivo si chiama già { $name }.
learner-error-pin = Un PIN ha esattamente quattro cifre.
learner-error-full = Questo dispositivo non può avere altri studenti. Rimuovine prima uno.
learner-error-unknown = Non è stato possibile modificare l’elenco degli studenti. Ricarica la pagina e riprova.
learner-error-wrong-pin = Il PIN non è corretto.
signout-ask = { $count ->
    [one] Un record non è ancora stato inviato.
   *[other] { $count } record non sono ancora stati inviati.
}
signout-keep = { $count ->
    [one] Conserva il record in attesa per la prossima connessione
   *[other] Conserva i { $count } record in attesa per la prossima connessione
}
signout-discard = { $count ->
    [one] Eliminalo
   *[other] Eliminali
}
