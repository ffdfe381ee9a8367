## The explorer's own messages: errors, notes and announcements its start-up and its panels make.

# The note under the charts once the reader has pinned a baseline.
explorer-baseline-note-pinned = Полосы: средняя половина и 8 из 10 смоделированных вариантов будущего; каждое число в тексте дано вместе со своей средней половиной. Серая пунктирная линия — закреплённый вами базовый сценарий; закрепите текущий сценарий снова, чтобы сравнивать с ним дальнейшие изменения.
# The note under the charts while the baseline is the scenario as it was opened.
explorer-baseline-note-opened = Полосы: средняя половина и 8 из 10 смоделированных вариантов будущего; каждое число в тексте дано вместе со своей средней половиной. Серая пунктирная линия — базовый сценарий: сценарий в том виде, в каком вы его открыли. Закрепите текущий сценарий, чтобы сравнивать с ним дальнейшие изменения.
# $what is one of the explorer-could-not-… messages below; $error the reason, often in English.
explorer-failed-to = { $what }: { $error }
explorer-could-not-run = Модели не удалось рассчитать этот сценарий
explorer-could-not-explain = Не удалось построить объяснение
explorer-could-not-set-up-embed = Не удалось подготовить окно встраивания
# $error: what went wrong, as the browser says it.
explorer-something-went-wrong = Что-то пошло не так: { $error }
# Sent to an article that embeds the page when the model fails.
explorer-model-stopped = Модель неожиданно остановилась: { $error }
explorer-could-not-start = Не удалось запустить Relief Sequencer: { $error }. Перезагрузите страницу, чтобы попробовать снова.
# $status: the HTTP status code.
explorer-default-not-loaded = не удалось загрузить сценарий по умолчанию ({ $status })
# The timeline's hint on a touch screen (phones, tablets).
explorer-touch-hint = Чтобы передвинуть шаг, перетащите его в сторону; чтобы выбрать шаг и изменить его ниже, коснитесь его.
# In the timeline's key, beside the icon of a step announced with published criteria.
explorer-key-published-criteria = опубликованные критерии
# The scenario's title when it has none.
explorer-untitled-scenario = Сценарий без названия
# The "Why?" button beside the readout of every value at a month.
explorer-why-these-values = эти значения
# Announced to screen readers when a preset opens. $title: the preset's title.
explorer-preset-opened = Открыт сценарий «{ $title }». Раздел «Об этом сценарии» — под временной шкалой.
# In the footer. $version: a version number such as 0.4.0.
explorer-version = Версия { $version }.
