## Ways in and out of the explorer: links, the scenario saved in this browser, undo and redo.

# Undo's and Redo's tooltips on a Mac, whose shortcut key is ⌘.
io-undo-title-mac = Annuler (⌘Z)
io-redo-title-mac = Rétablir (Maj+⌘Z)
# Said by screen readers after Undo or Redo.
io-undone = Annulé.
io-redone = Rétabli.
# Said by screen readers once a file has been downloaded. $name is the file's name.
io-file-saved = Enregistré : { $name }.

# A scenario link that cannot be decoded. $reason says why, in the model's words.
io-link-damaged = Ce lien ne peut pas être lu : { $reason }.
# A scenario link whose scenario has errors. $reason lists them, in the model's words ("/steps/3/month: …").
io-link-invalid = Ce lien ne peut pas être lu, car le scénario qu’il contient présente un problème : { $reason }.
# Follows io-link-damaged or io-link-invalid when the reader went Back or Forward to the link.
io-link-kept = Le scénario que vous aviez reste affiché.
# The address asked for a built-in scenario by a name that has none. $reason is the model's words.
io-start-no-preset = Ce lien demande un scénario prédéfini qui n’existe pas : { $reason }.
# Follows a sentence saying what could not be opened.
io-start-saved-instead = Votre dernier scénario enregistré est affiché à la place.
# Follows a sentence saying what could not be opened.
io-start-default-instead = Le scénario par défaut est affiché à la place.
# Follows io-start-default-instead.
io-start-saved-kept = Tout ce que vous avez enregistré dans ce navigateur est conservé.
# $reason lists what is wrong with the saved text, in the model's words.
io-saved-unreadable = Le scénario enregistré dans ce navigateur n’a pas pu être lu : { $reason }. Il est mis de côté : rien n’est perdu.
# A button that downloads the saved text that could not be read.
io-saved-download = Télécharger le texte enregistré
# The reader's own saved scenario is still there after a link opened another. $opened is "preset" (the link opened a built-in scenario) or "link" (someone's shared scenario).
io-saved-still-there = Cette page a ouvert { $opened ->
        [preset] un scénario prédéfini
       *[link] un scénario partagé
    }. Votre propre dernier scénario reste enregistré dans ce navigateur.
io-saved-open = Ouvrir mon scénario enregistré
io-saved-dismiss = Ignorer
# Said by screen readers once the saved scenario is open again. $opened as in io-saved-still-there.
io-saved-opened = Votre scénario enregistré est ouvert. « Annuler » ramène { $opened ->
        [preset] au scénario prédéfini
       *[link] au scénario partagé
    }.
# The browser refuses to keep the scenario. $reason says why. "Share" and "Export" are the header's buttons.
io-storage-failed = Vos modifications ne peuvent pas être conservées dans ce navigateur : { $reason }. Pour garder votre travail, utilisez « { page-share-button } » pour copier un lien, ou « { page-export-button } » pour enregistrer le scénario dans un fichier.

## Opening a scenario file (the header's "Open…", or a file dropped on the page)

# A file's name, where the browser gives none.
files-unnamed = le fichier
# The first line of the error; each problem follows on a line of its own. $name is the file's name.
files-cannot-open = Impossible d’ouvrir { $name } ; le scénario que vous aviez reste affiché.
# A problem with a file: $size and $max are in kilobytes.
files-too-large = le scénario pèse { $size } Ko ; un scénario ne peut pas dépasser { $max } Ko
# A problem with a file.
files-not-utf8 = ce n’est pas du texte UTF-8 ; un scénario est un fichier JSON
# A problem with a file. $reason is the browser's explanation (often in English).
files-unreadable = le fichier n’a pas pu être lu ({ $reason })
# The hidden file field's name, for screen readers.
files-input-label = Fichier de scénario à ouvrir
# Said by screen readers. $name is the file's name.
files-opened = Ouvert : { $name }.
# Shown over the page while a file is dragged over it.
files-drop-hint = Déposez un fichier de scénario (.json) pour l’ouvrir
# $count is how many files were dropped at once (never 1).
files-drop-one = Déposez un seul fichier de scénario à la fois ({ $count ->
        [one] { $count } a été déposé
       *[other] { $count } ont été déposés
    }) ; le scénario que vous aviez reste affiché.

## The Export menu, and each chart's download button

export-menu-scenario = Scénario (fichier JSON à rouvrir)
export-menu-csv = Projection en CSV (tableur)
export-menu-json = Projection en JSON
export-menu-chart = Un graphique en PNG ou SVG…
# The download button beside each chart's title (an icon). $chart is the chart's title.
export-chart-button = Télécharger le graphique « { $chart } »
export-chart-png = En image PNG
export-chart-svg = En image SVG
# $what is what could not be exported: "scenario", "projection" or "chart" ($chart is then the chart's title). $reason says why.
export-failed = { $what ->
        [scenario] Le scénario n’a pas pu être exporté : { $reason }
        [projection] La projection n’a pas pu être exportée : { $reason }
       *[chart] Le graphique « { $chart } » n’a pas pu être exporté : { $reason }
    }
# Reasons an export may fail, shown in export-failed.
export-image-no-size = l’image n’a pas de dimensions
export-image-failed = l’image n’a pas pu être créée

## The Share dialog

share-dialog-title = Partager ce scénario
# $reason says why (share-scenario-invalid, or an unexpected error).
share-cannot-share = Ce scénario ne peut pas encore être partagé : { $reason }
share-scenario-invalid = ce scénario présente un problème : il ne pourra être partagé qu’une fois corrigé
share-link-label = Lien vers ce scénario
share-copy-link = Copier le lien
share-link-help = Le scénario tout entier est contenu dans le lien : quiconque l’ouvre voit exactement ce que vous voyez maintenant. Rien n’est envoyé sur un serveur.
# Shown beside a Copy button. $what is what was copied: "link", "embed-code", "iframe-code" or "script".
share-copied = { $what ->
        [link] Lien copié.
        [embed-code] Code d’intégration copié.
        [iframe-code] Code iframe copié.
       *[script] Script copié.
    }
# Shown when the browser would not copy by itself: the text is selected instead. $keys is the shortcut ("Ctrl+C" or "⌘C"). $what as in share-copied.
share-copy-selected = { $what ->
        [link] Lien sélectionné : appuyez sur { $keys } pour le copier.
        [embed-code] Code d’intégration sélectionné : appuyez sur { $keys } pour le copier.
        [iframe-code] Code iframe sélectionné : appuyez sur { $keys } pour le copier.
       *[script] Script sélectionné : appuyez sur { $keys } pour le copier.
    }
share-qr-heading = QR code pour une salle
share-qr-image = QR code du lien vers ce scénario
share-qr-full-screen = Afficher en plein écran
share-qr-download = Télécharger le QR code
share-qr-note = Pointez l’appareil photo d’un téléphone vers ce code pour ouvrir ce scénario. En plein écran, il se lit depuis l’autre bout d’une salle.
share-qr-dense = Ce scénario est long, son code est donc dense : affichez-le en plein écran sur le projecteur, ou scannez-le de plus près.
share-qr-no-full-screen = Ce navigateur n’autorise pas le plein écran ici ; zoomez plutôt.
share-embed-heading = Intégrer dans une page web
# A checkbox's label.
share-embed-lock = Verrouiller la modification (les lecteurs peuvent lire les graphiques, mais pas déplacer les étapes)
share-embed-caption-label = Légende (facultative)
share-embed-caption-placeholder = Affichée au-dessus de la frise
share-embed-code-label = Code d’intégration
share-copy-embed = Copier le code d’intégration
# A link that opens the embed in a new tab.
share-embed-preview = Prévisualiser la version intégrée
# height="{ $height }" is HTML code the reader may change: keep it as it is.
share-embed-help = Collez-le dans un article ou une page de cours. Il s’adapte à tout cadre à partir de 320 × 400 pixels ; modifiez height="{ $height }" selon vos besoins. L’explorateur intégré n’envoie aucune requête à un autre site, et signale à votre page quand il est prêt et quand le scénario change (voir la documentation sur l’intégration, en anglais).

## The explorer embedded in an article

# The frame's name for screen readers in the article that embeds it, part of the code the Embed dialog makes. $title is the scenario's title.
embed-iframe-title = { brand-name } : { $title }
embed-iframe-title-untitled = { brand-name }
# A link from the embed to the full page.
embed-open-link = Ouvrir dans { brand-name }
# Read by screen readers after embed-open-link.
embed-new-tab = (s’ouvre dans un nouvel onglet)
# Above the embedded timeline, beside embed-open-link: keep it short.
embed-nature = Une illustration, pas une prévision
# In place of timeline-hint when the article's author locked the steps.
embed-locked-hint = Ce scénario est verrouillé. Pointez un graphique, ou sélectionnez-le au clavier et utilisez les touches fléchées, pour lire chaque mois.

## A story in an embed: frames with captions, stepped through

# The story's name for screen readers.
story-region =
    .aria-label = Récit
story-previous = Précédente
    .aria-label = Vue précédente
story-next = Suivante
    .aria-label = Vue suivante
# Between Previous and Next: the frame shown, and how many there are.
story-where = { $frame } sur { $count }
    .aria-label = Vue { $frame } sur { $count }
# Explains a dashed line on the charts, drawn beside a swatch of it.
story-compare = En tirets : la vue précédente
# The title of the scenario a story's frame shows (on the full page and in downloads). $title is the story's or the scenario's own title.
story-frame-title = { $title } (vue { $frame } sur { $count })
# $reason says why, in the model's words.
story-cannot-show = Ce récit ne peut pas être affiché : { $reason }.
# Reasons a story cannot be shown (in story-cannot-show).
story-none-named = l’adresse ne désigne aucun récit
# $path is the file's address on the site, $status the server's answer (a number such as 404).
story-file-unavailable = le fichier de récit { $path } n’a pas pu être chargé ({ $status })

## The Embed dialog: how the embed looks

embed-dialog-title = Intégrer dans un article
embed-look-heading = Apparence
embed-readers-can = Les lecteurs peuvent
# A choice under embed-readers-can.
embed-mode-readonly = Seulement le lire : les étapes restent là où vous les avez placées
# A choice under embed-readers-can.
embed-mode-interactive = Déplacer les étapes et voir ce qui s’ensuit
embed-charts-legend = Graphiques
embed-charts-hint = Aucun coché, ou tous : la version intégrée affiche les trois graphiques principaux dans un cadre étroit, et les cinq dans un grand cadre.
embed-theme-legend = Thème
embed-theme-reader = Suivre les réglages du lecteur
embed-theme-light = Clair
embed-theme-dark = Sombre
embed-theme-high-contrast = Contraste élevé
embed-caption-label = Légende (facultative)
embed-caption-field =
    .placeholder = Affichée au-dessus de la frise
# $max is the most characters a caption may have.
embed-caption-help = { $max } caractères au plus, affichés en texte brut.

## The Embed dialog: the story's frames

embed-story-heading = Récit
embed-story-help = Un récit guide les lecteurs dans le scénario, vue par vue, chacune avec sa légende. Disposez les étapes sur la page, puis ajoutez une vue ; fermez cette fenêtre, déplacez des étapes et ajoutez la suivante. Vos vues sont conservées tant que cet onglet reste ouvert.
embed-frames-empty = Aucune vue pour l’instant : le code intègre le scénario tel qu’il est maintenant.
embed-add-frame = Ajouter une vue
# $max is the most frames a story may have.
embed-frames-full = Un récit compte au plus { $max } vues.
# The heading of a frame in the list.
embed-frame-heading = Vue { $frame }
# A frame in a few words: its steps. $steps is how many.
embed-frame-steps = { $steps ->
        [one] { $steps } étape.
       *[other] { $steps } étapes.
    }
# As embed-frame-steps, for a frame whose steps are those of the frame before, $before.
embed-frame-steps-same = { $steps ->
        [one] { $steps } étape, la même que dans la vue { $before }.
       *[other] { $steps } étapes, les mêmes que dans la vue { $before }.
    }
# As embed-frame-steps, when $differ of the steps differ from those of the frame before, $before.
embed-frame-steps-differ = { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    }, dont { $differ ->
        [one] { $differ } diffère
       *[other] { $differ } diffèrent
    } de la vue { $before }.
# A frame's description with the title of the scenario it was taken from. $about is embed-frame-steps or one of its variants.
embed-frame-about-titled = { $title } : { $about }
embed-frame-caption-label = Légende
embed-frame-caption-placeholder = Ce que le lecteur doit remarquer dans cette vue
# "Highlight [a series] at month [a number]": the labels of a list and of a field that follows it on the same line.
embed-frame-series-label = Mettre en évidence
# The list's first choice: no series highlighted.
embed-frame-series-none = rien
# See embed-frame-series-label.
embed-frame-month-label = au mois
# A checkbox's label.
embed-frame-compare = Comparer avec la vue précédente
# A checkbox's label, on the first frame, where it is disabled.
embed-frame-compare-first = Comparer avec la vue précédente (sauf pour la première)
# Buttons on each frame; their names for screen readers say which frame.
embed-frame-up = Monter
    .aria-label = Monter : vue { $frame }
embed-frame-down = Descendre
    .aria-label = Descendre : vue { $frame }
embed-frame-remove = Supprimer
    .aria-label = Supprimer : vue { $frame }
# Said by screen readers.
embed-frame-added = Vue { $frame } ajoutée à partir du scénario tel qu’il est maintenant. Rédigez sa légende.
# Said by screen readers. $place is the frame's new place, $count how many frames there are.
embed-frame-moved = Vue déplacée en position { $place } sur { $count }.
# Said by screen readers. $left is how many frames are left.
embed-frame-removed = Vue { $frame } supprimée. { $left ->
        [0] Il ne reste aucune vue : le code intègre le scénario.
       *[other] Il en reste { $left }.
    }
# The title a story gets when its scenario has none.
embed-untitled-story = Récit sans titre
# Under a frame whose settings a story cannot keep. $differences lists them (embed-differs-…).
embed-note-frame-differs = La vue { $frame } diffère de la dernière vue par { $differences } ; un récit ne garde qu’un seul jeu de réglages, celui de la dernière vue : la vue { $frame } les affichera donc comme la dernière vue.
# In embed-note-frame-differs. $names lists the assumptions.
embed-differs-assumptions = ses hypothèses ({ $names })
# In embed-note-frame-differs. $months is the frame's horizon, $base the latest frame's.
embed-differs-horizon = son horizon ({ $months } mois au lieu de { $base })
# In embed-note-frame-differs.
embed-differs-shocks = ses chocs
# In embed-note-frame-differs.
embed-differs-senders = ses auteurs des sanctions
# Between the items of a short list.
embed-list-separator = { ", " }
# A problem with a frame. $problem is the model's words.
embed-story-problem = Vue { $frame } : { $problem }.
# A problem with a field of a frame. $field names it (embed-field…), $problem is the model's words.
embed-story-problem-field = Vue { $frame } ({ $field }) : { $problem }.
# Parts of embed-story-problem-field.
embed-field-added-step = étape ajoutée { $step }
embed-field-shown-step = étape affichée { $step }
# A field of a story's frame. $name is its name in the story's format; $words the same with spaces.
embed-field = { $name ->
        [caption] légende
        [highlight] mise en évidence
        [series] série
        [month] mois
        [compare_previous] comparaison avec la vue précédente
        [kind] type
        [size] ampleur
        [conditional] conditionnelle
        [transparent] transparente
        [sender] auteur des sanctions
        [expires_after] expire après
       *[other] { $words }
    }
embed-scenario-invalid = Ce scénario présente un problème : il ne pourra être intégré qu’une fois corrigé.
embed-no-stories = Cette version de la page ne peut pas créer de récits : supprimez les vues pour intégrer le scénario.
embed-frame-no-caption = La vue { $frame } n’a pas encore de légende : chaque vue en a besoin, pour dire ce que le lecteur doit remarquer.
embed-frame-no-month = La vue { $frame } met en évidence une série, mais aucun mois : choisissez le mois à mettre en évidence.

## The Embed dialog: the code for the article

embed-code-heading = Code pour votre article
# What the code makes, ending the summary above the code. $mode is "readonly" or "interactive"; $charts is embed-charts-usual or embed-charts-chosen; $theme is "reader", "light", "dark" or "high-contrast".
embed-look = { $mode ->
        [readonly] Lecture seule
       *[interactive] Interactif
    }, { $charts }, thème { $theme ->
        [light] clair
        [dark] sombre
        [high-contrast] contraste élevé
       *[reader] selon les réglages du lecteur
    }.
# In embed-look.
embed-charts-usual = les graphiques habituels de la version intégrée
# In embed-look. $charts lists the charts' titles, $count how many there are.
embed-charts-chosen = { $count ->
        [one] le graphique { $charts }
       *[other] les graphiques { $charts }
    }
embed-summary-problem = Le récit présente un problème (voir ci-dessus) : corrigez-le pour obtenir son code.
# Followed by embed-look.
embed-summary-scenario = Le code intègre le scénario tel qu’il est maintenant.
# Followed by embed-look. $count is how many frames, $length how many characters the address has.
embed-summary-link = Le code intègre un récit de { $count ->
        [one] { $count } vue
       *[other] { $count } vues
    }, entièrement contenu dans son adresse ({ $length } caractères).
# Followed by embed-look. $length is how many characters the address would have, $max the most that travels safely.
embed-summary-file = Ce récit de { $count ->
        [one] { $count } vue
       *[other] { $count } vues
    } est trop long pour un lien ({ $length } caractères ; au-delà d’environ { $max }, un lien risque de ne pas fonctionner partout). Gardez-le dans un fichier à côté de votre article : téléchargez le fichier du récit, placez-le à côté de la page de l’article, et ajoutez le script ci-dessous après le code iframe.
embed-code-label = Code iframe
embed-copy-code = Copier le code iframe
# $pixels is the frame's height; height="{ $height }" is HTML code the author may change: keep it as it is.
embed-code-help-scenario = Collez-le dans l’article. Le cadre mesure { $pixels } pixels de haut et s’adapte à tout cadre à partir de 320 × 400 pixels ; modifiez height="{ $height }" selon vos besoins.
# $pixels is the frame's first height; height="{ $height }" is HTML code the author may change: keep it as it is. The guide to embedding is in English.
embed-code-help-story = Collez-le dans l’article. Le cadre mesure d’abord { $pixels } pixels de haut ; pour qu’il suive la hauteur de son contenu, ajoutez le court script présenté sous « Fitting the article » dans le guide de l’intégration, en anglais (docs/embedding.md#fitting-the-article), ou modifiez height="{ $height }" selon vos besoins.
# A button; story.json is the file's name and stays as it is.
embed-download-story = Télécharger le fichier du récit
embed-download-story-hint = story.json, à placer à côté de la page de l’article.
embed-host-label = Script pour l’article, après le code iframe
embed-copy-host = Copier le script
embed-host-help = Une fois le cadre prêt, le script lit story.json à côté de l’article et envoie le récit au cadre. Le cadre ne demande rien à aucun autre site.

## The Embed dialog: the preview

embed-preview-heading = Aperçu
embed-update-preview = Actualiser l’aperçu
embed-preview-status-idle = Montre le code sur un téléphone et sur un ordinateur, côte à côte.
embed-preview-status-now = L’aperçu montre le code tel qu’il est maintenant.
embed-preview-status-stale = L’aperçu montre une version antérieure : actualisez-le pour voir vos modifications.
# $width is in CSS pixels.
embed-preview-phone = Téléphone, { $width } pixels de large
embed-preview-desktop = Ordinateur, { $width } pixels de large
# A preview frame's name for screen readers. $device is "phone" or "desktop"; $width is in CSS pixels.
embed-preview-frame = { $device ->
        [phone] Aperçu de la version intégrée sur un téléphone, { $width } pixels de large
       *[desktop] Aperçu de la version intégrée sur un ordinateur, { $width } pixels de large
    }
