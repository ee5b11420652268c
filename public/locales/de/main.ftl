# Alliance Player interface strings — Deutsch
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Deutsch
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Zum Inhalt springen
# In the header where the browser offers to install the player as an app.
install-app = App installieren
install-app-hint = Installieren Sie Alliance Player auf diesem Gerät: Er lässt sich dann wie Ihre anderen Apps öffnen, in einem eigenen Fenster und auch offline.
nav-catalog = Kurse
loading = Wird geladen…

## Languages
language-picker-label = Sprache der Oberfläche
language-picker-search = Sprachen durchsuchen
language-picker-none = Keine Sprache entspricht Ihrer Suche.
content-language-label = Kurssprache
content-language-auto = Wie die Oberfläche
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Sprache: { $language }

## Catalogue
catalog-heading = Kurskatalog
catalog-search-label = Kurse durchsuchen
catalog-search-placeholder = Titel, Thema oder Anbieter
catalog-more = Weitere Kurse anzeigen
catalog-earlier = Vorherige Kurse anzeigen
catalog-loading-more = Weitere Kurse werden durchsucht …
catalog-language-label = Sprache
catalog-language-any = Alle Sprachen
catalog-count = { $count ->
    [0] Keine passenden Kurse.
    [one] Ein Kurs
   *[other] { $count } Kurse
}
catalog-empty = Kein Kurs entspricht Ihrer Suche. Versuchen Sie es mit einem anderen Wort oder wählen Sie alle Sprachen aus.
catalog-rejected = { $count ->
    [one] Ein Kurs in diesem Katalog konnte nicht angezeigt werden:
   *[other] { $count } Kurse in diesem Katalog konnten nicht angezeigt werden:
}
catalog-source-notice = Einige Kurse fehlen in dieser Liste:
catalog-source-unreachable = { $source } ist nicht erreichbar: Die Website ist vielleicht ausgefallen, oder sie erlaubt diesem Player nicht, ihre Kurse zu lesen.
catalog-source-status = { $source } hat mit einem Fehler geantwortet (HTTP { $status }).
catalog-source-too-large = { $source } ist größer als { $limit }, das Maximum, das dieser Player für einen Katalog liest.
catalog-source-invalid = { $source } ist kein Kurskatalog, den dieser Player lesen kann: { $detail }
catalog-source-left-out = „{ $course }“ von { $source } wird ausgelassen: Ein anderer Kurs hat bereits seine Adresse, /course/{ $id }.
course-provider = Anbieter: { $provider }
course-languages = Sprachen: { $languages }
course-size = Downloadgröße: { $size }
course-open = Kurs öffnen
course-continue = Fortsetzen
course-progress = { $percent } abgeschlossen

## Course
course-outline = Kursübersicht
outline-show-earlier = Frühere Einheiten zeigen ({ $count } ausgeblendet)
outline-show-later = Spätere Einheiten zeigen ({ $count } ausgeblendet)
course-start = Kurs starten
course-units = { $count ->
    [one] Eine Einheit
   *[other] { $count } Einheiten
}
unit-ordinal = Einheit { $index } von { $total }
unit-state-not-started = Nicht begonnen
unit-state-in-progress = In Bearbeitung
unit-state-completed = Abgeschlossen
unit-state-passed = Bestanden
unit-state-failed = Noch nicht bestanden
unit-kind-video = Video
unit-kind-audio = Audio
unit-kind-reading = Lesetext
unit-kind-quiz = Quiz
unit-kind-document = Dokument
unit-kind-interactive = Aktivität
unit-kind-unknown = Neuer Einheitentyp
unit-previous = Zurück
unit-next = Weiter
unit-mark-done = Als erledigt markieren
unit-done = Erledigt
back-to-catalog = Alle Kurse
course-search-label = In diesem Kurs suchen
course-search-count = { $count ->
    [0] Keine Treffer
    [one] Ein Treffer
   *[other] { $count } Treffer
}
course-search-more = { $count ->
    [one] Nur der erste Treffer wird angezeigt; fügen Sie Wörter hinzu, um die Suche einzugrenzen.
   *[other] Nur die ersten { $count } Treffer werden angezeigt; fügen Sie Wörter hinzu, um die Suche einzugrenzen.
}
course-search-subtitles = Die Untertitel werden ebenfalls durchsucht…
course-search-incomplete = Einige Untertitel konnten nicht durchsucht werden.
course-search-in-title = Titel
course-search-in-reading = Lesetext
course-search-in-transcript = Transkript
course-search-in-subtitle = Untertitel bei { $time }
course-search-in-quiz = Quizfrage

## Media
media-speed = Geschwindigkeit
media-subtitles = Untertitel
media-subtitles-off = Aus
media-subtitles-second = Zweite Untertitelspur
media-fullscreen = Vollbild
media-fullscreen-exit = Vollbild beenden
media-shortcuts = Tastenkürzel
media-shortcuts-hint = Wenn der Video- oder Audioplayer den Fokus hat:
# The name of the space bar key, as printed on keyboards.
media-key-space = Leertaste
media-key-play = Wiedergabe oder Pause
media-key-seek = 5 Sekunden zurück oder vor
media-key-speed = Langsamer oder schneller
media-key-captions = Untertitel ein oder aus
media-key-fullscreen = Vollbild ein oder aus
media-transcript = Transkript
media-watched = { $percent } angesehen
media-unsupported = Ihr Browser kann dieses Medium nicht abspielen. Versuchen Sie es mit einem anderen Browser oder laden Sie die Datei herunter:

## Reading and document
reading-end = Ende des Lesetexts
document-download = PDF herunterladen ({ $size })
document-download-nosize = PDF herunterladen
document-fallback = Ihr Browser kann PDFs hier nicht anzeigen. Laden Sie die Datei herunter, um sie zu lesen.
document-not-pdf = { $file } ist keine PDF-Datei. Eine Dokument-Einheit zeigt nur PDF-Dateien, die mit „%PDF-“ beginnen.

## Quiz
quiz-passing = Zum Bestehen benötigen Sie { $percent }.
quiz-attempts-left = { $count ->
    [one] Noch ein Versuch
   *[other] Noch { $count } Versuche
}
quiz-attempts-unlimited = Unbegrenzte Versuche
quiz-attempts-used = { $count ->
    [one] Sie haben Ihren einzigen Versuch genutzt.
   *[other] Sie haben alle { $count } Versuche genutzt.
}
quiz-question = Frage { $index }
quiz-true = Wahr
quiz-false = Falsch
quiz-answer-label = Ihre Antwort
quiz-submit = Antworten absenden
quiz-retry = Erneut versuchen
quiz-score = Ihr Ergebnis: { $score }
quiz-passed = Bestanden – gut gemacht!
quiz-failed = Noch nicht bestanden.
quiz-best = Ihr bisher bestes Ergebnis: { $score }
quiz-correct = Richtig
quiz-incorrect = Falsch
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Auswertung: Bei jeder Frage wird die richtige Antwort angezeigt.
quiz-right-answer = Richtige Antwort

## Interactive
interactive-title = Interaktive Aktivität: { $title }
interactive-hint = Schließen Sie die Aktivität ab, um diese Einheit zu beenden.

## Storage
storage-quota = Der Speicher dieses Browsers für den Player ist voll, daher konnte Ihr neuester Fortschritt nicht gespeichert werden. Geben Sie etwas Speicherplatz frei (entfernen Sie in den Browsereinstellungen heruntergeladene Kurse oder Daten anderer Websites) und machen Sie dann weiter: Bereits Gespeichertes ist nicht verloren gegangen.
storage-unavailable = Dieser Browser erlaubt dem Player nicht, Ihren Fortschritt zu speichern, daher bleibt er nur erhalten, bis Sie die Seite schließen. Private Fenster blockieren das Speichern häufig.
storage-write-failed = Ihr neuester Fortschritt konnte noch nicht gespeichert werden. Er bleibt auf dieser Seite erhalten und wird mit Ihrem nächsten Schritt gespeichert.

## Transcript (the learner's record of progress)
nav-transcript = Mein Fortschritt
transcript-heading = Mein Fortschritt
transcript-empty = Sie haben noch keinen Kurs begonnen.
transcript-unit-score = Ergebnis: { $score }
transcript-time-spent = Aufgewendete Zeit: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Als xAPI-Statements herunterladen (JSON)
transcript-export-csv = Als Tabelle herunterladen (CSV)
transcript-reset = Meinen Fortschritt in diesem Kurs zurücksetzen
transcript-reset-confirm = Ihren gesamten Fortschritt in „{ $course }“ zurücksetzen? Dies kann nicht rückgängig gemacht werden.

## Übermittlung an den Lerndatenspeicher (LRS), angezeigt in der Kopfzeile und auf der Einstellungsseite
nav-settings = Einstellungen
sync-off = Auf diesem Gerät gespeichert
sync-off-detail = Nicht mit einem Lerndatenspeicher verbunden: Ihr Fortschritt bleibt in diesem Browser. Verbinden Sie in den Einstellungen einen Lerndatenspeicher, um Ihre Abschlüsse an Ihre Einrichtung zu senden.
sync-done = Alles übermittelt
sync-pending = { $count ->
    [one] 1 Eintrag wartet
   *[other] { $count } Einträge warten
}
sync-last-delivery = Zuletzt übermittelt: { $date }
sync-error-offline = Sie sind offline. Ihre Einträge bleiben erhalten und werden übermittelt, sobald die Verbindung wieder besteht.
sync-error-unreachable = Der Lerndatenspeicher ist nicht erreichbar. Gleich wird es erneut versucht; nichts geht verloren.
sync-error-server = Beim Lerndatenspeicher ist ein Problem aufgetreten (HTTP { $status }). Gleich wird es erneut versucht; nichts geht verloren.
sync-error-unauthorized = Der Lerndatenspeicher hat Ihre Zugangsdaten abgelehnt. Geben Sie sie in den Einstellungen erneut ein; bis dahin bleiben Ihre Einträge erhalten.
sync-error-not-found = Unter dieser Adresse gibt es keinen Lerndatenspeicher. Überprüfen Sie die Adresse in den Einstellungen; bis dahin bleiben Ihre Einträge erhalten.
sync-error-version = Der Lerndatenspeicher verwendet eine andere xAPI-Version ({ $detail }). Bitten Sie Ihre Einrichtung um eine Adresse, die xAPI 1.0.3 oder 2.0.0 unterstützt.
sync-error-storage = Die Einträge, die auf die Übermittlung warten, konnten nicht aus dem Speicher dieses Browsers gelesen werden ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 Eintrag wurde vom Lerndatenspeicher abgelehnt
   *[other] { $count } Einträge wurden vom Lerndatenspeicher abgelehnt
}
sync-set-aside-detail = Diese Einträge werden hier zusammen mit der Antwort des Speichers aufbewahrt, damit Sie oder Ihre Einrichtung sehen können, was zu korrigieren ist.
settings-heading = Einstellungen
settings-lrs-heading = Lerndatenspeicher (LRS)
settings-lrs-intro = Diese Angaben erhalten Sie von Ihrer Einrichtung, damit Ihre Abschlüsse und Ergebnisse dort erfasst werden.
settings-lrs-endpoint = Adresse (xAPI-Endpunkt)
settings-lrs-key = Schlüssel oder Benutzername
settings-lrs-secret = Geheimer Schlüssel oder Passwort
settings-lrs-token = Oder ein Zugriffstoken
settings-lrs-name = Ihr Name
settings-lrs-email = Ihre E-Mail-Adresse
settings-lrs-connect = Verbinden
settings-lrs-disconnect = Trennen
settings-lrs-connected = Verbunden mit { $endpoint } als { $who }.
settings-lrs-invalid-endpoint = Geben Sie die Adresse des Lerndatenspeichers ein, beginnend mit https:// oder http://.
settings-lrs-invalid-email = Geben Sie Ihre E-Mail-Adresse ein, damit Ihre Einträge unter Ihrem Namen abgelegt werden.
cmi5-unit-needs-worker = Für diese Aktivität muss der Player fertig installiert sein: Laden Sie die Seite neu, um sie zu öffnen.
cmi5-exit = Beenden
cmi5-exiting = Wird gespeichert, zurück …
cmi5-browse = Ansehen: Was Sie hier tun, wird nicht aufgezeichnet.
cmi5-review = Wiederholen: Was Sie hier tun, wird nicht aufgezeichnet.
cmi5-ended = Diese Sitzung ist beendet. Öffnen Sie den Kurs erneut über Ihre Lernplattform, um weiter aufzuzeichnen.
settings-lrs-launch-failed = Der Kurs wurde mit einer Anmeldung geöffnet, die nicht funktioniert hat ({ $detail }). Öffnen Sie ihn erneut über die Website Ihrer Einrichtung.

sources-heading = Kursquellen
sources-intro = Die Kursliste vereint die folgenden Kataloge. Sie können den Katalog einer anderen Hochschule oder eines anderen Kursanbieters über seine Adresse hinzufügen; er wird für Sie auf diesem Gerät gespeichert.
sources-site = Von dieser Website ausgewählt
sources-remove = Entfernen
sources-add-label = Quelle hinzufügen: die Adresse ihres Katalogs
sources-check = Prüfen
sources-preview = { $count ->
    [one] Ein Kurs
   *[other] { $count } Kurse
}
sources-add-confirm = Diese Quelle hinzufügen
sources-added = Hinzugefügt: Die Kurse dieser Quelle stehen jetzt in der Kursliste.
sources-removed = Entfernt: Die Kurse dieser Quelle stehen nicht mehr in der Kursliste.
sources-invalid-url = Geben Sie eine Adresse ein, die mit https:// beginnt (oder einen Pfad auf dieser Website, etwa /courses/catalog.json).
sources-duplicate = Dieser Katalog ist bereits in der Liste.
sources-full = Ihre Liste der Quellen ist voll. Entfernen Sie eine, um eine andere hinzuzufügen.

## Unsupported and errors
unit-needs-newer-player = Für diese Einheit ist eine neuere Version des Players erforderlich
unit-needs-newer-player-detail = Es handelt sich um eine Einheit vom Typ „{ $kind }“, die diese Version von Alliance Player noch nicht kennt. Der Rest des Kurses funktioniert; wenden Sie sich an den Kursanbieter oder aktualisieren Sie den Player.
error-heading = Ein Fehler ist aufgetreten
error-catalog = Der Kurskatalog konnte nicht geladen werden.
error-document = Dieses Dokument kann nicht angezeigt werden.
error-course = Dieser Kurs konnte nicht geöffnet werden.
error-course-not-found = In diesem Katalog gibt es keinen Kurs „{ $course }“.
error-unit-not-found = In diesem Kurs gibt es keine Einheit „{ $unit }“.
error-page-not-found = Diese Seite existiert nicht.
error-retry = Erneut versuchen
error-part-unavailable = Dieser Teil des Players konnte nicht heruntergeladen werden. Überprüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.
error-what-to-do = Wenn das Problem weiterhin besteht, teilen Sie dem Kursanbieter mit, was oben angezeigt wird.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Offline
offline-indicator-detail = Sie sind offline. Heruntergeladene Kurse lassen sich wie gewohnt abspielen; Ihr Fortschritt wird auf diesem Gerät gespeichert und übermittelt, sobald Sie wieder online sind.
update-ready = Eine neue Version von Alliance Player ist bereit.
update-reload = Zum Aktualisieren neu laden
download-heading = Offline-Nutzung
download-course = Für die Offline-Nutzung herunterladen ({ $size })
download-resume = Download fortsetzen (noch { $size })
download-progress = { $done } von { $total } · { $units } von { $unitsTotal } Einheiten
download-cancel = Abbrechen
download-done = Heruntergeladen: Dieser Kurs funktioniert offline ({ $size }).
download-remove = Download entfernen
download-stored-partly = { $done } von { $total } befinden sich bereits auf diesem Gerät.
download-failed = Der Download wurde unterbrochen: { $detail } Bereits Gespeichertes bleibt erhalten; wählen Sie „Download fortsetzen“, um weiterzumachen.
download-file-mismatch = { $file } ist nicht unversehrt angekommen (erwartet: { $expected }, erhalten: { $got }).
download-file-failed = { $file } konnte nicht heruntergeladen werden ({ $detail }).
download-no-cors = { $host } erlaubt diesem Player nicht, seine Dateien zu lesen (es sendet keine CORS-Header), daher können sie nicht geprüft und gespeichert werden. Die Administration dieses Servers muss mit jeder Kursdatei Access-Control-Allow-Origin senden.
download-quota = Auf diesem Gerät ist kein Platz mehr für den Kurs. Geben Sie etwas Speicherplatz frei oder entfernen Sie einen anderen Download und setzen Sie den Download dann fort.
download-storage = Dieser Browser belegt { $used } der { $available }, die er auf diesem Gerät nutzen darf.
download-persistent = Downloads bleiben erhalten, bis Sie sie entfernen.
download-not-persistent = Der Browser kann Downloads entfernen, wenn auf dem Gerät der Speicherplatz knapp wird.
download-needs-network = Sie sind offline. Stellen Sie eine Internetverbindung her, um diesen Kurs herunterzuladen.
data-saver = Datensparmodus
data-saver-help = Medien werden erst geladen, wenn Sie auf Wiedergabe drücken, Transkripte erscheinen zuerst, und neben den Medien wird ihre Größe angezeigt.
media-size = Zu laden: { $size }

## Notes and bookmarks
notes-heading = Meine Notizen
notes-bookmark = Lesezeichen für diese Einheit
notes-bookmarked = Lesezeichen gesetzt
notes-bookmark-moment = Lesezeichen für diese Stelle
notes-note-label = Ihre Notiz zu dieser Einheit
notes-save = Notiz speichern
notes-saved = Gespeichert.
notes-delete = Löschen
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Bei { $time }
notes-empty = In diesem Kurs gibt es noch keine Notizen oder Lesezeichen. Setzen Sie ein Lesezeichen für eine Einheit oder eine Stelle in einem Video und schreiben Sie eine Notiz dazu.
notes-where = Ihre Notizen bleiben auf diesem Gerät und werden an Ihren Lerndatenspeicher übermittelt, sobald einer verbunden ist.
notes-too-long = Eine Notiz darf höchstens { $max } Zeichen lang sein.
notes-too-many = Dieser Kurs enthält bereits so viele Notizen wie möglich: Löschen Sie eine, um eine neue hinzuzufügen.

## Accessibility
unit-nav-label = Vorherige und nächste Einheit
captions-always = Untertitel von Videos und Audios immer anzeigen, sofern vorhanden (in Ihrer Sprache, falls es sie gibt, sonst in der Kurssprache)
caption-style = Untertitelstil
caption-size = Textgröße
caption-colour = Textfarbe
caption-background = Hintergrund
caption-colour-white = Weiß
caption-colour-yellow = Gelb
caption-colour-cyan = Cyan
caption-colour-green = Grün
caption-colour-magenta = Magenta
caption-colour-black = Schwarz
caption-background-black = Schwarz, durchscheinend
caption-background-solid-black = Schwarz
caption-background-white = Weiß
caption-background-transparent = Ohne
caption-background-blue = Blau
caption-preview = So sehen die Untertitel aus.
caption-unreadable = Dieser Text ist auf diesem Hintergrund schwer lesbar: Wählen Sie eine andere Farbe oder einen anderen Hintergrund.
launch-other = Dieser Link würde Ihre Lernnachweise als { $who } an { $endpoint } senden. Sie sind mit { $current } als { $current_who } verbunden.
launch-switch = Zu dieser Verbindung wechseln
launch-keep = Meine Verbindung behalten

launch-other-learner = Dieser Link ist für { $who }. Gerade nutzt { $current_who } den Player. Zu { $who } wechseln?
launch-switch-learner = Lernende wechseln

## Learners
learners-heading = Lernende auf diesem Gerät
learners-locked = { $name } nutzt den Player
learner-unnamed = Ich
learner-now = Nutzt den Player gerade
learner-switch = Zu dieser Person wechseln
learner-rename = Umbenennen
learner-name = Name
learner-save = Speichern
learner-cancel = Abbrechen
learner-remove = Entfernen
learner-remove-ask = { $name } von diesem Gerät entfernen? Fortschritt, wartende Einträge und Einstellungen dieser Person auf diesem Gerät werden gelöscht. Heruntergeladene Kurse bleiben erhalten.
learner-removed = { $name } wurde entfernt.
learner-pin = PIN (vier Ziffern, optional)
learner-pin-label = PIN
learner-pin-for = PIN von { $name }
learner-pin-new = Neue PIN (vier Ziffern)
learner-pin-set = PIN festlegen
learner-pin-remove = PIN entfernen
learner-pin-open = Weiter
learner-pin-note = Eine PIN hält Menschen, die sich dieses Gerät teilen, aus dem Fortschritt der anderen heraus. Sie dient der Privatsphäre, nicht der Sicherheit.
learner-add-heading = Lernende hinzufügen
learner-add = Hinzufügen
learner-added = { $name } wurde hinzugefügt.
learner-saved = Gespeichert.
learner-error-empty = Geben Sie einen Namen ein.
learner-error-long = Dieser Name ist zu lang.
learner-error-taken = Auf diesem Gerät heißt schon jemand { $name }.
learner-error-pin = Eine PIN besteht aus genau vier Ziffern.
learner-error-full = Auf diesem Gerät ist kein Platz für weitere Lernende. Entfernen Sie zuerst jemanden.
learner-error-unknown = Die Liste der Lernenden konnte nicht geändert werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.
learner-error-wrong-pin = Diese PIN ist nicht richtig.
signout-ask = { $count ->
    [one] Ein Eintrag wurde noch nicht gesendet.
   *[other] { $count } Einträge wurden noch nicht gesendet.
}
signout-keep = { $count ->
    [one] Den wartenden Eintrag für die nächste Verbindung behalten
   *[other] Die { $count } wartenden Einträge für die nächste Verbindung behalten
}
signout-discard = { $count ->
    [one] Verwerfen
   *[other] Verwerfen
}
