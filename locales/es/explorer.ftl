## The explorer's own messages: errors, notes and announcements its start-up and its panels make.

# The note under the charts once the reader has pinned a baseline.
explorer-baseline-note-pinned = Bandas: la mitad central y 8 de cada 10 futuros simulados; cada cifra del texto va acompañada de su mitad central. La línea gris discontinua es la referencia que usted fijó; vuelva a fijar una para comparar los cambios posteriores con el escenario actual.
# The note under the charts while the baseline is the scenario as it was opened.
explorer-baseline-note-opened = Bandas: la mitad central y 8 de cada 10 futuros simulados; cada cifra del texto va acompañada de su mitad central. La línea gris discontinua es la referencia: el escenario tal como lo abrió. Fije el escenario actual como referencia para comparar con él los cambios posteriores.
# $what is one of the explorer-could-not-… messages below; $error the reason, often in English.
explorer-failed-to = { $what }: { $error }
explorer-could-not-run = El modelo no pudo ejecutar este escenario
explorer-could-not-explain = No se pudo elaborar la explicación
explorer-could-not-set-up-embed = No se pudo preparar el cuadro de diálogo «Insertar»
# $error: what went wrong, as the browser says it.
explorer-something-went-wrong = Se produjo un error: { $error }
# Sent to an article that embeds the page when the model fails.
explorer-model-stopped = El modelo se detuvo de forma inesperada: { $error }
explorer-could-not-start = Relief Sequencer no pudo iniciarse: { $error }. Vuelva a cargar la página para intentarlo de nuevo.
# $status: the HTTP status code.
explorer-default-not-loaded = no se pudo cargar el escenario predeterminado ({ $status })
# The timeline's hint on a touch screen (phones, tablets).
explorer-touch-hint = Arrastre una medida hacia un lado para moverla; tóquela para seleccionarla y editarla más abajo.
# In the timeline's key, beside the icon of a step announced with published criteria.
explorer-key-published-criteria = criterios públicos
# The scenario's title when it has none.
explorer-untitled-scenario = Escenario sin título
# The "Why?" button beside the readout of every value at a month.
explorer-why-these-values = estos valores
# Announced to screen readers when a preset opens. $title: the preset's title.
explorer-preset-opened = Se abrió «{ $title }». «Acerca de este escenario» figura debajo de la línea de tiempo.
# In the footer. $version: a version number such as 0.4.0.
explorer-version = Versión { $version }.
