# Alliance Player interface strings — Français
# Translators: keep every message id and every { $variable } exactly; translate only the text. Numbers are
# formatted for your locale by the app (digits, separators) and still select the plural form; $percent, $score
# and $size arrive as finished text such as "45 %" or "1.4 MB".

## This language (listed in locales/index.json by `alliance-pack locales`, not shown as a message)
# The language's name in its own script, as a learner looks for it in the list of languages.
locale-name = Français
# The direction the language is written in: ltr or rtl (keep the word as it is).
locale-direction = ltr

app-title = Alliance Player
skip-to-content = Aller au contenu
# In the header where the browser offers to install the player as an app.
install-app = Installer l’application
install-app-hint = Installez Alliance Player sur cet appareil : il s’ouvre depuis vos applications, dans sa propre fenêtre, même hors ligne.
nav-catalog = Cours
loading = Chargement…

## Languages
language-picker-label = Langue de l’interface
language-picker-search = Rechercher une langue
language-picker-none = Aucune langue ne correspond à votre recherche.
content-language-label = Langue des cours
content-language-auto = Identique à l’interface
# Shown in the outline next to a unit whose text is not in the learner's course language, e.g. "In English".
unit-in-language = Langue : { $language }

## Catalogue
catalog-heading = Catalogue des cours
catalog-search-label = Rechercher des cours
catalog-search-placeholder = Titre, sujet ou établissement
catalog-more = Afficher plus de cours
catalog-earlier = Afficher les cours précédents
catalog-loading-more = Recherche parmi d’autres cours…
catalog-language-label = Langue
catalog-language-any = Toutes les langues
catalog-count = { $count ->
    [0] Aucun cours ne correspond.
    [one] Un cours
   *[other] { $count } cours
}
catalog-empty = Aucun cours ne correspond à votre recherche. Essayez un autre mot ou choisissez toutes les langues.
catalog-rejected = { $count ->
    [one] { $count } cours de ce catalogue n’a pas pu être affiché :
   *[other] { $count } cours de ce catalogue n’ont pas pu être affichés :
}
catalog-source-notice = Certains cours manquent dans cette liste :
catalog-source-unreachable = Impossible de joindre { $source } : le site est peut-être hors service, ou il ne permet pas à ce lecteur de lire ses cours.
catalog-source-status = { $source } a répondu par une erreur (HTTP { $status }).
catalog-source-too-large = { $source } dépasse { $limit }, le maximum que ce lecteur lit pour un catalogue.
catalog-source-invalid = { $source } n’est pas un catalogue de cours que ce lecteur peut lire : { $detail }
catalog-source-left-out = « { $course } » de { $source } est écarté : un autre cours a déjà son adresse, /course/{ $id }.
course-provider = Proposé par { $provider }
course-languages = Langues : { $languages }
course-size = Taille du téléchargement : { $size }
course-open = Ouvrir le cours
course-continue = Continuer
course-progress = { $percent } terminé

## Course
course-outline = Plan du cours
outline-show-earlier = Afficher les unités précédentes ({ $count } masquées)
outline-show-later = Afficher les unités suivantes ({ $count } masquées)
course-start = Commencer le cours
course-units = { $count ->
    [one] { $count } unité
   *[other] { $count } unités
}
unit-ordinal = Unité { $index } sur { $total }
unit-state-not-started = Non commencée
unit-state-in-progress = En cours
unit-state-completed = Terminée
unit-state-passed = Réussie
unit-state-failed = Pas encore réussie
unit-kind-video = Vidéo
unit-kind-audio = Audio
unit-kind-reading = Lecture
unit-kind-quiz = Quiz
unit-kind-document = Document
unit-kind-interactive = Activité
unit-kind-unknown = Nouveau type d’unité
unit-previous = Précédente
unit-next = Suivante
unit-mark-done = Marquer comme terminée
unit-done = Terminée
back-to-catalog = Tous les cours
course-search-label = Rechercher dans ce cours
course-search-count = { $count ->
    [0] Aucun résultat
    [one] Un résultat
   *[other] { $count } résultats
}
course-search-more = { $count ->
    [one] Seul le premier résultat est affiché ; ajoutez des mots pour affiner la recherche.
   *[other] Seuls les { $count } premiers résultats sont affichés ; ajoutez des mots pour affiner la recherche.
}
course-search-subtitles = Recherche aussi dans les sous-titres…
course-search-incomplete = Certains sous-titres n’ont pas pu être parcourus.
course-search-in-title = Titre
course-search-in-reading = Lecture
course-search-in-transcript = Transcription
course-search-in-subtitle = Sous-titres à { $time }
course-search-in-quiz = Question du quiz

## Media
media-speed = Vitesse
media-subtitles = Sous-titres
media-subtitles-off = Désactivés
media-subtitles-second = Sous-titres secondaires
media-fullscreen = Plein écran
media-fullscreen-exit = Quitter le plein écran
media-shortcuts = Raccourcis clavier
media-shortcuts-hint = Lorsque le lecteur vidéo ou audio est actif :
# The name of the space bar key, as printed on keyboards.
media-key-space = Espace
media-key-play = Lecture ou pause
media-key-seek = Reculer ou avancer de 5 secondes
media-key-speed = Plus lent ou plus rapide
media-key-captions = Activer ou désactiver les sous-titres
media-key-fullscreen = Activer ou désactiver le plein écran
media-transcript = Transcription
media-watched = { $percent } visionné
media-unsupported = Votre navigateur ne peut pas lire ce média. Essayez un autre navigateur ou téléchargez-le :

## Reading and document
reading-end = Fin de la lecture
document-download = Télécharger le PDF ({ $size })
document-download-nosize = Télécharger le PDF
document-fallback = Votre navigateur ne peut pas afficher les PDF ici. Téléchargez le document pour le lire.
document-not-pdf = { $file } n’est pas un fichier PDF. Une unité document n’affiche que des fichiers PDF, qui commencent par « %PDF- ».

## Quiz
quiz-passing = Il vous faut { $percent } pour réussir.
quiz-attempts-left = { $count ->
    [one] { $count } tentative restante
   *[other] { $count } tentatives restantes
}
quiz-attempts-unlimited = Tentatives illimitées
quiz-attempts-used = { $count ->
    [one] Vous avez utilisé votre unique tentative.
   *[other] Vous avez utilisé vos { $count } tentatives.
}
quiz-question = Question { $index }
quiz-true = Vrai
quiz-false = Faux
quiz-answer-label = Votre réponse
quiz-submit = Valider les réponses
quiz-retry = Réessayer
quiz-score = Votre score : { $score }
quiz-passed = Réussi — bravo !
quiz-failed = Pas encore réussi.
quiz-best = Meilleur score jusqu’ici : { $score }
quiz-correct = Bonne réponse
quiz-incorrect = Mauvaise réponse
# After the last attempt, or once passed: every question shows the right answer.
quiz-review = Correction : chaque question affiche la bonne réponse.
quiz-right-answer = Réponse attendue

## Interactive
interactive-title = Activité interactive : { $title }
interactive-hint = Terminez l’activité pour achever cette unité.

## Storage
storage-quota = L’espace de stockage dont dispose le lecteur dans ce navigateur est plein, votre progression la plus récente n’a donc pas pu être enregistrée. Libérez de l’espace (supprimez des cours téléchargés ou les données d’autres sites dans les paramètres du navigateur), puis continuez : rien de ce qui avait déjà été enregistré n’a été perdu.
storage-unavailable = Ce navigateur ne permet pas au lecteur d’enregistrer votre progression : elle n’est donc conservée que jusqu’à la fermeture de la page. Les fenêtres de navigation privée bloquent souvent le stockage.
storage-write-failed = Votre progression la plus récente n’a pas encore pu être enregistrée. Elle est conservée dans cette page et sera enregistrée à votre prochaine étape.

## Transcript (the learner's record of progress)
nav-transcript = Ma progression
transcript-heading = Ma progression
transcript-empty = Vous n’avez encore commencé aucun cours.
transcript-unit-score = Score : { $score }
transcript-time-spent = Temps passé : { $duration }
transcript-completed-on = { $date }
transcript-export-xapi = Télécharger sous forme de déclarations xAPI (JSON)
transcript-export-csv = Télécharger sous forme de feuille de calcul (CSV)
transcript-reset = Réinitialiser ma progression dans ce cours
transcript-reset-confirm = Réinitialiser toute votre progression dans « { $course } » ? Cette action est irréversible.

## Transmission à l’entrepôt de traces d’apprentissage (LRS), affichée dans l’en-tête et sur la page des paramètres
nav-settings = Paramètres
sync-off = Enregistré sur cet appareil
sync-off-detail = Non connecté à un entrepôt de traces d’apprentissage : votre progression reste dans ce navigateur. Connectez-en un dans les paramètres pour transmettre vos activités terminées à votre établissement.
sync-done = Tout est transmis
sync-pending = { $count ->
    [one] { $count } enregistrement en attente
   *[other] { $count } enregistrements en attente
}
sync-last-delivery = Dernière transmission : { $date }
sync-error-offline = Vous êtes hors ligne. Vos enregistrements sont conservés et seront transmis dès le retour de la connexion.
sync-error-unreachable = Impossible de joindre l’entrepôt de traces d’apprentissage. Nouvelle tentative dans un instant ; rien n’est perdu.
sync-error-server = L’entrepôt de traces d’apprentissage rencontre un problème (HTTP { $status }). Nouvelle tentative dans un instant ; rien n’est perdu.
sync-error-unauthorized = L’entrepôt de traces d’apprentissage a refusé vos identifiants. Saisissez-les à nouveau dans les paramètres ; vos enregistrements sont conservés d’ici là.
sync-error-not-found = Il n’y a aucun entrepôt de traces d’apprentissage à cette adresse. Vérifiez l’adresse dans les paramètres ; vos enregistrements sont conservés d’ici là.
sync-error-version = L’entrepôt de traces d’apprentissage utilise une autre version de xAPI ({ $detail }). Demandez à votre établissement une adresse compatible avec xAPI 1.0.3 ou 2.0.0.
sync-error-storage = Les enregistrements en attente de transmission n’ont pas pu être lus dans le stockage de ce navigateur ({ $detail }).
sync-set-aside = { $count ->
    [one] { $count } enregistrement a été refusé par l’entrepôt de traces d’apprentissage
   *[other] { $count } enregistrements ont été refusés par l’entrepôt de traces d’apprentissage
}
sync-set-aside-detail = Ces enregistrements sont conservés ici avec la réponse de l’entrepôt, pour que vous ou votre établissement puissiez voir ce qu’il faut corriger.
settings-heading = Paramètres
settings-lrs-heading = Entrepôt de traces d’apprentissage (LRS)
settings-lrs-intro = Votre établissement vous fournit ces informations pour que vos activités terminées et vos scores parviennent dans ses dossiers.
settings-lrs-endpoint = Adresse (point de terminaison xAPI)
settings-lrs-key = Clé ou nom d’utilisateur
settings-lrs-secret = Secret ou mot de passe
settings-lrs-token = Ou un jeton d’accès
settings-lrs-name = Votre nom
settings-lrs-email = Votre adresse e-mail
settings-lrs-connect = Se connecter
settings-lrs-disconnect = Se déconnecter
settings-lrs-connected = Connecté à { $endpoint } en tant que { $who }.
settings-lrs-invalid-endpoint = Saisissez l’adresse de l’entrepôt de traces d’apprentissage, commençant par https:// ou http://.
settings-lrs-invalid-email = Saisissez votre adresse e-mail, pour que vos enregistrements soient classés à votre nom.
cmi5-unit-needs-worker = Cette activité a besoin que le lecteur termine son installation : rechargez la page pour l’ouvrir.
cmi5-exit = Quitter
cmi5-exiting = Enregistrement et retour…
cmi5-browse = Consultation : rien de ce que vous faites ici n’est enregistré.
cmi5-review = Révision : rien de ce que vous faites ici n’est enregistré.
cmi5-ended = Cette session est terminée. Rouvrez le cours depuis votre plateforme d’apprentissage pour continuer à enregistrer.
settings-lrs-launch-failed = Le cours a été ouvert avec une identification qui n’a pas fonctionné ({ $detail }). Ouvrez-le à nouveau depuis le site de votre établissement.

sources-heading = Sources de cours
sources-intro = La liste des cours réunit les catalogues ci-dessous. Vous pouvez ajouter le catalogue d’une autre université ou d’un autre fournisseur de cours par son adresse ; il est conservé pour vous, sur cet appareil.
sources-site = Choisi par ce site
sources-remove = Supprimer
sources-add-label = Ajouter une source : l’adresse de son catalogue
sources-check = Vérifier
sources-preview = { $count ->
    [one] Un cours
   *[other] { $count } cours
}
sources-add-confirm = Ajouter cette source
sources-added = Source ajoutée : ses cours figurent maintenant dans la liste des cours.
sources-removed = Source supprimée : ses cours ne figurent plus dans la liste des cours.
sources-invalid-url = Saisissez une adresse commençant par https:// (ou un chemin sur ce site, comme /courses/catalog.json).
sources-duplicate = Ce catalogue est déjà dans la liste.
sources-full = Votre liste de sources est pleine. Supprimez-en une pour en ajouter une autre.

## Unsupported and errors
unit-needs-newer-player = Cette unité nécessite une version plus récente du lecteur
unit-needs-newer-player-detail = Il s’agit d’une unité de type « { $kind } », que cette version d’Alliance Player ne connaît pas encore. Le reste du cours fonctionne ; contactez l’organisme qui propose le cours ou mettez à jour le lecteur.
error-heading = Une erreur s’est produite
error-catalog = Impossible de charger le catalogue des cours.
error-document = Ce document ne peut pas être affiché.
error-course = Impossible d’ouvrir ce cours.
error-course-not-found = Ce catalogue ne contient aucun cours « { $course } ».
error-unit-not-found = Ce cours ne contient aucune unité « { $unit } ».
error-page-not-found = Cette page n’existe pas.
error-retry = Réessayer
error-part-unavailable = Impossible de télécharger cette partie du lecteur. Vérifiez votre connexion, puis réessayez.
error-what-to-do = Si le problème persiste, transmettez les informations affichées ci-dessus à l’organisme qui propose le cours.

## Offline use: the player on this device, course downloads, data saver
offline-indicator = Hors ligne
offline-indicator-detail = Vous êtes hors ligne. Les cours téléchargés fonctionnent normalement ; votre progression est enregistrée sur cet appareil et sera transmise dès que vous serez de nouveau en ligne.
update-ready = Une nouvelle version d’Alliance Player est disponible.
update-reload = Recharger pour mettre à jour
download-heading = Utilisation hors ligne
download-course = Télécharger pour une utilisation hors ligne ({ $size })
download-resume = Reprendre le téléchargement ({ $size } restants)
download-progress = { $done } sur { $total } · { $units } sur { $unitsTotal } unités
download-cancel = Annuler
download-done = Téléchargé : ce cours fonctionne hors ligne ({ $size }).
download-remove = Supprimer le téléchargement
download-stored-partly = Déjà sur cet appareil : { $done } sur { $total }.
download-failed = Le téléchargement s’est interrompu : { $detail } Ce qui est déjà enregistré est conservé ; appuyez sur « Reprendre le téléchargement » pour continuer.
download-file-mismatch = { $file } n’est pas arrivé intact (attendu : { $expected }, reçu : { $got }).
download-file-failed = Impossible de télécharger { $file } ({ $detail }).
download-no-cors = { $host } ne permet pas à ce lecteur de lire ses fichiers (il n’envoie aucun en-tête CORS) : ils ne peuvent donc être ni vérifiés ni enregistrés. Son administrateur doit envoyer Access-Control-Allow-Origin avec chaque fichier du cours.
download-quota = Cet appareil n’a plus assez d’espace pour le cours. Libérez de l’espace ou supprimez un autre téléchargement, puis reprenez le téléchargement.
download-storage = Ce navigateur utilise { $used } sur les { $available } dont il dispose sur cet appareil.
download-persistent = Les téléchargements sont conservés jusqu’à ce que vous les supprimiez.
download-not-persistent = Le navigateur peut supprimer les téléchargements si l’appareil manque d’espace.
download-needs-network = Vous êtes hors ligne. Connectez-vous à Internet pour télécharger ce cours.
data-saver = Économiseur de données
data-saver-help = Les médias ne se chargent que lorsque vous lancez la lecture, les transcriptions s’affichent en premier et la taille des médias est indiquée à côté d’eux.
media-size = { $size } à charger

## Notes and bookmarks
notes-heading = Mes notes
notes-bookmark = Ajouter un signet à cette unité
notes-bookmarked = Signet ajouté
notes-bookmark-moment = Ajouter un signet à ce moment
notes-note-label = Votre note sur cette unité
notes-save = Enregistrer la note
notes-saved = Enregistrée.
notes-delete = Supprimer
# A moment of a video or audio, e.g. "At 1:05".
notes-at = À { $time }
notes-empty = Aucune note ni aucun signet dans ce cours pour l’instant. Ajoutez un signet à une unité ou à un moment d’une vidéo, et écrivez-y une note.
notes-where = Vos notes restent sur cet appareil et sont transmises à votre entrepôt de traces d’apprentissage lorsque vous en avez connecté un.
notes-too-long = Une note peut contenir au maximum { $max } caractères.
notes-too-many = Ce cours contient déjà le nombre maximal de notes : supprimez-en une pour en ajouter une autre.

## Accessibility
unit-nav-label = Unité précédente et suivante
captions-always = Toujours afficher les sous-titres quand une vidéo ou un audio en propose (dans votre langue s’il y en a, sinon dans celle du cours)
caption-style = Style des sous-titres
caption-size = Taille du texte
caption-colour = Couleur du texte
caption-background = Fond
caption-colour-white = Blanc
caption-colour-yellow = Jaune
caption-colour-cyan = Cyan
caption-colour-green = Vert
caption-colour-magenta = Magenta
caption-colour-black = Noir
caption-background-black = Noir semi-transparent
caption-background-solid-black = Noir
caption-background-white = Blanc
caption-background-transparent = Aucun
caption-background-blue = Bleu
caption-preview = Voici à quoi ressembleront les sous-titres.
caption-unreadable = Ce texte est difficile à lire sur ce fond : choisissez une autre couleur ou un autre fond.
launch-other = Ce lien enverrait vos traces d’apprentissage à { $endpoint } en tant que { $who }. Vous êtes connecté à { $current } en tant que { $current_who }.
launch-switch = Passer à cette connexion
launch-keep = Garder ma connexion

launch-other-learner = Ce lien est pour { $who }. { $current_who } utilise le lecteur en ce moment. Passer à { $who } ?
launch-switch-learner = Changer d’apprenant

## Learners
learners-heading = Apprenants sur cet appareil
learners-locked = { $name } utilise le lecteur
learner-unnamed = Moi
learner-now = Utilise le lecteur en ce moment
learner-switch = Passer à cet apprenant
learner-rename = Renommer
learner-name = Nom
learner-save = Enregistrer
learner-cancel = Annuler
learner-remove = Supprimer
learner-remove-ask = Supprimer { $name } de cet appareil ? Sa progression, ses traces en attente et ses paramètres sur cet appareil seront effacés. Les cours téléchargés restent.
learner-removed = { $name } a été supprimé.
learner-pin = Code PIN (quatre chiffres, facultatif)
learner-pin-label = Code PIN
learner-pin-for = Code PIN de { $name }
learner-pin-new = Nouveau code PIN (quatre chiffres)
learner-pin-set = Définir un code PIN
learner-pin-remove = Supprimer le code PIN
learner-pin-open = Continuer
learner-pin-note = Un code PIN évite que les personnes qui partagent cet appareil voient la progression des autres. Il protège la vie privée, pas la sécurité.
learner-add-heading = Ajouter un apprenant
learner-add = Ajouter
learner-added = { $name } a été ajouté.
learner-saved = Enregistré.
learner-error-empty = Saisissez un nom.
learner-error-long = Ce nom est trop long.
learner-error-taken = Quelqu’un sur cet appareil s’appelle déjà { $name }.
learner-error-pin = Un code PIN compte exactement quatre chiffres.
learner-error-full = Cet appareil ne peut pas accueillir plus d’apprenants. Supprimez-en un d’abord.
learner-error-unknown = La liste des apprenants n’a pas pu être modifiée. Rechargez la page et réessayez.
learner-error-wrong-pin = Ce code PIN n’est pas le bon.
signout-ask = { $count ->
    [one] { $count } enregistrement n’a pas encore été envoyé.
   *[other] { $count } enregistrements n’ont pas encore été envoyés.
}
signout-keep = { $count ->
    [one] Garder l’enregistrement en attente pour ma prochaine connexion
   *[other] Garder les { $count } enregistrements en attente pour ma prochaine connexion
}
signout-discard = { $count ->
    [one] Le supprimer
   *[other] Les supprimer
}
