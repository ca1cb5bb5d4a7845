// Las palabras de cada paso, en español, para cada lector: paciente (sencillo, corto), cirujano (técnica,
// criterios de parada, cifras) y estudiante (por qué, con la fuente). Siguen el caso a través de CaptionFacts.
import type { ChapterId } from '../core/plans'
import type { CaptionFacts } from '../core/captionFacts'
import type { Pathway } from '../core/risk/model'
import type { ChapterWords } from './enChapters'

const ml = (x: number) => x.toFixed(1).replace('.', ',')
const join = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(' ')

const WHERE: Record<Pathway, string> = {
  venous: 'a una vena',
  disc: 'al disco de al lado',
  paravertebral: 'a los tejidos al lado del hueso',
  canal: 'hacia el canal de la médula',
  needle: 'hacia atrás por el camino de la aguja',
}
const SITE: Record<Pathway, string> = {
  venous: 'venosa',
  disc: 'discal',
  paravertebral: 'paravertebral',
  canal: 'epidural (canal)',
  needle: 'por el trayecto',
}
const VISC = { low: 'de baja viscosidad', medium: 'de viscosidad media', high: 'de alta viscosidad' } as const
const SHAPE = { wedge: 'en cuña anterior', biconcave: 'bicóncava', crush: 'por aplastamiento' } as const
const cordOrNerves = (f: CaptionFacts) => (f.cord ? 'la médula y los nervios' : 'los nervios')

function stopPlain(f: CaptionFacts): string {
  const { pause, end } = f.stop
  return join(
    pause &&
      `Aquí un poco de cemento pasó ${WHERE[pause.pathway]}. El médico esperó un minuto a que el cemento se espesara y luego siguió.`,
    end?.reason === 'posterior-wall' &&
      `Aquí el médico paró a los ${ml(end.atMl)} mL, porque el cemento llegó cerca de la parte de atrás del hueso.`,
    end?.reason === 'leak' &&
      `Aquí el médico paró a los ${ml(end.atMl)} mL, porque el cemento pasó ${WHERE[end.pathway ?? 'venous']}.`,
  )
}

const cementPlain = (f: CaptionFacts) =>
  f.visc === 'low'
    ? 'Un cemento para hueso, todavía líquido, se empuja despacio por la aguja.'
    : 'Un cemento para hueso, espeso como pasta de dientes, se empuja despacio por la aguja.'

const injectionSurgeon = (f: CaptionFacts, what: string) =>
  join(
    `${what}: PMMA ${VISC[f.visc]} desde ${String(f.mix).replace('.', ',')} min tras la mezcla, ${String(f.rate).replace('.', ',')} mL/min, con fluoroscopia lateral continua; previsto ${ml(f.plannedMl)} mL, ${ml(f.injectedMl)} mL dentro (${f.fillPct} % de un cuerpo de ${Math.round(f.bodyMl)} mL, derivado).`,
    'Parar en el cuarto posterior o ante una fuga: pausa, dejar que espese, seguir solo si no fue epidural (la lectura dice cuándo).',
  )

const injectionStudent = () =>
  join(
    'Por qué el cuarto posterior: detrás están la salida de la vena basivertebral y el canal, a pocos milímetros. Por qué una pausa ante una fuga: el cemento en su camino se espesa y lo sella; la inyección por etapas con esperas tuvo menos fugas (Elnoamany 2015).',
    'El cemento más espeso tiene fugas menos a menudo (riesgo 0,38 del del cemento líquido, Zhang 2018). La línea de parada, la pausa de un minuto y el tamaño de fuga que cuenta como vista son supuestos del modelo.',
  )

const BALLOON_END = {
  'volume-limit': 'en el límite de volumen del balón',
  'cavity-size': 'cuando la cavidad admite el cemento previsto',
  walls: 'con el globo apretando los platillos, antes de que pudiera romper uno',
  lift: 'justo después de empezar a levantar los platillos',
} as const

const leakList = (f: CaptionFacts) => (f.leaks ?? []).map((l) => SITE[l.pathway]).join(', ')

export const CHAPTERS: Record<ChapterId, ChapterWords> = {
  healthy: {
    title: 'Una columna sana',
    patient: (f) =>
      `Cada vértebra tiene delante un cuerpo redondo que carga su peso. Detrás, un anillo de hueso protege ${cordOrNerves(f)}. Entre los cuerpos hay discos blandos.`,
    surgeon: (f) =>
      `${f.level}: cuerpo de unos ${Math.round(f.bodyMl)} mL (derivado, cilindro elíptico), pedículos de ${ml(f.pedicleMm)} mm. Cortical de cerca de 1 mm sobre hueso esponjoso; la vena basivertebral sale por la pared posterior en la línea media.`,
    student: (f) =>
      `El cuerpo carga casi todo el peso a través de su núcleo esponjoso, el espacio que llena el cemento. El canal de detrás contiene ${cordOrNerves(f)} (la médula termina cerca de L1). Medidas: tablas publicadas de TC y de cadáver (Panjabi 1991, 1992; otras por nivel).`,
  },
  fracture: {
    title: 'La fractura',
    patient: (f) =>
      join(
        f.cause === 'tumor'
          ? 'Aquí un tumor ha debilitado el hueso por dentro.'
          : 'Cuando los huesos están débiles (osteoporosis), se pueden romper con poca fuerza.',
        f.morph === 'wedge'
          ? 'La parte de delante de la vértebra se aplasta en forma de cuña.'
          : f.morph === 'biconcave'
            ? 'El centro de su cara de arriba y de abajo se hunde.'
            : 'Toda la vértebra se aplasta.',
        'Es una fractura por compresión.',
        f.morph === 'wedge' && 'La columna de arriba se inclina un poco hacia delante.',
        f.wall === 'breached' && 'Aquí también está rota la pared de atrás del hueso.',
        'Puede doler mucho.',
      ),
    surgeon: (f) =>
      join(
        `Grado ${f.grade} de Genant, ${SHAPE[f.morph]}: se pierde cerca del ${f.lossPct} % de la altura.`,
        f.cause === 'tumor' &&
          'Metastásica: revisar la pared posterior; biopsia en el mismo acto si la causa no está probada.',
        f.wall === 'breached' &&
          'Pared posterior rota: el peligro es el canal; cemento espeso, inyección lenta, parar pronto.',
        f.endplate === 'cracked' && 'Grieta en el platillo: esperar fugas al disco.',
        f.cleft && 'Hendidura intravertebral: fractura móvil sin consolidar; el cemento llena primero la hendidura.',
      ),
    student: (f) =>
      join(
        'Grados de Genant por altura perdida: 1 leve 20-25 %, 2 moderado 25-40 %, 3 grave más del 40 % (el modelo toma el centro de cada banda).',
        f.morph === 'wedge'
          ? 'La cuña pierde la parte de delante: carga el peso al doblarse hacia delante.'
          : f.morph === 'biconcave'
            ? 'Bicóncava: los dos platillos se hunden donde el hueso de debajo es más débil.'
            : 'El aplastamiento pierde altura por igual.',
        f.cause === 'tumor' &&
          'Un tumor lítico destruye el hueso por dentro, así que las paredes se rompen a menudo y las fugas son más frecuentes (panel de riesgo).',
        f.cleft && 'Una hendidura (enfermedad de Kümmell) indica que la fractura no ha consolidado.',
      ),
  },
  preparation: {
    title: 'La preparación',
    patient: () =>
      'Usted se acuesta boca abajo. Una enfermera le pone un tubo fino (un gotero) en el brazo y vigila su corazón y su respiración. Le limpian la espalda y la duermen hasta el hueso. Muchas personas reciben además un medicamento para relajarse o dormir.',
    surgeon: () =>
      'Decúbito prono en mesa radiotransparente; vía venosa, monitorización, profilaxis antibiótica según el centro. Anestesia local hasta el periostio por el trayecto previsto, con sedación consciente o anestesia general. Proyecciones AP y lateral alineadas: platillos como líneas únicas, apófisis espinosa en la línea media.',
    student: () =>
      'El periostio es la capa sensible al dolor, por eso la anestesia local llega hasta él. La infección tras la cementación es rara: 0,46 % (6 de 1307, Spine J 2013) a 0,84 % (19 de 2267, BMC Musculoskelet Disord 2021).',
  },
  'needle-placement': {
    title: 'La aguja entra',
    patient: (f) =>
      join(
        'El médico mira imágenes de rayos X en directo.',
        f.route === 'transpedicular'
          ? 'Una aguja hueca pasa por la piel y por un pequeño puente de hueso (el pedículo) hasta el hueso roto.'
          : 'Una aguja hueca y fina pasa por la piel hasta el hueso roto, justo al lado de un pequeño puente de hueso (el pedículo) que aquí es demasiado estrecho.',
        f.needles > 1 && 'Después entra otra por el otro lado.',
        'Puede notar presión o golpecitos. Avise al equipo si le duele.',
      ),
    surgeon: (f) =>
      join(
        `${f.needles > 1 ? 'Dos trocares' : 'Un trocar'} de calibre ${f.gauge} (${ml(f.outerMm).replace(/,0$/, '')} mm), ${f.route === 'transpedicular' ? 'transpedicular' : f.thoracic ? 'extrapedicular, entre la cabeza de la costilla y el pedículo' : 'extrapedicular, posterolateral'}: el pedículo de ${f.level} mide ${ml(f.pedicleMm)} mm.`,
        `Punta en el tercio anterior, ${f.needles > 1 ? 'cada una a un quinto de la anchura de la línea media' : 'cerca de la línea media'}.`,
        f.route === 'transpedicular' &&
          'En AP el borde medial del trocar queda lateral a la pared medial del pedículo hasta que la lateral muestra la punta más allá de la pared posterior.',
      ),
    student: (f) =>
      join(
        'El canal está justo medial al pedículo: una punta que cruza el borde medial en AP antes de llegar a la pared posterior en la lateral puede estar en el canal.',
        `Los trocares son de calibre 11 a 13 (Provenzano 2004); los pedículos torácicos estrechos llevan uno menor o una vía extrapedicular. Aquí: calibre ${f.gauge}, ${f.route === 'transpedicular' ? 'transpedicular' : 'extrapedicular'}, por la regla del modelo de un milímetro de hueso a cada lado (un supuesto).`,
      ),
  },
  'cement-injection': {
    title: 'El cemento entra',
    patient: (f) =>
      join(
        cementPlain(f),
        'Llena los pequeños espacios del hueso mientras el médico lo mira en rayos X. El médico para si el cemento se acerca a la parte de atrás del hueso o va donde no debe.',
        stopPlain(f),
      ),
    surgeon: (f) => injectionSurgeon(f, 'Inyección'),
    student: () => injectionStudent(),
  },
  hardening: {
    title: 'El cemento se endurece',
    patient: (f) =>
      `En unos 10 a 15 minutos el cemento se pone duro. ${f.needles > 1 ? 'Se sacan las agujas' : 'Se saca la aguja'}. El hueso roto queda sujeto por dentro.`,
    surgeon: () =>
      'Se repone el estilete; la cánula se gira y se retira cuando el cemento está pastoso, antes de fraguar, para no dejar cola en el trayecto ni que la cánula se quede pegada.',
    student: () =>
      'El PMMA fragua por una polimerización que da calor: el cemento de viscosidad media se endurece unos 11 minutos después de llegar a la temperatura del cuerpo (ISRN 2011).',
  },
  'balloon-placement': {
    title: 'El globo entra',
    patient: (f) =>
      join(
        'Un tubo fino sustituye a la aguja. El médico abre un pequeño canal en el hueso blando y luego desliza un globo vacío hasta la parte de delante del hueso roto.',
        f.needles > 1 && 'Lo mismo se hace por el otro lado.',
      ),
    surgeon: (f) =>
      `Trocar cambiado por una cánula de trabajo con la punta justo pasada la pared posterior; una broca manual abre un canal en los dos tercios anteriores; un balón de ${f.balloonMm} mm entra por la cánula${f.needles > 1 ? ' de cada lado' : ''}.`,
    student: (f) =>
      `La cánula se detiene en la pared posterior para que el globo se abra delante, lejos del canal. Los balones miden 10, 15 y 20 mm y se llenan hasta unos 3 mL (tamaños KYPHON XPANDER); el modelo toma el más largo que cabe en este cuerpo: ${f.balloonMm} mm.`,
  },
  'balloon-inflation': {
    title: 'Se infla el globo',
    patient: () =>
      'El globo se llena despacio con un líquido que se ve en los rayos X. Separa el hueso y puede devolver parte de la altura perdida. El médico deja de llenarlo cuando aprieta las paredes del hueso.',
    surgeon: (f) =>
      `Inflado con contraste bajo control de presión y volumen hasta ${ml(f.balloonMl)} mL${f.needles > 1 ? ' cada uno' : ''}, parado ${BALLOON_END[f.balloonEnd]}. Criterios de parada: altura recuperada, globo contra un platillo o la cortical, o el límite de presión o volumen del balón (3 mL). Aquí vuelve cerca del ${f.restorePct} % de la altura perdida (media del modelo).`,
    student: () =>
      'Altura: la cifoplastia devolvió de media un tercio de la altura perdida por delante (Lieberman 2001) y corrige la inclinación más que la vertebroplastia, 4,8° frente a 1,7° (Papanastassiou 2012). Presión: unos 175 psi en cuerpos de cadáver (curva del modelo, lectura del globo).',
  },
  'cavity-creation': {
    title: 'Queda un hueco',
    patient: (f) =>
      join(
        'El globo se vacía y se saca.',
        f.needles > 1 && 'Con dos, sale uno cada vez, para que el hueso mantenga su nueva altura.',
        'Deja un hueco en el hueso blando de dentro, listo para el cemento.',
      ),
    surgeon: (f) =>
      f.needles > 1
        ? 'Desinflados y retirados de uno en uno, para que el que sigue inflado mantenga la altura; algunos operadores dejan uno inflado mientras llenan el otro lado.'
        : 'Desinflado y retirado; deja una cavidad de hueso compactado a su alrededor.',
    student: () =>
      'El globo compacta el hueso esponjoso en una capa alrededor de la cavidad; el cemento espeso la llena luego a baja presión, por eso la cifoplastia tiene fugas menos a menudo que la vertebroplastia (panel de riesgo).',
  },
  'cavity-fill': {
    title: 'Se llena el hueco',
    patient: (f) =>
      join(
        cementPlain(f).replace('la aguja', 'el tubo'),
        'Llena primero el hueco que hizo el globo y después un poco del hueso de alrededor. El médico para si va donde no debe.',
        stopPlain(f),
      ),
    surgeon: (f) => injectionSurgeon(f, 'Relleno de la cavidad'),
    student: () => injectionStudent(),
  },
  'internal-cast': {
    title: 'Un yeso por dentro',
    patient: (f) =>
      `El cemento se endurece y forma un apoyo firme, como un yeso dentro del hueso. ${f.needles > 1 ? 'Se sacan los tubos' : 'Se saca el tubo'}.`,
    surgeon: () => 'Cánula retirada con el cemento pastoso, como en la vertebroplastia.',
    student: () => 'El mismo PMMA fragua en unos 11 minutos a la temperatura del cuerpo (ISRN 2011).',
  },
  'final-images': {
    title: 'Se comprueba el resultado',
    patient: (f) =>
      join(
        'Antes de salir de la sala, unas radiografías de lado y de frente (a veces un TC) comprueban dónde quedó el cemento.',
        f.leaks === null
          ? ''
          : f.leaks.length
            ? `Aquí un poco de cemento quedó fuera del hueso, ${f.leaks.map((l) => WHERE[l.pathway]).join(' y ')}. Cantidades pequeñas como esta no suelen dar problemas. El médico le dirá si hace falta revisar algo.`
            : 'Aquí todo el cemento quedó dentro del hueso.',
      ),
    surgeon: (f) =>
      join(
        `Radiografías finales lateral y AP (TC si hay que caracterizar una fuga): ${ml(f.injectedMl)} mL dentro, ${f.fillPct} % del cuerpo.`,
        f.leaks === null ? '' : f.leaks.length ? `Fuera del cuerpo: ${leakList(f)}.` : 'Sin cemento fuera del cuerpo.',
        'Las radiografías no ven muchas fugas venosas pequeñas.',
      ),
    student: (f) =>
      join(
        'Las radiografías finales muestran dónde quedó el cemento y detectan una fuga antes de que el paciente se vaya; el TC la sitúa con exactitud. Las radiografías no ven muchas: las laterales mostraron el 34 % de las fugas que halló el TC, lateral y AP juntas el 48 % (Schmidt 2005).',
        f.leaks?.some((l) => l.pathway === 'venous') &&
          'El cemento en las venas puede llegar a los pulmones: el TC de tórax lo halla en cerca de 1 de cada 10 pacientes, casi siempre sin síntomas (Luetmer 2011).',
      ),
  },
  result: {
    title: 'Después',
    patient: () =>
      'Una tirita pequeña cubre cada punto de la aguja. La mayoría de las personas vuelve a casa el mismo día. Muchas notan menos dolor en pocos días. El dolor también mejora con el tiempo en muchas personas que no se operan. Su médico le dirá qué puede esperar.',
    surgeon: () =>
      'Algo de alivio del dolor en el 87 % (VP) y el 92 % (CP) en series casi todas sin control (Hulme 2006). Los ensayos abiertos frente al tratamiento habitual favorecieron la cementación (VERTOS II; FREE); los ensayos frente a un procedimiento simulado no hallaron una diferencia clínicamente importante (Buchbinder 2009, Kallmes 2009, VERTOS IV 2018; Cochrane 2018). Iniciar o revisar el tratamiento para fortalecer el hueso.',
    student: () =>
      'Fracturas nuevas en más o menos un año: 11 % tras cualquiera de los dos procedimientos (Papanastassiou 2012); 12 % junto al nivel tratado y 18 % en cualquier nivel (Al-Ali); no más a menudo que con el tratamiento habitual (VERTOS II: 15 de 91 frente a 21 de 85, no significativo). Las series sin control exageran el beneficio: el dolor de una fractura reciente cede con el tiempo.',
  },
}
