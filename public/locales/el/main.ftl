# Alliance Player interface strings — Ελληνικά
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Ελληνικά
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Μετάβαση στο περιεχόμενο
# In the header where the browser offers to install the player as an app.
install-app = Εγκατάσταση εφαρμογής
install-app-hint = Εγκαταστήστε το Alliance Player σε αυτή τη συσκευή: ανοίγει από τις εφαρμογές σας, στο δικό του παράθυρο, ακόμη και εκτός σύνδεσης.
nav-catalog = Μαθήματα
loading = Φόρτωση…

## Languages
language-picker-label = Γλώσσα περιβάλλοντος
language-picker-search = Αναζήτηση γλωσσών
language-picker-none = Καμία γλώσσα δεν ταιριάζει με την αναζήτησή σας.
content-language-label = Γλώσσα μαθήματος
content-language-auto = Ίδια με το περιβάλλον
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Γλώσσα: { $language }

## Catalogue
catalog-heading = Κατάλογος μαθημάτων
catalog-search-label = Αναζήτηση μαθημάτων
catalog-search-placeholder = Τίτλος, θέμα ή πάροχος
catalog-more = Περισσότερα μαθήματα
catalog-earlier = Προηγούμενα μαθήματα
catalog-loading-more = Αναζήτηση σε περισσότερα μαθήματα…
catalog-language-label = Γλώσσα
catalog-language-any = Όλες οι γλώσσες
catalog-count = { $count ->
    [0] Κανένα μάθημα δεν ταιριάζει.
    [one] Ένα μάθημα
   *[other] { $count } μαθήματα
}
catalog-empty = Κανένα μάθημα δεν ταιριάζει με την αναζήτησή σας. Δοκιμάστε άλλη λέξη ή επιλέξτε όλες τις γλώσσες.
catalog-rejected = { $count ->
    [one] Ένα μάθημα αυτού του καταλόγου δεν ήταν δυνατό να εμφανιστεί:
   *[other] { $count } μαθήματα αυτού του καταλόγου δεν ήταν δυνατό να εμφανιστούν:
}
# A site's catalogue and the learner's own can be several; one that fails is named here, the others still show.
# $source is a catalogue's title or its address; $id is a course's short name, as in its address /course/{ $id }.
catalog-source-notice = Από αυτή τη λίστα λείπουν ορισμένα μαθήματα:
catalog-source-unreachable = Δεν ήταν δυνατή η σύνδεση με την πηγή { $source }: ο ιστότοπος μπορεί να μη λειτουργεί ή να μην επιτρέπει σε αυτή την εφαρμογή να διαβάσει τα μαθήματά του.
catalog-source-status = Η πηγή { $source } απάντησε με σφάλμα (HTTP { $status }).
catalog-source-too-large = Η πηγή { $source } ξεπερνά τα { $limit }, το μέγιστο που διαβάζει αυτή η εφαρμογή για έναν κατάλογο.
catalog-source-invalid = Η πηγή { $source } δεν είναι κατάλογος μαθημάτων που μπορεί να διαβάσει αυτή η εφαρμογή: { $detail }
catalog-source-left-out = Το «{ $course }» από την πηγή { $source } παραλείφθηκε: άλλο μάθημα έχει ήδη τη διεύθυνσή του, /course/{ $id }.
course-provider = Πάροχος: { $provider }
course-languages = Γλώσσες: { $languages }
course-size = Μέγεθος λήψης: { $size }
course-open = Άνοιγμα μαθήματος
course-continue = Συνέχεια
course-progress = Ολοκλήρωση: { $percent }

## Course
course-outline = Διάρθρωση μαθήματος
outline-show-earlier = Εμφάνιση προηγούμενων ενοτήτων (κρυφές: { $count })
outline-show-later = Εμφάνιση επόμενων ενοτήτων (κρυφές: { $count })
course-start = Έναρξη μαθήματος
course-units = { $count ->
    [one] Μία ενότητα
   *[other] { $count } ενότητες
}
unit-ordinal = Ενότητα { $index } από { $total }
unit-state-not-started = Δεν ξεκίνησε
unit-state-in-progress = Σε εξέλιξη
unit-state-completed = Ολοκληρώθηκε
unit-state-passed = Επιτυχής
unit-state-failed = Όχι ακόμη επιτυχής
unit-kind-video = Βίντεο
unit-kind-audio = Ήχος
unit-kind-reading = Κείμενο
unit-kind-quiz = Κουίζ
unit-kind-document = Έγγραφο
unit-kind-interactive = Δραστηριότητα
unit-kind-unknown = Νέος τύπος ενότητας
unit-previous = Προηγούμενη
unit-next = Επόμενη
unit-mark-done = Σήμανση ως ολοκληρωμένης
unit-done = Ολοκληρώθηκε
back-to-catalog = Όλα τα μαθήματα
# Search inside the course, above the outline. $time is a position in a video or audio, e.g. "1:05".
course-search-label = Αναζήτηση σε αυτό το μάθημα
course-search-count = { $count ->
    [0] Κανένα αποτέλεσμα
    [one] Ένα αποτέλεσμα
   *[other] { $count } αποτελέσματα
}
course-search-more = { $count ->
    [one] Εμφανίζεται μόνο το πρώτο αποτέλεσμα· προσθέστε λέξεις για να περιορίσετε την αναζήτηση.
   *[other] Εμφανίζονται μόνο τα πρώτα { $count } αποτελέσματα· προσθέστε λέξεις για να περιορίσετε την αναζήτηση.
}
course-search-subtitles = Αναζήτηση και στους υπότιτλους…
course-search-incomplete = Δεν ήταν δυνατή η αναζήτηση σε ορισμένους υπότιτλους.
course-search-in-title = Τίτλος
course-search-in-reading = Κείμενο
course-search-in-transcript = Μεταγραφή
course-search-in-subtitle = Υπότιτλοι στο { $time }
course-search-in-quiz = Ερώτηση κουίζ

## Media
media-speed = Ταχύτητα
media-subtitles = Υπότιτλοι
media-subtitles-off = Απενεργοποίηση
media-subtitles-second = Δεύτεροι υπότιτλοι
media-fullscreen = Πλήρης οθόνη
media-fullscreen-exit = Έξοδος από πλήρη οθόνη
media-shortcuts = Συντομεύσεις πληκτρολογίου
media-shortcuts-hint = Όταν το πρόγραμμα αναπαραγωγής βίντεο ή ήχου είναι ενεργό:
# The name of the space bar key, as printed on keyboards.
media-key-space = Διάστημα
media-key-play = Αναπαραγωγή ή παύση
media-key-seek = Πίσω ή μπροστά 5 δευτερόλεπτα
media-key-speed = Πιο αργά ή πιο γρήγορα
media-key-captions = Ενεργοποίηση ή απενεργοποίηση υποτίτλων
media-key-fullscreen = Ενεργοποίηση ή απενεργοποίηση πλήρους οθόνης
media-transcript = Μεταγραφή
media-watched = Παρακολούθηση: { $percent }
media-unsupported = Το πρόγραμμα περιήγησής σας δεν μπορεί να αναπαραγάγει αυτό το αρχείο. Δοκιμάστε άλλο πρόγραμμα περιήγησης ή κατεβάστε το:

## Reading and document
reading-end = Τέλος του κειμένου
document-download = Λήψη του PDF ({ $size })
document-download-nosize = Λήψη του PDF
document-fallback = Το πρόγραμμα περιήγησής σας δεν μπορεί να εμφανίσει αρχεία PDF εδώ. Κατεβάστε το για να το διαβάσετε.
document-not-pdf = Το αρχείο { $file } δεν είναι PDF. Μια ενότητα εγγράφου εμφανίζει μόνο αρχεία PDF, τα οποία ξεκινούν με «%PDF-».

## Quiz
quiz-passing = Χρειάζεστε { $percent } για να περάσετε.
quiz-attempts-left = { $count ->
    [one] Απομένει μία προσπάθεια
   *[other] Απομένουν { $count } προσπάθειες
}
quiz-attempts-unlimited = Απεριόριστες προσπάθειες
quiz-attempts-used = { $count ->
    [one] Χρησιμοποιήσατε τη μοναδική σας προσπάθεια.
   *[other] Χρησιμοποιήσατε και τις { $count } προσπάθειες.
}
quiz-question = Ερώτηση { $index }
quiz-true = Σωστό
quiz-false = Λάθος
quiz-answer-label = Η απάντησή σας
quiz-submit = Υποβολή απαντήσεων
quiz-retry = Νέα προσπάθεια
quiz-score = Η βαθμολογία σας: { $score }
quiz-passed = Επιτυχία — μπράβο!
quiz-failed = Όχι ακόμη επιτυχία.
quiz-best = Καλύτερη βαθμολογία μέχρι τώρα: { $score }
quiz-correct = Σωστό
quiz-incorrect = Λάθος
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Ανασκόπηση: σε κάθε ερώτηση εμφανίζεται η σωστή απάντηση.
quiz-right-answer = Σωστή απάντηση

## Interactive
interactive-title = Διαδραστική δραστηριότητα: { $title }
interactive-hint = Ολοκληρώστε τη δραστηριότητα για να τελειώσετε αυτή την ενότητα.

## Storage
storage-quota = Ο χώρος αποθήκευσης αυτού του προγράμματος περιήγησης για την εφαρμογή είναι πλήρης, οπότε η πιο πρόσφατη πρόοδός σας δεν αποθηκεύτηκε. Ελευθερώστε χώρο (διαγράψτε μαθήματα που έχετε κατεβάσει ή δεδομένα άλλων ιστοτόπων από τις ρυθμίσεις του προγράμματος περιήγησης) και συνεχίστε: τίποτα από όσα είχαν ήδη αποθηκευτεί δεν χάθηκε.
storage-unavailable = Αυτό το πρόγραμμα περιήγησης δεν επιτρέπει στην εφαρμογή να αποθηκεύει την πρόοδό σας, οπότε αυτή διατηρείται μόνο μέχρι να κλείσετε τη σελίδα. Τα ιδιωτικά παράθυρα συχνά εμποδίζουν την αποθήκευση.
storage-write-failed = Η πιο πρόσφατη πρόοδός σας δεν αποθηκεύτηκε ακόμη. Διατηρείται σε αυτή τη σελίδα και θα αποθηκευτεί με το επόμενο βήμα σας.

## Transcript (the learner's record of progress)
nav-transcript = Η πρόοδός μου
transcript-heading = Η πρόοδός μου
transcript-empty = Δεν έχετε ξεκινήσει ακόμη κάποιο μάθημα.
transcript-unit-score = Βαθμολογία: { $score }
transcript-time-spent = Χρόνος μελέτης: { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Λήψη ως δηλώσεις xAPI (JSON)
transcript-export-csv = Λήψη ως υπολογιστικό φύλλο (CSV)
transcript-reset = Επαναφορά της προόδου μου σε αυτό το μάθημα
transcript-reset-confirm = Να γίνει επαναφορά όλης της προόδου σας στο «{ $course }»; Η ενέργεια αυτή δεν αναιρείται.

## Delivery to the learning record store (LRS), shown in the header and on the settings page
nav-settings = Ρυθμίσεις
sync-off = Αποθηκεύεται σε αυτή τη συσκευή
sync-off-detail = Δεν υπάρχει σύνδεση με αποθετήριο καταγραφών μάθησης: η πρόοδός σας μένει σε αυτό το πρόγραμμα περιήγησης. Συνδέστε ένα από τις ρυθμίσεις για να στέλνετε τις ολοκληρώσεις σας στον φορέα σας.
sync-done = Όλα στάλθηκαν
sync-pending = { $count ->
    [one] 1 εγγραφή σε αναμονή
   *[other] { $count } εγγραφές σε αναμονή
}
sync-last-delivery = Τελευταία αποστολή: { $date }
sync-error-offline = Είστε εκτός σύνδεσης. Οι εγγραφές σας διατηρούνται και θα σταλούν όταν επανέλθει η σύνδεση.
sync-error-unreachable = Δεν ήταν δυνατή η σύνδεση με το αποθετήριο καταγραφών μάθησης. Νέα προσπάθεια σε λίγο· τίποτα δεν χάνεται.
sync-error-server = Το αποθετήριο καταγραφών μάθησης αντιμετωπίζει πρόβλημα (HTTP { $status }). Νέα προσπάθεια σε λίγο· τίποτα δεν χάνεται.
sync-error-unauthorized = Το αποθετήριο καταγραφών μάθησης απέρριψε τα διαπιστευτήριά σας. Εισαγάγετέ τα ξανά στις ρυθμίσεις· μέχρι τότε, οι εγγραφές σας διατηρούνται.
sync-error-not-found = Δεν υπάρχει αποθετήριο καταγραφών μάθησης σε αυτή τη διεύθυνση. Ελέγξτε τη διεύθυνση στις ρυθμίσεις· μέχρι τότε, οι εγγραφές σας διατηρούνται.
sync-error-version = Το αποθετήριο καταγραφών μάθησης χρησιμοποιεί άλλη έκδοση του xAPI ({ $detail }). Ζητήστε από τον φορέα σας μια διεύθυνση που υποστηρίζει xAPI 1.0.3 ή 2.0.0.
sync-error-storage = Δεν ήταν δυνατή η ανάγνωση των εγγραφών που περιμένουν αποστολή από τον χώρο αποθήκευσης αυτού του προγράμματος περιήγησης ({ $detail }).
sync-set-aside = { $count ->
    [one] 1 εγγραφή απορρίφθηκε από το αποθετήριο καταγραφών μάθησης
   *[other] { $count } εγγραφές απορρίφθηκαν από το αποθετήριο καταγραφών μάθησης
}
sync-set-aside-detail = Αυτές οι εγγραφές διατηρούνται εδώ μαζί με την απάντηση του αποθετηρίου, ώστε εσείς ή ο φορέας σας να δείτε τι πρέπει να διορθωθεί.
settings-heading = Ρυθμίσεις
settings-lrs-heading = Αποθετήριο καταγραφών μάθησης (LRS)
settings-lrs-intro = Ο φορέας σας σάς δίνει αυτά τα στοιχεία, ώστε οι ολοκληρώσεις και οι βαθμολογίες σας να φτάνουν στα αρχεία του.
settings-lrs-endpoint = Διεύθυνση (τελικό σημείο xAPI)
settings-lrs-key = Κλειδί ή όνομα χρήστη
settings-lrs-secret = Μυστικό ή κωδικός πρόσβασης
settings-lrs-token = Ή διακριτικό πρόσβασης (token)
settings-lrs-name = Το όνομά σας
settings-lrs-email = Η διεύθυνση email σας
settings-lrs-connect = Σύνδεση
settings-lrs-disconnect = Αποσύνδεση
settings-lrs-connected = Σύνδεση με { $endpoint } ως { $who }.
settings-lrs-invalid-endpoint = Εισαγάγετε τη διεύθυνση του αποθετηρίου καταγραφών μάθησης, που ξεκινά με https:// ή http://.
settings-lrs-invalid-email = Εισαγάγετε τη διεύθυνση email σας, ώστε οι εγγραφές σας να καταχωρίζονται στο όνομά σας.
cmi5-unit-needs-worker = Για αυτή τη δραστηριότητα πρέπει πρώτα να ολοκληρωθεί η εγκατάσταση της εφαρμογής: φορτώστε ξανά τη σελίδα για να την ανοίξετε.
cmi5-exit = Έξοδος
cmi5-exiting = Αποθήκευση και επιστροφή…
cmi5-browse = Περιήγηση: τίποτα από όσα κάνετε εδώ δεν καταγράφεται.
cmi5-review = Ανασκόπηση: τίποτα από όσα κάνετε εδώ δεν καταγράφεται.
cmi5-ended = Αυτή η συνεδρία έληξε. Ανοίξτε ξανά το μάθημα από την πλατφόρμα μάθησής σας για να καταγραφούν περισσότερα.
settings-lrs-launch-failed = Το μάθημα άνοιξε με στοιχεία σύνδεσης που δεν λειτούργησαν ({ $detail }). Ανοίξτε το ξανά από τον ιστότοπο του φορέα σας.

## Course sources (settings): the catalogues whose courses the course list shows
sources-heading = Πηγές μαθημάτων
sources-intro = Η λίστα μαθημάτων συγκεντρώνει τους παρακάτω καταλόγους. Μπορείτε να προσθέσετε τον κατάλογο άλλου πανεπιστημίου ή παρόχου μαθημάτων με τη διεύθυνσή του· φυλάσσεται για εσάς, σε αυτή τη συσκευή.
sources-site = Επιλογή αυτού του ιστοτόπου
sources-remove = Αφαίρεση
sources-add-label = Προσθήκη πηγής: η διεύθυνση του καταλόγου της
sources-check = Έλεγχος
# The number of courses in the catalogue the learner is about to add.
sources-preview = { $count ->
    [one] Ένα μάθημα
   *[other] { $count } μαθήματα
}
sources-add-confirm = Προσθήκη αυτής της πηγής
sources-added = Προστέθηκε: τα μαθήματά της βρίσκονται πλέον στη λίστα μαθημάτων.
sources-removed = Αφαιρέθηκε: τα μαθήματά της δεν βρίσκονται πλέον στη λίστα μαθημάτων.
sources-invalid-url = Εισαγάγετε μια διεύθυνση που ξεκινά με https:// (ή μια διαδρομή σε αυτόν τον ιστότοπο, όπως /courses/catalog.json).
sources-duplicate = Αυτός ο κατάλογος υπάρχει ήδη στη λίστα.
sources-full = Η λίστα πηγών σας είναι πλήρης. Αφαιρέστε μία για να προσθέσετε άλλη.

## Unsupported and errors
unit-needs-newer-player = Αυτή η ενότητα χρειάζεται νεότερη έκδοση της εφαρμογής
unit-needs-newer-player-detail = Είναι ενότητα τύπου «{ $kind }», τον οποίο αυτή η έκδοση του Alliance Player δεν γνωρίζει ακόμη. Το υπόλοιπο μάθημα λειτουργεί· απευθυνθείτε στον πάροχο του μαθήματος ή ενημερώστε την εφαρμογή.
error-heading = Κάτι πήγε στραβά
error-catalog = Δεν ήταν δυνατή η φόρτωση του καταλόγου μαθημάτων.
error-document = Δεν είναι δυνατή η εμφάνιση αυτού του εγγράφου.
error-course = Δεν ήταν δυνατό το άνοιγμα αυτού του μαθήματος.
error-course-not-found = Δεν υπάρχει μάθημα «{ $course }» σε αυτόν τον κατάλογο.
error-unit-not-found = Δεν υπάρχει ενότητα «{ $unit }» σε αυτό το μάθημα.
error-page-not-found = Αυτή η σελίδα δεν υπάρχει.
error-retry = Δοκιμάστε ξανά
error-part-unavailable = Δεν ήταν δυνατή η λήψη αυτού του τμήματος της εφαρμογής. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
error-what-to-do = Αν το πρόβλημα συνεχιστεί, ενημερώστε τον πάροχο του μαθήματος για όσα εμφανίζονται παραπάνω.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Εκτός σύνδεσης
offline-indicator-detail = Είστε εκτός σύνδεσης. Τα μαθήματα που έχετε κατεβάσει λειτουργούν κανονικά· η πρόοδός σας αποθηκεύεται σε αυτή τη συσκευή και στέλνεται όταν συνδεθείτε ξανά.
update-ready = Μια νέα έκδοση του Alliance Player είναι έτοιμη.
update-reload = Επαναφόρτωση για ενημέρωση
download-heading = Χρήση εκτός σύνδεσης
download-course = Λήψη για χρήση εκτός σύνδεσης ({ $size })
download-resume = Συνέχιση λήψης (απομένουν { $size })
download-progress = { $done } από { $total } · { $units } από { $unitsTotal } ενότητες
download-cancel = Ακύρωση
download-done = Η λήψη ολοκληρώθηκε: αυτό το μάθημα λειτουργεί εκτός σύνδεσης ({ $size }).
download-remove = Διαγραφή λήψης
download-stored-partly = { $done } από { $total } βρίσκονται ήδη σε αυτή τη συσκευή.
download-failed = Η λήψη σταμάτησε: { $detail } Ό,τι έχει ήδη αποθηκευτεί διατηρείται· πατήστε «Συνέχιση λήψης» για να συνεχίσετε.
download-file-mismatch = Το αρχείο { $file } δεν έφτασε ακέραιο (αναμενόταν { $expected }, ελήφθη { $got }).
download-file-failed = Δεν ήταν δυνατή η λήψη του αρχείου { $file } ({ $detail }).
download-no-cors = Ο διακομιστής { $host } δεν επιτρέπει σε αυτή την εφαρμογή να διαβάσει τα αρχεία του (δεν στέλνει κεφαλίδες CORS), οπότε δεν μπορούν να ελεγχθούν και να αποθηκευτούν. Ο διαχειριστής του πρέπει να στέλνει Access-Control-Allow-Origin με κάθε αρχείο μαθήματος.
download-quota = Δεν υπάρχει άλλος χώρος σε αυτή τη συσκευή για το μάθημα. Ελευθερώστε χώρο ή διαγράψτε μια άλλη λήψη και, στη συνέχεια, συνεχίστε τη λήψη.
download-storage = Αυτό το πρόγραμμα περιήγησης χρησιμοποιεί { $used } από τα { $available } που μπορεί να χρησιμοποιήσει σε αυτή τη συσκευή.
download-persistent = Οι λήψεις παραμένουν μέχρι να τις διαγράψετε.
download-not-persistent = Το πρόγραμμα περιήγησης μπορεί να διαγράψει λήψεις, αν η συσκευή ξεμείνει από χώρο.
download-needs-network = Είστε εκτός σύνδεσης. Συνδεθείτε στο διαδίκτυο για να κατεβάσετε αυτό το μάθημα.
data-saver = Εξοικονόμηση δεδομένων
data-saver-help = Τα πολυμέσα φορτώνονται μόνο όταν πατάτε αναπαραγωγή, οι μεταγραφές εμφανίζονται πρώτες και τα μεγέθη φαίνονται δίπλα στα πολυμέσα.
media-size = { $size } για φόρτωση

## Notes and bookmarks
notes-heading = Οι σημειώσεις μου
notes-bookmark = Προσθήκη σελιδοδείκτη σε αυτή την ενότητα
notes-bookmarked = Προστέθηκε σελιδοδείκτης
notes-bookmark-moment = Προσθήκη σελιδοδείκτη σε αυτό το σημείο
notes-note-label = Η σημείωσή σας για αυτή την ενότητα
notes-save = Αποθήκευση σημείωσης
notes-saved = Αποθηκεύτηκε.
notes-delete = Διαγραφή
# A moment of a video or audio, e.g. "At 1:05".
notes-at = Στο { $time }
notes-empty = Δεν υπάρχουν ακόμη σημειώσεις ή σελιδοδείκτες σε αυτό το μάθημα. Προσθέστε σελιδοδείκτη σε μια ενότητα ή σε ένα σημείο ενός βίντεο και γράψτε μια σημείωση.
notes-where = Οι σημειώσεις σας μένουν σε αυτή τη συσκευή και φτάνουν στο αποθετήριο καταγραφών μάθησης όταν έχετε συνδέσει ένα.
notes-too-long = Μια σημείωση μπορεί να έχει έως { $max } χαρακτήρες.
notes-too-many = Αυτό το μάθημα έχει ήδη τον μέγιστο αριθμό σημειώσεων: διαγράψτε μία για να προσθέσετε άλλη.

## Accessibility
unit-nav-label = Προηγούμενη και επόμενη ενότητα
captions-always = Εμφάνιση υποτίτλων όποτε ένα βίντεο ή ηχητικό τους διαθέτει (στη γλώσσα σας, αν υπάρχει, αλλιώς στη γλώσσα του μαθήματος)
caption-style = Στυλ υποτίτλων
caption-size = Μέγεθος κειμένου
caption-colour = Χρώμα κειμένου
caption-background = Φόντο
caption-colour-white = Λευκό
caption-colour-yellow = Κίτρινο
caption-colour-cyan = Κυανό
caption-colour-green = Πράσινο
caption-colour-magenta = Ματζέντα
caption-colour-black = Μαύρο
caption-background-black = Μαύρο ημιδιαφανές
caption-background-solid-black = Μαύρο
caption-background-white = Λευκό
caption-background-transparent = Κανένα
caption-background-blue = Μπλε
caption-preview = Έτσι θα εμφανίζονται οι υπότιτλοι.
caption-unreadable = Αυτό το κείμενο διαβάζεται δύσκολα σε αυτό το φόντο: επιλέξτε άλλο χρώμα ή άλλο φόντο.
launch-other = Αυτός ο σύνδεσμος θα έστελνε τις εγγραφές μάθησής σας στο { $endpoint } ως { $who }. Είστε συνδεδεμένοι στο { $current } ως { $current_who }.
launch-switch = Αλλαγή σε αυτή τη σύνδεση
launch-keep = Διατήρηση της σύνδεσής μου
launch-other-learner = Αυτός ο σύνδεσμος προορίζεται για: { $who }. Την εφαρμογή χρησιμοποιεί τώρα: { $current_who }. Αλλαγή σε { $who };
launch-switch-learner = Αλλαγή εκπαιδευόμενου

## Learners
learners-heading = Εκπαιδευόμενοι σε αυτή τη συσκευή
learners-locked = Την εφαρμογή χρησιμοποιεί: { $name }
learner-unnamed = Εγώ
learner-now = Χρησιμοποιεί την εφαρμογή τώρα
learner-switch = Αλλαγή σε αυτόν τον εκπαιδευόμενο
learner-rename = Μετονομασία
learner-name = Όνομα
learner-save = Αποθήκευση
learner-cancel = Ακύρωση
learner-remove = Αφαίρεση
learner-remove-ask = Αφαίρεση του προφίλ { $name } από αυτή τη συσκευή; Η πρόοδος, οι εγγραφές σε αναμονή και οι ρυθμίσεις του σε αυτή τη συσκευή θα διαγραφούν. Τα μαθήματα που έχουν ληφθεί παραμένουν.
learner-removed = Το προφίλ { $name } αφαιρέθηκε.
learner-pin = PIN (τέσσερα ψηφία, προαιρετικό)
learner-pin-label = PIN
learner-pin-for = PIN του προφίλ { $name }
learner-pin-new = Νέο PIN (τέσσερα ψηφία)
learner-pin-set = Ορισμός PIN
learner-pin-remove = Κατάργηση PIN
learner-pin-open = Συνέχεια
learner-pin-note = Το PIN εμποδίζει όσους μοιράζονται αυτή τη συσκευή να βλέπουν ο ένας την πρόοδο του άλλου. Είναι για την ιδιωτικότητα, όχι για την ασφάλεια.
learner-add-heading = Προσθήκη εκπαιδευόμενου
learner-add = Προσθήκη
learner-added = Το προφίλ { $name } προστέθηκε.
learner-saved = Αποθηκεύτηκε.
learner-error-empty = Εισαγάγετε ένα όνομα.
learner-error-long = Αυτό το όνομα είναι πολύ μεγάλο.
learner-error-taken = Υπάρχει ήδη κάποιος σε αυτή τη συσκευή με το όνομα { $name }.
learner-error-pin = Το PIN αποτελείται από ακριβώς τέσσερα ψηφία.
learner-error-full = Αυτή η συσκευή έχει ήδη τον μέγιστο αριθμό εκπαιδευομένων. Αφαιρέστε πρώτα έναν.
learner-error-unknown = Δεν ήταν δυνατή η αλλαγή της λίστας εκπαιδευομένων. Φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.
learner-error-wrong-pin = Το PIN δεν είναι σωστό.
signout-ask = { $count ->
    [one] Μία εγγραφή δεν έχει σταλεί ακόμη.
   *[other] { $count } εγγραφές δεν έχουν σταλεί ακόμη.
}
signout-keep = { $count ->
    [one] Διατήρηση της εγγραφής σε αναμονή για όταν συνδεθώ ξανά
   *[other] Διατήρηση των { $count } εγγραφών σε αναμονή για όταν συνδεθώ ξανά
}
signout-discard = { $count ->
    [one] Απόρριψή της
   *[other] Απόρριψή τους
}
