# The presets' titles and texts. Written from crates/model/presets/*.json by
# `RELIEF_WRITE_CATALOGUE=1 cargo test -p relief-web --lib words`: edit them there.
# The historical texts are careful summaries of their sources: translate them as
# faithfully, keeping dates, figures and names of institutions as the language's press
# writes them.

## The scenario a first visit opens

default-scenario = Alivio por etapas con vigilancia independiente
    .description = Una secuencia ilustrativa, que no corresponde a ningún país real. El alivio de las sanciones empieza siendo pequeño y humanitario; los observadores independientes llegan en el mes 1, y la primera medida de cumplimiento del país sancionado llega en el mes 2. La flexibilización sectorial del mes 6 y los canales financieros del mes 18 esperan a que se verifique el cumplimiento, la primera con sus criterios públicos; en el mes 20 se produce un sabotaje. Mueva cualquier medida para ver cómo su calendario cambia la confianza de ambas partes, la recuperación de la economía y el riesgo de que el proceso se rompa.

## All at once

preset-all-at-once = Todo de una vez
    .description = Todas las sanciones se levantan en el mes 0 a cambio de una promesa, sin nada que la verifique. Muestra lo que cuesta concentrar el alivio al principio: la capacidad de presión se gasta de golpe y, en el frente interno, un alivio sin verificación parece teatro táctico.
    .assumptions-why = Los supuestos predeterminados de la herramienta: la misma probabilidad de que el país sancionado actúe de buena fe que de que no, y una desconfianza moderada en ambas partes.

## Phased and verified

preset-phased-and-verified = Por etapas y con verificación
    .description = Pequeñas medidas verificadas, por turnos (el método GRIT, por sus siglas en inglés): primero la vigilancia; después, cada etapa del alivio se concede solo tras meses de cumplimiento verificado, con una medida de cumplimiento transparente antes de cada una.
    .assumptions-why = Los supuestos predeterminados de la herramienta, de modo que solo la secuencia marca la diferencia frente a «Todo de una vez».

## Humanitarian first

preset-humanitarian-first = Primero lo humanitario
    .description = El alivio empieza por los medicamentos, los alimentos y el acceso de la ayuda, con voz para la sociedad civil, antes de cualquier flexibilización económica: los beneficios cotidianos visibles refuerzan la legitimidad y dificultan que los saboteadores descarrilen lo que viene después.
    .assumptions-why = Los supuestos predeterminados de la herramienta.

## Verification first

preset-verification-first = Primero la verificación
    .description = Un año dedicado a crear los medios de verificación (vigilancia, auditorías, intercambio de información, un comité conjunto) y a las medidas verificadas del país sancionado, antes de cualquier alivio. La confianza se gana despacio y se conserva la capacidad de presión, a costa de un año sin recuperación económica.
    .assumptions-why = Los supuestos predeterminados de la herramienta.

## Snapback with published criteria

preset-snapback-with-criteria = Reimposición automática con criterios públicos
    .description = Alivio sujeto a una cláusula de reimposición automática, con criterios públicos de cumplimiento, auditorías y un comité conjunto que descarta las falsas alarmas antes de que nadie reaccione: disuasión sin reversiones precipitadas.
    .assumptions-why = Los supuestos predeterminados de la herramienta.

## Iran, 2013–2019: from the interim deal to the U.S. withdrawal

preset-iran-2013 = Irán, 2013-2019: del acuerdo provisional a la retirada de EE. UU.
    .description = El Plan de Acción Conjunto (noviembre de 2013, mes 0) ofreció la congelación del programa nuclear iraní a cambio de un alivio limitado de las sanciones de EE. UU. y la UE, una vez que el OIEA verificó los primeros pasos (enero de 2014, mes 2). El acuerdo integral llegó en julio de 2015 (mes 20), con una Comisión Conjunta, criterios públicos y una cláusula de reimposición automática; en el Día de Aplicación (enero de 2016, mes 26), el OIEA verificó las medidas nucleares, y la UE, Estados Unidos y la ONU levantaron sus sanciones relacionadas con el programa nuclear. En enero de 2017 (mes 38) asumió una Administración estadounidense contraria al acuerdo, y en mayo de 2018 (mes 54) Estados Unidos se retiró y volvió a imponer sus sanciones, incluidas las sanciones secundarias que alcanzan a empresas y bancos europeos.
    .assumptions-why = Una desconfianza profunda en ambas partes (confianza inicial en el país sancionado: 0,15; confianza inicial del país sancionado: 0,2) y sectores de línea dura fuertes en ambas capitales (0,6); el petróleo hacía que la economía dependiera mucho de canales sancionados (0,7); el Grupo 5+1 y el coordinador de la UE actuaron como garantes (0,4); los países vecinos reaccionaron con fuerza (0,6). La retirada estadounidense de mayo de 2018 figura en la línea de tiempo como un imprevisto propio, así que la probabilidad de que la política interna de la parte sancionadora se vuelva contra el acuerdo se deja en el valor predeterminado (0,1) para todo lo demás.
    .outcome = El acuerdo se mantuvo: el OIEA verificó el cumplimiento de Irán en un informe tras otro. Tres meses después del Día de Aplicación, la producción de petróleo superaba en torno a un 25 % su media de 2015, mientras que el crecimiento no petrolero se quedó cerca del 1 % porque los grandes bancos europeos se mantuvieron al margen: el canal rápido dio frutos en pocos meses; el lento, apenas. En mayo de 2018, Estados Unidos abandonó el acuerdo y volvió a imponer sus sanciones, incluidas las que afectan a cualquiera que, en cualquier parte del mundo, haga negocios con Irán, y las empresas europeas se marcharon aunque la UE siguió en el acuerdo. En un año, las exportaciones de petróleo cayeron de más de 2 millones de barriles diarios a menos de 0,4 millones; el PIB se contrajo un 4,9 % en 2018/19, y desde mayo de 2019 Irán dejó de respetar algunos de los límites del acuerdo. Las sanciones de la ONU se restablecieron mediante el mecanismo de reimposición automática (snapback) entre el 27 y el 28 de septiembre de 2025, después del periodo que se muestra. La proyección es más sombría que la historia: la mayoría de las simulaciones sufre al menos una ruptura antes de mayo de 2018, y solo unas cuatro de cada diez mantienen el acuerdo en vigor cuando Estados Unidos se retira. La retirada dispara el riesgo de ruptura y lo mantiene más alto durante unos meses, y elimina alrededor de una sexta parte del alivio aún vigente; el año de paciencia iraní y el deterioro posterior no figuran en el modelo.
preset-iran-2013-milestone-0 = Firma del Plan de Acción Conjunto
preset-iran-2013-milestone-1 = El OIEA verifica los primeros pasos; alivio limitado de EE. UU. y la UE
preset-iran-2013-milestone-2 = Se cierra el Plan de Acción Integral Conjunto (JCPOA)
preset-iran-2013-milestone-3 = Día de Aprobación
preset-iran-2013-milestone-4 = Día de Aplicación: se levantan las sanciones nucleares de la UE, EE. UU. y la ONU
preset-iran-2013-milestone-5 = Asume una Administración estadounidense contraria al acuerdo
preset-iran-2013-milestone-6 = Estados Unidos se retira y vuelve a imponer sus sanciones
preset-iran-2013-milestone-7 = Vuelven a entrar en vigor las primeras sanciones estadounidenses
preset-iran-2013-milestone-8 = Vuelven a entrar en vigor las sanciones estadounidenses al petróleo y la banca
preset-iran-2013-milestone-9 = Fin de las exenciones petroleras de EE. UU.; Irán deja de respetar algunos límites del acuerdo

## Libya, 2003–2011: from Lockerbie to normalization, and back

preset-libya-2003 = Libia, 2003-2011: de Lockerbie a la normalización, y vuelta atrás
    .description = Libia asumió la responsabilidad por el atentado de Lockerbie en agosto de 2003 (mes 0), y las sanciones de la ONU, suspendidas desde 1999, se levantaron al mes siguiente. En diciembre de 2003 (mes 4) renunció a las armas de destrucción masiva y permitió la verificación por equipos estadounidenses y británicos (mes 5). El alivio estadounidense llegó por etapas: los viajes (mes 6); la mayor parte del embargo comercial, con la Ley de Sanciones contra Irán y Libia ya sin aplicarse a Libia (abril de 2004, mes 8); el fin de las sanciones de emergencia de 1986, con la liberación de los activos congelados y la autorización de vuelos (septiembre de 2004, mes 13), y la exclusión de la lista de Estados patrocinadores del terrorismo (anunciada en mayo de 2006, mes 33). En febrero de 2011 (mes 90), mientras las revueltas sacudían la región, el Gobierno reprimió las protestas por la fuerza; en cuestión de días, Estados Unidos y el Consejo de Seguridad de la ONU volvieron a congelar los activos libios.
    .assumptions-why = Un régimen con fuertes motivos para salir del aislamiento (buena fe: 0,7), pero con un largo historial de desconfianza (0,2); las exportaciones de petróleo lo hacían depender de canales sancionados (0,7); el Reino Unido actuó como mediador de confianza (garantes: 0,3). El modelo no tiene un imprevisto para un gobierno que vuelve sus fuerzas contra su propio pueblo: la revuelta de febrero de 2011 y su represión se representan con los tipos más cercanos de que dispone, una crisis regional (las revueltas en las vecinas Túnez y Egipto) y un sabotaje de magnitud máxima, seguidos de la retirada de Estados Unidos y de la ONU con la reimposición de sanciones; las medidas de la ONU obligan a todos los Estados, así que su alcance sobre el resto del alivio es casi total (0,9).
    .outcome = Una gran empresa estadounidense reanudó la producción en julio de 2005, 15 meses después de la flexibilización de abril de 2004, y la normalización se mantuvo siete años. En febrero de 2011, mientras las revueltas sacudían Túnez y Egipto, las protestas de Bengasi fueron reprimidas por la fuerza; en pocos días, Estados Unidos congeló los activos libios (Orden Ejecutiva 13566, 25 de febrero) y el Consejo de Seguridad de la ONU impuso una congelación de activos, una prohibición de viajar y un embargo de armas (Resolución 1970, 26 de febrero). La proyección coincide con la historia en la dirección: el proceso se mantiene hasta 2011 en unas dos de cada tres simulaciones; después, la revuelta y las congelaciones de activos rompen la mayoría de las simulaciones que habían resistido y eliminan más de la mitad del alivio vigente.
preset-libya-2003-milestone-0 = Libia asume la responsabilidad por Lockerbie; 2.700 millones de dólares en una cuenta de garantía
preset-libya-2003-milestone-1 = La Resolución 1506 del Consejo de Seguridad levanta las sanciones de la ONU
preset-libya-2003-milestone-2 = Renuncia a los programas de armas de destrucción masiva
preset-libya-2003-milestone-3 = Llegan los equipos de verificación de EE. UU. y el Reino Unido
preset-libya-2003-milestone-4 = Se flexibiliza la prohibición de viajar
preset-libya-2003-milestone-5 = Se levanta la mayor parte del embargo estadounidense; la ley ILSA deja de aplicarse a Libia
preset-libya-2003-milestone-6 = Fin de las sanciones de emergencia de 1986; descongelación de activos; se autorizan los vuelos
preset-libya-2003-milestone-7 = Se anuncia la exclusión de la lista de Estados patrocinadores del terrorismo
preset-libya-2003-milestone-8 = Represión de la revuelta; EE. UU. y la ONU congelan los activos libios

## Myanmar, 2012–2021: easing for reform, then the coup

preset-myanmar-2012 = Myanmar, 2012-2021: flexibilización a cambio de reformas y, después, el golpe
    .description = Tras las elecciones parciales de abril de 2012 (mes 0), la UE suspendió ese mismo mes todas sus sanciones salvo el embargo de armas, y unas licencias generales estadounidenses autorizaron los servicios financieros y las nuevas inversiones con obligación de informar, excluidos los militares (julio de 2012, mes 3). La UE levantó sus sanciones suspendidas en abril de 2013 (mes 12). A las elecciones de noviembre de 2015 (mes 43) siguió el fin del programa de sanciones estadounidense (octubre de 2016, mes 54). La campaña del Ejército en el estado de Rakáin a partir de agosto de 2017 (mes 64) empujó a unos 700.000 rohinyás a Bangladesh. Tras unas segundas elecciones, ganadas de nuevo por el partido civil (noviembre de 2020, mes 103), el Ejército tomó el poder el 1 de febrero de 2021 (mes 106); Estados Unidos volvió a imponer sanciones ese mismo mes, y la UE, en marzo de 2021 (mes 107).
    .assumptions-why = Un gobierno reformista de dirección civil, con un poderoso estamento militar detrás (línea dura: 0,5); un Occidente paciente e indulgente (generosidad: 0,5); una dependencia modesta de los canales occidentales (0,4), dado el comercio con sus vecinos. El modelo no tiene un imprevisto para un golpe de Estado del propio ejército del país sancionado: el golpe de 2021 se representa con los tipos más cercanos de que dispone, un sabotaje de magnitud máxima (los militares, saboteadores del proceso, toman el poder) seguido de la retirada de Estados Unidos y de la UE con la reimposición de sanciones; la crisis de Rakáin de 2017, que empujó a cientos de miles de refugiados a Bangladesh, se representa como una crisis regional.
    .outcome = La inversión extranjera directa pasó de 1.420 millones de dólares (ejercicio 2012/13) a 4.110 millones (ejercicio 2013/14) y 9.480 millones (ejercicio 2015/16): el canal lento, con un desfase de uno a dos años. La campaña del Ejército contra los rohinyás en 2017 trajo sanciones contra mandos concretos, pero el alivio general se mantuvo. El 1 de febrero de 2021, el Ejército tomó el poder y detuvo a los dirigentes electos; Estados Unidos y la UE impusieron nuevas sanciones a los generales y a sus empresas, y se acabó la flexibilización a cambio de reformas. Antes del golpe, la proyección es más sombría que la historia: la mayoría de las simulaciones sufre al menos una ruptura en los nueve años previos, algunas para reanudarse después, y unas cuatro de cada diez mantienen el proceso intacto en enero de 2021. El golpe dispara el riesgo de ruptura, y las sanciones de Estados Unidos y la UE eliminan todo el alivio que seguía vigente.
preset-myanmar-2012-milestone-0 = Elecciones parciales; la UE suspende sus sanciones salvo el embargo de armas
preset-myanmar-2012-milestone-1 = Licencias Generales 16 y 17 de EE. UU.
preset-myanmar-2012-milestone-2 = La UE levanta sus sanciones suspendidas y mantiene el embargo de armas
preset-myanmar-2012-milestone-3 = Elecciones
preset-myanmar-2012-milestone-4 = La Orden Ejecutiva 13742 pone fin al programa estadounidense
preset-myanmar-2012-milestone-5 = Campaña del Ejército en el estado de Rakáin; los rohinyás huyen a Bangladesh
preset-myanmar-2012-milestone-6 = Elecciones, que vuelve a ganar el partido civil
preset-myanmar-2012-milestone-7 = Golpe militar; la Orden Ejecutiva 14014 vuelve a imponer sanciones estadounidenses
preset-myanmar-2012-milestone-8 = Sanciones de la UE a los responsables del golpe

## Sudan, 2016–2022: five tracks, a review, a delisting and a coup

preset-sudan-2016 = Sudán, 2016-2022: cinco vías, una revisión, la salida de la lista y un golpe
    .description = A partir de junio de 2016 (mes 0), Estados Unidos y Sudán dialogaron en cinco vías: el cese de hostilidades, el acceso humanitario, Sudán del Sur, la lucha antiterrorista y el Ejército de Resistencia del Señor. En enero de 2017 (mes 7), la Orden Ejecutiva 13761 y una licencia general concedieron un alivio temporal sujeto a una revisión a los 180 días, que se prorrogó tres meses en julio de 2017 (mes 13); el embargo comercial se revocó en octubre de 2017 (mes 16). Sudán siguió en la lista de Estados patrocinadores del terrorismo, lo que mantuvo alejados a la mayoría de los bancos. Tras la revolución de abril de 2019, un gobierno de transición de dirección civil asumió el poder (agosto de 2019, mes 38) y acordó indemnizar a víctimas del terrorismo (octubre de 2020, mes 52); Sudán salió de la lista en diciembre de 2020 (mes 54). El 25 de octubre de 2021 (mes 64), el Ejército tomó el poder.
    .assumptions-why = Un cumplimiento que los observadores consideraron parcial (buena fe: 0,5); una región inestable (contagio regional: 0,5); una revisión que podía revertir el alivio, representada como una cláusula de reimposición automática. La inclusión en la lista de Estados patrocinadores del terrorismo mantuvo alejados a la mayoría de los bancos hasta diciembre de 2020, por lo que el alivio de 2017 es parcial, y la salida de la lista es una medida aparte. El modelo no tiene un imprevisto para un golpe de Estado del propio ejército del país sancionado: el golpe de octubre de 2021 se representa con el tipo más cercano de que dispone, un sabotaje de magnitud máxima; Estados Unidos suspendió su ayuda, y el Banco Mundial, sus desembolsos, pero no se volvieron a imponer las sanciones levantadas, así que esa suspensión se representa como un choque económico y no como la retirada de un sancionador.
    .outcome = El embargo comercial se revocó en octubre de 2017, aunque el International Crisis Group consideró que el cumplimiento era solo parcial, pero la inclusión en la lista de terrorismo mantuvo alejados a la mayoría de los bancos y la economía se hundió. Tras la revolución de 2019, el gobierno de transición acordó pagar 335 millones de dólares a víctimas del terrorismo, Sudán salió de la lista en diciembre de 2020, y el Banco Mundial y el FMI concedieron un alivio de la deuda en junio de 2021. El 25 de octubre de 2021, el Ejército tomó el poder: Estados Unidos suspendió 700 millones de dólares de ayuda, el Banco Mundial suspendió sus desembolsos y la apertura terminó. En abril de 2023 estalló la guerra entre el Ejército y las Fuerzas de Apoyo Rápido. En la proyección, la mayoría de las simulaciones sufre al menos una ruptura antes del golpe, sobre todo en los primeros años, cuando el alivio era pequeño, y algo menos de la mitad mantiene el proceso intacto en 2021. El golpe eleva la probabilidad mensual de ruptura en los meses siguientes; el alivio en sí se mantiene, ya que las sanciones levantadas no se volvieron a imponer.
preset-sudan-2016-milestone-0 = Comienza el diálogo en cinco vías
preset-sudan-2016-milestone-1 = Orden Ejecutiva 13761: alivio temporal, revisión a los 180 días
preset-sudan-2016-milestone-2 = La revisión se prorroga tres meses
preset-sudan-2016-milestone-3 = Se revoca el embargo comercial; Sudán sigue en la lista de terrorismo
preset-sudan-2016-milestone-4 = El presidente Al Bashir es derrocado tras meses de protestas
preset-sudan-2016-milestone-5 = Asume un gobierno de transición de dirección civil
preset-sudan-2016-milestone-6 = Acuerdo para indemnizar a víctimas del terrorismo
preset-sudan-2016-milestone-7 = Sudán sale de la lista de Estados patrocinadores del terrorismo
preset-sudan-2016-milestone-8 = Golpe militar; se suspenden la ayuda de EE. UU. y los desembolsos del Banco Mundial

## Belarus, 2015–2021: prisoners for a suspension, then the crackdown

preset-belarus-2015 = Bielorrusia, 2015-2021: presos a cambio de una suspensión y, después, la represión
    .description = Bielorrusia liberó a presos políticos en agosto de 2015 (mes 0). Tras las elecciones de octubre, la UE suspendió sus sanciones durante cuatro meses y Estados Unidos autorizó las operaciones con nueve empresas estatales bloqueadas, entre ellas el grupo petrolero y químico Belneftekhim (octubre de 2015, mes 2); en febrero de 2016 (mes 6), la UE levantó sus sanciones a 170 personas y tres empresas, aunque mantuvo el embargo de armas. Tras las elecciones presidenciales del 9 de agosto de 2020 (mes 60), el Gobierno aplastó las protestas; la UE incluyó en su lista de sanciones a 40 funcionarios en octubre de 2020 (mes 62), y Estados Unidos revocó su licencia para las nueve empresas estatales en abril de 2021 (mes 68).
    .assumptions-why = Un gobierno que ya había pasado por ciclos de levantamiento y reimposición (buena fe: 0,3), con la línea dura al mando (0,6), una dependencia modesta de los canales occidentales (0,3) y un vecino poderoso (contagio regional: 0,5). El modelo no tiene un imprevisto para un gobierno del país sancionado que se vuelve contra su propio pueblo: la represión de agosto de 2020 se representa con el tipo más cercano de que dispone, un sabotaje de magnitud máxima, seguido de la retirada de la UE y de Estados Unidos con la reimposición de sanciones (su magnitud indica hasta qué punto las sanciones de cada uno alcanzan el alivio del otro: poco en el caso de las listas de funcionarios de la UE, más en el del bloqueo estadounidense de nueve empresas estatales, que también disuade a socios no estadounidenses).
    .outcome = El alivio se mantuvo casi cinco años, con la licencia estadounidense renovada cada seis meses y pocas reformas más. Tras las elecciones presidenciales del 9 de agosto de 2020, que la UE y Estados Unidos no consideraron ni libres ni justas, las fuerzas de seguridad detuvieron a decenas de miles de manifestantes. La UE sancionó a 40 funcionarios en octubre y al propio Lukashenko en noviembre de 2020; Estados Unidos revocó su licencia para las nueve empresas estatales en abril de 2021, y, tras el aterrizaje forzoso de un vuelo de Ryanair en mayo de 2021, la UE impuso sanciones a sectores enteros de la economía (junio de 2021). Entre 2008 y 2011 ya se había producido un ciclo anterior de levantamiento y reimposición. La proyección es mucho más sombría que la historia: con un gobierno que apenas tenía intención de cumplir y sin nadie que verificara, unas nueve de cada diez simulaciones se rompen antes de 2020, mientras que en la realidad Occidente mantuvo el alivio a cambio de pocas reformas. Muchas de las pocas simulaciones aún intactas en agosto de 2020 se rompen con la represión.
preset-belarus-2015-milestone-0 = Liberación de presos políticos
preset-belarus-2015-milestone-1 = La UE suspende sus sanciones cuatro meses; licencia de EE. UU. para nueve empresas estatales
preset-belarus-2015-milestone-2 = La UE levanta las sanciones a 170 personas y 3 empresas
preset-belarus-2015-milestone-3 = Elecciones presidenciales cuestionadas; represión de las protestas
preset-belarus-2015-milestone-4 = La UE sanciona a 40 funcionarios
preset-belarus-2015-milestone-5 = La UE sanciona a Lukashenko y a otras 14 personas
preset-belarus-2015-milestone-6 = EE. UU. revoca su licencia para las nueve empresas estatales

## Venezuela, 2023–2024: oil relief for an electoral roadmap

preset-venezuela-2023 = Venezuela, 2023-2024: alivio petrolero a cambio de una hoja de ruta electoral
    .description = La hoja de ruta electoral de Barbados se firmó el 17 de octubre de 2023 (mes 0), y al día siguiente la Licencia General 44 concedió seis meses de alivio al sector petrolero, que solo se renovarían si el Gobierno permitía presentarse a los candidatos y liberaba a presos. Después de que el Tribunal Supremo de Justicia ratificara la inhabilitación de la principal candidata de la oposición, Estados Unidos revocó la Licencia General 43, una licencia menor para la empresa minera estatal de oro (enero de 2024, mes 3); la Licencia General 44 no se renovó y expiró en abril de 2024 (mes 6), con una licencia para liquidar operaciones hasta el 31 de mayo de 2024.
    .assumptions-why = Un gobierno con poca intención de celebrar elecciones competitivas (buena fe: 0,2), una línea dura fuerte (0,7), una economía petrolera dependiente de canales sancionados (0,7) y una licencia de seis meses que expiraría si no se cumplían las condiciones: un alivio petrolero que caduca a los seis meses salvo que se verifique el cumplimiento, con criterios públicos y la amenaza de una reimposición anticipada. No se designó a nadie para verificar el cumplimiento. La sentencia del Tribunal Supremo de Justicia que ratificó la inhabilitación de la principal candidata de la oposición se representa como un sabotaje, el tipo más cercano de que dispone el modelo.
    .outcome = La Licencia General 44 no se renovó: expiró el 18 de abril de 2024, con una licencia para liquidar operaciones hasta el 31 de mayo de 2024 y licencias específicas caso por caso. La principal candidata de la oposición siguió inhabilitada. En las elecciones del 28 de julio de 2024, la autoridad electoral proclamó ganador a Maduro sin publicar los resultados por mesa, mientras que las actas recogidas por la oposición daban ventaja a su candidato sustituto. En la proyección, el alivio petrolero expira en el mes 6 en todas las simulaciones que aún lo mantienen, porque no se designó a nadie para verificar el cumplimiento que podría renovarlo; y, sin ningún otro alivio, el acuerdo termina ahí: la proporción de simulaciones con ruptura salta de alrededor de un tercio a unas nueve de cada diez en abril de 2024.
preset-venezuela-2023-milestone-0 = Hoja de ruta de Barbados; Licencia General 44
preset-venezuela-2023-milestone-1 = Se ratifica la inhabilitación de la candidata de la oposición; se revoca la Licencia General 43
preset-venezuela-2023-milestone-2 = La Licencia General 44 expira sin renovarse
preset-venezuela-2023-milestone-3 = Elecciones presidenciales; el Gobierno se proclama vencedor sin publicar las actas
