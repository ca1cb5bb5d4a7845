// Every word the app shows, in Spanish: the same shape as en.ts (the types say so), written for a patient
// first, with "usted". Numbers use a decimal comma. Bibliographic sources stay in their original language.
import type * as EN from './en'

/** 4 -> "4,0": Spanish writes decimals with a comma. */
const dec = (x: number, digits: number) => x.toFixed(digits).replace('.', ',')

export const UI: typeof EN.UI = {
  title: 'Procedimientos de columna',
  subtitle: 'Tratamiento de la fractura por compresión, paso a paso',
  vp: 'Vertebroplastia',
  kp: 'Cifoplastia',
  procedureLabel: 'Procedimiento',
  compare: 'Comparar',
  bothProcedures: 'Vertebroplastia y cifoplastia',
  comparePanes: 'Vertebroplastia y cifoplastia lado a lado, en una sola línea de tiempo',
  compareWaiting: 'En espera: no tiene paso de globo',
  compareFigures: (cementMl: number, targetMl: number, frontMm: number) =>
    `Cemento ${dec(cementMl, 1)} de ${dec(targetMl, 1)} mL · altura delantera ${dec(frontMm, 1)} mm`,
  compareBalloon: (ml: number) => `Globo ${dec(ml, 1)} mL`,
  play: 'Reproducir',
  pause: 'Pausa',
  replay: 'Ver de nuevo',
  prev: 'Paso anterior',
  next: 'Paso siguiente',
  speed: 'Velocidad',
  speedName: (x: number) => `velocidad ${dec(x, x % 1 ? 2 : 0).replace(/0$/, '')} veces`,
  back: (s: number) => `Atrás ${s} segundos`,
  forward: (s: number) => `Adelante ${s} segundos`,
  loop: 'Repetir paso',
  loopHint: 'Ver este paso una y otra vez',
  overlay: 'Riesgo de fuga',
  modeLabel: 'Quién está mirando',
  modes: { patient: 'Paciente', surgeon: 'Cirujano', student: 'Estudiante' },
  guided: 'Vista guiada',
  labels: 'Nombres',
  treatedBody: (level: string) => `Cuerpo vertebral ${level} (tratado)`,
  timeText: (chapter: string, now: string, total: string) => `${chapter}, ${now} de ${total}`,
  language: 'Idioma',
  section: 'Vista en corte',
  sectionKind: 'Dirección del corte',
  sectionKinds: { sagittal: 'Desde el lado', axial: 'Desde arriba' },
  sectionAt: 'Por dónde pasa el corte',
  sectionFromMiddle: 'desde el centro',
  guidedHint: 'La cámara vuelve a seguir la historia',
  timeline: 'Línea de tiempo del procedimiento',
  markPause: 'La inyección se detiene aquí un momento: se vio una fuga',
  markStop: 'La inyección termina aquí',
  chapters: 'Pasos',
  loading: 'Construyendo la columna en 3D…',
  dismiss: 'Cerrar',
  noWebGL:
    'Este aparato no puede mostrar la vista en 3D (no tiene WebGL). Los pasos y sus explicaciones de abajo siguen funcionando.',
  sceneFailed: 'Algo falló en la vista en 3D. Los pasos y sus explicaciones de abajo siguen funcionando.',
  panelFailed: 'Algo falló en esta parte de la pantalla. El resto sigue funcionando.',
  contextLost: 'La vista en 3D se detuvo porque el sistema gráfico se reinició. Volverá sola.',
  workerError: 'No se pudo construir una parte del modelo 3D. Los pasos y las explicaciones siguen funcionando.',
  procedureTime: (a: number, b: number, total: number) =>
    `Más o menos los minutos ${a} a ${b} de un procedimiento de ${total} minutos`,
  balloonReadout: (ml: number, maxMl: number, psi: number, sizeMm: number, count: number) =>
    `${count > 1 ? 'Cada globo' : 'Globo'} (${sizeMm} mm): ${dec(ml, 1)} de ${dec(maxMl, 1)} mL, ${Math.round(psi)} psi`,
  cementReadout: (ml: number, targetMl: number, fillPct: number, kPa: number, minutes: number) =>
    `Cemento dentro: ${dec(ml, 1)} de ${dec(targetMl, 1)} mL (${Math.round(fillPct)} % del cuerpo) a los ${dec(minutes, 1)} min; empujarlo por la aguja requiere unos ${dec(kPa / 1000, 2)} MPa (${Math.round(kPa * 0.145)} psi)`,
  balloonReadoutPlain: (ml: number, maxMl: number) => `El globo está lleno al ${Math.round((100 * ml) / maxMl)} %`,
  cementReadoutPlain: (ml: number, targetMl: number) =>
    `Cemento dentro: ${dec(ml, 1)} de ${dec(targetMl, 1)} mL (una cucharadita son unos 5 mL)`,
  pausing: (ml: number, where: string) =>
    `Pausa a los ${dec(ml, 1)} mL: se ve cemento ${where}. Se espera cerca de un minuto a que espese`,
  stoppedWall: (ml: number, targetMl: number) =>
    `Parada a los ${dec(ml, 1)} de ${dec(targetMl, 1)} mL: el cemento llegó al cuarto posterior del cuerpo`,
  stoppedLeak: (ml: number, targetMl: number, where: string) =>
    `Parada a los ${dec(ml, 1)} de ${dec(targetMl, 1)} mL: se ve cemento ${where}`,
  leakReadout: (parts: string[]) => `Fuera del hueso (rosa): ${parts.join(', ')}`,
  balloonReadoutSource:
    'Presión del globo: unos 175 psi en estudios con cadáveres; sube a medida que se levanta el hueso.',
  cementReadoutSource: (gauge: number) =>
    `Presión estimada: flujo por una aguja de calibre ${gauge}; sube a medida que el cemento se espesa.`,
}

export { CHAPTERS } from './esChapters'

export const PATHWAY_TEXT: typeof EN.PATHWAY_TEXT = {
  disc: {
    short: 'Disco',
    name: 'Hacia el disco',
    explain:
      'Por una grieta en la placa de arriba o de abajo del hueso, hacia el disco vecino. Es frecuente y casi nunca da síntomas.',
  },
  paravertebral: {
    short: 'Lado',
    name: 'Al lado del hueso',
    explain: 'Por la pared de fuera hacia los tejidos blandos al lado de la columna. Normalmente no da síntomas.',
  },
  canal: {
    short: 'Canal',
    name: 'Hacia el canal de los nervios',
    explain:
      'Hacia atrás, al canal donde están la médula y los nervios. Es raro. Es lo más serio, porque puede apretarlos. El médico lo vigila y para en seguida.',
  },
  venous: {
    short: 'Venas',
    name: 'Hacia las venas',
    explain:
      'Hacia las venas que drenan el hueso. Un poco de cemento puede viajar a los pulmones; pocas veces da síntomas.',
  },
  needle: {
    short: 'Aguja',
    name: 'Por el camino de la aguja',
    explain: 'Por el camino de la aguja. Casi siempre es inofensivo.',
  },
}

export const STRUCTURES: typeof EN.STRUCTURES = {
  body: {
    name: 'Cuerpo vertebral',
    explain: 'El bloque redondo de delante que carga su peso. Es la parte que se rompe en una fractura por compresión.',
  },
  pedicle: {
    name: 'Pedículo',
    explain: 'Un puente corto de hueso entre el cuerpo y la parte de atrás. La aguja pasa por él.',
  },
  lamina: { name: 'Lámina', explain: 'Una placa plana de hueso que hace de techo del canal de los nervios.' },
  transverse: { name: 'Apófisis transversa', explain: 'Un ala de hueso a cada lado, donde se sujetan los músculos.' },
  spinous: { name: 'Apófisis espinosa', explain: 'El bulto que se nota en el centro de la espalda.' },
  'facet.superior': {
    name: 'Articulación facetaria (superior)',
    explain: 'Una pequeña articulación que une esta vértebra con la de arriba.',
  },
  'facet.inferior': {
    name: 'Articulación facetaria (inferior)',
    explain: 'Una pequeña articulación que une esta vértebra con la de abajo.',
  },
  rib: {
    name: 'Costilla',
    explain: 'Cada vértebra del pecho lleva un par de costillas; esta es la parte de atrás de una.',
  },
  disc: { name: 'Disco', explain: 'Un cojín blando entre dos cuerpos vertebrales.' },
  sac: { name: 'Saco dural', explain: 'La funda que guarda los nervios de la columna, dentro del canal.' },
  basivertebral: {
    name: 'Vena basivertebral',
    explain: 'Una vena que drena el interior del cuerpo por su pared de atrás.',
  },
  epidural: { name: 'Venas epidurales', explain: 'Una red de venas delante de los nervios, dentro del canal.' },
  segmental: { name: 'Vasos segmentarios', explain: 'Una arteria (roja) y una vena (azul) que rodean cada vértebra.' },
  needle: { name: 'Trocar', explain: 'La aguja hueca por la que trabaja el médico.' },
  balloon: { name: 'Globo', explain: 'Lleno de líquido, separa el hueso y hace sitio para el cemento.' },
}

export { RISK, freq, freqShort } from './esRisk'

export const CASE: typeof EN.CASE = {
  title: 'Caso',
  done: 'Listo',
  less: 'Menos cemento',
  more: 'Más cemento',
  summary: (c: { level: string; morph: string; grade: number; vol: number }) =>
    `${c.level}, ${CASE.options.morph[c.morph as 'wedge']}, grado ${c.grade}, ${dec(c.vol, 1)} mL`,
  names: {
    level: 'Nivel',
    morph: 'Forma',
    grade: 'Grado',
    cause: 'Causa',
    wall: 'Pared posterior',
    endplate: 'Platillo',
    cleft: 'Hendidura',
    approach: 'Agujas',
    visc: 'Cemento',
    vol: 'Volumen',
    proc: 'Procedimiento',
    mix: 'Mezcla',
    rate: 'Ritmo',
  },
  options: {
    morph: { wedge: 'cuña', biconcave: 'bicóncava', crush: 'aplastamiento' },
    grade: { 1: '1 leve', 2: '2 moderado', 3: '3 grave' },
    cause: { osteoporosis: 'osteoporosis', tumor: 'tumor' },
    wall: { intact: 'intacta', breached: 'rota' },
    endplate: { intact: 'intacto', cracked: 'con grieta' },
    cleft: { false: 'no', true: 'sí' },
    approach: { uni: 'un lado', bi: 'los dos lados' },
    visc: { low: 'líquido', medium: 'medio', high: 'espeso' },
    proc: { vp: 'vertebroplastia', kp: 'cifoplastia' },
  },
}

export const NOTICE_KEYS: typeof EN.NOTICE_KEYS = {
  proc: 'procedimiento',
  level: 'nivel',
  morph: 'forma de la fractura',
  grade: 'grado',
  approach: 'acceso',
  visc: 'espesor del cemento',
  vol: 'volumen de cemento',
  mix: 'tiempo de mezcla',
  rate: 'ritmo de inyección',
  wall: 'pared posterior',
  endplate: 'platillo',
  cleft: 'hendidura',
  cause: 'causa',
  mode: 'modo',
  lang: 'idioma',
  view: 'vista',
  overlay: 'capa de riesgo',
  kiosk: 'quiosco',
  t: 'tiempo',
  v: 'versión del enlace',
  query: 'enlace',
}

export const noticeText: typeof EN.noticeText = (n) => {
  const what = NOTICE_KEYS[n.key] ?? n.key
  if (n.kind === 'clamped')
    return `El valor de ${what} “${n.value}” está fuera de lo que podemos mostrar; usamos ${n.used}.`
  if (n.kind === 'unavailable')
    return `El valor de ${what} “${n.value}” todavía no está disponible; mostramos ${n.used}.`
  if (n.kind === 'ignored') return `El enlace trae “${n.value}”, que no usamos; lo dejamos de lado.`
  if (n.kind === 'repeated') return `El enlace da el valor de ${what} ${n.value} veces; usamos el primero: “${n.used}”.`
  return `No pudimos leer el valor de ${what} “${n.value}” en el enlace; mostramos ${n.used}.`
}

export const TOUR: typeof EN.TOUR = {
  startTitle: (proc: string) => `Una visita corta a la ${proc.toLowerCase()}`,
  startText:
    'Muestra, paso a paso, lo que le pasa al hueso roto. La visita se detiene después de cada paso. Toque Continuar cuando esté listo. Puede volver atrás cuando quiera.',
  start: 'Empezar la visita',
  stepDone: (i: number, n: number) => `Paso ${i} de ${n} terminado`,
  next: (title: string) => `Ahora: ${title.charAt(0).toLowerCase() + title.slice(1)}.`,
  continue: 'Continuar',
  again: 'Ver otra vez',
  restart: 'Empezar de nuevo',
  xray: {
    say: 'El médico guía la aguja con imágenes de rayos X, tomadas de lado y de frente. Puede ver cómo son junto al modelo.',
    show: 'Ver las imágenes de rayos X',
    hide: 'Ocultar las imágenes de rayos X',
  },
  prepareTitle: 'Antes del día',
  prepare: [
    'Diga a su equipo médico todos los medicamentos que toma, también la aspirina y los anticoagulantes. Algunos se dejan unos días antes; le dirán cuáles.',
    'No coma ni beba durante unas horas antes. Puede tomar sus pastillas de siempre con un sorbo de agua si el equipo se lo dice.',
    'Avise de cualquier alergia, por ejemplo al tinte que se usa en los rayos X, o a la anestesia local.',
    'Pida a alguien que le lleve a casa y le ayude el primer día. Deje las joyas en casa.',
  ],
  forYouTitle: '¿Es para usted?',
  forYou: [
    'Es para una fractura de columna que sigue doliendo mucho tras unas semanas de reposo, una faja y medicinas para el dolor.',
    'Funciona mejor en las 8 semanas después de la rotura, más o menos. Una resonancia (RM) muestra si la rotura es reciente.',
    'La mayoría de estas fracturas se curan solas en unos tres meses. Esperar, con medicinas para el dolor y una faja, también es una opción.',
    'No se hace si tiene una infección, o un problema de sangrado que no se pueda corregir antes.',
  ],
  feelTitle: 'Lo que puede notar',
  feel: [
    'La anestesia local pica un momento.',
    'Cuando la aguja entra en el hueso puede notar presión o golpecitos.',
    'Avise al equipo en seguida si nota dolor, hormigueo o adormecimiento en las piernas, o le cuesta respirar.',
  ],
  risksTitle: 'Riesgos raros',
  risks: [
    'A menudo un poco de cemento queda fuera del hueso. Casi nunca da problemas. El botón Riesgo de fuga muestra las cifras.',
    'La infección es rara: menos de 1 de cada 100 personas.',
    'Puede salir un moratón donde entró la aguja. Un sangrado grave es raro.',
    'Dañar un nervio o la médula es muy raro.',
  ],
  nextTitle: 'Lo que viene después',
  afterwards: [
    'Quien ha tenido una fractura de columna a menudo tiene otra. Entre 11 y 18 de cada 100 tienen una nueva en más o menos un año; los estudios varían. El procedimiento no parece hacerlo más probable.',
    'Su médico hablará con usted de medicinas para fortalecer los huesos.',
    'Tendrá una visita de control, a menudo en pocas semanas.',
  ],
  endTitle: 'En casa, después',
  recover: [
    'Se queda tumbado boca arriba una o dos horas mientras una enfermera le revisa. La mayoría vuelve a casa el mismo día; algunas personas se quedan una noche.',
    'El punto de la aguja puede doler dos o tres días. Ayuda poner hielo 15 minutos cada vez.',
    'Deje el vendaje puesto dos días. Puede ducharse si lo mantiene seco. Sin baño ni piscina.',
    'Camine y muévase según se sienta, y aumente poco a poco. No levante cosas pesadas durante al menos seis semanas.',
    'Llame a su equipo médico si tiene fiebre, debilidad o adormecimiento nuevo en las piernas, dolor de espalda nuevo en otro sitio, o un dolor que empeora.',
    'Llame a una ambulancia (911, 999 o 112) en seguida si tiene dolor en el pecho o le cuesta respirar, o si no puede controlar la orina o las heces.',
  ],
  helpTitle: 'Cuánto ayuda',
  help: [
    'En muchos estudios la mayoría tenía menos dolor después. Pero el dolor de estas fracturas también mejora con el tiempo.',
    'En ensayos cuidadosos que lo compararon con un procedimiento simulado, la gente mejoró más o menos igual en los dos casos.',
    'Los ensayos frente al tratamiento habitual (reposo, faja y medicinas para el dolor) hallaron más alivio con el procedimiento. Háblelo con su médico.',
  ],
}

export const CHECK: typeof EN.CHECK = {
  label: 'Prediga y luego mire',
  skip: 'Saltar',
  continue: 'Continuar',
  again: 'Otra vez',
  right: 'Correcto.',
  wrong: 'Esta vez no.',
  yourGuess: (option: string) => `Su predicción: ${option}.`,
  waiting: 'El modelo del cemento aún se está construyendo; la respuesta llega cuando esté listo.',
  questions: {
    shape: '¿Qué parte del cuerpo vertebral perderá más altura?',
    height: '¿Cuánta de la altura perdida por delante recuperará el globo?',
    leak: '¿Por dónde saldrá primero el cemento del hueso en este caso?',
  },
  options: {
    front: 'la parte de delante',
    middle: 'el centro',
    back: 'la parte de atrás',
    even: 'todo más o menos igual',
    none: 'nada',
    third: 'más o menos un tercio',
    all: 'toda',
    disc: 'hacia el disco',
    paravertebral: 'al lado del hueso',
    canal: 'hacia el canal de los nervios',
    venous: 'hacia las venas',
    needle: 'por el camino de la aguja',
    nowhere: 'por ningún sitio: se queda dentro',
  },
  shapeResult: (front: string, middle: string, back: string) =>
    `Altura perdida: delante ${front}, centro ${middle}, atrás ${back}.`,
  shapeWhy: {
    front:
      'En una fractura en cuña cede la parte de delante: carga casi todo el peso al inclinarse hacia delante, y la pared de atrás se mantiene.',
    middle:
      'En una fractura bicóncava los dos platillos se hunden en el centro, donde el hueso de debajo es más débil; el borde aguanta.',
    back: 'Aquí bajó más la parte de atrás del cuerpo, algo poco habitual.',
    even: 'En un aplastamiento todo el cuerpo baja más o menos por igual.',
  },
  heightResult: (share: string) => `El globo recuperó ${share} de la altura perdida por delante.`,
  heightWhy:
    'De media la cifoplastia recupera un tercio de la altura perdida: en el 70 % de los niveles cerca de la mitad, en el 30 % nada (Lieberman 2001).',
  leakResult: (where: string, at: string) => `En este caso el cemento salió primero del hueso ${where}, a los ${at}.`,
  leakNone:
    'En este caso el cemento se quedó dentro del hueso. Pruebe con cemento líquido, más cemento o la pared posterior rota en el panel de simulación, y mire otra vez.',
  leakWhy: {
    low: 'El cemento líquido busca la salida más fácil, como las venas y las grietas, antes de llenar el hueso alrededor de la aguja.',
    medium:
      'El cemento medio se reparte desde la punta de la aguja, pero aún encuentra las salidas fáciles, como venas y grietas.',
    high: 'El cemento espeso se reparte por igual desde la punta de la aguja y llena el hueso antes de encontrar una salida.',
  },
}

export const SHARE: typeof EN.SHARE = {
  button: 'Compartir',
  title: 'Compartir esta vista',
  for: 'Abrirla como',
  note: 'El enlace guarda los ajustes del caso y el momento de la historia. No lleva nada del paciente, y no se envía a ningún sitio.',
  qr: 'Código QR del enlace: apunte la cámara de un móvil o tableta para abrir la misma vista.',
  link: 'Enlace',
  copy: 'Copiar enlace',
  copied: 'Copiado',
  copyFailed: 'Seleccione el enlace y cópielo',
  summary: 'Resumen de una página',
  close: 'Cerrar',
}

export const SUMMARY: typeof EN.SUMMARY = {
  title: 'Resumen del caso',
  subtitle: (proc: string) => `${proc} para una fractura vertebral por compresión`,
  caseTitle: 'El caso',
  numbersTitle: 'Cifras clave para este caso',
  pictureAlt: (t: string) => `La vista en 3D a los ${t}`,
  figure: 'Cifra',
  anyLeak: 'Algo de cemento fuera del hueso (por hueso tratado, rayos X)',
  symptomatic: 'Una fuga que da síntomas (por procedimiento)',
  height: 'Altura perdida por delante recuperada (media)',
  minutes: 'Duración del procedimiento (media)',
  minutesValue: (m: number) => `${m} min`,
  heightSource:
    'Cifoplastia: Lieberman 2001, una serie temprana. Vertebroplastia: ninguna (ISRN 2011), o con hendidura cerca de un tercio de eso, derivada de la inclinación corregida (Papanastassiou 2012). Las comparaciones planificadas de antemano no hallaron una diferencia clara de altura (Beall 2018)',
  minutesSource:
    'Wang 2018, en fracturas muy graves; un nivel suele llevar 30-60 minutos, y la estancia en el hospital unas horas',
  headToHead:
    'Cifoplastia frente a vertebroplastia: de estudios que compararon las dos directamente (J Orthop Surg Res 2018). La diferencia es menor de lo que sugieren las tasas combinadas por separado.',
  pain: 'Algo de alivio del dolor en el 87 % (vertebroplastia) y el 92 % (cifoplastia) de las personas, en estudios casi todos sin grupo de control (Hulme 2006). Los ensayos frente a un procedimiento simulado hallaron una mejoría parecida en los dos grupos (Cochrane 2018); los ensayos abiertos frente al tratamiento habitual favorecieron el procedimiento (VERTOS II, FREE).',
  disclaimer:
    'Estas cifras vienen de estudios con muchas personas. No pueden decir lo que le pasará a usted. Esta página no contiene datos del paciente.',
  scan: 'Escanee para abrir esta vista',
  print: 'Imprimir',
  png: 'Guardar la imagen (PNG)',
  close: 'Cerrar',
}

export const PEN: typeof EN.PEN = {
  toggle: 'Lápiz',
  hint: 'Arrastre sobre la columna para dibujar. El dibujo se queda en el hueso cuando gira la vista.',
  undo: 'Deshacer',
  clear: 'Borrar dibujo',
  done: 'Terminar de dibujar',
  tools: 'Herramientas del lápiz',
}

/** Las imágenes de rayos X simuladas (fluoroscopia): lo que mira quien opera durante el procedimiento. */
export const FLUORO: typeof EN.FLUORO = {
  toggle: 'Rayos X',
  title: 'Vistas de rayos X',
  canvas:
    'Imágenes de rayos X simuladas en este momento del procedimiento: una vista de lado y una de frente de la columna',
  sizeLabel: 'Tamaño de las vistas de rayos X',
  sizes: { inset: 'Pequeño', split: 'Mitad', fluoro: 'Completo' },
  names: { lateral: 'Vista de lado', ap: 'Vista de frente' },
  codes: { lateral: 'LAT', ap: 'AP' },
  markers: { anterior: 'A', posterior: 'P', left: 'I', right: 'D' },
  simulated: 'Simulado a partir del modelo 3D: no es una imagen de un paciente.',
  patientHint:
    'El médico mira imágenes de rayos X como estas mientras trabaja. El hueso se ve gris. La aguja y el cemento se ven oscuros.',
  clinicianHint:
    'Lo denso se ve oscuro, como en el monitor del arco en C: trócar y cemento negros, cortical más oscura que el hueso esponjoso.',
  invert: 'Invertir',
  invertedHint: 'Invertida, como se lee una placa: lo denso se ve claro, trócar y cemento blancos.',
  rule: {
    sides: { left: 'Aguja izquierda', right: 'Aguja derecha' },
    title: 'Regla de seguridad',
    text: 'En la AP la punta no debe cruzar la pared medial del pedículo antes de que, en la lateral, llegue a la pared posterior del cuerpo.',
    medialWall: 'pared medial',
    posteriorWall: 'pared posterior',
    outside: 'La punta aún no está en el hueso.',
    pedicle: (lateralMm: string, behindMm: string) =>
      `Punta en el pedículo: ${lateralMm} mm lateral a la pared medial (AP), ${behindMm} mm por detrás de la pared posterior (lateral).`,
    body: (pastMm: string) =>
      `Punta ${pastMm} mm por delante de la pared posterior (lateral): ya en el cuerpo, puede cruzar la línea medial en la AP.`,
    breach: (medialMm: string) =>
      `Punta ${medialMm} mm medial a la pared medial antes de llegar al cuerpo: puede estar en el canal espinal.`,
    source:
      '(como se enseña en revisiones de técnica de vertebroplastia y cifoplastia; alpfmedical.info; openradiology.org)',
  },
  stop: {
    line: 'línea de parada',
    pause: 'Pausa: se ve una fuga',
    'posterior-wall': 'Parada: cemento en la línea de parada',
    leak: 'Parada: cemento fuera del hueso',
    plain: {
      pause: 'El médico espera un minuto: un poco de cemento salió del hueso',
      'posterior-wall': 'El médico paró: el cemento llegó cerca de la parte de atrás del hueso',
      leak: 'El médico paró: un poco de cemento salió del hueso',
    },
  },
  leaks:
    'La radiografía simple no ve muchas fugas, sobre todo a las venas: la vista lateral mostró el 34 % de las fugas que halló la TC, lateral y AP juntas el 48 % (Schmidt R y cols., Eur Spine J 2005;14:466).',
}
